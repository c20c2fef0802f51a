package se.tryggalov.notify;

/** What a notification is about; each person chooses per kind whether and how they get it. */
public enum NotificationKind {
    /** A published proposal waits for the volunteer's answer. */
    PROPOSAL_WAITING,
    /** A roster was published with the person's shifts. */
    ROSTER_PUBLISHED,
    /** A coordinator moved the person to another shift, or changed the time or place of their shift. */
    SHIFT_CHANGED,
    /** A coordinator took the person off a shift, or cancelled their shift. */
    SHIFT_CANCELLED,
    /** The day before a shift: where, when, whom to call. */
    REMINDER,
    /** To coordinators: a group in the next 7 days fell below its minimum. */
    BELOW_MINIMUM,
    /** To partner contacts: their organisation's shifts were published or changed. */
    PARTNER_SHIFTS,
    /** A message from a coordinator or partner contact. */
    MESSAGE,
    /** A place freed up and is offered to the person from the waitlist, until a deadline. */
    WAITLIST_OFFER,
    /** To the shift's coordinators and its organisation's contacts: someone can't come after the deadline. */
    CANNOT_COME
}
