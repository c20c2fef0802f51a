package se.tryggalov.volunteer;

/** Given only if the person chooses; {@code UNDISCLOSED} = "prefer not to say", no value = not given. */
public enum Gender {
    FEMALE,
    MALE,
    NON_BINARY,
    UNDISCLOSED
}
