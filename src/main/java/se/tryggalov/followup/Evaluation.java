package se.tryggalov.followup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A break's evaluation beside the same break the two school years before: planned, staffed and done, hours,
 * organisations, no-shows and what was observed. {@code columns} are this break first, then last year, then the
 * year before (a year without that break in the calendar is left out).
 */
public record Evaluation(long breakId, String code, List<Column> columns, String notes) {

    public Evaluation {
        columns = List.copyOf(columns);
    }

    /** One break's figures. {@code hoursByOrganisation}: hours walked by the members of each organisation. */
    public record Column(Period period, int plannedShifts, int staffedShifts, int loggedShifts, BigDecimal hours,
                         Map<String, BigDecimal> hoursByOrganisation, int noShows, int observations,
                         Map<ObservationCategory, Integer> byCategory) {

        public Column {
            hoursByOrganisation = Map.copyOf(hoursByOrganisation);
            byCategory = Map.copyOf(byCategory);
        }

        public int organisations() {
            return hoursByOrganisation.size();
        }
    }
}
