package se.tryggalov.roster;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static se.tryggalov.jooq.Tables.ACTIVITY;
import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.APP_USER_ROLE;
import static se.tryggalov.jooq.Tables.CALENDAR_ITEM;
import static se.tryggalov.jooq.Tables.DISTRICT;
import static se.tryggalov.jooq.Tables.SHIFT;
import static se.tryggalov.jooq.Tables.SHIFT_ASSIGNMENT;
import static se.tryggalov.jooq.Tables.SIGNUP_POLICY;
import static se.tryggalov.jooq.Tables.SIGNUP_RULE;
import static se.tryggalov.jooq.Tables.SOLVER_LIMITS;
import static se.tryggalov.jooq.Tables.VENUE;
import static se.tryggalov.jooq.Tables.VOLUNTEER;
import static se.tryggalov.jooq.Tables.VOLUNTEER_QUALIFICATION;

/**
 * Volunteers' own places on shifts (the self-service side of shift_assignment, which the roster package owns):
 * sign-ups, the waitlist, offers, answers to proposals, cancellations; the sign-up rules. Reads shifts,
 * activities, places and people to decide who may take what.
 */
@Repository
class SignupRepository {

    static final String PEOPLE = "PEOPLE";
    static final List<String> OPEN_SHIFT_STATES = List.of("OPEN", "PUBLISHED");
    static final String LEAD = "LEAD";

    private static final List<String> HOLDING = AssignmentStatus.HOLDING_NAMES;

    /** A shift with what a sign-up decides on; {@code taken}: its places taken when read (-1: not read). */
    record ShiftInfo(long id, LocalDate day, LocalTime startsAt, LocalTime endsAt, LocalDateTime start,
                     LocalDateTime end, String status, String staffing, int maxSize, boolean adultsOnly,
                     Set<String> qualifications, String activityType, Long calendarItemId, long organisationIdOrZero,
                     int taken) {

        boolean takesPeople() {
            return PEOPLE.equals(staffing) && OPEN_SHIFT_STATES.contains(status);
        }
    }

    /** What decides whether a person may walk. */
    record Walker(long userId, String status, boolean adult, boolean youthWalker, boolean guardianConsent,
                  Integer maxNightsPerMonth, Integer maxNightsPerWeekend) {
    }

    /** A person's row on a shift, any state. */
    record Place(long id, long shiftId, long userId, AssignmentStatus status, int version, Integer waitlistPosition,
                 OffsetDateTime offerExpiresAt, LocalDateTime shiftStart, String shiftStatus) {
    }

    record Recipient(long userId, String email, String locale) {
    }

    private final DSLContext dsl;

    SignupRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // ---- rules ------------------------------------------------------------------------------------------------------

    /** The policy, the rules and the municipality's limits: what a sign-up decides on, in one round trip. */
    record Settings(SignupPolicy policy, List<SignupRule> rules, SolverLimits limits) {
    }

    Settings settings() {
        var rows = dsl.select().from(SIGNUP_POLICY).crossJoin(SOLVER_LIMITS)
                .leftJoin(SIGNUP_RULE).on(DSL.trueCondition())
                .where(SIGNUP_POLICY.ID.eq(1).and(SOLVER_LIMITS.ID.eq(1)))
                .orderBy(SIGNUP_RULE.ID).fetch();
        if (rows.isEmpty()) { // the migrations create both rows; a database without them gets the defaults
            return new Settings(policy(), rules(), new SolverLimits(2, 1, 11, 36, 0));
        }
        var first = rows.getFirst();
        SignupPolicy policy = new SignupPolicy(first.get(SIGNUP_POLICY.CANCEL_DEADLINE_HOURS),
                first.get(SIGNUP_POLICY.OFFER_HOURS), first.get(SIGNUP_POLICY.ACCEPTANCE_REQUIRED),
                first.get(SIGNUP_POLICY.DEFAULT_OPEN), first.get(SIGNUP_POLICY.DEFAULT_OPENS_DAYS_BEFORE),
                first.get(SIGNUP_POLICY.DEFAULT_NEEDS_APPROVAL), first.get(SIGNUP_POLICY.VERSION));
        SolverLimits limits = new SolverLimits(first.get(SOLVER_LIMITS.MAX_NIGHTS_PER_MONTH),
                first.get(SOLVER_LIMITS.MAX_NIGHTS_PER_WEEKEND), first.get(SOLVER_LIMITS.DAILY_REST_HOURS),
                first.get(SOLVER_LIMITS.WEEKLY_REST_HOURS), first.get(SOLVER_LIMITS.VERSION));
        List<SignupRule> rules = rows.stream().filter(r -> r.get(SIGNUP_RULE.ID) != null)
                .map(r -> new SignupRule(r.get(SIGNUP_RULE.ID), r.get(SIGNUP_RULE.ACTIVITY_TYPE),
                        r.get(SIGNUP_RULE.CALENDAR_ITEM_ID), r.get(SIGNUP_RULE.OPEN), r.get(SIGNUP_RULE.OPENS_DAYS_BEFORE),
                        r.get(SIGNUP_RULE.NEEDS_APPROVAL), r.get(SIGNUP_RULE.VERSION)))
                .toList();
        return new Settings(policy, rules, limits);
    }

