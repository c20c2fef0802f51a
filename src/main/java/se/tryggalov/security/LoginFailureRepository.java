package se.tryggalov.security;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Optional;

import static org.jooq.impl.DSL.when;
import static se.tryggalov.jooq.Tables.LOGIN_FAILURE;

/** The only writer of login_failure: failed sign-ins per hashed name (see LoginThrottle). */
@Repository
class LoginFailureRepository {

    private final DSLContext dsl;

    LoginFailureRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<OffsetDateTime> lockedUntil(String nameHash) {
        return dsl.select(LOGIN_FAILURE.LOCKED_UNTIL).from(LOGIN_FAILURE).where(LOGIN_FAILURE.NAME_HASH.eq(nameHash))
                .fetchOptional(LOGIN_FAILURE.LOCKED_UNTIL);
    }

    /**
     * Counts one more failure in a row and returns the new count; a count whose last failure was before
     * {@code forgetBefore} starts again from one. Atomic under concurrent attempts, also on several nodes.
     */
    int recordFailure(String nameHash, OffsetDateTime now, OffsetDateTime forgetBefore) {
        return dsl.insertInto(LOGIN_FAILURE)
                .set(LOGIN_FAILURE.NAME_HASH, nameHash)
                .set(LOGIN_FAILURE.FAILURES, 1)
                .set(LOGIN_FAILURE.LAST_FAILURE_AT, now)
                .onConflict(LOGIN_FAILURE.NAME_HASH)
                .doUpdate()
                .set(LOGIN_FAILURE.FAILURES, when(LOGIN_FAILURE.LAST_FAILURE_AT.lt(forgetBefore), 1)
                        .otherwise(LOGIN_FAILURE.FAILURES.plus(1)))
                .set(LOGIN_FAILURE.LAST_FAILURE_AT, now)
                .returning(LOGIN_FAILURE.FAILURES)
                .fetchSingle(LOGIN_FAILURE.FAILURES);
    }

    void lockUntil(String nameHash, OffsetDateTime until) {
        dsl.update(LOGIN_FAILURE).set(LOGIN_FAILURE.LOCKED_UNTIL, until).where(LOGIN_FAILURE.NAME_HASH.eq(nameHash))
                .execute();
    }

    void forget(String nameHash) {
        dsl.deleteFrom(LOGIN_FAILURE).where(LOGIN_FAILURE.NAME_HASH.eq(nameHash)).execute();
    }

    /** Rows nobody has failed with since {@code before} and that lock nothing any more. */
    int deleteStale(OffsetDateTime before, OffsetDateTime now) {
        return dsl.deleteFrom(LOGIN_FAILURE)
                .where(LOGIN_FAILURE.LAST_FAILURE_AT.lt(before))
                .and(LOGIN_FAILURE.LOCKED_UNTIL.isNull().or(LOGIN_FAILURE.LOCKED_UNTIL.lt(now)))
                .execute();
    }
}
