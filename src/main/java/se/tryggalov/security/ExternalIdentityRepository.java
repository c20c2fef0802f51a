package se.tryggalov.security;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Optional;

import static se.tryggalov.jooq.Tables.APP_USER_EXTERNAL_IDENTITY;

/** The only writer of app_user_external_identity: which account an OpenID Connect provider's person is. */
@Repository
class ExternalIdentityRepository {

    private final DSLContext dsl;

    ExternalIdentityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Long> userId(String issuer, String subject) {
        return dsl.select(APP_USER_EXTERNAL_IDENTITY.USER_ID).from(APP_USER_EXTERNAL_IDENTITY)
                .where(APP_USER_EXTERNAL_IDENTITY.ISSUER.eq(issuer))
                .and(APP_USER_EXTERNAL_IDENTITY.SUBJECT.eq(subject))
                .fetchOptional(APP_USER_EXTERNAL_IDENTITY.USER_ID);
    }

    void link(String issuer, String subject, long userId, OffsetDateTime at) {
        dsl.insertInto(APP_USER_EXTERNAL_IDENTITY)
                .set(APP_USER_EXTERNAL_IDENTITY.ISSUER, issuer)
                .set(APP_USER_EXTERNAL_IDENTITY.SUBJECT, subject)
                .set(APP_USER_EXTERNAL_IDENTITY.USER_ID, userId)
                .set(APP_USER_EXTERNAL_IDENTITY.CREATED_AT, at)
                .execute();
    }

    boolean isLinked(long userId) {
        return dsl.fetchExists(APP_USER_EXTERNAL_IDENTITY, APP_USER_EXTERNAL_IDENTITY.USER_ID.eq(userId));
    }
}
