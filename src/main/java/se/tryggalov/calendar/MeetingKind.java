package se.tryggalov.calendar;

/** Kinds of meetings in the annual wheel (årshjul). */
public enum MeetingKind {
    /** Samordningsmöte: partners plan the break together. */
    COORDINATION,
    /** Avstämningsmöte: last check of rosters and the contact list before the break. */
    CHECK_IN,
    /** Uppföljning och utvärdering: counts and lessons after the break. */
    FOLLOW_UP,
    /** Styrgruppsmöte. */
    STEERING_GROUP
}
