package se.tryggalov.roster;

/** What a roster covers: one break (a calendar item), a date range, or the whole school year. */
public enum ScopeKind {
    BREAK,
    RANGE,
    YEAR
}
