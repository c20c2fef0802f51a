package se.tryggalov.volunteer;

import java.time.OffsetDateTime;

/**
 * The result of an invitation: the link (shown once to the inviter, to copy when no e-mail goes out), when it
 * expires, and whether an earlier invitation of the same person was replaced.
 */
public record InvitationLink(long userId, String url, OffsetDateTime expiresAt, boolean replacedEarlier) {
}
