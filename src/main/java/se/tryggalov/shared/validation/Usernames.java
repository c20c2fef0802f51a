package se.tryggalov.shared.validation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A sign-in name: lower-case a–z, digits and . _ @ -, 2–100 characters (the database's rule for
 * app_user.username). A volunteer's sign-in name is their e-mail address in lower case.
 */
public final class Usernames {

    public static final String PROBLEM = "validation.username";
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9._@-]{2,100}");

    private Usernames() {
    }

    /** Checks the value as it will be stored ({@link #normalise}d). */
    public static Optional<Problem> check(String username) {
        String value = normalise(username);
        if (!SHAPE.matcher(value).matches()) {
            return Optional.of(Problem.of(PROBLEM));
        }
        return IdentityNumbers.checkText(value);
    }

    /** Trimmed and in lower case. */
    public static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
