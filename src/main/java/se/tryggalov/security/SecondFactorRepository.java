package se.tryggalov.security;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static se.tryggalov.jooq.Tables.APP_USER_RECOVERY_CODE;
import static se.tryggalov.jooq.Tables.APP_USER_SECOND_FACTOR;

/** The only writer of app_user_second_factor and app_user_recovery_code. */
@Repository
class SecondFactorRepository {

    record Stored(long userId, String secretEncrypted, OffsetDateTime confirmedAt, long lastUsedStep,
                  int failedAttempts, OffsetDateTime lockedUntil) {

        boolean confirmed() {
            return confirmedAt != null;
        }
    }

    private final DSLContext dsl;

    SecondFactorRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Stored> find(long userId) {
        return dsl.selectFrom(APP_USER_SECOND_FACTOR).where(APP_USER_SECOND_FACTOR.USER_ID.eq(userId))
                .fetchOptional(r -> new Stored(r.getUserId(), r.getSecretEncrypted(), r.getConfirmedAt(),
                        r.getLastUsedStep(), r.getFailedAttempts(), r.getLockedUntil()));
    }

    /** Locks the row for the rest of the transaction: two concurrent codes cannot both pass the replay check. */
    Optional<Stored> findForUpdate(long userId) {
        return dsl.selectFrom(APP_USER_SECOND_FACTOR).where(APP_USER_SECOND_FACTOR.USER_ID.eq(userId)).forUpdate()
                .fetchOptional(r -> new Stored(r.getUserId(), r.getSecretEncrypted(), r.getConfirmedAt(),
                        r.getLastUsedStep(), r.getFailedAttempts(), r.getLockedUntil()));
    }

    /** A new, unconfirmed secret; replaces an earlier unconfirmed one, never a confirmed one. */
    boolean startEnrolment(long userId, String secretEncrypted) {
        return dsl.insertInto(APP_USER_SECOND_FACTOR)
                .set(APP_USER_SECOND_FACTOR.USER_ID, userId)
                .set(APP_USER_SECOND_FACTOR.SECRET_ENCRYPTED, secretEncrypted)
                .onConflict(APP_USER_SECOND_FACTOR.USER_ID)
                .doUpdate()
                .set(APP_USER_SECOND_FACTOR.SECRET_ENCRYPTED, secretEncrypted)
                .set(APP_USER_SECOND_FACTOR.LAST_USED_STEP, 0L)
                .where(APP_USER_SECOND_FACTOR.CONFIRMED_AT.isNull())
                .execute() == 1;
    }

    void confirm(long userId, OffsetDateTime at, long step) {
        dsl.update(APP_USER_SECOND_FACTOR)
                .set(APP_USER_SECOND_FACTOR.CONFIRMED_AT, at)
                .set(APP_USER_SECOND_FACTOR.LAST_USED_STEP, step)
                .set(APP_USER_SECOND_FACTOR.FAILED_ATTEMPTS, 0)
                .setNull(APP_USER_SECOND_FACTOR.LOCKED_UNTIL)
                .where(APP_USER_SECOND_FACTOR.USER_ID.eq(userId)).execute();
    }

    void accepted(long userId, long step) {
        dsl.update(APP_USER_SECOND_FACTOR)
                .set(APP_USER_SECOND_FACTOR.LAST_USED_STEP, step)
                .set(APP_USER_SECOND_FACTOR.FAILED_ATTEMPTS, 0)
                .setNull(APP_USER_SECOND_FACTOR.LOCKED_UNTIL)
                .where(APP_USER_SECOND_FACTOR.USER_ID.eq(userId)).execute();
    }

    int countFailure(long userId) {
        return dsl.update(APP_USER_SECOND_FACTOR)
                .set(APP_USER_SECOND_FACTOR.FAILED_ATTEMPTS, APP_USER_SECOND_FACTOR.FAILED_ATTEMPTS.plus(1))
                .where(APP_USER_SECOND_FACTOR.USER_ID.eq(userId))
                .returning(APP_USER_SECOND_FACTOR.FAILED_ATTEMPTS)
                .fetchOptional(APP_USER_SECOND_FACTOR.FAILED_ATTEMPTS).orElse(0);
    }

    void lockUntil(long userId, OffsetDateTime until) {
        dsl.update(APP_USER_SECOND_FACTOR)
                .set(APP_USER_SECOND_FACTOR.LOCKED_UNTIL, until)
                .set(APP_USER_SECOND_FACTOR.FAILED_ATTEMPTS, 0)
                .where(APP_USER_SECOND_FACTOR.USER_ID.eq(userId)).execute();
    }

    java.util.Set<Long> confirmedUserIds() {
        return new java.util.HashSet<>(dsl.select(APP_USER_SECOND_FACTOR.USER_ID).from(APP_USER_SECOND_FACTOR)
                .where(APP_USER_SECOND_FACTOR.CONFIRMED_AT.isNotNull()).fetch(APP_USER_SECOND_FACTOR.USER_ID));
    }

    void delete(long userId) {
        dsl.deleteFrom(APP_USER_RECOVERY_CODE).where(APP_USER_RECOVERY_CODE.USER_ID.eq(userId)).execute();
        dsl.deleteFrom(APP_USER_SECOND_FACTOR).where(APP_USER_SECOND_FACTOR.USER_ID.eq(userId)).execute();
    }

    void replaceRecoveryCodes(long userId, List<String> hashes) {
        dsl.deleteFrom(APP_USER_RECOVERY_CODE).where(APP_USER_RECOVERY_CODE.USER_ID.eq(userId)).execute();
        var insert = dsl.insertInto(APP_USER_RECOVERY_CODE, APP_USER_RECOVERY_CODE.USER_ID, APP_USER_RECOVERY_CODE.CODE_HASH);
        for (String hash : hashes) {
            insert = insert.values(userId, hash);
        }
        insert.execute();
    }

    /** Uses an unused recovery code once; of two concurrent uses only one updates the row. */
    boolean useRecoveryCode(long userId, String hash, OffsetDateTime at) {
        return dsl.update(APP_USER_RECOVERY_CODE)
                .set(APP_USER_RECOVERY_CODE.USED_AT, at)
                .where(APP_USER_RECOVERY_CODE.USER_ID.eq(userId))
                .and(APP_USER_RECOVERY_CODE.CODE_HASH.eq(hash))
                .and(APP_USER_RECOVERY_CODE.USED_AT.isNull())
                .execute() == 1;
    }

    int unusedRecoveryCodes(long userId) {
        return dsl.fetchCount(APP_USER_RECOVERY_CODE, APP_USER_RECOVERY_CODE.USER_ID.eq(userId)
                .and(APP_USER_RECOVERY_CODE.USED_AT.isNull()));
    }
}
