package se.tryggalov.notify;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static se.tryggalov.jooq.Tables.NOTIFICATION;
import static se.tryggalov.jooq.Tables.NOTIFICATION_LINK;
import static se.tryggalov.jooq.Tables.NOTIFICATION_PREFERENCE;
import static se.tryggalov.jooq.Tables.NOTIFY_MESSAGE;

/** The only writer of notification, notification_preference and notify_message. */
@Repository
class NotificationRepository {

    private final DSLContext dsl;

    NotificationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Records a notification; empty when one with the same dedupe key exists already (it happens once).
     */
    Optional<Long> record(Long userId, NotificationKind kind, Channel channel, String dedupeKey, Long messageId,
                          OffsetDateTime now) {
        return dsl.insertInto(NOTIFICATION)
                .set(NOTIFICATION.USER_ID, userId)
                .set(NOTIFICATION.KIND, kind.name())
                .set(NOTIFICATION.CHANNEL, channel.name())
                .set(NOTIFICATION.DEDUPE_KEY, dedupeKey)
                .set(NOTIFICATION.MESSAGE_ID, messageId)
                .set(NOTIFICATION.CREATED_AT, now)
                .onConflict(NOTIFICATION.DEDUPE_KEY).doNothing()
                .returning(NOTIFICATION.ID)
                .fetchOptional(NOTIFICATION.ID);
    }

    void sent(long notificationId, Long outboxId) {
        dsl.update(NOTIFICATION).set(NOTIFICATION.OUTBOX_ID, outboxId).where(NOTIFICATION.ID.eq(notificationId))
                .execute();
    }

    void skipped(long notificationId, String reason) {
        dsl.update(NOTIFICATION).set(NOTIFICATION.SKIPPED_REASON, reason).where(NOTIFICATION.ID.eq(notificationId))
                .execute();
    }

    /** A skipped notification as the outbox page lists it. */
    record Skipped(long id, Long userId, NotificationKind kind, Channel channel, String reason,
                   OffsetDateTime createdAt) {
    }

    List<Skipped> skipped(int limit) {
        return dsl.selectFrom(NOTIFICATION).where(NOTIFICATION.SKIPPED_REASON.isNotNull())
                .orderBy(NOTIFICATION.ID.desc()).limit(limit)
                .fetch(r -> new Skipped(r.getId(), r.getUserId(), NotificationKind.valueOf(r.getKind()),
                        Channel.valueOf(r.getChannel()), r.getSkippedReason(), r.getCreatedAt()));
    }

    // ---- preferences ------------------------------------------------------------------------------------------------

