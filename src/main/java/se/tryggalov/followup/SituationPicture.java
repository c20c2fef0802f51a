package se.tryggalov.followup;

import java.time.LocalDate;
import java.util.List;

/**
 * The weekly situational picture (lägesbild) of a week or a break: observations by district and category against
 * the previous period and the same period last year, the coming week's planned coverage, and suggestions to raise
 * the risk of coming evenings where observations rose.
 */
public record SituationPicture(Period period, Period previous, Period lastYear, List<Line> lines, List<Line> totals,
                               List<Coverage> coming, List<Suggestion> suggestions) {

    public SituationPicture {
        lines = List.copyOf(lines);
        totals = List.copyOf(totals);
        coming = List.copyOf(coming);
        suggestions = List.copyOf(suggestions);
    }

    /** One district and category (category null: the district's total). */
    public record Line(long districtId, String districtName, ObservationCategory category, Change vsPrevious,
                       Change vsLastYear) {

        public int count() {
            return vsPrevious.current();
        }
    }

    /** Planned coverage of one district on one evening of the coming week. */
    public record Coverage(LocalDate day, int riskLevel, long districtId, String districtName, int shifts,
                           int peopleNeeded, int assigned) {
    }

    /** Raise the risk of an evening from {@code riskLevel} to {@code raiseTo}, because these districts rose. */
    public record Suggestion(LocalDate day, int riskLevel, int raiseTo, List<String> reasons, Decision decision) {

        public Suggestion {
            reasons = List.copyOf(reasons);
        }
    }

    public enum Decision {
        OPEN,
        ACCEPTED,
        REJECTED;

        public String messageKey() {
            return "followup.decision." + name();
        }
    }

    public int total() {
        return totals.stream().mapToInt(Line::count).sum();
    }
}
