package se.tryggalov.calendar;

/** Rules propose; a coordinator confirms. Regenerating only ever changes proposals. */
public enum ItemStatus {
    PROPOSED,
    CONFIRMED
}