    SignupPolicy policy() {
        return dsl.selectFrom(SIGNUP_POLICY).where(SIGNUP_POLICY.ID.eq(1)).fetchOptional()
                .map(r -> new SignupPolicy(r.getCancelDeadlineHours(), r.getOfferHours(), r.getAcceptanceRequired(),
                        r.getDefaultOpen(), r.getDefaultOpensDaysBefore(), r.getDefaultNeedsApproval(), r.getVersion()))
                .orElseGet(() -> new SignupPolicy(24, 12, false, true, 14, false, 0));
    }

    boolean savePolicy(SignupPolicy p) {
        return dsl.update(SIGNUP_POLICY)
                .set(SIGNUP_POLICY.CANCEL_DEADLINE_HOURS, p.cancelDeadlineHours())
                .set(SIGNUP_POLICY.OFFER_HOURS, p.offerHours())
                .set(SIGNUP_POLICY.ACCEPTANCE_REQUIRED, p.acceptanceRequired())
                .set(SIGNUP_POLICY.DEFAULT_OPEN, p.defaultOpen())
                .set(SIGNUP_POLICY.DEFAULT_OPENS_DAYS_BEFORE, p.defaultOpensDaysBefore())
                .set(SIGNUP_POLICY.DEFAULT_NEEDS_APPROVAL, p.defaultNeedsApproval())
                .set(SIGNUP_POLICY.VERSION, SIGNUP_POLICY.VERSION.plus(1))
                .where(SIGNUP_POLICY.ID.eq(1).and(SIGNUP_POLICY.VERSION.eq(p.version())))
                .execute() == 1;
    }

    List<SignupRule> rules() {
        return dsl.selectFrom(SIGNUP_RULE).orderBy(SIGNUP_RULE.ID)
                .fetch(r -> new SignupRule(r.getId(), r.getActivityType(), r.getCalendarItemId(), r.getOpen(),
                        r.getOpensDaysBefore(), r.getNeedsApproval(), r.getVersion()));
    }

    /** Whether the calendar item is a break, a day off or a key date (what activities and rules belong to). */
    boolean isBreakOrKeyDate(long calendarItemId) {
        return dsl.fetchExists(CALENDAR_ITEM, CALENDAR_ITEM.ID.eq(calendarItemId)
                .and(CALENDAR_ITEM.KIND.ne("MEETING")));
    }

    /** Inserts or (against its version) updates the rule for its type and break; false when changed meanwhile. */
    boolean saveRule(SignupRule rule) {
        if (rule.id() == null) {
            return dsl.insertInto(SIGNUP_RULE)
                    .set(SIGNUP_RULE.ACTIVITY_TYPE, rule.activityType())
                    .set(SIGNUP_RULE.CALENDAR_ITEM_ID, rule.calendarItemId())
                    .set(SIGNUP_RULE.OPEN, rule.open())
                    .set(SIGNUP_RULE.OPENS_DAYS_BEFORE, rule.opensDaysBefore())
                    .set(SIGNUP_RULE.NEEDS_APPROVAL, rule.needsApproval())
                    .onConflictDoNothing()
                    .execute() == 1;
        }
        return dsl.update(SIGNUP_RULE)
                .set(SIGNUP_RULE.OPEN, rule.open())
                .set(SIGNUP_RULE.OPENS_DAYS_BEFORE, rule.opensDaysBefore())
                .set(SIGNUP_RULE.NEEDS_APPROVAL, rule.needsApproval())
                .set(SIGNUP_RULE.VERSION, SIGNUP_RULE.VERSION.plus(1))
                .where(SIGNUP_RULE.ID.eq(rule.id()).and(SIGNUP_RULE.VERSION.eq(rule.version())))
                .execute() == 1;
    }

    boolean deleteRule(long id) {
        return dsl.deleteFrom(SIGNUP_RULE).where(SIGNUP_RULE.ID.eq(id)).execute() == 1;
    }

    // ---- shifts and people ----------------------------------------------------------------------------------------

    /** The places taken on the shift of the outer query. */
    private static Field<Integer> taken() {
        var a = SHIFT_ASSIGNMENT.as("taken_place");
        return DSL.field(DSL.selectCount().from(a).where(a.SHIFT_ID.eq(SHIFT.ID).and(a.STATUS.in(HOLDING))))
                .as("taken_places");
    }

    private ShiftInfo shiftInfo(org.jooq.Record r) {
        Long organisation = r.get(ACTIVITY.ORGANISATION_ID);
        Integer taken = r.indexOf("taken_places") >= 0 ? r.get("taken_places", Integer.class) : null;
        return new ShiftInfo(r.get(SHIFT.ID), r.get(SHIFT.DAY), r.get(SHIFT.STARTS_AT), r.get(SHIFT.ENDS_AT),
                r.get(SHIFT.START_TS), r.get(SHIFT.END_TS), r.get(SHIFT.STATUS), r.get(SHIFT.STAFFING),
                r.get(SHIFT.MAX_SIZE), r.get(SHIFT.ADULTS_ONLY), Set.copyOf(Arrays.asList(r.get(SHIFT.QUALIFICATIONS))),
                r.get(ACTIVITY.ACTIVITY_TYPE), r.get(ACTIVITY.CALENDAR_ITEM_ID), organisation == null ? 0 : organisation,
                taken == null ? -1 : taken);
    }

