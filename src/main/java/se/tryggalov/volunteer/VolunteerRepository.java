package se.tryggalov.volunteer;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Row2;
import org.jooq.Row4;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.Translations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static se.tryggalov.jooq.Tables.ACCOUNT_TOKEN;
import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.APP_USER_ROLE;
import static se.tryggalov.jooq.Tables.DATA_RETENTION;
import static se.tryggalov.jooq.Tables.DISTRICT;
import static se.tryggalov.jooq.Tables.ORGANISATION;
import static se.tryggalov.jooq.Tables.VOLUNTEER;
import static se.tryggalov.jooq.Tables.VOLUNTEER_DISTRICT;
import static se.tryggalov.jooq.Tables.VOLUNTEER_ORGANISATION;
import static se.tryggalov.jooq.Tables.VOLUNTEER_QUALIFICATION;

/**
 * The only writer of volunteer, volunteer_organisation, volunteer_district and volunteer_qualification; the
 * accounts and invitation tokens behind them are the security feature's ({@code PersonAccounts}). Reads
 * organisation.signup_token_hash, data_retention.invitation_days and the invitation tokens' validity.
 * Every query returning people takes the caller's visibility condition from {@link PeopleAccess}.
 */
@Repository
class VolunteerRepository {

    static final String INVITATION = "INVITATION";

    private static final Field<List<NamedRef>> ORGANISATIONS = multiset(
            select(ORGANISATION.ID, ORGANISATION.NAME).from(VOLUNTEER_ORGANISATION).join(ORGANISATION)
                    .on(ORGANISATION.ID.eq(VOLUNTEER_ORGANISATION.ORGANISATION_ID))
                    .where(VOLUNTEER_ORGANISATION.USER_ID.eq(VOLUNTEER.USER_ID))
                    .orderBy(ORGANISATION.NAME))
            .as("organisations").convertFrom(r -> r.map(o -> new NamedRef(o.value1(), o.value2())));
    private static final Field<List<NamedRef>> DISTRICTS = multiset(
            select(DISTRICT.ID, DISTRICT.NAME).from(VOLUNTEER_DISTRICT).join(DISTRICT)
                    .on(DISTRICT.ID.eq(VOLUNTEER_DISTRICT.DISTRICT_ID))
                    .where(VOLUNTEER_DISTRICT.USER_ID.eq(VOLUNTEER.USER_ID))
                    .orderBy(DISTRICT.SORT_ORDER, DISTRICT.NAME))
            .as("districts").convertFrom(r -> r.map(d -> new NamedRef(d.value1(), d.value2())));
    private static final Field<List<Qualification>> QUALIFICATIONS = multiset(
            select(VOLUNTEER_QUALIFICATION.KIND, VOLUNTEER_QUALIFICATION.OBTAINED_ON, VOLUNTEER_QUALIFICATION.EXPIRES_ON)
                    .from(VOLUNTEER_QUALIFICATION)
                    .where(VOLUNTEER_QUALIFICATION.USER_ID.eq(VOLUNTEER.USER_ID))
                    .orderBy(VOLUNTEER_QUALIFICATION.KIND))
            .as("qualifications")
            .convertFrom(r -> r.map(q -> new Qualification(QualificationKind.valueOf(q.value1()), q.value2(), q.value3())));

    /** An invitation looked up by its secret's hash. */
    record OpenToken(long userId, String name, String username, boolean adultConfirmed, boolean youthWalker) {
    }

    /** An existing account with this e-mail address or username, and its volunteer status if it has a profile. */
    record ExistingAccount(long id, VolunteerStatus status) {
    }

    private final DSLContext dsl;

    VolunteerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // --- reading people ---------------------------------------------------------------------------------------------

    List<Volunteer> find(PeopleAccess.Scope scope) {
        return selectVolunteers()
                .where(PeopleAccessQueries.visible(scope, VOLUNTEER.USER_ID))
                .and(VOLUNTEER.STATUS.ne(VolunteerStatus.ANONYMISED.name()))
                .orderBy(APP_USER.DISPLAY_NAME, APP_USER.ID)
                .fetch(VolunteerRepository::toVolunteer);
    }

