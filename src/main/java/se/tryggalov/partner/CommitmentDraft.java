package se.tryggalov.partner;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * What a user enters for a standing commitment. {@code districtId} null = all the organisation's districts;
 * {@code weekdays} empty = every day.
 */
public record CommitmentDraft(CommitmentKind kind, int quantity, Long districtId, int minRisk, Set<DayOfWeek> weekdays,
                              LocalTime startsAt, LocalTime endsAt, LocalDate validFrom, LocalDate validTo,
                              String description) {

    public CommitmentDraft {
        weekdays = weekdays == null ? Set.of() : Set.copyOf(weekdays);
    }

    public static CommitmentDraft of(StandingCommitment c) {
        return new CommitmentDraft(c.kind(), c.quantity(), c.districtId(), c.minRisk(), c.weekdays(), c.startsAt(),
                c.endsAt(), c.validFrom(), c.validTo(), c.description());
    }
}