    /** The shift as it is now with its places taken, without a lock (read again under the lock before writing). */
    Optional<ShiftInfo> shift(long shiftId) {
        return dsl.select(SHIFT.ID, SHIFT.DAY, SHIFT.STARTS_AT, SHIFT.ENDS_AT, SHIFT.START_TS, SHIFT.END_TS,
                        SHIFT.STATUS, SHIFT.STAFFING, SHIFT.MAX_SIZE, SHIFT.ADULTS_ONLY, SHIFT.QUALIFICATIONS,
                        ACTIVITY.ACTIVITY_TYPE, ACTIVITY.CALENDAR_ITEM_ID, ACTIVITY.ORGANISATION_ID, taken())
                .from(SHIFT).join(ACTIVITY).on(ACTIVITY.ID.eq(SHIFT.ACTIVITY_ID))
                .where(SHIFT.ID.eq(shiftId))
                .fetchOptional(this::shiftInfo);
    }

    /** A shift as {@link #shift} reads it, with the status of the person's own row on it (null when none). */
    record ShiftForPerson(ShiftInfo shift, AssignmentStatus mine) {
    }

    /**
     * {@link #shift} and the person's own row in one read: the crowd that reaches a full shift is answered from this
     * one statement (full, or "you are already on it").
     */
    Optional<ShiftForPerson> shift(long shiftId, long userId) {
        var own = SHIFT_ASSIGNMENT.as("own_place");
        Field<String> mine = DSL.field(DSL.select(own.STATUS).from(own)
                .where(own.SHIFT_ID.eq(SHIFT.ID).and(own.USER_ID.eq(userId)))).as("own_status");
        return dsl.select(SHIFT.ID, SHIFT.DAY, SHIFT.STARTS_AT, SHIFT.ENDS_AT, SHIFT.START_TS, SHIFT.END_TS,
                        SHIFT.STATUS, SHIFT.STAFFING, SHIFT.MAX_SIZE, SHIFT.ADULTS_ONLY, SHIFT.QUALIFICATIONS,
                        ACTIVITY.ACTIVITY_TYPE, ACTIVITY.CALENDAR_ITEM_ID, ACTIVITY.ORGANISATION_ID, taken(), mine)
                .from(SHIFT).join(ACTIVITY).on(ACTIVITY.ID.eq(SHIFT.ACTIVITY_ID))
                .where(SHIFT.ID.eq(shiftId))
                .fetchOptional(r -> new ShiftForPerson(shiftInfo(r), r.get(mine) == null ? null
                        : AssignmentStatus.valueOf(r.get(mine))));
    }

    /** The shift, its row locked: nobody else changes its places until this transaction ends. */
    Optional<ShiftInfo> lockShift(long shiftId) {
        return dsl.select(SHIFT.ID, SHIFT.DAY, SHIFT.STARTS_AT, SHIFT.ENDS_AT, SHIFT.START_TS, SHIFT.END_TS,
                        SHIFT.STATUS, SHIFT.STAFFING, SHIFT.MAX_SIZE, SHIFT.ADULTS_ONLY, SHIFT.QUALIFICATIONS,
                        ACTIVITY.ACTIVITY_TYPE, ACTIVITY.CALENDAR_ITEM_ID, ACTIVITY.ORGANISATION_ID)
                .from(SHIFT).join(ACTIVITY).on(ACTIVITY.ID.eq(SHIFT.ACTIVITY_ID))
                .where(SHIFT.ID.eq(shiftId)).forUpdate().of(SHIFT)
                .fetchOptional(this::shiftInfo);
    }

    Optional<Walker> walker(long userId) {
        return dsl.select(VOLUNTEER.USER_ID, VOLUNTEER.STATUS, VOLUNTEER.ADULT_CONFIRMED, VOLUNTEER.YOUTH_WALKER,
                        VOLUNTEER.GUARDIAN_CONSENT_ON, VOLUNTEER.MAX_NIGHTS_PER_MONTH, VOLUNTEER.MAX_NIGHTS_PER_WEEKEND)
                .from(VOLUNTEER).where(VOLUNTEER.USER_ID.eq(userId))
                .fetchOptional(r -> new Walker(r.get(VOLUNTEER.USER_ID), r.get(VOLUNTEER.STATUS),
                        r.get(VOLUNTEER.ADULT_CONFIRMED), r.get(VOLUNTEER.YOUTH_WALKER),
                        r.get(VOLUNTEER.GUARDIAN_CONSENT_ON) != null,
                        r.get(VOLUNTEER.MAX_NIGHTS_PER_MONTH) == null ? null : r.get(VOLUNTEER.MAX_NIGHTS_PER_MONTH).intValue(),
                        r.get(VOLUNTEER.MAX_NIGHTS_PER_WEEKEND) == null ? null
                                : r.get(VOLUNTEER.MAX_NIGHTS_PER_WEEKEND).intValue()));
    }

    /** The qualification kinds the person holds on the day. */
    Set<String> qualificationsOn(long userId, LocalDate day) {
        return Set.copyOf(dsl.selectDistinct(VOLUNTEER_QUALIFICATION.KIND).from(VOLUNTEER_QUALIFICATION)
                .where(VOLUNTEER_QUALIFICATION.USER_ID.eq(userId).and(VOLUNTEER_QUALIFICATION.OBTAINED_ON.le(day))
                        .and(VOLUNTEER_QUALIFICATION.EXPIRES_ON.isNull().or(VOLUNTEER_QUALIFICATION.EXPIRES_ON.ge(day))))
                .fetch(VOLUNTEER_QUALIFICATION.KIND));
    }

