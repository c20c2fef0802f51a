package se.tryggalov.shared.mail;

import se.tryggalov.shared.privacy.PersonRef;
import java.util.Collection;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Repository;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.OffsetDateTime;
import java.util.List;

import static se.tryggalov.jooq.Tables.OUTBOX_EMAIL;

/** The only writer of outbox_email. */
@Repository
class OutboxRepository {

    /** A mail waiting to be sent, as the sender needs it. */
    record PendingMail(long id, String recipient, String subject, String body, int attempts, String lastError,
                       String htmlBody) {
        PendingMail(long id, String recipient, String subject, String body, int attempts, String lastError) {
            this(id, recipient, subject, body, attempts, lastError, null);
        }
    }

    private final DSLContext dsl;

    OutboxRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(Long userId, String recipient, String subject, String body, OffsetDateTime now) {
        return insert(userId, recipient, subject, body, null, now);
    }

    long insert(Long userId, String recipient, String subject, String body, String htmlBody, OffsetDateTime now) {
        return dsl.insertInto(OUTBOX_EMAIL)
                .set(OUTBOX_EMAIL.HTML_BODY, htmlBody)
                .set(OUTBOX_EMAIL.USER_ID, userId)
                .set(OUTBOX_EMAIL.RECIPIENT, recipient)
                .set(OUTBOX_EMAIL.SUBJECT, subject)
                .set(OUTBOX_EMAIL.BODY, body)
                .set(OUTBOX_EMAIL.CREATED_AT, now)
                .set(OUTBOX_EMAIL.SEND_AFTER, now)
                .returning(OUTBOX_EMAIL.ID)
                .fetchSingle(OUTBOX_EMAIL.ID);
    }

