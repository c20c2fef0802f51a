package se.tryggalov.roster.solver;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The person said yes to this evening, between {@code from} and {@code to} (both null = the whole evening).
 * "Maybe" answers are not availability.
 */
public record AvailableWindow(LocalDate evening, LocalDateTime from, LocalDateTime to) {
}
