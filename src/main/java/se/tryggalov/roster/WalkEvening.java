package se.tryggalov.roster;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One night-walk shift as an association's grant basis sees it: the walkers of that organisation confirmed on it,
 * how many came and their hours, and the walk log that backs it ({@code walkLogId} null: no log filed). A walker in
 * two organisations counts for both. No names: the basis is evenings, walkers and hours.
 */
public record WalkEvening(long shiftId, LocalDate day, String districtName, long organisationId,
                          String organisationName, Long walkLogId, int confirmed, int present, BigDecimal hours) {
}
