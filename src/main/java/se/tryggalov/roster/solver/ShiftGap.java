package se.tryggalov.roster.solver;

import java.util.List;

/**
 * A shift that is empty or short, with the reasons in words: each reason is a translation key
 * ({@code solver.gap.<code>}) and its arguments (names, dates, counts), for example
 * {@code solver.gap.noLeadAvailable} with ["Fittja", "2027-04-30"] or {@code solver.gap.busyElsewhere} with
 * [2, "Alby"].
 */
public record ShiftGap(long shiftId, int assigned, int missing, List<Reason> reasons) {

    public ShiftGap {
        reasons = List.copyOf(reasons);
    }

    public record Reason(String code, List<Object> args) {
        public Reason {
            args = List.copyOf(args);
        }
    }
}