    /** Every qualification the person holds, with its dates (few rows: one per kind). */
    List<Eligibility.Held> qualifications(long userId) {
        return dsl.select(VOLUNTEER_QUALIFICATION.KIND, VOLUNTEER_QUALIFICATION.OBTAINED_ON,
                        VOLUNTEER_QUALIFICATION.EXPIRES_ON).from(VOLUNTEER_QUALIFICATION)
                .where(VOLUNTEER_QUALIFICATION.USER_ID.eq(userId))
                .fetch(r -> new Eligibility.Held(r.value1(), r.value2(), r.value3()));
    }

    /** The person's rows (any state) on the shifts, by shift. */
    Map<Long, AssignmentStatus> placesOf(long userId, java.util.Collection<Long> shiftIds) {
        Map<Long, AssignmentStatus> places = new HashMap<>();
        if (shiftIds.isEmpty()) {
            return places;
        }
        dsl.select(SHIFT_ASSIGNMENT.SHIFT_ID, SHIFT_ASSIGNMENT.STATUS).from(SHIFT_ASSIGNMENT)
                .where(SHIFT_ASSIGNMENT.USER_ID.eq(userId).and(SHIFT_ASSIGNMENT.SHIFT_ID.in(shiftIds)))
                .forEach(r -> places.put(r.value1(), AssignmentStatus.valueOf(r.value2())));
        return places;
    }

    /** The evenings (days) between the dates on which the person holds a place on a shift that is not cancelled. */
    List<LocalDate> busyEvenings(long userId, LocalDate first, LocalDate last) {
        return dsl.selectDistinct(SHIFT.DAY).from(SHIFT_ASSIGNMENT).join(SHIFT).on(SHIFT.ID.eq(SHIFT_ASSIGNMENT.SHIFT_ID))
                .where(SHIFT_ASSIGNMENT.USER_ID.eq(userId).and(SHIFT_ASSIGNMENT.STATUS.in(HOLDING))
                        .and(SHIFT.STATUS.ne("CANCELLED")).and(SHIFT.DAY.between(first, last)))
                .fetch(SHIFT.DAY);
    }

    int placesTaken(long shiftId) {
        return dsl.fetchCount(SHIFT_ASSIGNMENT, SHIFT_ASSIGNMENT.SHIFT_ID.eq(shiftId)
                .and(SHIFT_ASSIGNMENT.STATUS.in(HOLDING)));
    }

    private static Place place(org.jooq.Record r) {
        return new Place(r.get(SHIFT_ASSIGNMENT.ID), r.get(SHIFT_ASSIGNMENT.SHIFT_ID), r.get(SHIFT_ASSIGNMENT.USER_ID),
                AssignmentStatus.valueOf(r.get(SHIFT_ASSIGNMENT.STATUS)), r.get(SHIFT_ASSIGNMENT.VERSION),
                r.get(SHIFT_ASSIGNMENT.WAITLIST_POSITION), r.get(SHIFT_ASSIGNMENT.OFFER_EXPIRES_AT),
                r.get(SHIFT.START_TS), r.get(SHIFT.STATUS));
    }

    private org.jooq.SelectOnConditionStep<?> places() {
        return dsl.select(SHIFT_ASSIGNMENT.ID, SHIFT_ASSIGNMENT.SHIFT_ID, SHIFT_ASSIGNMENT.USER_ID,
                        SHIFT_ASSIGNMENT.STATUS, SHIFT_ASSIGNMENT.VERSION, SHIFT_ASSIGNMENT.WAITLIST_POSITION,
                        SHIFT_ASSIGNMENT.OFFER_EXPIRES_AT, SHIFT.START_TS, SHIFT.STATUS)
                .from(SHIFT_ASSIGNMENT).join(SHIFT).on(SHIFT.ID.eq(SHIFT_ASSIGNMENT.SHIFT_ID));
    }

    Optional<Place> place(long shiftId, long userId) {
        return places().where(SHIFT_ASSIGNMENT.SHIFT_ID.eq(shiftId).and(SHIFT_ASSIGNMENT.USER_ID.eq(userId)))
                .fetchOptional(SignupRepository::place);
    }

    Optional<Place> place(long assignmentId) {
        return places().where(SHIFT_ASSIGNMENT.ID.eq(assignmentId)).fetchOptional(SignupRepository::place);
    }

    /** The person's PROPOSED places on published shifts that have not started. */
    List<Place> openProposals(long userId, LocalDateTime now) {
        return places().where(SHIFT_ASSIGNMENT.USER_ID.eq(userId)
                        .and(SHIFT_ASSIGNMENT.STATUS.eq(AssignmentStatus.PROPOSED.name()))
                        .and(SHIFT.STATUS.eq("PUBLISHED")).and(SHIFT.START_TS.gt(now)))
                .orderBy(SHIFT.START_TS, SHIFT_ASSIGNMENT.ID)
                .fetch(SignupRepository::place);
    }

    /** Offers whose time ran out (any shift), oldest first. */
    List<Place> expiredOffers(OffsetDateTime now) {
        return places().where(SHIFT_ASSIGNMENT.STATUS.eq(AssignmentStatus.OFFERED.name())
                        .and(SHIFT_ASSIGNMENT.OFFER_EXPIRES_AT.le(now)))
                .orderBy(SHIFT_ASSIGNMENT.OFFER_EXPIRES_AT, SHIFT_ASSIGNMENT.ID)
                .fetch(SignupRepository::place);
    }

