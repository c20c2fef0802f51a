package se.tryggalov.security;

import se.tryggalov.shared.i18n.UserMessageException;

/**
 * NIST SP 800-63B / OWASP ASVS: length over composition rules. At least 12 characters, at most 128
 * (Argon2 has no bcrypt-style 72-byte cut-off, the upper bound only limits hashing cost).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new UserMessageException("password.error.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new UserMessageException("password.error.tooLong", MAX_LENGTH);
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            throw new UserMessageException("password.error.containsUsername");
        }
    }
}
