package se.tryggalov.shared.validation;

import java.util.Optional;

/**
 * A person's name (a volunteer, a contact person, a user): required, at most {@value #MAX_LENGTH} characters after
 * trimming, and never a personal identity number.
 */
public final class PersonNames {

    public static final String PROBLEM = "validation.name";
    public static final int MAX_LENGTH = 100;

    private PersonNames() {
    }

    public static Optional<Problem> check(String name) {
        String value = normalise(name);
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            return Optional.of(Problem.of(PROBLEM, MAX_LENGTH));
        }
        return IdentityNumbers.checkText(value);
    }

    /** As stored: trimmed, runs of white space as one space. */
    public static String normalise(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }
}
