package se.tryggalov.partner;

/** What an organisation puts out. Translation keys: {@code partners.commitment.kind.<NAME>}. */
public enum CommitmentKind {
    /** A police or guard patrol moving through the area. */
    PATROL,
    /** Security guards (väktare) posted at a place. */
    GUARD,
    /** A unit on call (e.g. the rescue service on Valborg). */
    STANDBY,
    /** Staff out in the area (outreach workers, hosts). */
    STAFF,
    /** A venue open (extended youth-centre hours). */
    OPENING,
    OTHER
}