    Optional<Volunteer> findById(long userId, PeopleAccess.Scope scope) {
        return selectVolunteers().where(VOLUNTEER.USER_ID.eq(userId)).and(PeopleAccessQueries.visible(scope, VOLUNTEER.USER_ID))
                .fetchOptional(VolunteerRepository::toVolunteer);
    }

    private SelectJoinStep<? extends Record> selectVolunteers() {
        return dsl.select(VOLUNTEER.USER_ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.EMAIL, VOLUNTEER.PHONE,
                        VOLUNTEER.ADULT_CONFIRMED, VOLUNTEER.YOUTH_WALKER, VOLUNTEER.GUARDIAN_CONSENT_ON,
                        VOLUNTEER.BIRTH_YEAR, VOLUNTEER.RECORD_EXTRACT_SHOWN_ON, VOLUNTEER.GENDER, VOLUNTEER.LANGUAGES,
                        VOLUNTEER.MAX_NIGHTS_PER_MONTH, VOLUNTEER.MAX_NIGHTS_PER_WEEKEND, VOLUNTEER.STATUS,
                        APP_USER.ENABLED, ORGANISATIONS, DISTRICTS, QUALIFICATIONS, VOLUNTEER.LAST_ACTIVE_AT,
                        VOLUNTEER.CREATED_AT, VOLUNTEER.VERSION, APP_USER.VERSION)
                .from(VOLUNTEER.join(APP_USER).on(APP_USER.ID.eq(VOLUNTEER.USER_ID)));
    }

    private static Volunteer toVolunteer(Record r) {
        return new Volunteer(r.get(VOLUNTEER.USER_ID), r.get(APP_USER.USERNAME), r.get(APP_USER.DISPLAY_NAME),
                r.get(APP_USER.EMAIL), r.get(VOLUNTEER.PHONE), r.get(VOLUNTEER.ADULT_CONFIRMED),
                r.get(VOLUNTEER.YOUTH_WALKER), r.get(VOLUNTEER.GUARDIAN_CONSENT_ON), toInteger(r.get(VOLUNTEER.BIRTH_YEAR)),
                r.get(VOLUNTEER.RECORD_EXTRACT_SHOWN_ON),
                r.get(VOLUNTEER.GENDER) == null ? null : Gender.valueOf(r.get(VOLUNTEER.GENDER)),
                List.of(r.get(VOLUNTEER.LANGUAGES)), toInteger(r.get(VOLUNTEER.MAX_NIGHTS_PER_MONTH)),
                toInteger(r.get(VOLUNTEER.MAX_NIGHTS_PER_WEEKEND)), VolunteerStatus.valueOf(r.get(VOLUNTEER.STATUS)),
                r.get(APP_USER.ENABLED), r.get(ORGANISATIONS), r.get(DISTRICTS), r.get(QUALIFICATIONS),
                r.get(VOLUNTEER.LAST_ACTIVE_AT), r.get(VOLUNTEER.CREATED_AT), r.get(VOLUNTEER.VERSION),
                r.get(APP_USER.VERSION));
    }

    private static Integer toInteger(Short value) {
        return value == null ? null : value.intValue();
    }

    private static Short toShort(Integer value) {
        return value == null ? null : value.shortValue();
    }

    Optional<Long> profileIdOf(String username) {
        return dsl.select(VOLUNTEER.USER_ID).from(VOLUNTEER).join(APP_USER).on(APP_USER.ID.eq(VOLUNTEER.USER_ID))
                .where(APP_USER.USERNAME.eq(username)).fetchOptional(VOLUNTEER.USER_ID);
    }

    Optional<Long> accountId(String username) {
        return dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOptional(APP_USER.ID);
    }

