package se.tryggalov.availability;

import java.time.LocalDate;

/** One answer of one person, for bulk loading (demo data). */
public record PersonAnswer(long userId, LocalDate day, AvailabilityState state) {
}