    /** The shift's waitlist in order. */
    List<Place> waitlist(long shiftId) {
        return places().where(SHIFT_ASSIGNMENT.SHIFT_ID.eq(shiftId)
                        .and(SHIFT_ASSIGNMENT.STATUS.eq(AssignmentStatus.WAITLISTED.name())))
                .orderBy(SHIFT_ASSIGNMENT.WAITLIST_POSITION, SHIFT_ASSIGNMENT.ID)
                .fetch(SignupRepository::place);
    }

    // ---- writes -----------------------------------------------------------------------------------------------------

    long insert(long shiftId, long userId, AssignmentStatus status, Integer waitlistPosition, OffsetDateTime now) {
        return dsl.insertInto(SHIFT_ASSIGNMENT)
                .set(SHIFT_ASSIGNMENT.SHIFT_ID, shiftId)
                .set(SHIFT_ASSIGNMENT.USER_ID, userId)
                .set(SHIFT_ASSIGNMENT.STATUS, status.name())
                .set(SHIFT_ASSIGNMENT.SOURCE, "SIGNUP")
                .set(SHIFT_ASSIGNMENT.PINNED, false)
                .set(SHIFT_ASSIGNMENT.WAITLIST_POSITION, waitlistPosition)
                .set(SHIFT_ASSIGNMENT.WAITLISTED_AT, waitlistPosition == null ? null : now)
                .set(SHIFT_ASSIGNMENT.DECIDED_AT, now)
                .set(SHIFT_ASSIGNMENT.CREATED_AT, now)
                .set(SHIFT_ASSIGNMENT.UPDATED_AT, now)
                .returning(SHIFT_ASSIGNMENT.ID).fetchSingle(SHIFT_ASSIGNMENT.ID);
    }

    /** Removes an ended row (cancelled, declined, expired) so the person can sign up again. */
    void deleteEnded(long id) {
        dsl.deleteFrom(SHIFT_ASSIGNMENT).where(SHIFT_ASSIGNMENT.ID.eq(id).and(SHIFT_ASSIGNMENT.STATUS.in(
                AssignmentStatus.CANCELLED.name(), AssignmentStatus.DECLINED.name(), AssignmentStatus.EXPIRED.name())))
                .execute();
    }

