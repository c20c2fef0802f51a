package se.tryggalov.partner;

import se.tryggalov.shared.secrets.Secrets;
import se.tryggalov.shared.privacy.PersonRef;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import se.tryggalov.jooq.tables.records.OrganisationCommitmentRecord;
import se.tryggalov.jooq.tables.records.OrganisationContactRecord;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectFrom;
import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.DISTRICT;
import static se.tryggalov.jooq.Tables.MEETING_INVITATION;
import static se.tryggalov.jooq.Tables.ORGANISATION;
import static se.tryggalov.jooq.Tables.ORGANISATION_COMMITMENT;
import static se.tryggalov.jooq.Tables.ORGANISATION_CONTACT;
import static se.tryggalov.jooq.Tables.ORGANISATION_DISTRICT;
import static se.tryggalov.jooq.Tables.VOLUNTEER_ORGANISATION;

/**
 * The only writer of organisation, organisation_district, organisation_contact and organisation_commitment.
 * It reads district names, and counts the accounts, volunteers and meetings that refer to an organisation.
 */
@Repository
class PartnerRepository {

    /** What still refers to an organisation (and so keeps it from being deleted). */
    record References(int accounts, int volunteers, int meetings) {
        boolean any() {
            return accounts + volunteers + meetings > 0;
        }
    }

    private static final Field<List<String>> DISTRICT_NAMES = multiset(
            select(DISTRICT.NAME).from(ORGANISATION_DISTRICT).join(DISTRICT)
                    .on(DISTRICT.ID.eq(ORGANISATION_DISTRICT.DISTRICT_ID))
                    .where(ORGANISATION_DISTRICT.ORGANISATION_ID.eq(ORGANISATION.ID))
                    .orderBy(DISTRICT.SORT_ORDER, DISTRICT.NAME))
            .convertFrom(rs -> rs.map(Record1::value1));

    private static final Field<List<DistrictRef>> DISTRICTS = multiset(
            select(DISTRICT.ID, DISTRICT.NAME).from(ORGANISATION_DISTRICT).join(DISTRICT)
                    .on(DISTRICT.ID.eq(ORGANISATION_DISTRICT.DISTRICT_ID))
                    .where(ORGANISATION_DISTRICT.ORGANISATION_ID.eq(ORGANISATION.ID))
                    .orderBy(DISTRICT.SORT_ORDER, DISTRICT.NAME))
            .convertFrom(rs -> rs.map(r -> new DistrictRef(r.value1(), r.value2())));

    private static final Field<List<Contact>> CONTACTS = multiset(
            selectFrom(ORGANISATION_CONTACT).where(ORGANISATION_CONTACT.ORGANISATION_ID.eq(ORGANISATION.ID))
                    .orderBy(ORGANISATION_CONTACT.SORT_ORDER, ORGANISATION_CONTACT.ID))
            .convertFrom(rs -> rs.map(PartnerRepository::toContact));

    private static final Field<String> COMMITMENT_DISTRICT_NAME = DSL.field(
            select(DISTRICT.NAME).from(DISTRICT).where(DISTRICT.ID.eq(ORGANISATION_COMMITMENT.DISTRICT_ID))).as("district_name");

    private static final Field<List<StandingCommitment>> COMMITMENTS = multiset(
            select(commitmentFields()).from(ORGANISATION_COMMITMENT)
                    .where(ORGANISATION_COMMITMENT.ORGANISATION_ID.eq(ORGANISATION.ID))
                    .orderBy(ORGANISATION_COMMITMENT.MIN_RISK, ORGANISATION_COMMITMENT.KIND,
                            ORGANISATION_COMMITMENT.ID))
            .convertFrom(rs -> rs.map(r -> toCommitment(r.into(ORGANISATION_COMMITMENT),
                    r.get(COMMITMENT_DISTRICT_NAME))));

    private final DSLContext dsl;

    PartnerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // ---- organisations ---------------------------------------------------------------------------------------

