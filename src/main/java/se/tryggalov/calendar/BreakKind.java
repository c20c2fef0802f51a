package se.tryggalov.calendar;

/** The five school breaks (lov) of a Swedish school year, in school-year order. */
public enum BreakKind {
    /** Höstlov. */
    AUTUMN,
    /** Jullov. */
    CHRISTMAS,
    /** Sportlov. */
    WINTER_SPORTS,
    /** Påsklov. */
    EASTER,
    /** Sommarlov. */
    SUMMER
}
