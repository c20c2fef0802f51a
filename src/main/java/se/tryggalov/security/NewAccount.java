package se.tryggalov.security;

import java.util.Locale;
import java.util.Set;

/** A command to create an account. The password is checked against {@link PasswordPolicy}. */
public record NewAccount(String username, String displayName, String email, Set<Role> roles, Locale locale,
                         Long organisationId, String password, boolean demo) {
}
