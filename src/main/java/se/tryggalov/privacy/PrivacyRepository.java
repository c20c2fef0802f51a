package se.tryggalov.privacy;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import se.tryggalov.privacy.PersonalDataExport.AccountData;
import se.tryggalov.privacy.PersonalDataExport.AuditEntryData;
import se.tryggalov.privacy.PersonalDataExport.Availability;
import se.tryggalov.privacy.PersonalDataExport.ContactEntry;
import se.tryggalov.privacy.PersonalDataExport.Email;
import se.tryggalov.privacy.PersonalDataExport.Named;
import se.tryggalov.privacy.PersonalDataExport.Qualification;
import se.tryggalov.privacy.PersonalDataExport.RemovalRequestData;
import se.tryggalov.privacy.PersonalDataExport.Token;
import se.tryggalov.privacy.PersonalDataExport.VolunteerData;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static se.tryggalov.jooq.Tables.ACCOUNT_TOKEN;
import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.APP_USER_ROLE;
import static se.tryggalov.jooq.Tables.AUDIT_LOG;
import static se.tryggalov.jooq.Tables.AVAILABILITY;
import static se.tryggalov.jooq.Tables.DATA_RETENTION;
import static se.tryggalov.jooq.Tables.DISTRICT;
import static se.tryggalov.jooq.Tables.ORGANISATION;
import static se.tryggalov.jooq.Tables.ORGANISATION_CONTACT;
import static se.tryggalov.jooq.Tables.OUTBOX_EMAIL;
import static se.tryggalov.jooq.Tables.REMOVAL_REQUEST;
import static se.tryggalov.jooq.Tables.VOLUNTEER;
import static se.tryggalov.jooq.Tables.VOLUNTEER_DISTRICT;
import static se.tryggalov.jooq.Tables.VOLUNTEER_ORGANISATION;
import static se.tryggalov.jooq.Tables.VOLUNTEER_QUALIFICATION;

/**
 * Personal-data rights on the tables of the people features: reads one person's data for the export, keeps
 * removal requests and the retention settings, and is the only code that anonymises or deletes a person. It
 * writes to tables other features own (app_user, volunteer, ...) only to erase: the erasure must reach every
 * table in one transaction.
 */
@Repository
class PrivacyRepository {

    /** The subject types under which audit entries name a person by their user id. */
    static final List<String> PERSON_SUBJECT_TYPES = List.of("person", "user", "volunteer");

    static final String ANONYMISED = "ANONYMISED";
    static final String REJECTED = "REJECTED";

    /** Who a person is, as far as anonymisation must find and erase it. */
    record Identity(long userId, String username, String displayName, String email, String phone,
                    String volunteerStatus) {
    }

    private final DSLContext dsl;

    PrivacyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // --- reading one person ----------------------------------------------------------------------------------------

    Optional<Identity> identity(long userId) {
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.EMAIL, VOLUNTEER.PHONE,
                        VOLUNTEER.STATUS)
                .from(APP_USER).leftJoin(VOLUNTEER).on(VOLUNTEER.USER_ID.eq(APP_USER.ID))
                .where(APP_USER.ID.eq(userId))
                .fetchOptional(r -> new Identity(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    Optional<AccountData> account(long userId) {
        Field<List<String>> roles = DSL.multiset(select(APP_USER_ROLE.ROLE).from(APP_USER_ROLE)
                        .where(APP_USER_ROLE.USER_ID.eq(APP_USER.ID)).orderBy(APP_USER_ROLE.ROLE))
                .convertFrom(r -> r.map(org.jooq.Record1::value1));
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.EMAIL, APP_USER.LOCALE,
                        roles, ORGANISATION.ID, ORGANISATION.NAME, APP_USER.ENABLED, APP_USER.CREATED_AT,
                        APP_USER.LAST_LOGIN_AT)
                .from(APP_USER).leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(APP_USER.ORGANISATION_ID))
                .where(APP_USER.ID.eq(userId))
                .fetchOptional(r -> new AccountData(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7() == null ? null : new Named(r.value7(), r.value8()), r.value9(),
                        r.value10(), r.value11()));
    }

