package se.tryggalov.notify;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.APP_USER_ROLE;
import static se.tryggalov.jooq.Tables.SCOPE_FEED_EVENT;
import static se.tryggalov.jooq.Tables.SCOPE_FEED_TOKEN;

/** The only writer of scope_feed_token and scope_feed_event (organisation and venue feeds). */
@Repository
class ScopeFeedRepository {

    /** Whom a secret's hash belongs to, as whom the feed is read, and what it is a feed of. */
    record TokenOwner(long userId, String username, Set<String> roles, FeedScope scope, long scopeId,
                      String tokenHash) {
    }

    /** One of a person's feed addresses (the secret itself is never kept). */
    record Address(FeedScope scope, long scopeId, OffsetDateTime createdAt) {
    }

    private final DSLContext dsl;

    ScopeFeedRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<TokenOwner> ownerOf(String tokenHash) {
        // a disabled account's address answers like an unknown one
        return dsl.select(SCOPE_FEED_TOKEN.USER_ID, APP_USER.USERNAME, SCOPE_FEED_TOKEN.SCOPE_KIND,
                        SCOPE_FEED_TOKEN.SCOPE_ID, SCOPE_FEED_TOKEN.TOKEN_HASH,
                        DSL.multiset(DSL.select(APP_USER_ROLE.ROLE).from(APP_USER_ROLE)
                                .where(APP_USER_ROLE.USER_ID.eq(SCOPE_FEED_TOKEN.USER_ID))).as("roles"))
                .from(SCOPE_FEED_TOKEN).join(APP_USER).on(APP_USER.ID.eq(SCOPE_FEED_TOKEN.USER_ID))
                .where(SCOPE_FEED_TOKEN.TOKEN_HASH.eq(tokenHash).and(APP_USER.ENABLED.isTrue()))
                .fetchOptional(r -> new TokenOwner(r.value1(), r.value2(), Set.copyOf(r.value6().map(x -> x.value1())),
                        FeedScope.valueOf(r.value3()), r.value4(), r.value5()));
    }

    void saveToken(long userId, FeedScope scope, long scopeId, String tokenHash, OffsetDateTime now) {
        dsl.insertInto(SCOPE_FEED_TOKEN)
                .set(SCOPE_FEED_TOKEN.USER_ID, userId)
                .set(SCOPE_FEED_TOKEN.SCOPE_KIND, scope.name())
                .set(SCOPE_FEED_TOKEN.SCOPE_ID, scopeId)
                .set(SCOPE_FEED_TOKEN.TOKEN_HASH, tokenHash)
                .set(SCOPE_FEED_TOKEN.CREATED_AT, now)
                .onConflict(SCOPE_FEED_TOKEN.USER_ID, SCOPE_FEED_TOKEN.SCOPE_KIND, SCOPE_FEED_TOKEN.SCOPE_ID).doUpdate()
                .set(SCOPE_FEED_TOKEN.TOKEN_HASH, tokenHash)
                .set(SCOPE_FEED_TOKEN.CREATED_AT, now)
                .execute();
    }

    int deleteToken(long userId, FeedScope scope, long scopeId) {
        return dsl.deleteFrom(SCOPE_FEED_TOKEN).where(SCOPE_FEED_TOKEN.USER_ID.eq(userId)
                .and(SCOPE_FEED_TOKEN.SCOPE_KIND.eq(scope.name())).and(SCOPE_FEED_TOKEN.SCOPE_ID.eq(scopeId))).execute();
    }

    List<Address> addresses(long userId) {
        return dsl.select(SCOPE_FEED_TOKEN.SCOPE_KIND, SCOPE_FEED_TOKEN.SCOPE_ID, SCOPE_FEED_TOKEN.CREATED_AT)
                .from(SCOPE_FEED_TOKEN).where(SCOPE_FEED_TOKEN.USER_ID.eq(userId))
                .orderBy(SCOPE_FEED_TOKEN.SCOPE_KIND, SCOPE_FEED_TOKEN.SCOPE_ID)
                .fetch(r -> new Address(FeedScope.valueOf(r.value1()), r.value2(), r.value3()));
    }

    /** A person's feed addresses, for erasure. */
    int deleteTokens(long userId) {
        return dsl.deleteFrom(SCOPE_FEED_TOKEN).where(SCOPE_FEED_TOKEN.USER_ID.eq(userId)).execute();
    }

    List<FeedBuilder.Stored> events(FeedScope scope, long scopeId) {
        return dsl.selectFrom(SCOPE_FEED_EVENT)
                .where(SCOPE_FEED_EVENT.SCOPE_KIND.eq(scope.name()).and(SCOPE_FEED_EVENT.SCOPE_ID.eq(scopeId)))
                .fetch(r -> new FeedBuilder.Stored(r.getEventKey(), r.getSequence(), r.getFingerprint(),
                        r.getLastModified(), r.getStartsAt(), r.getEndsAt(), r.getTitle(), r.getPlace(),
                        r.getGoneAt()));
    }

    void saveEvents(FeedScope scope, long scopeId, Collection<FeedBuilder.Stored> events) {
        if (!events.isEmpty()) {
            dsl.batch(events.stream().map(e -> upsert(scope, scopeId, e)).toList()).execute();
        }
    }

    private org.jooq.Query upsert(FeedScope scope, long scopeId, FeedBuilder.Stored event) {
        return dsl.insertInto(SCOPE_FEED_EVENT)
                .set(SCOPE_FEED_EVENT.SCOPE_KIND, scope.name())
                .set(SCOPE_FEED_EVENT.SCOPE_ID, scopeId)
                .set(SCOPE_FEED_EVENT.EVENT_KEY, event.key())
                .set(SCOPE_FEED_EVENT.SEQUENCE, event.sequence())
                .set(SCOPE_FEED_EVENT.FINGERPRINT, event.fingerprint())
                .set(SCOPE_FEED_EVENT.LAST_MODIFIED, event.lastModified())
                .set(SCOPE_FEED_EVENT.STARTS_AT, event.startsAt())
                .set(SCOPE_FEED_EVENT.ENDS_AT, event.endsAt())
                .set(SCOPE_FEED_EVENT.TITLE, event.title())
                .set(SCOPE_FEED_EVENT.PLACE, event.place())
                .set(SCOPE_FEED_EVENT.GONE_AT, event.goneAt())
                .onConflict(SCOPE_FEED_EVENT.SCOPE_KIND, SCOPE_FEED_EVENT.SCOPE_ID, SCOPE_FEED_EVENT.EVENT_KEY)
                .doUpdate()
                // never backwards, even when two subscribers fetch at the same moment
                .set(SCOPE_FEED_EVENT.SEQUENCE, DSL.greatest(SCOPE_FEED_EVENT.SEQUENCE.plus(1), DSL.val(event.sequence())))
                .set(SCOPE_FEED_EVENT.FINGERPRINT, event.fingerprint())
                .set(SCOPE_FEED_EVENT.LAST_MODIFIED, event.lastModified())
                .set(SCOPE_FEED_EVENT.STARTS_AT, event.startsAt())
                .set(SCOPE_FEED_EVENT.ENDS_AT, event.endsAt())
                .set(SCOPE_FEED_EVENT.TITLE, event.title())
                .set(SCOPE_FEED_EVENT.PLACE, event.place())
                .set(SCOPE_FEED_EVENT.GONE_AT, event.goneAt());
    }
}
