package se.tryggalov.calendar;

import java.util.List;

/**
 * What regenerating a school year did. {@code conflicts} lists proposals that were not applied because a
 * confirmed or hand-made item is in the way: each needs a coordinator's decision.
 */
public record GenerationResult(SchoolYear year, int created, int updated, int removed, int keptConfirmed,
                               List<Conflict> conflicts) {

    public GenerationResult {
        conflicts = List.copyOf(conflicts);
    }

    /** A proposed item (by its name key and dates) that overlaps {@code blockedBy}. */
    public record Conflict(String nameKey, java.time.LocalDate firstDay, java.time.LocalDate lastDay,
                           CalendarItem blockedBy) {
    }
}