    Optional<VolunteerData> volunteer(long userId) {
        return dsl.selectFrom(VOLUNTEER).where(VOLUNTEER.USER_ID.eq(userId))
                .fetchOptional(v -> new VolunteerData(v.getPhone(), v.getAdultConfirmed(), v.getBirthYear(),
                        v.getYouthWalker(), v.getGuardianConsentOn(), v.getRecordExtractShownOn(), v.getGender(),
                        v.getLanguages() == null ? List.of() : Arrays.asList(v.getLanguages()),
                        v.getMaxNightsPerMonth(), v.getMaxNightsPerWeekend(), v.getStatus(), v.getLastActiveAt(),
                        v.getRemovalRequestedAt(), v.getAnonymisedAt(), v.getCreatedAt()));
    }

    boolean hasVolunteer(long userId) {
        return dsl.fetchExists(VOLUNTEER, VOLUNTEER.USER_ID.eq(userId));
    }

    List<Named> organisations(long userId) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME).from(VOLUNTEER_ORGANISATION)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(VOLUNTEER_ORGANISATION.ORGANISATION_ID))
                .where(VOLUNTEER_ORGANISATION.USER_ID.eq(userId)).orderBy(ORGANISATION.NAME)
                .fetch(r -> new Named(r.value1(), r.value2()));
    }

    List<Named> districts(long userId) {
        return dsl.select(DISTRICT.ID, DISTRICT.NAME).from(VOLUNTEER_DISTRICT)
                .join(DISTRICT).on(DISTRICT.ID.eq(VOLUNTEER_DISTRICT.DISTRICT_ID))
                .where(VOLUNTEER_DISTRICT.USER_ID.eq(userId)).orderBy(DISTRICT.SORT_ORDER, DISTRICT.NAME)
                .fetch(r -> new Named(r.value1(), r.value2()));
    }

    List<Qualification> qualifications(long userId) {
        return dsl.selectFrom(VOLUNTEER_QUALIFICATION).where(VOLUNTEER_QUALIFICATION.USER_ID.eq(userId))
                .orderBy(VOLUNTEER_QUALIFICATION.KIND)
                .fetch(q -> new Qualification(q.getKind(), q.getObtainedOn(), q.getExpiresOn()));
    }

    List<Availability> availability(long userId) {
        return dsl.selectFrom(AVAILABILITY).where(AVAILABILITY.USER_ID.eq(userId)).orderBy(AVAILABILITY.DAY)
                .fetch(a -> new Availability(a.getDay(), a.getState(), a.getFromTime(), a.getToTime(),
                        a.getEnteredBy() != null && a.getEnteredBy() != userId, a.getUpdatedAt()));
    }

    List<ContactEntry> contactEntries(Identity person) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION_CONTACT.NAME,
                        ORGANISATION_CONTACT.ROLE_TITLE, ORGANISATION_CONTACT.PHONE, ORGANISATION_CONTACT.EMAIL,
                        ORGANISATION_CONTACT.CREATED_AT)
                .from(ORGANISATION_CONTACT).join(ORGANISATION).on(ORGANISATION.ID.eq(ORGANISATION_CONTACT.ORGANISATION_ID))
                .where(contactOf(person)).orderBy(ORGANISATION.NAME, ORGANISATION_CONTACT.ID)
                .fetch(r -> new ContactEntry(new Named(r.value1(), r.value2()), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7()));
    }

    List<Token> tokens(long userId) {
        return dsl.select(ACCOUNT_TOKEN.PURPOSE, ACCOUNT_TOKEN.CREATED_AT, ACCOUNT_TOKEN.EXPIRES_AT, ACCOUNT_TOKEN.USED_AT)
                .from(ACCOUNT_TOKEN).where(ACCOUNT_TOKEN.USER_ID.eq(userId)).orderBy(ACCOUNT_TOKEN.CREATED_AT)
                .fetch(r -> new Token(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    List<RemovalRequestData> removalRequests(long userId) {
        return dsl.selectFrom(REMOVAL_REQUEST).where(REMOVAL_REQUEST.USER_ID.eq(userId)).orderBy(REMOVAL_REQUEST.ID)
                .fetch(r -> new RemovalRequestData(r.getRequestedAt(), r.getHandledAt(), r.getOutcome()));
    }

    /** Subjects and dates; never the body, which may hold a link with a secret. */
    List<Email> emails(Identity person) {
        return dsl.select(OUTBOX_EMAIL.RECIPIENT, OUTBOX_EMAIL.SUBJECT, OUTBOX_EMAIL.CREATED_AT, OUTBOX_EMAIL.SENT_AT)
                .from(OUTBOX_EMAIL).where(emailTo(person)).orderBy(OUTBOX_EMAIL.ID)
                .fetch(r -> new Email(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /**
     * Entries the person made, and entries about them (who read or changed their data). The address the request
     * came from is given only for their own actions: for the others it is someone else's data.
     */
    List<AuditEntryData> auditEntries(Identity person) {
        Condition actor = actedAs(person);
        Condition subject = AUDIT_LOG.SUBJECT_TYPE.in(PERSON_SUBJECT_TYPES)
                .and(AUDIT_LOG.SUBJECT_ID.eq(String.valueOf(person.userId())));
        return dsl.select(AUDIT_LOG.OCCURRED_AT, DSL.field(actor).as("is_actor"), AUDIT_LOG.ACTOR_USERNAME,
                        AUDIT_LOG.ACTION, AUDIT_LOG.SUBJECT_TYPE, AUDIT_LOG.SUBJECT_ID, AUDIT_LOG.DETAILS,
                        AUDIT_LOG.CLIENT_ADDRESS)
                .from(AUDIT_LOG).where(actor.or(subject)).orderBy(AUDIT_LOG.ID)
                .fetch(r -> {
                    boolean isActor = Boolean.TRUE.equals(r.value2());
                    return new AuditEntryData(r.value1(), isActor ? "ACTOR" : "SUBJECT", r.value3(), r.value4(),
                            r.value5(), r.value6(), r.value7(), isActor ? r.value8() : null);
                });
    }

    /** Their entries: by account, or by the name they typed to sign in (their username or e-mail address). */
    private static Condition actedAs(Identity person) {
        Condition condition = AUDIT_LOG.ACTOR_USER_ID.eq(person.userId())
                .or(DSL.lower(AUDIT_LOG.ACTOR_USERNAME).eq(person.username().toLowerCase()));
        return person.email() == null ? condition
                : condition.or(DSL.lower(AUDIT_LOG.ACTOR_USERNAME).eq(person.email().toLowerCase()));
    }

    private static Condition contactOf(Identity person) {
        Condition condition = ORGANISATION_CONTACT.USER_ID.eq(person.userId());
        return person.email() == null ? condition
                : condition.or(DSL.lower(ORGANISATION_CONTACT.EMAIL).eq(person.email().toLowerCase()));
    }

    private static Condition emailTo(Identity person) {
        Condition condition = OUTBOX_EMAIL.USER_ID.eq(person.userId());
        return person.email() == null ? condition
                : condition.or(DSL.lower(OUTBOX_EMAIL.RECIPIENT).eq(person.email().toLowerCase()));
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

    void setRemovalRequestedAt(long userId, OffsetDateTime at) {
        dsl.update(VOLUNTEER).set(VOLUNTEER.REMOVAL_REQUESTED_AT, at).set(VOLUNTEER.VERSION, VOLUNTEER.VERSION.plus(1))
                .where(VOLUNTEER.USER_ID.eq(userId)).execute();
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

    int deleteAvailabilityBefore(LocalDate firstKept) {
        return dsl.deleteFrom(AVAILABILITY).where(AVAILABILITY.DAY.lt(firstKept)).execute();
    }

    /** Tokens (used or not) that expired before {@code cutoff}: a link that old can only be refused anyway. */
    int deleteTokensExpiredBefore(OffsetDateTime cutoff) {
        return dsl.deleteFrom(ACCOUNT_TOKEN).where(ACCOUNT_TOKEN.EXPIRES_AT.lt(cutoff)).execute();
    }

    /** Deletes the account; the database cascades to the profile, tokens, availability, requests and e-mails. */
    boolean deleteUser(long userId) {
        return dsl.deleteFrom(APP_USER).where(APP_USER.ID.eq(userId)).execute() == 1;
    }

    // --- anonymisation --------------------------------------------------------------------------------------------

    void anonymiseAccount(long userId, String username, String displayName, String unusablePasswordHash,
                          OffsetDateTime lockedUntil) {
        dsl.update(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .setNull(APP_USER.EMAIL)
                .set(APP_USER.PASSWORD_HASH, unusablePasswordHash)
                .set(APP_USER.ENABLED, false)
                .set(APP_USER.LOCKED_UNTIL, lockedUntil)
                .set(APP_USER.FAILED_LOGINS, 0)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(userId))
                .execute();
    }

    /** Keeps what counts need (organisations, districts, adult/youth, limits); erases what says who the person is. */
    void anonymiseVolunteer(long userId, OffsetDateTime at) {
        dsl.update(VOLUNTEER)
                .setNull(VOLUNTEER.PHONE)
                .setNull(VOLUNTEER.BIRTH_YEAR)
                .setNull(VOLUNTEER.GENDER)
                .set(VOLUNTEER.LANGUAGES, new String[0])
                .setNull(VOLUNTEER.GUARDIAN_CONSENT_ON)
                .setNull(VOLUNTEER.RECORD_EXTRACT_SHOWN_ON)
                .set(VOLUNTEER.STATUS, ANONYMISED)
                .set(VOLUNTEER.ANONYMISED_AT, at)
                .set(VOLUNTEER.VERSION, VOLUNTEER.VERSION.plus(1))
                .where(VOLUNTEER.USER_ID.eq(userId))
                .execute();
    }

    /** Without history nothing of the profile's content stays: only the anonymous row itself. */
    int deleteProfileHistory(long userId) {
        return dsl.deleteFrom(VOLUNTEER_QUALIFICATION).where(VOLUNTEER_QUALIFICATION.USER_ID.eq(userId)).execute()
                + dsl.deleteFrom(AVAILABILITY).where(AVAILABILITY.USER_ID.eq(userId)).execute()
                + dsl.deleteFrom(VOLUNTEER_DISTRICT).where(VOLUNTEER_DISTRICT.USER_ID.eq(userId)).execute()
                + dsl.deleteFrom(VOLUNTEER_ORGANISATION).where(VOLUNTEER_ORGANISATION.USER_ID.eq(userId)).execute();
    }

    int deleteContactEntries(Identity person) {
        return dsl.deleteFrom(ORGANISATION_CONTACT).where(contactOf(person)).execute();
    }

    int deleteTokens(long userId) {
        return dsl.deleteFrom(ACCOUNT_TOKEN).where(ACCOUNT_TOKEN.USER_ID.eq(userId)).execute();
    }

    int deleteEmailsTo(Identity person) {
        return dsl.deleteFrom(OUTBOX_EMAIL).where(emailTo(person)).execute();
    }

    /** The person's own audit entries now name the anonymous account, and no longer say where they came from. */
    int renameActor(Identity person, String newUsername) {
        return dsl.update(AUDIT_LOG)
                .set(AUDIT_LOG.ACTOR_USERNAME, newUsername)
                .setNull(AUDIT_LOG.CLIENT_ADDRESS)
                .where(actedAs(person))
                .execute();
    }

    /**
     * Replaces every occurrence of the needles (case-insensitive) in the text columns of rows that hold one. For
     * free text the rest of the application wrote (audit details, e-mails to other people) that should not, but
     * might, mention the person.
     */
    <R extends Record> int scrub(Table<R> table, TableField<R, Long> id, Collection<TableField<R, String>> columns,
                                 Collection<String> needles, UnaryOperator<String> replace) {
        if (needles.isEmpty()) {
            return 0;
        }
        Condition anyHit = DSL.falseCondition();
        for (TableField<R, String> column : columns) {
            for (String needle : needles) {
                anyHit = anyHit.or(column.containsIgnoreCase(needle));
            }
        }
        int changed = 0;
        for (R row : dsl.selectFrom(table).where(anyHit).fetch()) {
            Map<Field<?>, Object> values = new HashMap<>();
            for (TableField<R, String> column : columns) {
                String text = row.get(column);
                if (text != null) {
                    values.put(column, replace.apply(text));
                }
            }
            changed += dsl.update(table).set(values).where(id.eq(row.get(id))).execute();
        }
        return changed;
    }

    int scrubAuditLog(Collection<String> needles, UnaryOperator<String> replace) {
        return scrub(AUDIT_LOG, AUDIT_LOG.ID, List.of(AUDIT_LOG.DETAILS, AUDIT_LOG.SUBJECT_ID),
                needles, replace);
    }

    int scrubOutbox(Collection<String> needles, UnaryOperator<String> replace) {
        return scrub(OUTBOX_EMAIL, OUTBOX_EMAIL.ID, List.of(OUTBOX_EMAIL.SUBJECT, OUTBOX_EMAIL.BODY, OUTBOX_EMAIL.LAST_ERROR),
                needles, replace);
    }
}
