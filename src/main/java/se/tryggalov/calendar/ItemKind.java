package se.tryggalov.calendar;

/** What a calendar item is. Translation keys: {@code calendar.itemKind.<NAME>}. */
public enum ItemKind {
    /** A school break (lov): höstlov, jullov, sportlov, påsklov, sommarlov. */
    BREAK,
    /** A single school day off (lovdag, klämdag). */
    DAY_OFF,
    /** A date with a risk level: Valborg, skolavslutning, nyårsafton, a break Friday … */
    KEY_DATE,
    /** A steering-group, coordination, check-in or follow-up meeting. */
    MEETING
}
