package se.tryggalov.roster;

/** The states of a shift assignment (table shift_assignment). */
public enum AssignmentStatus {
    PROPOSED,
    CONFIRMED,
    WAITLISTED,
    CANCELLED
}
