package se.tryggalov.shared.validation;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.util.Optional;

/**
 * An e-mail address we can send to: parsed strictly by Jakarta Mail, with a dotted domain, at most
 * {@value #MAX_LENGTH} characters (RFC 5321's path limit) and without a personal identity number in it. Stored
 * trimmed, as typed.
 */
public final class EmailAddresses {

    public static final String PROBLEM = "validation.email";
    public static final int MAX_LENGTH = 254;

    private EmailAddresses() {
    }

    /** Blank is no problem here: whether an address is required is the form's and the service's business. */
    public static Optional<Problem> check(String email) {
        String value = email == null ? "" : email.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (IdentityNumbers.inText(value)) {
            return Optional.of(Problem.of(IdentityNumbers.PROBLEM));
        }
        return isEmail(value) ? Optional.empty() : Optional.of(Problem.of(PROBLEM));
    }

    /** As {@link #check}, but a blank address is a problem too. */
    public static Optional<Problem> checkRequired(String email) {
        return email == null || email.isBlank() ? Optional.of(Problem.of(PROBLEM)) : check(email);
    }

    private static boolean isEmail(String email) {
        int at = email.lastIndexOf('@');
        if (email.length() > MAX_LENGTH || at <= 0 || email.indexOf('@') != at || email.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        String domain = email.substring(at + 1);
        if (!domain.contains(".") || domain.startsWith(".") || domain.endsWith(".") || domain.contains("..")) {
            return false;
        }
        try {
            InternetAddress parsed = new InternetAddress(email, true);
            parsed.validate();
            return email.equals(parsed.getAddress());
        } catch (AddressException e) {
            return false;
        }
    }
}
