package se.tryggalov.dataimport;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Result;
import org.springframework.stereotype.Repository;
import se.tryggalov.volunteer.PeopleAccess;
import se.tryggalov.volunteer.PeopleAccessQueries;

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
import static se.tryggalov.jooq.Tables.DISTRICT;
import static se.tryggalov.jooq.Tables.ORGANISATION;
import static se.tryggalov.jooq.Tables.ORGANISATION_CONTACT;
import static se.tryggalov.jooq.Tables.ORGANISATION_DISTRICT;
import static se.tryggalov.jooq.Tables.VOLUNTEER;
import static se.tryggalov.jooq.Tables.VOLUNTEER_DISTRICT;
import static se.tryggalov.jooq.Tables.VOLUNTEER_ORGANISATION;
import static se.tryggalov.jooq.Tables.VOLUNTEER_QUALIFICATION;

/**
 * Reads what an import compares the file with: organisations and their districts, organisation contacts, and
 * volunteers (their account, profile, organisations, districts and qualifications), with the versions the owners'
 * services check when the import writes through them. Writes nothing: the owning features do.
 */
@Repository
class ImportRepository {

    /** Serialises imports, so two applied at once cannot both create the same contact. */
    private static final long IMPORT_LOCK = 0x7472_7967_6761_0004L;
    private static final int CHUNK = 1000;

    record OrganisationState(long id, String name, String kind, Set<Long> districtIds, int version) {
    }

    record ContactState(long id, long organisationId, String name, String role, String phone, String email,
                        Long userId, int version) {
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

    List<ContactState> contacts(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(ORGANISATION_CONTACT)
                .where(ORGANISATION_CONTACT.ORGANISATION_ID.in(organisationIds))
                .orderBy(ORGANISATION_CONTACT.ID)
                .fetch(r -> new ContactState(r.getId(), r.getOrganisationId(), r.getName(), r.getRoleTitle(),
                        r.getPhone(), r.getEmail(), r.getUserId(), r.getVersion()));
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
                    .and(PeopleAccessQueries.visible(scope, VOLUNTEER.USER_ID))
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
