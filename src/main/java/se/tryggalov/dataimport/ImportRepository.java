package se.tryggalov.dataimport;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import se.tryggalov.volunteer.PeopleAccess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.APP_USER_ROLE;
import static se.tryggalov.jooq.Tables.DISTRICT;
import static se.tryggalov.jooq.Tables.ORGANISATION;
import static se.tryggalov.jooq.Tables.ORGANISATION_CONTACT;
import static se.tryggalov.jooq.Tables.ORGANISATION_DISTRICT;
import static se.tryggalov.jooq.Tables.VOLUNTEER;
import static se.tryggalov.jooq.Tables.VOLUNTEER_DISTRICT;
import static se.tryggalov.jooq.Tables.VOLUNTEER_ORGANISATION;
import static se.tryggalov.jooq.Tables.VOLUNTEER_QUALIFICATION;

/**
 * Reads what an import compares against and writes what it changes: organisations and their districts,
 * organisation contacts, and volunteers (their account, profile, organisations, districts and qualifications).
 * Every update checks the row's version, so a change made by someone else since the import read the row makes
 * the update fail (and the import roll back) instead of being overwritten.
 */
@Repository
class ImportRepository {

    /** Never matches a password: BCrypt rejects it as malformed. Invited accounts are also disabled. */
    static final String UNUSABLE_PASSWORD = "{bcrypt}!invited-by-import";
    /** Serialises imports, so two applied at once cannot both create the same contact. */
    private static final long IMPORT_LOCK = 0x7472_7967_6761_0004L;
    private static final int CHUNK = 1000;

    record OrganisationState(long id, String name, String kind, Set<Long> districtIds, int version) {
    }

    record ContactState(long id, long organisationId, String name, String role, String phone, String email,
                        int version) {
    }

    enum QualificationKind {BASIC_TRAINING, FIRST_AID, LEAD}

    record Qualification(LocalDate obtained, LocalDate expires) {
    }

    /** A volunteer's profile as the import sees it, new or existing. */
    record VolunteerProfile(String name, String email, String phone, boolean adult, Short birthYear,
                            Set<Long> organisationIds, Set<Long> districtIds,
                            Map<QualificationKind, Qualification> qualifications, Set<String> languages,
                            String status) {

        VolunteerProfile {
            organisationIds = Set.copyOf(organisationIds);
            districtIds = Set.copyOf(districtIds);
            qualifications = qualifications.isEmpty() ? Map.of() : Map.copyOf(qualifications);
            languages = Set.copyOf(languages);
        }
    }

    record VolunteerState(long userId, String username, int accountVersion, int version, boolean youthWalker,
                          VolunteerProfile profile) {
    }

    private final DSLContext dsl;

    ImportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void lockImports() {
        dsl.fetch("select pg_advisory_xact_lock(?)", IMPORT_LOCK);
    }

    /** District ids by lower-cased name. */
    Map<String, Long> districtIds() {
        Map<String, Long> ids = new LinkedHashMap<>();
        dsl.select(DISTRICT.NAME, DISTRICT.ID).from(DISTRICT).orderBy(DISTRICT.SORT_ORDER, DISTRICT.NAME)
                .forEach(r -> ids.put(RowValues.key(r.value1()), r.value2()));
        return ids;
    }

    List<String> districtNames(int limit) {
        return dsl.select(DISTRICT.NAME).from(DISTRICT).orderBy(DISTRICT.SORT_ORDER, DISTRICT.NAME).limit(limit)
                .fetch(DISTRICT.NAME);
    }

