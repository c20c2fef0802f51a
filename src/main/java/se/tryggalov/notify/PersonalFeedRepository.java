package se.tryggalov.notify;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.PERSONAL_FEED_EVENT;
import static se.tryggalov.jooq.Tables.PERSONAL_FEED_TOKEN;

/** The only writer of personal_feed_token and personal_feed_event. */
@Repository
class PersonalFeedRepository {

    /** The person a secret's hash opens, with the stored hash (compared again in constant time). */
    record TokenOwner(long userId, String tokenHash) {
    }

    private final DSLContext dsl;

    PersonalFeedRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<TokenOwner> ownerOf(String tokenHash) {
        // a disabled account's address answers like an unknown one
        return dsl.select(PERSONAL_FEED_TOKEN.USER_ID, PERSONAL_FEED_TOKEN.TOKEN_HASH).from(PERSONAL_FEED_TOKEN)
                .join(APP_USER).on(APP_USER.ID.eq(PERSONAL_FEED_TOKEN.USER_ID))
                .where(PERSONAL_FEED_TOKEN.TOKEN_HASH.eq(tokenHash).and(APP_USER.ENABLED.isTrue()))
                .fetchOptional(r -> new TokenOwner(r.value1(), r.value2()));
    }

    /** Sets the person's secret (a renewal replaces the old one in the same row). */
    void saveToken(long userId, String tokenHash, OffsetDateTime now) {
        dsl.insertInto(PERSONAL_FEED_TOKEN)
                .set(PERSONAL_FEED_TOKEN.USER_ID, userId)
                .set(PERSONAL_FEED_TOKEN.TOKEN_HASH, tokenHash)
                .set(PERSONAL_FEED_TOKEN.CREATED_AT, now)
                .onConflict(PERSONAL_FEED_TOKEN.USER_ID).doUpdate()
                .set(PERSONAL_FEED_TOKEN.TOKEN_HASH, tokenHash)
                .set(PERSONAL_FEED_TOKEN.CREATED_AT, now)
                .execute();
    }

    Optional<OffsetDateTime> tokenCreatedAt(long userId) {
        return dsl.select(PERSONAL_FEED_TOKEN.CREATED_AT).from(PERSONAL_FEED_TOKEN)
                .where(PERSONAL_FEED_TOKEN.USER_ID.eq(userId)).fetchOptional(PERSONAL_FEED_TOKEN.CREATED_AT);
    }

    int deleteToken(long userId) {
        return dsl.deleteFrom(PERSONAL_FEED_TOKEN).where(PERSONAL_FEED_TOKEN.USER_ID.eq(userId)).execute();
    }

    /** What the person's feed last said about each shift, keyed by the shift's id. */
    List<FeedBuilder.Stored> events(long userId) {
        return dsl.selectFrom(PERSONAL_FEED_EVENT).where(PERSONAL_FEED_EVENT.USER_ID.eq(userId))
                .fetch(r -> new FeedBuilder.Stored(String.valueOf(r.getShiftId()), r.getSequence(), r.getFingerprint(), r.getLastModified(),
                        r.getStartsAt(), r.getEndsAt(), r.getTitle(), r.getPlace(), r.getGoneAt()));
    }

    /** Writes what the feed says now about these shifts, in one round trip. */
    void saveEvents(long userId, java.util.Collection<FeedBuilder.Stored> events) {
        if (events.size() == 1) {
            upsert(userId, events.iterator().next()).execute();
        } else if (!events.isEmpty()) {
            dsl.batch(events.stream().map(e -> upsert(userId, e)).toList()).execute();
        }
    }

    /** What the feed says now about a shift (insert, or a new content with its new sequence). */
    private org.jooq.Query upsert(long userId, FeedBuilder.Stored event) {
        return dsl.insertInto(PERSONAL_FEED_EVENT)
                .set(PERSONAL_FEED_EVENT.USER_ID, userId)
                .set(PERSONAL_FEED_EVENT.SHIFT_ID, Long.parseLong(event.key()))
                .set(PERSONAL_FEED_EVENT.SEQUENCE, event.sequence())
                .set(PERSONAL_FEED_EVENT.FINGERPRINT, event.fingerprint())
                .set(PERSONAL_FEED_EVENT.LAST_MODIFIED, event.lastModified())
                .set(PERSONAL_FEED_EVENT.STARTS_AT, event.startsAt())
                .set(PERSONAL_FEED_EVENT.ENDS_AT, event.endsAt())
                .set(PERSONAL_FEED_EVENT.TITLE, event.title())
                .set(PERSONAL_FEED_EVENT.PLACE, event.place())
                .set(PERSONAL_FEED_EVENT.GONE_AT, event.goneAt())
                .onConflict(PERSONAL_FEED_EVENT.USER_ID, PERSONAL_FEED_EVENT.SHIFT_ID).doUpdate()
                // never backwards, even when two fetches of the same feed race
                .set(PERSONAL_FEED_EVENT.SEQUENCE,
                        org.jooq.impl.DSL.greatest(PERSONAL_FEED_EVENT.SEQUENCE.plus(1), org.jooq.impl.DSL.val(event.sequence())))
                .set(PERSONAL_FEED_EVENT.FINGERPRINT, event.fingerprint())
                .set(PERSONAL_FEED_EVENT.LAST_MODIFIED, event.lastModified())
                .set(PERSONAL_FEED_EVENT.STARTS_AT, event.startsAt())
                .set(PERSONAL_FEED_EVENT.ENDS_AT, event.endsAt())
                .set(PERSONAL_FEED_EVENT.TITLE, event.title())
                .set(PERSONAL_FEED_EVENT.PLACE, event.place())
                .set(PERSONAL_FEED_EVENT.GONE_AT, event.goneAt());
    }

    /** What a person's feed last said about each shift, for erasure. */
    int deleteEvents(long userId) {
        return dsl.deleteFrom(PERSONAL_FEED_EVENT).where(PERSONAL_FEED_EVENT.USER_ID.eq(userId)).execute();
    }
}