    List<Organisation> organisations() {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.KIND, DISTRICT_NAMES)
                .from(ORGANISATION)
                .orderBy(ORGANISATION.NAME)
                .fetch(r -> new Organisation(r.value1(), r.value2(), OrganisationKind.valueOf(r.value3()), r.value4()));
    }

    private List<OrganisationDetail> details(Condition condition) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.KIND, DISTRICTS, CONTACTS, COMMITMENTS,
                        ORGANISATION.VERSION)
                .from(ORGANISATION)
                .where(condition)
                .orderBy(ORGANISATION.NAME)
                .fetch(r -> new OrganisationDetail(r.value1(), r.value2(), OrganisationKind.valueOf(r.value3()),
                        r.value4(), r.value5(), r.value6(), r.value7()));
    }

    List<OrganisationDetail> allDetails() {
        return details(DSL.noCondition());
    }

    Optional<OrganisationDetail> detail(long id) {
        return details(ORGANISATION.ID.eq(id)).stream().findFirst();
    }

    List<DistrictRef> allDistricts() {
        return dsl.select(DISTRICT.ID, DISTRICT.NAME).from(DISTRICT).orderBy(DISTRICT.SORT_ORDER, DISTRICT.NAME)
                .fetch(r -> new DistrictRef(r.value1(), r.value2()));
    }

    boolean districtsExist(Collection<Long> districtIds) {
        Set<Long> distinct = Set.copyOf(districtIds);
        return distinct.isEmpty() || dsl.fetchCount(DISTRICT, DISTRICT.ID.in(distinct)) == distinct.size();
    }

    boolean nameTaken(String name, Long exceptId) {
        Condition condition = ORGANISATION.NAME.equalIgnoreCase(name);
        if (exceptId != null) {
            condition = condition.and(ORGANISATION.ID.ne(exceptId));
        }
        return dsl.fetchExists(ORGANISATION, condition);
    }

    long insert(String name, OrganisationKind kind, Collection<Long> districtIds) {
        long id = dsl.insertInto(ORGANISATION).set(ORGANISATION.NAME, name).set(ORGANISATION.KIND, kind.name())
                .returning(ORGANISATION.ID).fetchSingle(ORGANISATION.ID);
        insertDistricts(id, districtIds);
        return id;
    }

    /** False when the organisation is gone or someone else saved it first. */
    boolean update(long id, String name, OrganisationKind kind, Collection<Long> districtIds, int expectedVersion) {
        int updated = dsl.update(ORGANISATION).set(ORGANISATION.NAME, name).set(ORGANISATION.KIND, kind.name())
                .set(ORGANISATION.VERSION, ORGANISATION.VERSION.plus(1))
                .where(ORGANISATION.ID.eq(id)).and(ORGANISATION.VERSION.eq(expectedVersion))
                .execute();
        if (updated != 1) {
            return false;
        }
        dsl.deleteFrom(ORGANISATION_DISTRICT).where(ORGANISATION_DISTRICT.ORGANISATION_ID.eq(id)).execute();
        insertDistricts(id, districtIds);
        return true;
    }

    private void insertDistricts(long id, Collection<Long> districtIds) {
        for (Long districtId : Set.copyOf(districtIds)) {
            dsl.insertInto(ORGANISATION_DISTRICT).set(ORGANISATION_DISTRICT.ORGANISATION_ID, id)
                    .set(ORGANISATION_DISTRICT.DISTRICT_ID, districtId).execute();
        }
    }

    /**
     * Locks the organisation row until the transaction ends: new references to it (accounts, volunteers, meeting
     * invitations, contacts) wait, so a check made under the lock stays true. Empty when it does not exist.
     */
    Optional<Integer> lock(long id) {
        return dsl.select(ORGANISATION.VERSION).from(ORGANISATION).where(ORGANISATION.ID.eq(id)).forUpdate()
                .fetchOptional(ORGANISATION.VERSION);
    }

    References references(long id) {
        return new References(
                dsl.fetchCount(APP_USER, APP_USER.ORGANISATION_ID.eq(id)),
                dsl.fetchCount(VOLUNTEER_ORGANISATION, VOLUNTEER_ORGANISATION.ORGANISATION_ID.eq(id)),
                dsl.fetchCount(MEETING_INVITATION, MEETING_INVITATION.ORGANISATION_ID.eq(id)));
    }

    boolean delete(long id, int expectedVersion) {
        return dsl.deleteFrom(ORGANISATION).where(ORGANISATION.ID.eq(id))
                .and(ORGANISATION.VERSION.eq(expectedVersion)).execute() == 1;
    }

    // ---- sign-up link ----------------------------------------------------------------------------------------

    boolean hasSignupLink(long organisationId) {
        return dsl.fetchExists(ORGANISATION, ORGANISATION.ID.eq(organisationId)
                .and(ORGANISATION.SIGNUP_TOKEN_HASH.isNotNull()));
    }

    /** Keeps only the secret's hash; null switches the link off. */
    boolean setSignupToken(long organisationId, String secret) {
        return dsl.update(ORGANISATION).set(ORGANISATION.SIGNUP_TOKEN_HASH, secret == null ? null : Secrets.hash(secret))
                .where(ORGANISATION.ID.eq(organisationId)).execute() == 1;
    }

    Optional<Organisation> bySignupToken(String token) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.KIND, DISTRICT_NAMES)
                .from(ORGANISATION)
                .where(ORGANISATION.SIGNUP_TOKEN_HASH.eq(Secrets.hash(token)))
                .fetchOptional(r -> new Organisation(r.value1(), r.value2(), OrganisationKind.valueOf(r.value3()),
                        r.value4()));
    }

    // ---- contacts --------------------------------------------------------------------------------------------

    Optional<Contact> contact(long contactId) {
        return dsl.selectFrom(ORGANISATION_CONTACT).where(ORGANISATION_CONTACT.ID.eq(contactId))
                .fetchOptional(PartnerRepository::toContact);
    }

    long insertContact(long organisationId, ContactDraft draft) {
        int next = dsl.select(DSL.coalesce(DSL.max(ORGANISATION_CONTACT.SORT_ORDER).plus(1), 0))
                .from(ORGANISATION_CONTACT).where(ORGANISATION_CONTACT.ORGANISATION_ID.eq(organisationId))
                .fetchSingle().value1();
        return dsl.insertInto(ORGANISATION_CONTACT)
                .set(ORGANISATION_CONTACT.ORGANISATION_ID, organisationId)
                .set(ORGANISATION_CONTACT.NAME, draft.name())
                .set(ORGANISATION_CONTACT.ROLE_TITLE, draft.roleTitle())
                .set(ORGANISATION_CONTACT.PHONE, draft.phone())
                .set(ORGANISATION_CONTACT.EMAIL, draft.email())
                .set(ORGANISATION_CONTACT.USER_ID, draft.userId())
                .set(ORGANISATION_CONTACT.SORT_ORDER, next)
                .returning(ORGANISATION_CONTACT.ID).fetchSingle(ORGANISATION_CONTACT.ID);
    }

    boolean updateContact(long contactId, ContactDraft draft, int expectedVersion) {
        return dsl.update(ORGANISATION_CONTACT)
                .set(ORGANISATION_CONTACT.NAME, draft.name())
                .set(ORGANISATION_CONTACT.ROLE_TITLE, draft.roleTitle())
                .set(ORGANISATION_CONTACT.PHONE, draft.phone())
                .set(ORGANISATION_CONTACT.EMAIL, draft.email())
                .set(ORGANISATION_CONTACT.USER_ID, draft.userId())
                .set(ORGANISATION_CONTACT.VERSION, ORGANISATION_CONTACT.VERSION.plus(1))
                .where(ORGANISATION_CONTACT.ID.eq(contactId))
                .and(ORGANISATION_CONTACT.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    boolean deleteContact(long contactId, int expectedVersion) {
        return dsl.deleteFrom(ORGANISATION_CONTACT).where(ORGANISATION_CONTACT.ID.eq(contactId))
                .and(ORGANISATION_CONTACT.VERSION.eq(expectedVersion)).execute() == 1;
    }

    List<Long> contactIdsInOrder(long organisationId) {
        return dsl.select(ORGANISATION_CONTACT.ID).from(ORGANISATION_CONTACT)
                .where(ORGANISATION_CONTACT.ORGANISATION_ID.eq(organisationId))
                .orderBy(ORGANISATION_CONTACT.SORT_ORDER, ORGANISATION_CONTACT.ID)
                .fetch(ORGANISATION_CONTACT.ID);
    }

    /** Numbers the contacts 0, 1, 2 … in this order; only the sort order changes, not the contact's version. */
    void renumberContacts(List<Long> contactIds) {
        for (int i = 0; i < contactIds.size(); i++) {
            dsl.update(ORGANISATION_CONTACT).set(ORGANISATION_CONTACT.SORT_ORDER, i)
                    .where(ORGANISATION_CONTACT.ID.eq(contactIds.get(i))).execute();
        }
    }

    List<LinkableUser> usersOf(long organisationId) {
        return dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME).from(APP_USER)
                .where(APP_USER.ORGANISATION_ID.eq(organisationId)).and(APP_USER.ENABLED.isTrue())
                .orderBy(APP_USER.DISPLAY_NAME)
                .fetch(r -> new LinkableUser(r.value1(), r.value2()));
    }

    boolean userBelongsTo(long userId, long organisationId) {
        return dsl.fetchExists(APP_USER, APP_USER.ID.eq(userId).and(APP_USER.ORGANISATION_ID.eq(organisationId)));
    }

    // ---- commitments -----------------------------------------------------------------------------------------

    Optional<StandingCommitment> commitment(long commitmentId) {
        return dsl.select(commitmentFields()).from(ORGANISATION_COMMITMENT)
                .where(ORGANISATION_COMMITMENT.ID.eq(commitmentId))
                .fetchOptional(r -> toCommitment(r.into(ORGANISATION_COMMITMENT), r.get(COMMITMENT_DISTRICT_NAME)));
    }

    long insertCommitment(long organisationId, CommitmentDraft d) {
        return dsl.insertInto(ORGANISATION_COMMITMENT)
                .set(ORGANISATION_COMMITMENT.ORGANISATION_ID, organisationId)
                .set(commitmentRecord(d))
                .returning(ORGANISATION_COMMITMENT.ID).fetchSingle(ORGANISATION_COMMITMENT.ID);
    }

    boolean updateCommitment(long commitmentId, CommitmentDraft d, int expectedVersion) {
        return dsl.update(ORGANISATION_COMMITMENT)
                .set(commitmentRecord(d))
                .set(ORGANISATION_COMMITMENT.VERSION, ORGANISATION_COMMITMENT.VERSION.plus(1))
                .where(ORGANISATION_COMMITMENT.ID.eq(commitmentId))
                .and(ORGANISATION_COMMITMENT.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    boolean deleteCommitment(long commitmentId, int expectedVersion) {
        return dsl.deleteFrom(ORGANISATION_COMMITMENT).where(ORGANISATION_COMMITMENT.ID.eq(commitmentId))
                .and(ORGANISATION_COMMITMENT.VERSION.eq(expectedVersion)).execute() == 1;
    }

    private static OrganisationCommitmentRecord commitmentRecord(CommitmentDraft d) {
        OrganisationCommitmentRecord r = new OrganisationCommitmentRecord();
        r.setKind(d.kind().name());
        r.setQuantity((short) d.quantity());
        r.setDistrictId(d.districtId());
        r.setMinRisk((short) d.minRisk());
        r.setWeekdays(d.weekdays().stream().sorted().map(w -> (short) w.getValue()).toArray(Short[]::new));
        r.setStartsAt(d.startsAt());
        r.setEndsAt(d.endsAt());
        r.setValidFrom(d.validFrom());
        r.setValidTo(d.validTo());
        r.setDescription(d.description());
        // only the fields set above are written
        r.changed(ORGANISATION_COMMITMENT.ID, false);
        r.changed(ORGANISATION_COMMITMENT.ORGANISATION_ID, false);
        r.changed(ORGANISATION_COMMITMENT.VERSION, false);
        r.changed(ORGANISATION_COMMITMENT.CREATED_AT, false);
        return r;
    }

    private static List<SelectField<?>> commitmentFields() {
        List<SelectField<?>> fields = new ArrayList<>(List.of(ORGANISATION_COMMITMENT.fields()));
        fields.add(COMMITMENT_DISTRICT_NAME);
        return fields;
    }

    // ---- mapping ---------------------------------------------------------------------------------------------

    private static Contact toContact(OrganisationContactRecord r) {
        return new Contact(r.getId(), r.getOrganisationId(), r.getName(), r.getRoleTitle(), r.getPhone(), r.getEmail(),
                r.getSortOrder(), r.getUserId(), r.getVersion());
    }

    private static StandingCommitment toCommitment(OrganisationCommitmentRecord r, String districtName) {
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        if (r.getWeekdays() != null) {
            for (Short day : r.getWeekdays()) {
                weekdays.add(DayOfWeek.of(day));
            }
        }
        return new StandingCommitment(r.getId(), r.getOrganisationId(), CommitmentKind.valueOf(r.getKind()),
                r.getQuantity(), r.getDistrictId(), districtName, r.getMinRisk(), weekdays, r.getStartsAt(),
                r.getEndsAt(), r.getValidFrom(), r.getValidTo(), r.getDescription(), r.getVersion());
    }

    static List<Long> moved(List<Long> ids, long id, int offset) {
        List<Long> order = new ArrayList<>(ids);
        int from = order.indexOf(id);
        int to = Math.max(0, Math.min(order.size() - 1, from + offset));
        order.remove(from);
        order.add(to, id);
        return order;
    }


    // --- personal data --------------------------------------------------------------------------------------------

    List<PartnerPersonalData.ContactEntry> contactEntriesOf(PersonRef person) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION_CONTACT.NAME,
                        ORGANISATION_CONTACT.ROLE_TITLE, ORGANISATION_CONTACT.PHONE, ORGANISATION_CONTACT.EMAIL,
                        ORGANISATION_CONTACT.CREATED_AT)
                .from(ORGANISATION_CONTACT).join(ORGANISATION).on(ORGANISATION.ID.eq(ORGANISATION_CONTACT.ORGANISATION_ID))
                .where(contactOf(person)).orderBy(ORGANISATION.NAME, ORGANISATION_CONTACT.ID)
                .fetch(r -> new PartnerPersonalData.ContactEntry(new PartnerPersonalData.Named(r.value1(), r.value2()),
                        r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    int deleteContactEntriesOf(PersonRef person) {
        return dsl.deleteFrom(ORGANISATION_CONTACT).where(contactOf(person)).execute();
    }

    private static Condition contactOf(PersonRef person) {
        Condition condition = ORGANISATION_CONTACT.USER_ID.eq(person.userId());
        return person.email() == null ? condition
                : condition.or(DSL.lower(ORGANISATION_CONTACT.EMAIL).eq(person.email().toLowerCase()));
    }
}
