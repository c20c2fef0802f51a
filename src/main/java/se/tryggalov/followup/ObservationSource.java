package se.tryggalov.followup;

/** Where an observation came from: a partner's report, a night walk's log (read from the roster) or a file. */
public enum ObservationSource {
    PARTNER,
    WALK_LOG,
    IMPORT
}
