package se.tryggalov.followup;

import java.time.LocalDate;

/** A measure of the action plan as stored; {@link #draft()} gives the values to edit. */
public record Measure(long id, MeasureDraft draft, int version) {

    /** Still open and its follow-up date has passed. */
    public boolean followUpDue(LocalDate today) {
        return draft.status().open() && !draft.followUpOn().isAfter(today);
    }

    /** Its period overlaps the dates. */
    public boolean overlaps(LocalDate first, LocalDate last) {
        return !draft.firstDay().isAfter(last) && !draft.lastDay().isBefore(first);
    }
}
