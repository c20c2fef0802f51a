package se.tryggalov.roster.solver;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * One group to staff on one evening. {@code evening} is the date the evening starts on; {@code start} falls on it
 * or, for a shift that starts after midnight, on the next day; {@code end} may fall on the next day.
 * {@code peopleNeeded} is the target size between {@code minSize} and {@code maxSize}.
 * {@code qualifications} are the names of qualifications every member must hold on the evening
 * (BASIC_TRAINING, FIRST_AID, LEAD); with {@code leadRequired} at least one member must hold LEAD.
 */
public record ProblemShift(long id, LocalDate evening, LocalDateTime start, LocalDateTime end, long districtId,
                           String districtName, long organisationId, int riskLevel, int minSize, int peopleNeeded,
                           int maxSize, boolean leadRequired, boolean adultsOnly, Set<String> qualifications) {

    public ProblemShift {
        qualifications = Set.copyOf(qualifications);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("Shift " + id + " ends before it starts");
        }
        if (start.toLocalDate().isBefore(evening) || start.toLocalDate().isAfter(evening.plusDays(1))) {
            throw new IllegalArgumentException("Shift " + id + " starts neither on its evening nor the night after");
        }
        if (minSize < 1 || minSize > peopleNeeded || peopleNeeded > maxSize) {
            throw new IllegalArgumentException("Shift " + id + " needs 1 <= min <= needed <= max");
        }
    }
}
