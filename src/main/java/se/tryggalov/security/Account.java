package se.tryggalov.security;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Set;

/** A user account as the rest of the application sees it: never the password hash. */
public record Account(long id, String username, String displayName, String email, Set<Role> roles, Locale locale,
                      Long organisationId, String organisationName, boolean enabled, OffsetDateTime lockedUntil,
                      OffsetDateTime lastLoginAt, boolean demo) {

    public Account {
        roles = Set.copyOf(roles);
    }

    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
