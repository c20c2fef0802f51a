package se.tryggalov.roster;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The states of a person on a shift (table shift_assignment; V9 explains each). */
public enum AssignmentStatus {
    PROPOSED,
    CONFIRMED,
    /** A self sign-up waiting for a coordinator's approval. */
    PENDING,
    /** A waitlisted person offered a freed place until a deadline. */
    OFFERED,
    WAITLISTED,
    DECLINED,
    /** An offer nobody answered in time. */
    EXPIRED,
    CANCELLED,
    /** "I can't come" after the cancel deadline. */
    LATE_CANCELLED,
    NO_SHOW;

    /** The states that hold a place: they count against the maximum and may not overlap for one person. */
    public static final Set<AssignmentStatus> HOLDING = EnumSet.of(PROPOSED, CONFIRMED, PENDING, OFFERED);

    static final List<String> HOLDING_NAMES = List.of(PROPOSED.name(), CONFIRMED.name(), PENDING.name(),
            OFFERED.name());

    public boolean holdsPlace() {
        return HOLDING.contains(this);
    }
}
