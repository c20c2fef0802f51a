package se.tryggalov.notify;

import java.util.Locale;

/** Whom a notification goes to: an account, or a partner contact without one (userId null). */
record Recipient(Long userId, String name, String email, String phone, Locale locale) {

    /** The first name, for a greeting. */
    String firstName() {
        if (name == null || name.isBlank()) {
            return "";
        }
        String trimmed = name.trim();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
