package se.tryggalov.calendar;

/** Where an item came from. */
public enum ItemSource {
    RULE,
    MANUAL,
    IMPORT
}