    Optional<Locale> localeOf(long userId) {
        return dsl.select(APP_USER.LOCALE).from(APP_USER).where(APP_USER.ID.eq(userId))
                .fetchOptional(r -> Translations.fromTag(r.value1()));
    }

    /** An account whose e-mail or username is this address (lower-cased), apart from {@code exceptUserId}. */
    Optional<ExistingAccount> accountWithEmail(String email, Long exceptUserId) {
        String lower = email.toLowerCase(Locale.ROOT);
        Condition same = DSL.lower(APP_USER.EMAIL).eq(lower).or(APP_USER.USERNAME.eq(lower));
        if (exceptUserId != null) {
            same = same.and(APP_USER.ID.ne(exceptUserId));
        }
        return dsl.select(APP_USER.ID, VOLUNTEER.STATUS).from(APP_USER)
                .leftJoin(VOLUNTEER).on(VOLUNTEER.USER_ID.eq(APP_USER.ID))
                .where(same).orderBy(APP_USER.ID).limit(1)
                .fetchOptional(r -> new ExistingAccount(r.value1(),
                        r.value2() == null ? null : VolunteerStatus.valueOf(r.value2())));
    }

    boolean usernameTaken(String username) {
        return dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
    }

    // --- reference data -------------------------------------------------------------------------------------------

