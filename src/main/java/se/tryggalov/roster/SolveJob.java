package se.tryggalov.roster;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A solve as stored: its scope, status and the best result so far. {@code coveredShare} is the covered share of the
 * risk-weighted need (0..1). {@code message} is a translation key for a failure or a note, or null.
 */
public record SolveJob(long id, String scopeKey, ScopeKind scopeKind, Long calendarItemId, LocalDate firstDay,
                       LocalDate lastDay, SolveJobStatus status, int secondsLimit, boolean stopRequested,
                       OffsetDateTime requestedAt, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                       OffsetDateTime heartbeatAt, String bestScore, BigDecimal coveredShare, Integer shiftCount,
                       Integer assignedCount, String message) {

    /** Seconds left of the time limit (while running), never below zero. */
    public Optional<Duration> timeLeft(Instant now) {
        if (status != SolveJobStatus.RUNNING || startedAt == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, startedAt.toInstant().plusSeconds(secondsLimit));
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }

    public boolean active() {
        return status.active();
    }
}