    /** The oldest mails that are due (db-scheduler runs the sender on one instance at a time). */
    List<PendingMail> due(OffsetDateTime now, int maxAttempts, int limit) {
        return dsl.select(OUTBOX_EMAIL.ID, OUTBOX_EMAIL.RECIPIENT, OUTBOX_EMAIL.SUBJECT, OUTBOX_EMAIL.BODY,
                        OUTBOX_EMAIL.ATTEMPTS, OUTBOX_EMAIL.LAST_ERROR, OUTBOX_EMAIL.HTML_BODY)
                .from(OUTBOX_EMAIL)
                .where(OUTBOX_EMAIL.SENT_AT.isNull())
                .and(OUTBOX_EMAIL.SEND_AFTER.le(now))
                .and(OUTBOX_EMAIL.ATTEMPTS.lt(maxAttempts))
                .orderBy(OUTBOX_EMAIL.SEND_AFTER, OUTBOX_EMAIL.ID)
                .limit(limit)
                .fetch(r -> new PendingMail(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
    }

    void markSent(long id, OffsetDateTime at) {
        dsl.update(OUTBOX_EMAIL)
                .set(OUTBOX_EMAIL.SENT_AT, at)
                .set(OUTBOX_EMAIL.ATTEMPTS, OUTBOX_EMAIL.ATTEMPTS.plus(1))
                .setNull(OUTBOX_EMAIL.LAST_ERROR)
                .where(OUTBOX_EMAIL.ID.eq(id))
                .execute();
    }

    void markFailed(long id, String error, OffsetDateTime retryAt) {
        dsl.update(OUTBOX_EMAIL)
                .set(OUTBOX_EMAIL.ATTEMPTS, OUTBOX_EMAIL.ATTEMPTS.plus(1))
                .set(OUTBOX_EMAIL.LAST_ERROR, error)
                .set(OUTBOX_EMAIL.SEND_AFTER, retryAt)
                .where(OUTBOX_EMAIL.ID.eq(id))
                .execute();
    }

    /** Notes that a mail is waiting for SMTP to be configured; does not count as an attempt. */
    void markWaiting(long id, String note) {
        dsl.update(OUTBOX_EMAIL).set(OUTBOX_EMAIL.LAST_ERROR, note).where(OUTBOX_EMAIL.ID.eq(id)).execute();
    }

    OutboxMail find(long id) {
        return dsl.selectFrom(OUTBOX_EMAIL).where(OUTBOX_EMAIL.ID.eq(id))
                .fetchOptional(r -> new OutboxMail(r.getId(), r.getUserId(), r.getRecipient(), r.getSubject(),
                        r.getBody(), r.getCreatedAt(), r.getSendAfter(), r.getSentAt(), r.getAttempts(),
                        r.getLastError()))
                .orElse(null);
    }

    List<OutboxMail> newest(int limit) {
        return dsl.selectFrom(OUTBOX_EMAIL).orderBy(OUTBOX_EMAIL.ID.desc()).limit(limit)
                .fetch(r -> new OutboxMail(r.getId(), r.getUserId(), r.getRecipient(), r.getSubject(),
                        r.getBody(), r.getCreatedAt(), r.getSendAfter(), r.getSentAt(), r.getAttempts(),
                        r.getLastError()));
    }

    List<OutboxMail> forUser(long userId) {
        return dsl.selectFrom(OUTBOX_EMAIL).where(OUTBOX_EMAIL.USER_ID.eq(userId)).orderBy(OUTBOX_EMAIL.ID)
                .fetch(r -> new OutboxMail(r.getId(), r.getUserId(), r.getRecipient(), r.getSubject(),
                        r.getBody(), r.getCreatedAt(), r.getSendAfter(), r.getSentAt(), r.getAttempts(),
                        r.getLastError()));
    }

    // --- personal data ------------------------------------------------------------------------------------------

    /** Subjects and dates; never the body, which may hold a link with a secret. */
    List<Outbox.PersonalMail> mailsTo(PersonRef person) {
        return dsl.select(OUTBOX_EMAIL.RECIPIENT, OUTBOX_EMAIL.SUBJECT, OUTBOX_EMAIL.CREATED_AT, OUTBOX_EMAIL.SENT_AT)
                .from(OUTBOX_EMAIL).where(to(person)).orderBy(OUTBOX_EMAIL.ID)
                .fetch(r -> new Outbox.PersonalMail(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    int deleteMailsTo(PersonRef person) {
        return dsl.deleteFrom(OUTBOX_EMAIL).where(to(person)).execute();
    }

    int scrub(Collection<String> needles, UnaryOperator<String> replace) {
        if (needles.isEmpty()) {
            return 0;
        }
        org.jooq.Condition anyHit = DSL.falseCondition();
        for (String needle : needles) {
            anyHit = anyHit.or(OUTBOX_EMAIL.SUBJECT.containsIgnoreCase(needle))
                    .or(OUTBOX_EMAIL.BODY.containsIgnoreCase(needle))
                    .or(OUTBOX_EMAIL.LAST_ERROR.containsIgnoreCase(needle));
        }
        int changed = 0;
        for (var row : dsl.select(OUTBOX_EMAIL.ID, OUTBOX_EMAIL.SUBJECT, OUTBOX_EMAIL.BODY, OUTBOX_EMAIL.LAST_ERROR)
                .from(OUTBOX_EMAIL).where(anyHit).fetch()) {
            changed += dsl.update(OUTBOX_EMAIL)
                    .set(OUTBOX_EMAIL.SUBJECT, row.value2() == null ? null : replace.apply(row.value2()))
                    .set(OUTBOX_EMAIL.BODY, row.value3() == null ? null : replace.apply(row.value3()))
                    .set(OUTBOX_EMAIL.LAST_ERROR, row.value4() == null ? null : replace.apply(row.value4()))
                    .where(OUTBOX_EMAIL.ID.eq(row.value1())).execute();
        }
        return changed;
    }

    private static org.jooq.Condition to(PersonRef person) {
        org.jooq.Condition condition = OUTBOX_EMAIL.USER_ID.eq(person.userId());
        return person.email() == null ? condition
                : condition.or(DSL.lower(OUTBOX_EMAIL.RECIPIENT).eq(person.email().toLowerCase()));
    }
}