    List<NamedRef> organisations() {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME).from(ORGANISATION).orderBy(ORGANISATION.NAME)
                .fetch(r -> new NamedRef(r.value1(), r.value2()));
    }

    List<NamedRef> districts() {
        return dsl.select(DISTRICT.ID, DISTRICT.NAME).from(DISTRICT).orderBy(DISTRICT.SORT_ORDER, DISTRICT.NAME)
                .fetch(r -> new NamedRef(r.value1(), r.value2()));
    }

    Optional<String> organisationName(long organisationId) {
        return dsl.select(ORGANISATION.NAME).from(ORGANISATION).where(ORGANISATION.ID.eq(organisationId))
                .fetchOptional(ORGANISATION.NAME);
    }

    /** The organisation whose public sign-up link carries this secret. */
    Optional<NamedRef> organisationBySignupToken(String token) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME).from(ORGANISATION)
                .where(ORGANISATION.SIGNUP_TOKEN_HASH.eq(Secrets.hash(token)))
                .fetchOptional(r -> new NamedRef(r.value1(), r.value2()));
    }

    boolean allOrganisationsExist(Collection<Long> ids) {
        return ids.isEmpty() || dsl.fetchCount(ORGANISATION, ORGANISATION.ID.in(ids)) == Set.copyOf(ids).size();
    }

    boolean allDistrictsExist(Collection<Long> ids) {
        return ids.isEmpty() || dsl.fetchCount(DISTRICT, DISTRICT.ID.in(ids)) == Set.copyOf(ids).size();
    }

    int invitationDays() {
        return dsl.select(DATA_RETENTION.INVITATION_DAYS).from(DATA_RETENTION).fetchOptional(DATA_RETENTION.INVITATION_DAYS)
                .map(Short::intValue).orElse(14);
    }

    /** A partner contact to tell about a new registration: their account, address and language. */
    record Contact(long id, String email, Locale locale) {
    }

    /** The enabled partner contacts of an organisation who have an e-mail address. */
    List<Contact> contactsOf(long organisationId) {
        return dsl.selectDistinct(APP_USER.ID, APP_USER.EMAIL, APP_USER.LOCALE).from(APP_USER)
                .join(APP_USER_ROLE).on(APP_USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(APP_USER.ENABLED.isTrue())
                .and(APP_USER.EMAIL.isNotNull())
                .and(APP_USER_ROLE.ROLE.eq(Role.PARTNER_CONTACT.name()))
                .and(APP_USER.ORGANISATION_ID.eq(organisationId))
                .orderBy(APP_USER.ID)
                .fetch(r -> new Contact(r.value1(), r.value2(), Translations.fromTag(r.value3())));
    }

    // --- writing accounts and profiles ------------------------------------------------------------------------------

    void insertProfile(long userId, VolunteerEdit profile, VolunteerStatus status, OffsetDateTime now) {
        dsl.insertInto(VOLUNTEER)
                .set(VOLUNTEER.USER_ID, userId)
                .set(profileFields(profile))
                .set(VOLUNTEER.STATUS, status.name())
                .set(VOLUNTEER.LAST_ACTIVE_AT, now)
                .set(VOLUNTEER.CREATED_AT, now)
                .execute();
        replaceMemberships(userId, profile);
    }

    /** Changes the profile if it still has the version the editor read. */
    boolean updateProfile(long userId, VolunteerEdit profile, VolunteerStatus status, OffsetDateTime lastActiveAt) {
        var update = dsl.update(VOLUNTEER)
                .set(profileFields(profile))
                .set(VOLUNTEER.STATUS, status.name())
                .set(VOLUNTEER.VERSION, VOLUNTEER.VERSION.plus(1));
        if (lastActiveAt != null) {
            update = update.set(VOLUNTEER.LAST_ACTIVE_AT, lastActiveAt);
        }
        boolean updated = update.where(VOLUNTEER.USER_ID.eq(userId)).and(VOLUNTEER.VERSION.eq(profile.version()))
                .execute() == 1;
        if (updated) {
            dsl.deleteFrom(VOLUNTEER_ORGANISATION).where(VOLUNTEER_ORGANISATION.USER_ID.eq(userId)).execute();
            dsl.deleteFrom(VOLUNTEER_DISTRICT).where(VOLUNTEER_DISTRICT.USER_ID.eq(userId)).execute();
            dsl.deleteFrom(VOLUNTEER_QUALIFICATION).where(VOLUNTEER_QUALIFICATION.USER_ID.eq(userId)).execute();
            replaceMemberships(userId, profile);
        }
        return updated;
    }

    private static Map<Field<?>, Object> profileFields(VolunteerEdit p) {
        Map<Field<?>, Object> fields = new HashMap<>();
        fields.put(VOLUNTEER.PHONE, p.phone());
        fields.put(VOLUNTEER.ADULT_CONFIRMED, p.adultConfirmed());
        fields.put(VOLUNTEER.YOUTH_WALKER, p.youthWalker());
        fields.put(VOLUNTEER.GUARDIAN_CONSENT_ON, p.guardianConsentOn());
        fields.put(VOLUNTEER.BIRTH_YEAR, toShort(p.birthYear()));
        fields.put(VOLUNTEER.RECORD_EXTRACT_SHOWN_ON, p.recordExtractShownOn());
        fields.put(VOLUNTEER.GENDER, p.gender() == null ? null : p.gender().name());
        fields.put(VOLUNTEER.LANGUAGES, p.languages().toArray(String[]::new));
        fields.put(VOLUNTEER.MAX_NIGHTS_PER_MONTH, toShort(p.maxNightsPerMonth()));
        fields.put(VOLUNTEER.MAX_NIGHTS_PER_WEEKEND, toShort(p.maxNightsPerWeekend()));
        return fields;
    }

    private void replaceMemberships(long userId, VolunteerEdit p) {
        insertMemberships(Set.copyOf(p.organisationIds()).stream().map(o -> DSL.row(userId, o)).toList(),
                Set.copyOf(p.districtIds()).stream().map(d -> DSL.row(userId, d)).toList(),
                p.qualifications().stream().map(q -> userId).toList(), p.qualifications());
    }

    /** One multi-row insert per table; {@code qualified.get(i)} holds {@code qualifications.get(i)}. */
    private void insertMemberships(List<Row2<Long, Long>> organisations, List<Row2<Long, Long>> districts,
                                   List<Long> qualified, List<Qualification> qualifications) {
        if (!organisations.isEmpty()) {
            dsl.insertInto(VOLUNTEER_ORGANISATION, VOLUNTEER_ORGANISATION.USER_ID, VOLUNTEER_ORGANISATION.ORGANISATION_ID)
                    .valuesOfRows(organisations).execute();
        }
        if (!districts.isEmpty()) {
            dsl.insertInto(VOLUNTEER_DISTRICT, VOLUNTEER_DISTRICT.USER_ID, VOLUNTEER_DISTRICT.DISTRICT_ID)
                    .valuesOfRows(districts).execute();
        }
        if (!qualifications.isEmpty()) {
            List<Row4<Long, String, LocalDate, LocalDate>> rows = new ArrayList<>();
            for (int i = 0; i < qualifications.size(); i++) {
                Qualification q = qualifications.get(i);
                rows.add(DSL.row(qualified.get(i), q.kind().name(), q.obtainedOn(), q.expiresOn()));
            }
            dsl.insertInto(VOLUNTEER_QUALIFICATION, VOLUNTEER_QUALIFICATION.USER_ID, VOLUNTEER_QUALIFICATION.KIND,
                    VOLUNTEER_QUALIFICATION.OBTAINED_ON, VOLUNTEER_QUALIFICATION.EXPIRES_ON).valuesOfRows(rows).execute();
        }
    }

    void touch(long userId, OffsetDateTime at) {
        dsl.update(VOLUNTEER).set(VOLUNTEER.LAST_ACTIVE_AT, at).where(VOLUNTEER.USER_ID.eq(userId)).execute();
    }

    /** Makes an invited person's profile active (the account is enabled by the security feature). */
    void activate(long userId, boolean confirmAdult, OffsetDateTime now) {
        var profile = dsl.update(VOLUNTEER)
                .set(VOLUNTEER.STATUS, VolunteerStatus.ACTIVE.name())
                .set(VOLUNTEER.LAST_ACTIVE_AT, now)
                .set(VOLUNTEER.VERSION, VOLUNTEER.VERSION.plus(1));
        if (confirmAdult) {
            profile = profile.set(VOLUNTEER.ADULT_CONFIRMED, true);
        }
        profile.where(VOLUNTEER.USER_ID.eq(userId)).execute();
    }

    /** Sets a pending person active; false when they are no longer pending (approved or rejected by someone else). */
    boolean approvePending(long userId, OffsetDateTime now) {
        int changed = dsl.update(VOLUNTEER)
                .set(VOLUNTEER.STATUS, VolunteerStatus.ACTIVE.name())
                .set(VOLUNTEER.LAST_ACTIVE_AT, now)
                .set(VOLUNTEER.VERSION, VOLUNTEER.VERSION.plus(1))
                .where(VOLUNTEER.USER_ID.eq(userId)).and(VOLUNTEER.STATUS.eq(VolunteerStatus.PENDING.name()))
                .execute();
        return changed == 1;
    }

    /**
     * Locks a pending profile's row until the transaction ends, so that of a rejection and an approval at the same
     * moment only the first finds it pending. False when it is no longer pending.
     */
    boolean lockPending(long userId) {
        return dsl.selectOne().from(VOLUNTEER).where(VOLUNTEER.USER_ID.eq(userId))
                .and(VOLUNTEER.STATUS.eq(VolunteerStatus.PENDING.name())).forUpdate().fetchOptional().isPresent();
    }

    /** Updates a still-invited person's phone when they are invited again (the name is the account's). */
    void updateInvitedPhone(long userId, String phone) {
        dsl.update(VOLUNTEER).set(VOLUNTEER.PHONE, phone).set(VOLUNTEER.VERSION, VOLUNTEER.VERSION.plus(1))
                .where(VOLUNTEER.USER_ID.eq(userId)).execute();
    }

    void addMembership(long userId, long organisationId) {
        dsl.insertInto(VOLUNTEER_ORGANISATION).set(VOLUNTEER_ORGANISATION.USER_ID, userId)
                .set(VOLUNTEER_ORGANISATION.ORGANISATION_ID, organisationId).onConflictDoNothing().execute();
    }

    // --- invitation tokens -------------------------------------------------------------------------------------------

    /** An unused, unexpired invitation of a person who is still invited. */
    Optional<OpenToken> openInvitation(String tokenHash, OffsetDateTime now) {
        return dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME, APP_USER.USERNAME, VOLUNTEER.ADULT_CONFIRMED,
                        VOLUNTEER.YOUTH_WALKER)
                .from(ACCOUNT_TOKEN)
                .join(APP_USER).on(APP_USER.ID.eq(ACCOUNT_TOKEN.USER_ID))
                .join(VOLUNTEER).on(VOLUNTEER.USER_ID.eq(APP_USER.ID))
                .where(ACCOUNT_TOKEN.TOKEN_HASH.eq(tokenHash))
                .and(ACCOUNT_TOKEN.PURPOSE.eq(INVITATION))
                .and(ACCOUNT_TOKEN.USED_AT.isNull())
                .and(ACCOUNT_TOKEN.EXPIRES_AT.gt(now))
                .and(VOLUNTEER.STATUS.eq(VolunteerStatus.INVITED.name()))
                .fetchOptional(r -> new OpenToken(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    // --- bulk creation at start-up ------------------------------------------------------------------------------------

    /** Inserts the profiles of new accounts with a handful of multi-row statements; {@code ids} in the same order. */
    void insertAll(List<NewVolunteer> people, List<Long> ids, OffsetDateTime now) {
        if (people.isEmpty()) {
            return;
        }
        var profiles = dsl.insertInto(VOLUNTEER).set(VOLUNTEER.USER_ID, ids.getFirst());
        List<Row2<Long, Long>> organisations = new ArrayList<>();
        List<Row2<Long, Long>> districts = new ArrayList<>();
        List<Qualification> qualifications = new ArrayList<>();
        List<Long> qualified = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            NewVolunteer p = people.get(i);
            long id = ids.get(i);
            profiles = (i == 0 ? profiles : profiles.newRecord().set(VOLUNTEER.USER_ID, id))
                    .set(profileFields(p.asEdit()))
                    .set(VOLUNTEER.STATUS, p.status().name())
                    .set(VOLUNTEER.LAST_ACTIVE_AT, now)
                    .set(VOLUNTEER.CREATED_AT, now);
            Set.copyOf(p.organisationIds()).forEach(o -> organisations.add(DSL.row(id, o)));
            Set.copyOf(p.districtIds()).forEach(d -> districts.add(DSL.row(id, d)));
            p.qualifications().forEach(q -> {
                qualifications.add(q);
                qualified.add(id);
            });
        }
        profiles.execute();
        insertMemberships(organisations, districts, qualified, qualifications);
    }

    // --- imports --------------------------------------------------------------------------------------------------

    /** The profile of an imported person's new account: INVITED until they accept an invitation. */
    void insertImported(long userId, ImportedVolunteer p, OffsetDateTime now) {
        dsl.insertInto(VOLUNTEER)
                .set(VOLUNTEER.USER_ID, userId)
                .set(VOLUNTEER.LAST_ACTIVE_AT, now)
                .set(VOLUNTEER.CREATED_AT, now)
                .set(VOLUNTEER.PHONE, p.phone())
                .set(VOLUNTEER.ADULT_CONFIRMED, p.adult())
                .set(VOLUNTEER.BIRTH_YEAR, p.birthYear())
                .set(VOLUNTEER.LANGUAGES, new TreeSet<>(p.languages()).toArray(String[]::new))
                .set(VOLUNTEER.STATUS, VolunteerStatus.INVITED.name())
                .execute();
        insertMemberships(p.organisationIds().stream().map(o -> DSL.row(userId, o)).toList(),
                p.districtIds().stream().map(d -> DSL.row(userId, d)).toList(),
                p.qualifications().stream().map(q -> userId).toList(), p.qualifications());
    }

    /**
     * Writes an imported profile over the one the import read: organisations are only added, districts and
     * qualifications replaced when they differ. False when the profile changed since {@code expectedVersion}.
     */
    boolean updateImported(long userId, int expectedVersion, ImportedVolunteer was, ImportedVolunteer desired) {
        int updated = dsl.update(VOLUNTEER)
                .set(VOLUNTEER.PHONE, desired.phone())
                .set(VOLUNTEER.ADULT_CONFIRMED, desired.adult())
                .set(VOLUNTEER.BIRTH_YEAR, desired.birthYear())
                .set(VOLUNTEER.LANGUAGES, new TreeSet<>(desired.languages()).toArray(String[]::new))
                .set(VOLUNTEER.STATUS, desired.status().name())
                .set(VOLUNTEER.VERSION, VOLUNTEER.VERSION.plus(1))
                .where(VOLUNTEER.USER_ID.eq(userId)).and(VOLUNTEER.VERSION.eq(expectedVersion))
                .execute();
        if (updated != 1) {
            return false;
        }
        Set<Long> added = new HashSet<>(desired.organisationIds());
        added.removeAll(was.organisationIds());
        List<Row2<Long, Long>> districts = List.of();
        if (!desired.districtIds().equals(was.districtIds())) {
            dsl.deleteFrom(VOLUNTEER_DISTRICT).where(VOLUNTEER_DISTRICT.USER_ID.eq(userId)).execute();
            districts = desired.districtIds().stream().map(d -> DSL.row(userId, d)).toList();
        }
        List<Qualification> qualifications = List.of();
        if (!Set.copyOf(desired.qualifications()).equals(Set.copyOf(was.qualifications()))) {
            dsl.deleteFrom(VOLUNTEER_QUALIFICATION).where(VOLUNTEER_QUALIFICATION.USER_ID.eq(userId)).execute();
            qualifications = desired.qualifications();
        }
        insertMemberships(added.stream().map(o -> DSL.row(userId, o)).toList(), districts,
                qualifications.stream().map(q -> userId).toList(), qualifications);
        return true;
    }

    /** Gives an existing account (e.g. the demo user "volunteer") a profile. */
    void insertProfileFor(long userId, NewVolunteer p, OffsetDateTime now) {
        insertProfile(userId, p.asEdit(), p.status(), now);
    }

    /**
     * Gives the person the qualification from the day on, unless what they hold already lasts as long or longer
     * (no expiry lasts longest). False when nothing changed (or the person is not a volunteer).
     */
    boolean recordQualification(long userId, QualificationKind kind, LocalDate obtainedOn, LocalDate expiresOn) {
        if (!dsl.fetchExists(VOLUNTEER, VOLUNTEER.USER_ID.eq(userId))) {
            return false;
        }
        Field<LocalDate> newExpiry = DSL.excluded(VOLUNTEER_QUALIFICATION.EXPIRES_ON);
        return dsl.insertInto(VOLUNTEER_QUALIFICATION)
                .set(VOLUNTEER_QUALIFICATION.USER_ID, userId)
                .set(VOLUNTEER_QUALIFICATION.KIND, kind.name())
                .set(VOLUNTEER_QUALIFICATION.OBTAINED_ON, obtainedOn)
                .set(VOLUNTEER_QUALIFICATION.EXPIRES_ON, expiresOn)
                .onConflict(VOLUNTEER_QUALIFICATION.USER_ID, VOLUNTEER_QUALIFICATION.KIND).doUpdate()
                .set(VOLUNTEER_QUALIFICATION.OBTAINED_ON, DSL.excluded(VOLUNTEER_QUALIFICATION.OBTAINED_ON))
                .set(VOLUNTEER_QUALIFICATION.EXPIRES_ON, newExpiry)
                .where(VOLUNTEER_QUALIFICATION.EXPIRES_ON.isNotNull()
                        .and(newExpiry.isNull().or(newExpiry.gt(VOLUNTEER_QUALIFICATION.EXPIRES_ON))))
                .execute() == 1;
    }
}
