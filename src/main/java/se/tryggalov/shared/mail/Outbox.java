package se.tryggalov.shared.mail;

import se.tryggalov.shared.privacy.PersonRef;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;

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
        return enqueue(userId, recipient, subject, body, null);
    }

    /**
     * Queues a mail with a plain-text and an HTML part (both already in the recipient's language, the HTML escaped
     * by its template) and returns its id.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public long enqueue(Long userId, String recipient, String subject, String body, String htmlBody) {
        // Only the database's shape: the address was checked by the shared rule (EmailAddresses) when it was
        // stored, and an address stored before that rule still gets its mail.
        if (recipient == null || !recipient.trim().matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("not an e-mail address");
        }
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT || subject.contains("\n")) {
            throw new IllegalArgumentException("subject must be one line of at most " + MAX_SUBJECT + " characters");
        }
        if (body == null || body.length() > MAX_BODY || htmlBody != null && htmlBody.length() > 4 * MAX_BODY) {
            throw new IllegalArgumentException("body too long");
        }
        return mails.insert(userId, recipient.trim(), subject, body, htmlBody, OffsetDateTime.now(clock));
    }

    /** The newest mails, for the outbox page (its service checks who may see them). */
    @Transactional(readOnly = true)
    public List<OutboxMail> newest(int limit) {
        return mails.newest(Math.max(1, Math.min(limit, 1000)));
    }

    /** How many attempts a mail gets before it is shown as failed. */
    public static int maxAttempts() {
        return OutboxSender.MAX_ATTEMPTS;
    }

    // --- personal data (for the privacy feature, which checks the caller's rights) ---------------------------------

    /** A mail in a personal-data export: subject and dates only (JSON field names: keep them). */
    public record PersonalMail(String recipient, String subject, OffsetDateTime createdAt, OffsetDateTime sentAt) {
    }

    @Transactional(readOnly = true)
    public List<PersonalMail> mailsTo(PersonRef person) {
        return mails.mailsTo(person);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public int deleteMailsTo(PersonRef person) {
        return mails.deleteMailsTo(person);
    }

    /** Rewrites subjects, bodies and errors of mails that mention a needle (mails to other people, say). */
    @Transactional(propagation = Propagation.REQUIRED)
    public int scrub(Collection<String> needles, UnaryOperator<String> replace) {
        return mails.scrub(needles, replace);
    }
}
