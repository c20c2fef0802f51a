package se.tryggalov.security;

import java.time.OffsetDateTime;
import java.util.Set;

/** What login needs from the database; stays inside this package. */
record StoredCredentials(long id, String username, String passwordHash, Set<Role> roles, boolean enabled,
                         int failedLogins, OffsetDateTime lockedUntil) {
}
