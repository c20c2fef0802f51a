package se.tryggalov.privacy;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static org.jooq.impl.DSL.selectOne;
import static se.tryggalov.jooq.Tables.ACCOUNT_TOKEN;
import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.APP_USER_ROLE;
import static se.tryggalov.jooq.Tables.DATA_RETENTION;
import static se.tryggalov.jooq.Tables.REMOVAL_REQUEST;
import static se.tryggalov.jooq.Tables.VOLUNTEER;

/**
 * The privacy feature's own tables (removal requests, retention settings), and the read model of who the retention
 * rules are due for. Everything else of a person is exported and erased by the features that own it.
 */
@Repository
class PrivacyRepository {

    static final String ANONYMISED = "ANONYMISED";
    static final String REJECTED = "REJECTED";

    private final DSLContext dsl;

    PrivacyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<PersonalDataExport.RemovalRequestData> removalRequests(long userId) {
        return dsl.selectFrom(REMOVAL_REQUEST).where(REMOVAL_REQUEST.USER_ID.eq(userId)).orderBy(REMOVAL_REQUEST.ID)
                .fetch(r -> new PersonalDataExport.RemovalRequestData(r.getRequestedAt(), r.getHandledAt(),
                        r.getOutcome()));
    }

    // --- removal requests -----------------------------------------------------------------------------------------

    /** False when the person already has an open request (the partial unique index decides, also under races). */
    boolean insertRemovalRequest(long userId, OffsetDateTime at) {
        return dsl.insertInto(REMOVAL_REQUEST)
                .set(REMOVAL_REQUEST.USER_ID, userId)
                .set(REMOVAL_REQUEST.REQUESTED_AT, at)
                .onConflict(REMOVAL_REQUEST.USER_ID).where(REMOVAL_REQUEST.HANDLED_AT.isNull()).doNothing()
                .execute() == 1;
    }

    Optional<OffsetDateTime> openRequestSince(long userId) {
        return dsl.select(REMOVAL_REQUEST.REQUESTED_AT).from(REMOVAL_REQUEST)
                .where(REMOVAL_REQUEST.USER_ID.eq(userId)).and(REMOVAL_REQUEST.HANDLED_AT.isNull())
                .fetchOptional(REMOVAL_REQUEST.REQUESTED_AT);
    }

    /** A withdrawn request leaves no row: it was never handled. */
    boolean deleteOpenRequest(long userId) {
        return dsl.deleteFrom(REMOVAL_REQUEST)
                .where(REMOVAL_REQUEST.USER_ID.eq(userId)).and(REMOVAL_REQUEST.HANDLED_AT.isNull()).execute() > 0;
    }

