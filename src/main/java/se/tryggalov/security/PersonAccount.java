package se.tryggalov.security;

import java.util.Locale;

/** A person's account as another feature creates it (a volunteer, invited, registered or imported). */
public record PersonAccount(String username, String name, String email, Locale locale, boolean enabled,
                            boolean demo) {
}
