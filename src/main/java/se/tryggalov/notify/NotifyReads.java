package se.tryggalov.notify;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import se.tryggalov.shared.i18n.Translations;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static se.tryggalov.jooq.Tables.ACTIVITY;
import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.APP_USER_ROLE;
import static se.tryggalov.jooq.Tables.DISTRICT;
import static se.tryggalov.jooq.Tables.ORGANISATION;
import static se.tryggalov.jooq.Tables.ORGANISATION_CONTACT;
import static se.tryggalov.jooq.Tables.SHIFT;
import static se.tryggalov.jooq.Tables.SHIFT_ASSIGNMENT;
import static se.tryggalov.jooq.Tables.VENUE;
import static se.tryggalov.jooq.Tables.VOLUNTEER;
import static se.tryggalov.jooq.Tables.VOLUNTEER_DISTRICT;
import static se.tryggalov.jooq.Tables.VOLUNTEER_ORGANISATION;

/**
 * The read model of notifications: who is on which shifts, groups under their minimum, coordinators, partner
 * contacts and the volunteers a message reaches. Reads other features' tables, never writes them.
 */
@Repository
class NotifyReads {

    static final List<String> HOLDING = List.of("PROPOSED", "CONFIRMED", "PENDING", "OFFERED");

    private final DSLContext dsl;

    NotifyReads(DSLContext dsl) {
        this.dsl = dsl;
    }

    private Recipient recipient(org.jooq.Record r) {
        return new Recipient(r.get(APP_USER.ID), r.get(APP_USER.DISPLAY_NAME), r.get(APP_USER.EMAIL),
                r.get(VOLUNTEER.PHONE), Translations.fromTag(r.get(APP_USER.LOCALE)));
    }

