package se.tryggalov.security;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Optional;

import static org.jooq.impl.DSL.when;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.min;
import static se.tryggalov.jooq.Tables.LOGIN_ADDRESS_FAILURE;
import static se.tryggalov.jooq.Tables.LOGIN_FAILURE;

/**
 * The only writer of login_failure and login_address_failure: failed sign-ins per hashed name and per hashed client
 * address (see LoginThrottle), shared by every app node.
 */
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

    /** Failures of one address since {@code since}: how many, and the oldest of them (null when none). */
    record AddressFailures(int count, OffsetDateTime oldest) {
    }

    AddressFailures addressFailures(String addressHash, OffsetDateTime since) {
        var row = dsl.select(count(), min(LOGIN_ADDRESS_FAILURE.FAILED_AT)).from(LOGIN_ADDRESS_FAILURE)
                .where(LOGIN_ADDRESS_FAILURE.ADDRESS_HASH.eq(addressHash))
                .and(LOGIN_ADDRESS_FAILURE.FAILED_AT.ge(since))
                .fetchSingle();
        return new AddressFailures(row.value1(), row.value2());
    }

    /** Counts one failure of this address and forgets every address's failures from before {@code forgetBefore}. */
    void recordAddressFailure(String addressHash, OffsetDateTime now, OffsetDateTime forgetBefore) {
        dsl.deleteFrom(LOGIN_ADDRESS_FAILURE).where(LOGIN_ADDRESS_FAILURE.FAILED_AT.lt(forgetBefore)).execute();
        dsl.insertInto(LOGIN_ADDRESS_FAILURE)
                .set(LOGIN_ADDRESS_FAILURE.ADDRESS_HASH, addressHash)
                .set(LOGIN_ADDRESS_FAILURE.FAILED_AT, now)
                .execute();
    }
}
