package se.tryggalov.shared.mail;

import java.time.OffsetDateTime;

/** One e-mail in the outbox and how its delivery went. */
public record OutboxMail(long id, Long userId, String recipient, String subject, String body,
                         OffsetDateTime createdAt, OffsetDateTime sendAfter, OffsetDateTime sentAt, int attempts,
                         String lastError) {

    public boolean sent() {
        return sentAt != null;
    }

    /** Tried as often as the sender tries, and never sent: shown as failed, not tried again. */
    public boolean failed() {
        return sentAt == null && attempts >= OutboxSender.MAX_ATTEMPTS;
    }
}