    int nextWaitlistPosition(long shiftId) {
        Integer max = dsl.select(DSL.max(SHIFT_ASSIGNMENT.WAITLIST_POSITION)).from(SHIFT_ASSIGNMENT)
                .where(SHIFT_ASSIGNMENT.SHIFT_ID.eq(shiftId)).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    /**
     * Moves a place from one state to another against the version the caller saw; false when it changed meanwhile
     * (someone else cancelled, removed or answered first).
     */
    boolean transition(long id, int expectedVersion, AssignmentStatus from, AssignmentStatus to, OffsetDateTime now,
                       OffsetDateTime offerExpiresAt) {
        return dsl.update(SHIFT_ASSIGNMENT)
                .set(SHIFT_ASSIGNMENT.STATUS, to.name())
                .set(SHIFT_ASSIGNMENT.WAITLIST_POSITION, (Integer) null)
                .set(SHIFT_ASSIGNMENT.OFFER_EXPIRES_AT, offerExpiresAt)
                .set(SHIFT_ASSIGNMENT.PINNED, to.holdsPlace() && to != AssignmentStatus.OFFERED
                        ? SHIFT_ASSIGNMENT.PINNED : DSL.inline(false))
                .set(SHIFT_ASSIGNMENT.DECIDED_AT, now)
                .set(SHIFT_ASSIGNMENT.VERSION, SHIFT_ASSIGNMENT.VERSION.plus(1))
                .set(SHIFT_ASSIGNMENT.UPDATED_AT, now)
                .where(SHIFT_ASSIGNMENT.ID.eq(id).and(SHIFT_ASSIGNMENT.VERSION.eq(expectedVersion))
                        .and(SHIFT_ASSIGNMENT.STATUS.eq(from.name())))
                .execute() == 1;
    }

    /** Publishing with acceptance: the proposals stay proposals, pinned so re-solving never takes them away. */
    int pinProposals(java.util.Collection<Long> shiftIds, OffsetDateTime now) {
        if (shiftIds.isEmpty()) {
            return 0;
        }
        return dsl.update(SHIFT_ASSIGNMENT)
                .set(SHIFT_ASSIGNMENT.PINNED, true)
                .set(SHIFT_ASSIGNMENT.VERSION, SHIFT_ASSIGNMENT.VERSION.plus(1))
                .set(SHIFT_ASSIGNMENT.UPDATED_AT, now)
                .where(SHIFT_ASSIGNMENT.SHIFT_ID.in(shiftIds)
                        .and(SHIFT_ASSIGNMENT.STATUS.eq(AssignmentStatus.PROPOSED.name())))
                .execute();
    }

    // ---- reading for people -----------------------------------------------------------------------------------------

    /**
     * The coordinators responsible for the shift, with an e-mail address: those whose account belongs to the
     * shift's responsible organisation; when it has none (or no organisation), every coordinator, so the word
     * always reaches someone who plans.
     */
    List<Recipient> responsibleCoordinators(long organisationIdOrZero) {
        Condition coordinator = APP_USER_ROLE.ROLE.eq("COORDINATOR").and(APP_USER.EMAIL.isNotNull())
                .and(APP_USER.ENABLED.isTrue());
        if (organisationIdOrZero != 0) {
            List<Recipient> own = dsl.selectDistinct(APP_USER.ID, APP_USER.EMAIL, APP_USER.LOCALE).from(APP_USER)
                    .join(APP_USER_ROLE).on(APP_USER_ROLE.USER_ID.eq(APP_USER.ID))
                    .where(coordinator.and(APP_USER.ORGANISATION_ID.eq(organisationIdOrZero)))
                    .orderBy(APP_USER.ID)
                    .fetch(r -> new Recipient(r.value1(), r.value2(), r.value3()));
            if (!own.isEmpty()) {
                return own;
            }
        }
        return dsl.selectDistinct(APP_USER.ID, APP_USER.EMAIL, APP_USER.LOCALE).from(APP_USER)
                .join(APP_USER_ROLE).on(APP_USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(coordinator)
                .orderBy(APP_USER.ID)
                .fetch(r -> new Recipient(r.value1(), r.value2(), r.value3()));
    }

    /** The locale of each account (for mails to contact persons who also have an account). */
    Map<Long, String> locales(java.util.Collection<Long> userIds) {
        Map<Long, String> locales = new HashMap<>();
        if (!userIds.isEmpty()) {
            dsl.select(APP_USER.ID, APP_USER.LOCALE).from(APP_USER).where(APP_USER.ID.in(userIds))
                    .forEach(r -> locales.put(r.value1(), r.value2()));
        }
        return locales;
    }

    Optional<Recipient> recipient(long userId) {
        return dsl.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.LOCALE).from(APP_USER)
                .where(APP_USER.ID.eq(userId).and(APP_USER.EMAIL.isNotNull()))
                .fetchOptional(r -> new Recipient(r.value1(), r.value2(), r.value3()));
    }

    record ShiftText(LocalDate day, LocalTime startsAt, LocalTime endsAt, String title, String districtName) {
    }

    Optional<ShiftText> shiftText(long shiftId) {
        return dsl.select(SHIFT.DAY, SHIFT.STARTS_AT, SHIFT.ENDS_AT, ACTIVITY.TITLE, DISTRICT.NAME).from(SHIFT)
                .join(ACTIVITY).on(ACTIVITY.ID.eq(SHIFT.ACTIVITY_ID)).join(DISTRICT).on(DISTRICT.ID.eq(ACTIVITY.DISTRICT_ID))
                .where(SHIFT.ID.eq(shiftId))
                .fetchOptional(r -> new ShiftText(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** A person's first name: the part of the display name before the first space. */
    static String firstName(String displayName) {
        if (displayName == null) {
            return null;
        }
        String trimmed = displayName.trim();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    /** The open-for-people shifts between the dates that have not started, with places taken and a lead's name. */
    record Candidate(OpenShift shift, ShiftInfo info) {
    }

    List<Candidate> openShifts(LocalDate first, LocalDate last, LocalDateTime now, Long districtId, Long calendarItemId) {
        var a = SHIFT_ASSIGNMENT.as("taken");
        Field<Integer> taken = DSL.field(DSL.selectCount().from(a)
                .where(a.SHIFT_ID.eq(SHIFT.ID).and(a.STATUS.in(HOLDING))));
        var lead = SHIFT_ASSIGNMENT.as("lead");
        var leadUser = APP_USER.as("lead_user");
        Field<String> leadName = DSL.field(DSL.select(leadUser.DISPLAY_NAME).from(lead)
                .join(leadUser).on(leadUser.ID.eq(lead.USER_ID))
                .join(VOLUNTEER_QUALIFICATION).on(VOLUNTEER_QUALIFICATION.USER_ID.eq(lead.USER_ID)
                        .and(VOLUNTEER_QUALIFICATION.KIND.eq(LEAD))
                        .and(VOLUNTEER_QUALIFICATION.OBTAINED_ON.le(SHIFT.DAY))
                        .and(VOLUNTEER_QUALIFICATION.EXPIRES_ON.isNull().or(VOLUNTEER_QUALIFICATION.EXPIRES_ON.ge(SHIFT.DAY))))
                .where(lead.SHIFT_ID.eq(SHIFT.ID).and(lead.STATUS.in(HOLDING)))
                .orderBy(lead.ID).limit(1));
        Condition where = SHIFT.DAY.between(first, last).and(SHIFT.STAFFING.eq(PEOPLE))
                .and(SHIFT.STATUS.in(OPEN_SHIFT_STATES)).and(SHIFT.START_TS.gt(now));
        if (districtId != null) {
            where = where.and(ACTIVITY.DISTRICT_ID.eq(districtId));
        }
        if (calendarItemId != null) {
            where = where.and(ACTIVITY.CALENDAR_ITEM_ID.eq(calendarItemId));
        }
        return dsl.select(SHIFT.ID, SHIFT.DAY, SHIFT.STARTS_AT, SHIFT.ENDS_AT, SHIFT.START_TS, SHIFT.END_TS,
                        SHIFT.STATUS, SHIFT.STAFFING, SHIFT.MAX_SIZE, SHIFT.ADULTS_ONLY, SHIFT.QUALIFICATIONS,
                        SHIFT.RISK_LEVEL, ACTIVITY.ACTIVITY_TYPE, ACTIVITY.CALENDAR_ITEM_ID, ACTIVITY.ORGANISATION_ID,
                        ACTIVITY.DISTRICT_ID, DISTRICT.NAME, ACTIVITY.TITLE, ACTIVITY.MEETING_POINT, VENUE.NAME,
                        VENUE.LATITUDE, VENUE.LONGITUDE, taken, leadName, CALENDAR_ITEM.TITLE)
                .from(SHIFT).join(ACTIVITY).on(ACTIVITY.ID.eq(SHIFT.ACTIVITY_ID))
                .join(DISTRICT).on(DISTRICT.ID.eq(ACTIVITY.DISTRICT_ID))
                .leftJoin(VENUE).on(VENUE.ID.eq(ACTIVITY.VENUE_ID))
                .leftJoin(CALENDAR_ITEM).on(CALENDAR_ITEM.ID.eq(ACTIVITY.CALENDAR_ITEM_ID))
                .where(where)
                .orderBy(SHIFT.START_TS, DISTRICT.SORT_ORDER, DISTRICT.NAME, SHIFT.GROUP_NO, SHIFT.ID)
                .limit(500)
                .fetch(r -> {
                    ShiftInfo info = shiftInfo(r);
                    int placesLeft = Math.max(0, r.get(SHIFT.MAX_SIZE) - r.get(taken));
                    return new Candidate(new OpenShift(r.get(SHIFT.ID), r.get(SHIFT.DAY), r.get(SHIFT.STARTS_AT),
                            r.get(SHIFT.ENDS_AT), r.get(ACTIVITY.DISTRICT_ID), r.get(DISTRICT.NAME),
                            r.get(ACTIVITY.TITLE), r.get(ACTIVITY.MEETING_POINT), r.get(VENUE.NAME),
                            r.get(VENUE.LATITUDE), r.get(VENUE.LONGITUDE), r.get(SHIFT.RISK_LEVEL), placesLeft,
                            r.get(SHIFT.MAX_SIZE), firstName(r.get(leadName)), r.get(ACTIVITY.CALENDAR_ITEM_ID),
                            r.get(CALENDAR_ITEM.TITLE), false), info);
                });
    }

    /** The breaks and key dates with people-staffed shifts open for sign-up that have not started, soonest first. */
    List<SignupBreak> openBreaks(LocalDateTime now) {
        return dsl.selectDistinct(CALENDAR_ITEM.ID, CALENDAR_ITEM.TITLE, CALENDAR_ITEM.FIRST_DAY, CALENDAR_ITEM.LAST_DAY)
                .from(CALENDAR_ITEM)
                .where(DSL.exists(DSL.selectOne().from(ACTIVITY).join(SHIFT).on(SHIFT.ACTIVITY_ID.eq(ACTIVITY.ID))
                        .where(ACTIVITY.CALENDAR_ITEM_ID.eq(CALENDAR_ITEM.ID).and(SHIFT.STAFFING.eq(PEOPLE))
                                .and(SHIFT.STATUS.in(OPEN_SHIFT_STATES)).and(SHIFT.START_TS.gt(now)))))
                .orderBy(CALENDAR_ITEM.FIRST_DAY, CALENDAR_ITEM.ID)
                .limit(100)
                .fetch(r -> new SignupBreak(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** The shifts the person has a place on (or waits for, or was offered), from the day on or before it. */
    List<MyShiftCard> myShifts(long userId, LocalDateTime now, boolean past, SignupPolicy policy,
                               java.time.ZoneId zone) {
        Condition when = past ? SHIFT.END_TS.le(now) : SHIFT.END_TS.gt(now);
        List<String> states = past
                ? List.of(AssignmentStatus.CONFIRMED.name(), AssignmentStatus.NO_SHOW.name(),
                        AssignmentStatus.LATE_CANCELLED.name())
                : List.of(AssignmentStatus.PROPOSED.name(), AssignmentStatus.CONFIRMED.name(),
                        AssignmentStatus.PENDING.name(), AssignmentStatus.OFFERED.name(),
                        AssignmentStatus.WAITLISTED.name(), AssignmentStatus.LATE_CANCELLED.name());
        // a proposal is the volunteer's to answer only once its shift is published
        Condition visible = SHIFT_ASSIGNMENT.STATUS.ne(AssignmentStatus.PROPOSED.name()).or(SHIFT.STATUS.eq("PUBLISHED"));
        var rows = dsl.select(SHIFT_ASSIGNMENT.ID, SHIFT_ASSIGNMENT.VERSION, SHIFT_ASSIGNMENT.STATUS,
                        SHIFT_ASSIGNMENT.WAITLIST_POSITION, SHIFT_ASSIGNMENT.OFFER_EXPIRES_AT, SHIFT_ASSIGNMENT.HOURS,
                        SHIFT.ID, SHIFT.DAY, SHIFT.STARTS_AT, SHIFT.ENDS_AT, SHIFT.START_TS, SHIFT.END_TS, DISTRICT.NAME,
                        SHIFT.GROUP_NO, ACTIVITY.TITLE, ACTIVITY.MEETING_POINT, ACTIVITY.DESCRIPTION, VENUE.NAME, VENUE.LATITUDE,
                        VENUE.LONGITUDE)
                .from(SHIFT_ASSIGNMENT).join(SHIFT).on(SHIFT.ID.eq(SHIFT_ASSIGNMENT.SHIFT_ID))
                .join(ACTIVITY).on(ACTIVITY.ID.eq(SHIFT.ACTIVITY_ID))
                .join(DISTRICT).on(DISTRICT.ID.eq(ACTIVITY.DISTRICT_ID))
                .leftJoin(VENUE).on(VENUE.ID.eq(ACTIVITY.VENUE_ID))
                .where(SHIFT_ASSIGNMENT.USER_ID.eq(userId).and(SHIFT_ASSIGNMENT.STATUS.in(states)).and(when)
                        .and(visible).and(SHIFT.STATUS.ne("CANCELLED")))
                .orderBy(past ? SHIFT.START_TS.desc() : SHIFT.START_TS.asc(), SHIFT_ASSIGNMENT.ID)
                .limit(past ? 50 : 200)
                .fetch();
        List<Long> shiftIds = rows.map(r -> r.get(SHIFT.ID));
        Map<Long, List<String>> group = new HashMap<>();
        Map<Long, String[]> leads = new HashMap<>();
        Set<Long> leading = new java.util.HashSet<>();
        if (!shiftIds.isEmpty()) {
            Field<Boolean> isLead = DSL.field(DSL.exists(DSL.selectOne().from(VOLUNTEER_QUALIFICATION)
                    .where(VOLUNTEER_QUALIFICATION.USER_ID.eq(SHIFT_ASSIGNMENT.USER_ID)
                            .and(VOLUNTEER_QUALIFICATION.KIND.eq(LEAD))
                            .and(VOLUNTEER_QUALIFICATION.OBTAINED_ON.le(SHIFT.DAY))
                            .and(VOLUNTEER_QUALIFICATION.EXPIRES_ON.isNull()
                                    .or(VOLUNTEER_QUALIFICATION.EXPIRES_ON.ge(SHIFT.DAY))))));
            dsl.select(SHIFT_ASSIGNMENT.SHIFT_ID, SHIFT_ASSIGNMENT.USER_ID, APP_USER.DISPLAY_NAME, VOLUNTEER.PHONE,
                            isLead)
                    .from(SHIFT_ASSIGNMENT).join(SHIFT).on(SHIFT.ID.eq(SHIFT_ASSIGNMENT.SHIFT_ID))
                    .join(APP_USER).on(APP_USER.ID.eq(SHIFT_ASSIGNMENT.USER_ID))
                    .leftJoin(VOLUNTEER).on(VOLUNTEER.USER_ID.eq(SHIFT_ASSIGNMENT.USER_ID))
                    .where(SHIFT_ASSIGNMENT.SHIFT_ID.in(shiftIds)
                            .and(SHIFT_ASSIGNMENT.STATUS.in(AssignmentStatus.CONFIRMED.name(),
                                    AssignmentStatus.PROPOSED.name(), AssignmentStatus.PENDING.name()))
                            .and(VOLUNTEER.STATUS.isNull().or(VOLUNTEER.STATUS.ne("ANONYMISED"))))
                    .orderBy(SHIFT_ASSIGNMENT.SHIFT_ID, SHIFT_ASSIGNMENT.ID)
                    .forEach(r -> {
                        long shift = r.get(SHIFT_ASSIGNMENT.SHIFT_ID);
                        String first = firstName(r.get(APP_USER.DISPLAY_NAME));
                        if (r.get(SHIFT_ASSIGNMENT.USER_ID) != userId) {
                            group.computeIfAbsent(shift, k -> new java.util.ArrayList<>()).add(first);
                        } else if (Boolean.TRUE.equals(r.get(isLead))) {
                            leading.add(shift);
                        }
                        if (Boolean.TRUE.equals(r.get(isLead)) && !leads.containsKey(shift)) {
                            leads.put(shift, new String[]{first, r.get(VOLUNTEER.PHONE)});
                        }
                    });
        }
        return rows.map(r -> {
            long shift = r.get(SHIFT.ID);
            String[] lead = leads.get(shift);
            java.time.Instant start = r.get(SHIFT.START_TS).atZone(zone).toInstant();
            BigDecimal hours = r.get(SHIFT_ASSIGNMENT.HOURS);
            if (hours == null && past) {
                hours = BigDecimal.valueOf(java.time.Duration.between(r.get(SHIFT.START_TS), r.get(SHIFT.END_TS))
                        .toMinutes()).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP);
            }
            OffsetDateTime offer = r.get(SHIFT_ASSIGNMENT.OFFER_EXPIRES_AT);
            return new MyShiftCard(r.get(SHIFT_ASSIGNMENT.ID), r.get(SHIFT_ASSIGNMENT.VERSION), shift,
                    r.get(SHIFT.DAY), r.get(SHIFT.STARTS_AT), r.get(SHIFT.ENDS_AT), r.get(DISTRICT.NAME),
                    r.get(ACTIVITY.TITLE), r.get(SHIFT.GROUP_NO), r.get(ACTIVITY.MEETING_POINT), r.get(VENUE.NAME), r.get(VENUE.LATITUDE),
                    r.get(VENUE.LONGITUDE), r.get(ACTIVITY.DESCRIPTION), lead == null ? null : lead[0],
                    lead == null ? null : lead[1], List.copyOf(group.getOrDefault(shift, List.of())),
                    AssignmentStatus.valueOf(r.get(SHIFT_ASSIGNMENT.STATUS)), r.get(SHIFT_ASSIGNMENT.WAITLIST_POSITION),
                    policy.cancelDeadline(start), offer == null ? null : offer.toInstant(), past, hours,
                    leading.contains(shift) && AssignmentStatus.CONFIRMED.name().equals(r.get(SHIFT_ASSIGNMENT.STATUS)));
        });
    }
}