    Optional<Recipient> recipient(long userId) {
        return dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME, APP_USER.EMAIL, APP_USER.LOCALE, VOLUNTEER.PHONE)
                .from(APP_USER).leftJoin(VOLUNTEER).on(VOLUNTEER.USER_ID.eq(APP_USER.ID))
                .where(APP_USER.ID.eq(userId).and(APP_USER.ENABLED.isTrue()))
                .fetchOptional(this::recipient);
    }

    /** The people with a place on these shifts, each with whether a proposal of theirs waits for an answer. */
    Map<Recipient, Boolean> peopleOn(Collection<Long> shiftIds) {
        Map<Recipient, Boolean> people = new LinkedHashMap<>();
        if (shiftIds.isEmpty()) {
            return people;
        }
        Field<Boolean> proposal = DSL.boolOr(SHIFT_ASSIGNMENT.STATUS.eq("PROPOSED")).as("proposal");
        dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME, APP_USER.EMAIL, APP_USER.LOCALE, VOLUNTEER.PHONE, proposal)
                .from(SHIFT_ASSIGNMENT).join(APP_USER).on(APP_USER.ID.eq(SHIFT_ASSIGNMENT.USER_ID))
                .leftJoin(VOLUNTEER).on(VOLUNTEER.USER_ID.eq(APP_USER.ID))
                .where(SHIFT_ASSIGNMENT.SHIFT_ID.in(shiftIds)
                        .and(SHIFT_ASSIGNMENT.STATUS.in("PROPOSED", "CONFIRMED"))
                        .and(APP_USER.ENABLED.isTrue()))
                .groupBy(APP_USER.ID, APP_USER.DISPLAY_NAME, APP_USER.EMAIL, APP_USER.LOCALE, VOLUNTEER.PHONE)
                .orderBy(APP_USER.ID)
                .forEach(r -> people.put(recipient(r), Boolean.TRUE.equals(r.get(proposal))));
        return people;
    }

    /** The people holding a place (proposed, confirmed, waiting for approval, offered) on these shifts, with which. */
    Map<Recipient, List<Long>> holdersOf(Collection<Long> shiftIds) {
        Map<Recipient, List<Long>> people = new LinkedHashMap<>();
        if (shiftIds.isEmpty()) {
            return people;
        }
        dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME, APP_USER.EMAIL, APP_USER.LOCALE, VOLUNTEER.PHONE,
                        SHIFT_ASSIGNMENT.SHIFT_ID)
                .from(SHIFT_ASSIGNMENT).join(APP_USER).on(APP_USER.ID.eq(SHIFT_ASSIGNMENT.USER_ID))
                .leftJoin(VOLUNTEER).on(VOLUNTEER.USER_ID.eq(APP_USER.ID))
                .where(SHIFT_ASSIGNMENT.SHIFT_ID.in(shiftIds).and(SHIFT_ASSIGNMENT.STATUS.in(HOLDING))
                        .and(APP_USER.ENABLED.isTrue()))
                .orderBy(APP_USER.ID, SHIFT_ASSIGNMENT.SHIFT_ID)
                .forEach(r -> people.computeIfAbsent(recipient(r), k -> new java.util.ArrayList<>())
                        .add(r.get(SHIFT_ASSIGNMENT.SHIFT_ID)));
        return people;
    }

    private static Field<Integer> holding() {
        return DSL.field(DSL.selectCount().from(SHIFT_ASSIGNMENT)
                .where(SHIFT_ASSIGNMENT.SHIFT_ID.eq(SHIFT.ID).and(SHIFT_ASSIGNMENT.STATUS.in(HOLDING))));
    }

    private org.jooq.SelectOnConditionStep<?> shifts(Field<Integer> holding) {
        return dsl.select(SHIFT.ID, SHIFT.DAY, SHIFT.STARTS_AT, SHIFT.ENDS_AT, ACTIVITY.TITLE, DISTRICT.NAME,
                        SHIFT.GROUP_NO, ACTIVITY.MEETING_POINT, VENUE.NAME, SHIFT.MIN_SIZE, holding)
                .from(SHIFT).join(ACTIVITY).on(ACTIVITY.ID.eq(SHIFT.ACTIVITY_ID))
                .join(DISTRICT).on(DISTRICT.ID.eq(ACTIVITY.DISTRICT_ID))
                .leftJoin(VENUE).on(VENUE.ID.eq(ACTIVITY.VENUE_ID));
    }

    private static ShiftInfo shiftInfo(org.jooq.Record r, Field<Integer> holding) {
        String meeting = r.get(ACTIVITY.MEETING_POINT) != null && !r.get(ACTIVITY.MEETING_POINT).isBlank()
                ? r.get(ACTIVITY.MEETING_POINT) : r.get(VENUE.NAME);
        return new ShiftInfo(r.get(SHIFT.ID), r.get(SHIFT.DAY), r.get(SHIFT.STARTS_AT), r.get(SHIFT.ENDS_AT),
                r.get(ACTIVITY.TITLE), r.get(DISTRICT.NAME), r.get(SHIFT.GROUP_NO), meeting, r.get(SHIFT.MIN_SIZE),
                r.get(holding));
    }

    Optional<ShiftInfo> shift(long shiftId) {
        Field<Integer> holding = holding().as("holding");
        return shifts(holding).where(SHIFT.ID.eq(shiftId)).fetchOptional(r -> shiftInfo(r, holding));
    }

    /** Groups staffed by people on the evening, open or published, with fewer places taken than their minimum. */
    List<ShiftInfo> groupsBelowMinimum(LocalDate day) {
        Field<Integer> holding = holding().as("holding");
        return shifts(holding)
                .where(SHIFT.DAY.eq(day).and(SHIFT.STATUS.in("OPEN", "PUBLISHED")).and(SHIFT.STAFFING.eq("PEOPLE"))
                        .and(holding().lt(SHIFT.MIN_SIZE.cast(Integer.class))))
                .orderBy(DISTRICT.NAME, ACTIVITY.TITLE, SHIFT.GROUP_NO)
                .fetch(r -> shiftInfo(r, holding));
    }

    List<Recipient> coordinators() {
        return dsl.selectDistinct(APP_USER.ID, APP_USER.DISPLAY_NAME, APP_USER.EMAIL, APP_USER.LOCALE, VOLUNTEER.PHONE)
                .from(APP_USER).join(APP_USER_ROLE).on(APP_USER_ROLE.USER_ID.eq(APP_USER.ID))
                .leftJoin(VOLUNTEER).on(VOLUNTEER.USER_ID.eq(APP_USER.ID))
                .where(APP_USER_ROLE.ROLE.eq("COORDINATOR").and(APP_USER.ENABLED.isTrue()))
                .orderBy(APP_USER.ID)
                .fetch(this::recipient);
    }

    /** A partner contact with the days of their organisation's shifts among these. */
    record ContactShifts(long organisationId, String organisationName, Recipient contact, List<LocalDate> days) {
    }

    List<ContactShifts> partnerContacts(Collection<Long> shiftIds) {
        if (shiftIds.isEmpty()) {
            return List.of();
        }
        Map<Long, List<LocalDate>> days = new LinkedHashMap<>();
        dsl.selectDistinct(ACTIVITY.ORGANISATION_ID, SHIFT.DAY).from(SHIFT)
                .join(ACTIVITY).on(ACTIVITY.ID.eq(SHIFT.ACTIVITY_ID))
                .where(SHIFT.ID.in(shiftIds).and(ACTIVITY.ORGANISATION_ID.isNotNull()))
                .orderBy(ACTIVITY.ORGANISATION_ID, SHIFT.DAY)
                .forEach(r -> days.computeIfAbsent(r.value1(), k -> new java.util.ArrayList<>()).add(r.value2()));
        if (days.isEmpty()) {
            return List.of();
        }
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION_CONTACT.USER_ID, ORGANISATION_CONTACT.NAME,
                        ORGANISATION_CONTACT.EMAIL, ORGANISATION_CONTACT.PHONE, APP_USER.LOCALE)
                .from(ORGANISATION_CONTACT).join(ORGANISATION).on(ORGANISATION.ID.eq(ORGANISATION_CONTACT.ORGANISATION_ID))
                .leftJoin(APP_USER).on(APP_USER.ID.eq(ORGANISATION_CONTACT.USER_ID))
                .where(ORGANISATION_CONTACT.ORGANISATION_ID.in(days.keySet()))
                .orderBy(ORGANISATION.ID, ORGANISATION_CONTACT.SORT_ORDER, ORGANISATION_CONTACT.ID)
                .fetch(r -> new ContactShifts(r.get(ORGANISATION.ID), r.get(ORGANISATION.NAME),
                        new Recipient(r.get(ORGANISATION_CONTACT.USER_ID), r.get(ORGANISATION_CONTACT.NAME),
                                r.get(ORGANISATION_CONTACT.EMAIL), r.get(ORGANISATION_CONTACT.PHONE),
                                Translations.fromTag(r.get(APP_USER.LOCALE))),
                        List.copyOf(days.get(r.get(ORGANISATION.ID)))));
    }

    /** A confirmed place on a published shift on the day: what the reminder the day before is about. */
    record Place(long assignmentId, long userId, long shiftId) {
    }

    List<Place> confirmedPlaces(LocalDate day) {
        return dsl.select(SHIFT_ASSIGNMENT.ID, SHIFT_ASSIGNMENT.USER_ID, SHIFT_ASSIGNMENT.SHIFT_ID)
                .from(SHIFT_ASSIGNMENT).join(SHIFT).on(SHIFT.ID.eq(SHIFT_ASSIGNMENT.SHIFT_ID))
                .where(SHIFT.DAY.eq(day).and(SHIFT.STATUS.eq("PUBLISHED"))
                        .and(SHIFT_ASSIGNMENT.STATUS.eq("CONFIRMED")))
                .orderBy(SHIFT_ASSIGNMENT.ID)
                .fetch(r -> new Place(r.value1(), r.value2(), r.value3()));
    }

    /** The active volunteers a message to an organisation, a district or a shift reaches. */
    List<Recipient> volunteersOf(MessageScope scope, long id) {
        var query = dsl.selectDistinct(APP_USER.ID, APP_USER.DISPLAY_NAME, APP_USER.EMAIL, APP_USER.LOCALE,
                VOLUNTEER.PHONE).from(VOLUNTEER).join(APP_USER).on(APP_USER.ID.eq(VOLUNTEER.USER_ID));
        org.jooq.Condition active = VOLUNTEER.STATUS.eq("ACTIVE").and(APP_USER.ENABLED.isTrue());
        return switch (scope) {
            case ORGANISATION -> query.join(VOLUNTEER_ORGANISATION).on(VOLUNTEER_ORGANISATION.USER_ID.eq(VOLUNTEER.USER_ID))
                    .where(active.and(VOLUNTEER_ORGANISATION.ORGANISATION_ID.eq(id))).orderBy(APP_USER.ID)
                    .fetch(this::recipient);
            case DISTRICT -> query.join(VOLUNTEER_DISTRICT).on(VOLUNTEER_DISTRICT.USER_ID.eq(VOLUNTEER.USER_ID))
                    .where(active.and(VOLUNTEER_DISTRICT.DISTRICT_ID.eq(id))).orderBy(APP_USER.ID)
                    .fetch(this::recipient);
            case SHIFT -> query.join(SHIFT_ASSIGNMENT).on(SHIFT_ASSIGNMENT.USER_ID.eq(VOLUNTEER.USER_ID))
                    .where(active.and(SHIFT_ASSIGNMENT.SHIFT_ID.eq(id)).and(SHIFT_ASSIGNMENT.STATUS.in(HOLDING)))
                    .orderBy(APP_USER.ID)
                    .fetch(this::recipient);
        };
    }

    /** Something a message can go to: an organisation, a district or a coming shift, by name. */
    record Choice(long id, String name) {
    }

    List<Choice> choices(MessageScope scope, LocalDate from, Long onlyOrganisation) {
        return switch (scope) {
            case ORGANISATION -> dsl.select(ORGANISATION.ID, ORGANISATION.NAME).from(ORGANISATION)
                    .where(onlyOrganisation == null ? DSL.trueCondition() : ORGANISATION.ID.eq(onlyOrganisation))
                    .orderBy(ORGANISATION.NAME).fetch(r -> new Choice(r.value1(), r.value2()));
            case DISTRICT -> dsl.select(DISTRICT.ID, DISTRICT.NAME).from(DISTRICT).orderBy(DISTRICT.NAME)
                    .fetch(r -> new Choice(r.value1(), r.value2()));
            case SHIFT -> dsl.select(SHIFT.ID, SHIFT.DAY, SHIFT.STARTS_AT, ACTIVITY.TITLE, DISTRICT.NAME, SHIFT.GROUP_NO)
                    .from(SHIFT).join(ACTIVITY).on(ACTIVITY.ID.eq(SHIFT.ACTIVITY_ID))
                    .join(DISTRICT).on(DISTRICT.ID.eq(ACTIVITY.DISTRICT_ID))
                    .where(SHIFT.DAY.between(from, from.plusDays(60)).and(SHIFT.STATUS.in("OPEN", "PUBLISHED"))
                            .and(onlyOrganisation == null ? DSL.trueCondition()
                                    : ACTIVITY.ORGANISATION_ID.eq(onlyOrganisation)))
                    .orderBy(SHIFT.DAY, SHIFT.STARTS_AT, DISTRICT.NAME, SHIFT.GROUP_NO).limit(500)
                    .fetch(r -> new Choice(r.value1(), r.value2() + " " + r.value3() + " " + r.value4() + " – "
                            + r.value5() + " #" + r.value6()));
        };
    }
}
