package se.tryggalov.shared.mail;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * E-mail goes out through an outbox: {@link #enqueue} writes the mail in the caller's transaction (so a change
 * that rolls back sends nothing, and a committed change always gets its mail), and {@link OutboxSender} delivers
 * it shortly after. Callers pass the subject and body already translated into the recipient's language.
 */
@Component
public class Outbox {

    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 20_000;

    private final OutboxRepository mails;
    private final Clock clock;

    Outbox(OutboxRepository mails, Clock clock) {
        this.mails = mails;
        this.clock = clock;
    }

    /**
     * Queues a plain-text mail and returns its id.
     *
     * @param userId the recipient's account, when there is one (the mail is removed with the account)
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public long enqueue(Long userId, String recipient, String subject, String body) {
        // Only the database's shape: the address was checked by the shared rule (EmailAddresses) when it was
        // stored, and an address stored before that rule still gets its mail.
        if (recipient == null || !recipient.trim().matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("not an e-mail address");
        }
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT || subject.contains("\n")) {
            throw new IllegalArgumentException("subject must be one line of at most " + MAX_SUBJECT + " characters");
        }
        if (body == null || body.length() > MAX_BODY) {
            throw new IllegalArgumentException("body too long");
        }
        return mails.insert(userId, recipient.trim(), subject, body, OffsetDateTime.now(clock));
    }
}