    List<OrganisationState> organisations() {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.KIND, ORGANISATION.VERSION,
                        multiset(select(ORGANISATION_DISTRICT.DISTRICT_ID).from(ORGANISATION_DISTRICT)
                                .where(ORGANISATION_DISTRICT.ORGANISATION_ID.eq(ORGANISATION.ID)))
                                .convertFrom(ImportRepository::ids))
                .from(ORGANISATION)
                .orderBy(ORGANISATION.NAME)
                .fetch(r -> new OrganisationState(r.value1(), r.value2(), r.value3(), r.value5(), r.value4()));
    }

    long insertOrganisation(String name, String kind, Set<Long> districtIds) {
        long id = dsl.insertInto(ORGANISATION).set(ORGANISATION.NAME, name).set(ORGANISATION.KIND, kind)
                .returning(ORGANISATION.ID).fetchSingle(ORGANISATION.ID);
        insertOrganisationDistricts(id, districtIds);
        return id;
    }

    /** False when the organisation changed (or went) since it was read. */
    boolean updateOrganisation(OrganisationState current, String name, String kind, Set<Long> districtIds) {
        int updated = dsl.update(ORGANISATION).set(ORGANISATION.NAME, name).set(ORGANISATION.KIND, kind)
                .set(ORGANISATION.VERSION, ORGANISATION.VERSION.plus(1))
                .where(ORGANISATION.ID.eq(current.id())).and(ORGANISATION.VERSION.eq(current.version()))
                .execute();
        if (updated != 1) {
            return false;
        }
        if (!districtIds.equals(current.districtIds())) {
            dsl.deleteFrom(ORGANISATION_DISTRICT).where(ORGANISATION_DISTRICT.ORGANISATION_ID.eq(current.id()))
                    .execute();
            insertOrganisationDistricts(current.id(), districtIds);
        }
        return true;
    }

    private void insertOrganisationDistricts(long organisationId, Set<Long> districtIds) {
        if (!districtIds.isEmpty()) {
            dsl.insertInto(ORGANISATION_DISTRICT, ORGANISATION_DISTRICT.ORGANISATION_ID, ORGANISATION_DISTRICT.DISTRICT_ID)
                    .valuesOfRows(districtIds.stream().map(id -> DSL.row(organisationId, id)).toList())
                    .execute();
        }
    }

    List<ContactState> contacts(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(ORGANISATION_CONTACT)
                .where(ORGANISATION_CONTACT.ORGANISATION_ID.in(organisationIds))
                .orderBy(ORGANISATION_CONTACT.ID)
                .fetch(r -> new ContactState(r.getId(), r.getOrganisationId(), r.getName(), r.getRoleTitle(),
                        r.getPhone(), r.getEmail(), r.getVersion()));
    }

    void insertContact(long organisationId, String name, String role, String phone, String email) {
        int sortOrder = dsl.select(DSL.coalesce(DSL.max(ORGANISATION_CONTACT.SORT_ORDER).plus(1), 0))
                .from(ORGANISATION_CONTACT).where(ORGANISATION_CONTACT.ORGANISATION_ID.eq(organisationId))
                .fetchSingle(Record1::value1);
        dsl.insertInto(ORGANISATION_CONTACT)
                .set(ORGANISATION_CONTACT.ORGANISATION_ID, organisationId)
                .set(ORGANISATION_CONTACT.NAME, name)
                .set(ORGANISATION_CONTACT.ROLE_TITLE, role)
                .set(ORGANISATION_CONTACT.PHONE, phone)
                .set(ORGANISATION_CONTACT.EMAIL, email)
                .set(ORGANISATION_CONTACT.SORT_ORDER, sortOrder)
                .execute();
    }

    boolean updateContact(ContactState current, String name, String role, String phone, String email) {
        return dsl.update(ORGANISATION_CONTACT)
                .set(ORGANISATION_CONTACT.NAME, name)
                .set(ORGANISATION_CONTACT.ROLE_TITLE, role)
                .set(ORGANISATION_CONTACT.PHONE, phone)
                .set(ORGANISATION_CONTACT.EMAIL, email)
                .set(ORGANISATION_CONTACT.VERSION, ORGANISATION_CONTACT.VERSION.plus(1))
                .where(ORGANISATION_CONTACT.ID.eq(current.id()))
                .and(ORGANISATION_CONTACT.VERSION.eq(current.version()))
                .execute() == 1;
    }

    /** Which of these usernames have an account at all (whoever may see it): a new account must not clash. */
    Set<String> existingUsernames(Collection<String> usernames) {
        Set<String> found = new HashSet<>();
        for (List<String> chunk : chunks(usernames)) {
            found.addAll(dsl.select(APP_USER.USERNAME).from(APP_USER).where(APP_USER.USERNAME.in(chunk))
                    .fetch(APP_USER.USERNAME));
        }
        return found;
    }

    /** The volunteers with these usernames that the caller may see (the people-access rule is in the query). */
    Map<String, VolunteerState> volunteers(Collection<String> usernames, PeopleAccess.Scope scope) {
        Field<Set<Long>> organisations = multiset(select(VOLUNTEER_ORGANISATION.ORGANISATION_ID)
                .from(VOLUNTEER_ORGANISATION).where(VOLUNTEER_ORGANISATION.USER_ID.eq(VOLUNTEER.USER_ID)))
                .convertFrom(ImportRepository::ids);
        Field<Set<Long>> districts = multiset(select(VOLUNTEER_DISTRICT.DISTRICT_ID)
                .from(VOLUNTEER_DISTRICT).where(VOLUNTEER_DISTRICT.USER_ID.eq(VOLUNTEER.USER_ID)))
                .convertFrom(ImportRepository::ids);
        Field<Map<QualificationKind, Qualification>> qualifications = multiset(
                select(VOLUNTEER_QUALIFICATION.KIND, VOLUNTEER_QUALIFICATION.OBTAINED_ON,
                        VOLUNTEER_QUALIFICATION.EXPIRES_ON)
                        .from(VOLUNTEER_QUALIFICATION).where(VOLUNTEER_QUALIFICATION.USER_ID.eq(VOLUNTEER.USER_ID)))
                .convertFrom(rows -> {
                    Map<QualificationKind, Qualification> map = new EnumMap<>(QualificationKind.class);
                    rows.forEach(q -> map.put(QualificationKind.valueOf(q.value1()),
                            new Qualification(q.value2(), q.value3())));
                    return map;
                });
        Map<String, VolunteerState> found = new LinkedHashMap<>();
        for (List<String> chunk : chunks(usernames)) {
            dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.EMAIL, APP_USER.VERSION,
                            VOLUNTEER.PHONE, VOLUNTEER.ADULT_CONFIRMED, VOLUNTEER.BIRTH_YEAR, VOLUNTEER.YOUTH_WALKER,
                            VOLUNTEER.LANGUAGES, VOLUNTEER.STATUS, VOLUNTEER.VERSION, organisations, districts,
                            qualifications)
                    .from(APP_USER).join(VOLUNTEER).on(VOLUNTEER.USER_ID.eq(APP_USER.ID))
                    .where(APP_USER.USERNAME.in(chunk))
                    .and(PeopleAccess.visible(scope, VOLUNTEER.USER_ID))
                    .forEach(r -> found.put(r.get(APP_USER.USERNAME), volunteer(r, organisations, districts,
                            qualifications)));
        }
        return found;
    }

    private static VolunteerState volunteer(Record r, Field<Set<Long>> organisations, Field<Set<Long>> districts,
                                            Field<Map<QualificationKind, Qualification>> qualifications) {
        String[] languages = r.get(VOLUNTEER.LANGUAGES);
        VolunteerProfile profile = new VolunteerProfile(r.get(APP_USER.DISPLAY_NAME), r.get(APP_USER.EMAIL),
                r.get(VOLUNTEER.PHONE), r.get(VOLUNTEER.ADULT_CONFIRMED), r.get(VOLUNTEER.BIRTH_YEAR),
                r.get(organisations), r.get(districts), r.get(qualifications),
                languages == null ? Set.of() : new TreeSet<>(Arrays.asList(languages)), r.get(VOLUNTEER.STATUS));
        return new VolunteerState(r.get(APP_USER.ID), r.get(APP_USER.USERNAME), r.get(APP_USER.VERSION),
                r.get(VOLUNTEER.VERSION), r.get(VOLUNTEER.YOUTH_WALKER), profile);
    }

    /** A new volunteer: a disabled account with role VOLUNTEER and no usable password, profile INVITED. */
    long insertVolunteer(String username, VolunteerProfile profile) {
        long id = dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, profile.name())
                .set(APP_USER.EMAIL, profile.email())
                .set(APP_USER.PASSWORD_HASH, UNUSABLE_PASSWORD)
                .set(APP_USER.ENABLED, false)
                .returning(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
        dsl.insertInto(APP_USER_ROLE).set(APP_USER_ROLE.USER_ID, id).set(APP_USER_ROLE.ROLE, "VOLUNTEER").execute();
        dsl.insertInto(VOLUNTEER)
                .set(VOLUNTEER.USER_ID, id)
                .set(VOLUNTEER.PHONE, profile.phone())
                .set(VOLUNTEER.ADULT_CONFIRMED, profile.adult())
                .set(VOLUNTEER.BIRTH_YEAR, profile.birthYear())
                .set(VOLUNTEER.LANGUAGES, sorted(profile.languages()))
                .set(VOLUNTEER.STATUS, "INVITED")
                .execute();
        insertMemberships(id, profile.organisationIds());
        insertVolunteerDistricts(id, profile.districtIds());
        insertQualifications(id, profile.qualifications());
        return id;
    }

    /** Writes the desired profile over the current one; false when either row changed since it was read. */
    boolean updateVolunteer(VolunteerState current, VolunteerProfile desired) {
        VolunteerProfile was = current.profile();
        if (!desired.name().equals(was.name()) || !java.util.Objects.equals(desired.email(), was.email())) {
            int updated = dsl.update(APP_USER)
                    .set(APP_USER.DISPLAY_NAME, desired.name())
                    .set(APP_USER.EMAIL, desired.email())
                    .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                    .where(APP_USER.ID.eq(current.userId())).and(APP_USER.VERSION.eq(current.accountVersion()))
                    .execute();
            if (updated != 1) {
                return false;
            }
        }
        int updated = dsl.update(VOLUNTEER)
                .set(VOLUNTEER.PHONE, desired.phone())
                .set(VOLUNTEER.ADULT_CONFIRMED, desired.adult())
                .set(VOLUNTEER.BIRTH_YEAR, desired.birthYear())
                .set(VOLUNTEER.LANGUAGES, sorted(desired.languages()))
                .set(VOLUNTEER.STATUS, desired.status())
                .set(VOLUNTEER.VERSION, VOLUNTEER.VERSION.plus(1))
                .where(VOLUNTEER.USER_ID.eq(current.userId())).and(VOLUNTEER.VERSION.eq(current.version()))
                .execute();
        if (updated != 1) {
            return false;
        }
        Set<Long> newOrganisations = new HashSet<>(desired.organisationIds());
        newOrganisations.removeAll(was.organisationIds());
        insertMemberships(current.userId(), newOrganisations);
        if (!desired.districtIds().equals(was.districtIds())) {
            dsl.deleteFrom(VOLUNTEER_DISTRICT).where(VOLUNTEER_DISTRICT.USER_ID.eq(current.userId())).execute();
            insertVolunteerDistricts(current.userId(), desired.districtIds());
        }
        if (!desired.qualifications().equals(was.qualifications())) {
            dsl.deleteFrom(VOLUNTEER_QUALIFICATION).where(VOLUNTEER_QUALIFICATION.USER_ID.eq(current.userId()))
                    .execute();
            insertQualifications(current.userId(), desired.qualifications());
        }
        return true;
    }

    private void insertMemberships(long userId, Set<Long> organisationIds) {
        if (!organisationIds.isEmpty()) {
            dsl.insertInto(VOLUNTEER_ORGANISATION, VOLUNTEER_ORGANISATION.USER_ID, VOLUNTEER_ORGANISATION.ORGANISATION_ID)
                    .valuesOfRows(organisationIds.stream().map(id -> DSL.row(userId, id)).toList())
                    .execute();
        }
    }

    private void insertVolunteerDistricts(long userId, Set<Long> districtIds) {
        if (!districtIds.isEmpty()) {
            dsl.insertInto(VOLUNTEER_DISTRICT, VOLUNTEER_DISTRICT.USER_ID, VOLUNTEER_DISTRICT.DISTRICT_ID)
                    .valuesOfRows(districtIds.stream().map(id -> DSL.row(userId, id)).toList())
                    .execute();
        }
    }

    private void insertQualifications(long userId, Map<QualificationKind, Qualification> qualifications) {
        if (!qualifications.isEmpty()) {
            dsl.insertInto(VOLUNTEER_QUALIFICATION, VOLUNTEER_QUALIFICATION.USER_ID, VOLUNTEER_QUALIFICATION.KIND,
                            VOLUNTEER_QUALIFICATION.OBTAINED_ON, VOLUNTEER_QUALIFICATION.EXPIRES_ON)
                    .valuesOfRows(qualifications.entrySet().stream().map(q -> DSL.row(userId, q.getKey().name(),
                            q.getValue().obtained(), q.getValue().expires())).toList())
                    .execute();
        }
    }

    private static String[] sorted(Set<String> values) {
        return new TreeSet<>(values).toArray(String[]::new);
    }

    private static Set<Long> ids(Result<Record1<Long>> rows) {
        return rows.stream().map(Record1::value1).collect(Collectors.toUnmodifiableSet());
    }

    private static List<List<String>> chunks(Collection<String> values) {
        List<String> all = new ArrayList<>(values);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