    List<OpenRemovalRequest> openRequests() {
        return dsl.select(REMOVAL_REQUEST.ID, APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME,
                        REMOVAL_REQUEST.REQUESTED_AT, VOLUNTEER.STATUS)
                .from(REMOVAL_REQUEST).join(APP_USER).on(APP_USER.ID.eq(REMOVAL_REQUEST.USER_ID))
                .leftJoin(VOLUNTEER).on(VOLUNTEER.USER_ID.eq(APP_USER.ID))
                .where(REMOVAL_REQUEST.HANDLED_AT.isNull())
                .orderBy(REMOVAL_REQUEST.REQUESTED_AT, REMOVAL_REQUEST.ID)
                .fetch(r -> new OpenRemovalRequest(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    Optional<Long> openRequestUser(long requestId) {
        return dsl.select(REMOVAL_REQUEST.USER_ID).from(REMOVAL_REQUEST)
                .where(REMOVAL_REQUEST.ID.eq(requestId)).and(REMOVAL_REQUEST.HANDLED_AT.isNull())
                .fetchOptional(REMOVAL_REQUEST.USER_ID);
    }

    /** Closes the person's open request, if any; false when there was none (e.g. another administrator was first). */
    boolean closeOpenRequest(long userId, OffsetDateTime at, Long handledBy, String outcome) {
        return dsl.update(REMOVAL_REQUEST)
                .set(REMOVAL_REQUEST.HANDLED_AT, at)
                .set(REMOVAL_REQUEST.HANDLED_BY, handledBy)
                .set(REMOVAL_REQUEST.OUTCOME, outcome)
                .where(REMOVAL_REQUEST.USER_ID.eq(userId)).and(REMOVAL_REQUEST.HANDLED_AT.isNull())
                .execute() > 0;
    }

    // --- retention settings ---------------------------------------------------------------------------------------

    RetentionSettings retention() {
        return dsl.selectFrom(DATA_RETENTION).where(DATA_RETENTION.ID.eq((short) 1))
                .fetchSingle(r -> new RetentionSettings(r.getAvailabilityMonths(), r.getInactiveProfileMonths(),
                        r.getInvitationDays(), r.getKeepHistory(), r.getVersion(), r.getLastRunAt(),
                        RetentionSummary.parse(r.getLastRunSummary())));
    }

    boolean saveRetention(int availabilityMonths, int inactiveProfileMonths, int invitationDays, boolean keepHistory,
                          int expectedVersion) {
        return dsl.update(DATA_RETENTION)
                .set(DATA_RETENTION.AVAILABILITY_MONTHS, (short) availabilityMonths)
                .set(DATA_RETENTION.INACTIVE_PROFILE_MONTHS, (short) inactiveProfileMonths)
                .set(DATA_RETENTION.INVITATION_DAYS, (short) invitationDays)
                .set(DATA_RETENTION.KEEP_HISTORY, keepHistory)
                .set(DATA_RETENTION.VERSION, DATA_RETENTION.VERSION.plus(1))
                .where(DATA_RETENTION.ID.eq((short) 1)).and(DATA_RETENTION.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    /** The run's result; not a settings change, so the settings' version stays (an open form can still save). */
    void recordRun(OffsetDateTime at, String summary) {
        dsl.update(DATA_RETENTION).set(DATA_RETENTION.LAST_RUN_AT, at).set(DATA_RETENTION.LAST_RUN_SUMMARY, summary)
                .where(DATA_RETENTION.ID.eq((short) 1)).execute();
    }

    // --- retention: who is due ------------------------------------------------------------------------------------

    /**
     * Volunteers not yet anonymised who have neither been active nor signed in since {@code cutoff}. Administrators
     * are left alone: an automatic run must never lock out the people who run the system.
     */
    List<Long> inactiveVolunteers(OffsetDateTime cutoff) {
        return dsl.select(VOLUNTEER.USER_ID).from(VOLUNTEER).join(APP_USER).on(APP_USER.ID.eq(VOLUNTEER.USER_ID))
                .where(VOLUNTEER.STATUS.ne(ANONYMISED))
                .and(VOLUNTEER.LAST_ACTIVE_AT.lt(cutoff))
                .and(APP_USER.LAST_LOGIN_AT.isNull().or(APP_USER.LAST_LOGIN_AT.lt(cutoff)))
                .andNotExists(selectOne().from(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.eq(VOLUNTEER.USER_ID))
                        .and(APP_USER_ROLE.ROLE.eq("ADMIN")))
                .orderBy(VOLUNTEER.USER_ID)
                .fetch(VOLUNTEER.USER_ID);
    }

    /**
     * People invited who never came: profile still INVITED, never signed in, account created before
     * {@code cutoff}, at least one invitation sent, and every token of theirs unused and expired before
     * {@code cutoff}. Someone invited but never sent an invitation is not touched here.
     */
    List<Long> abandonedInvitations(OffsetDateTime cutoff) {
        var token = ACCOUNT_TOKEN.as("t");
        return dsl.select(VOLUNTEER.USER_ID).from(VOLUNTEER).join(APP_USER).on(APP_USER.ID.eq(VOLUNTEER.USER_ID))
                .where(VOLUNTEER.STATUS.eq("INVITED"))
                .and(APP_USER.LAST_LOGIN_AT.isNull())
                .and(APP_USER.CREATED_AT.lt(cutoff))
                .andExists(selectOne().from(token).where(token.USER_ID.eq(VOLUNTEER.USER_ID))
                        .and(token.PURPOSE.eq("INVITATION")))
                .andNotExists(selectOne().from(token).where(token.USER_ID.eq(VOLUNTEER.USER_ID))
                        .and(token.USED_AT.isNotNull().or(token.EXPIRES_AT.ge(cutoff))))
                .andNotExists(selectOne().from(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.eq(VOLUNTEER.USER_ID))
                        .and(APP_USER_ROLE.ROLE.ne("VOLUNTEER")))
                .orderBy(VOLUNTEER.USER_ID)
                .fetch(VOLUNTEER.USER_ID);
    }
}
