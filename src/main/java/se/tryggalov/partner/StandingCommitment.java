package se.tryggalov.partner;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A standing commitment as the organisation states it, in words and in numbers: "police: one patrol in Alby on
 * evenings with risk ≥ 4" = (PATROL, 1, Alby, minRisk 4). {@code districtId} null means all the organisation's
 * districts (or the whole municipality when it lists none); {@code weekdays} empty means every day.
 * The evening is named by the date it starts on.
 */
public record StandingCommitment(long id, long organisationId, CommitmentKind kind, int quantity, Long districtId,
                                 String districtName, int minRisk, Set<DayOfWeek> weekdays, LocalTime startsAt,
                                 LocalTime endsAt, LocalDate validFrom, LocalDate validTo, String description,
                                 int version) {

    public StandingCommitment {
        weekdays = weekdays.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(weekdays));
    }

    /**
     * Whether the commitment holds on the evening of {@code date} with this risk level (0–5). The lowest level a
     * commitment can ask for, 1, means "whatever the risk": such a commitment also holds on ordinary evenings
     * that the calendar gives risk 0.
     */
    public boolean appliesOn(LocalDate date, int riskLevel) {
        return (minRisk <= 1 || riskLevel >= minRisk)
                && (weekdays.isEmpty() || weekdays.contains(date.getDayOfWeek()))
                && (validFrom == null || !date.isBefore(validFrom))
                && (validTo == null || !date.isAfter(validTo));
    }

    /** Whether its validity overlaps these dates (both inclusive). */
    public boolean validDuring(LocalDate from, LocalDate to) {
        return (validFrom == null || !validFrom.isAfter(to)) && (validTo == null || !validTo.isBefore(from));
    }
}
