package se.tryggalov.availability;

/** A person's answer for one evening. No answer at all is "not answered", which is not stored. */
public enum AvailabilityState {
    AVAILABLE,
    MAYBE,
    UNAVAILABLE;

    /** Whether the answer can carry a time window (only a yes or a maybe says when). */
    public boolean canHaveWindow() {
        return this != UNAVAILABLE;
    }
}
