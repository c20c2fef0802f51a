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

    /**
     * The sign-in name for an e-mail address: the address itself, lower-cased, with characters a username cannot
     * hold as "-" (a+b@example.se signs in as a-b@example.se), short enough for a "-2" suffix.
     */
    public static String forEmail(String email) {
        String name = normalise(email).replaceAll("[^a-z0-9._@-]", "-");
        return name.length() > 95 ? name.substring(0, 95) : name;
    }

    /** Trimmed and in lower case. */
    public static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
