package se.tryggalov.dataimport;

/** What importing a row does. Translation keys: {@code imports.outcome.<NAME>}. */
public enum ImportOutcome {
    NEW,
    CHANGED,
    UNCHANGED,
    ERROR
}