    Map<NotificationKind, Preference> preferences(long userId) {
        Map<NotificationKind, Preference> preferences = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            preferences.put(kind, Preference.DEFAULT);
        }
        dsl.selectFrom(NOTIFICATION_PREFERENCE).where(NOTIFICATION_PREFERENCE.USER_ID.eq(userId))
                .forEach(r -> {
                    try {
                        preferences.put(NotificationKind.valueOf(r.getKind()), new Preference(r.getEmail(), r.getSms()));
                    } catch (IllegalArgumentException gone) {
                        // a kind that no longer exists: ignored
                    }
                });
        return preferences;
    }

    void savePreference(long userId, NotificationKind kind, Preference preference) {
        dsl.insertInto(NOTIFICATION_PREFERENCE)
                .set(NOTIFICATION_PREFERENCE.USER_ID, userId)
                .set(NOTIFICATION_PREFERENCE.KIND, kind.name())
                .set(NOTIFICATION_PREFERENCE.EMAIL, preference.email())
                .set(NOTIFICATION_PREFERENCE.SMS, preference.sms())
                .onConflict(NOTIFICATION_PREFERENCE.USER_ID, NOTIFICATION_PREFERENCE.KIND).doUpdate()
                .set(NOTIFICATION_PREFERENCE.EMAIL, preference.email())
                .set(NOTIFICATION_PREFERENCE.SMS, preference.sms())
                .execute();
    }

    // ---- links to change preferences without signing in ----------------------------------------------------------

    /** Whose link a secret's hash is, for which kind, until when. */
    record Link(long userId, NotificationKind kind, OffsetDateTime expiresAt, String tokenHash) {
    }

    void insertLink(String tokenHash, long userId, NotificationKind kind, OffsetDateTime expiresAt) {
        dsl.insertInto(NOTIFICATION_LINK)
                .set(NOTIFICATION_LINK.TOKEN_HASH, tokenHash)
                .set(NOTIFICATION_LINK.USER_ID, userId)
                .set(NOTIFICATION_LINK.KIND, kind.name())
                .set(NOTIFICATION_LINK.EXPIRES_AT, expiresAt)
                .execute();
    }

    Optional<Link> link(String tokenHash) {
        return dsl.selectFrom(NOTIFICATION_LINK).where(NOTIFICATION_LINK.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(r -> {
                    NotificationKind kind;
                    try {
                        kind = NotificationKind.valueOf(r.getKind());
                    } catch (IllegalArgumentException gone) {
                        kind = null;
                    }
                    return new Link(r.getUserId(), kind, r.getExpiresAt(), r.getTokenHash());
                });
    }

    int deleteExpiredLinks(OffsetDateTime now) {
        return dsl.deleteFrom(NOTIFICATION_LINK).where(NOTIFICATION_LINK.EXPIRES_AT.lt(now)).execute();
    }

    // ---- messages ---------------------------------------------------------------------------------------------------

    long insertMessage(Long authorId, MessageScope scope, long scopeId, String scopeName, String subject, String body,
                       OffsetDateTime now) {
        return dsl.insertInto(NOTIFY_MESSAGE)
                .set(NOTIFY_MESSAGE.AUTHOR_ID, authorId)
                .set(NOTIFY_MESSAGE.SCOPE_KIND, scope.name())
                .set(NOTIFY_MESSAGE.SCOPE_ID, scopeId)
                .set(NOTIFY_MESSAGE.SCOPE_NAME, scopeName)
                .set(NOTIFY_MESSAGE.SUBJECT, subject)
                .set(NOTIFY_MESSAGE.BODY, body)
                .set(NOTIFY_MESSAGE.CREATED_AT, now)
                .returning(NOTIFY_MESSAGE.ID).fetchSingle(NOTIFY_MESSAGE.ID);
    }

    void messageCounts(long messageId, int recipients, int reached) {
        dsl.update(NOTIFY_MESSAGE).set(NOTIFY_MESSAGE.RECIPIENTS, recipients).set(NOTIFY_MESSAGE.REACHED, reached)
                .where(NOTIFY_MESSAGE.ID.eq(messageId)).execute();
    }

    List<SentMessage> messages(Long authorId, int limit) {
        var condition = authorId == null ? org.jooq.impl.DSL.trueCondition() : NOTIFY_MESSAGE.AUTHOR_ID.eq(authorId);
        return dsl.selectFrom(NOTIFY_MESSAGE).where(condition).orderBy(NOTIFY_MESSAGE.ID.desc()).limit(limit)
                .fetch(r -> new SentMessage(r.getId(), MessageScope.valueOf(r.getScopeKind()), r.getScopeName(),
                        r.getSubject(), r.getRecipients(), r.getReached(), r.getCreatedAt().toInstant()));
    }

    /** A person's notifications and choices, for erasure. */
    int deleteFor(long userId) {
        return dsl.deleteFrom(NOTIFICATION).where(NOTIFICATION.USER_ID.eq(userId)).execute()
                + dsl.deleteFrom(NOTIFICATION_LINK).where(NOTIFICATION_LINK.USER_ID.eq(userId)).execute()
                + dsl.deleteFrom(NOTIFICATION_PREFERENCE).where(NOTIFICATION_PREFERENCE.USER_ID.eq(userId)).execute();
    }
}
