package se.tryggalov.privacy;

import java.time.OffsetDateTime;

/** A removal request waiting for an administrator. {@code volunteerStatus} is null for a person without a profile. */
public record OpenRemovalRequest(long id, long userId, String username, String displayName,
                                 OffsetDateTime requestedAt, String volunteerStatus) {
}
