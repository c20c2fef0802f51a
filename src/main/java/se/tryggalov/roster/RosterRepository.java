package se.tryggalov.roster;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import se.tryggalov.roster.solver.AvailableWindow;
import se.tryggalov.roster.solver.PlannedAssignment;
import se.tryggalov.roster.solver.ProblemPerson;
import se.tryggalov.roster.solver.SolverSettings;
import se.tryggalov.volunteer.PeopleAccess;
import se.tryggalov.volunteer.PeopleAccessQueries;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static se.tryggalov.jooq.Tables.ACTIVITY;
import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.AVAILABILITY;
import static se.tryggalov.jooq.Tables.DISTRICT;
import static se.tryggalov.jooq.Tables.SHIFT;
import static se.tryggalov.jooq.Tables.SHIFT_ASSIGNMENT;
import static se.tryggalov.jooq.Tables.SOLVER_CONSTRAINT_SETTING;
import static se.tryggalov.jooq.Tables.SOLVER_LIMITS;
import static se.tryggalov.jooq.Tables.VOLUNTEER;
import static se.tryggalov.jooq.Tables.VOLUNTEER_DISTRICT;
import static se.tryggalov.jooq.Tables.VOLUNTEER_ORGANISATION;
import static se.tryggalov.jooq.Tables.VOLUNTEER_QUALIFICATION;

/**
 * The only writer of shift assignments and solver settings (and of a shift's status when a roster is published).
 * Reads shifts, volunteers and availability to build the solver's problem. Queries that return people's names
 * take the caller's {@link PeopleAccess.Scope} and apply it in SQL.
 */
@Repository
class RosterRepository {

    static final String PEOPLE = "PEOPLE";
    static final String CANCELLED = "CANCELLED";
    static final String PUBLISHED = "PUBLISHED";
    static final String LEAD = "LEAD";
    static final String ACTIVE = "ACTIVE";
    static final String AVAILABLE = "AVAILABLE";
    /** The activity type of training evenings (ActivityType.TRAINING): people sign up; the solver staffs none. */
    static final String TRAINING = "TRAINING";

    /** An evening runs from noon to noon: an open end of an availability window. */
    static final LocalTime EVENING_BOUNDARY = LocalTime.NOON;

    /** The states that hold a place on a shift (V9): proposals, confirmed, waiting for approval, offered. */
    private static final List<String> ACTIVE_STATES = AssignmentStatus.HOLDING_NAMES;

    /** A shift of the scope with what the board and the solver need. */
    record ShiftRow(long id, LocalDate day, LocalTime startsAt, LocalTime endsAt, LocalDateTime start,
                    LocalDateTime end, long districtId, String districtName, int districtOrder, long organisationId,
                    String activityTitle, String meetingPoint, int groupNo, int minSize, int peopleNeeded,
                    int maxSize, boolean leadRequired, boolean adultsOnly, Set<String> qualifications, int riskLevel,
                    String status, int version, boolean training) {
    }

    /** A PROPOSED or CONFIRMED assignment; {@code name} is null when the reader may not see the person. */
    record AssignmentRow(long id, long shiftId, long userId, String name, AssignmentStatus status, boolean pinned,
                         boolean lead, int version, LocalDate day) {
    }

    /** A shift locked for an edit: no one else changes its assignments until the transaction ends. */
    record LockedShift(long id, LocalDate day, int maxSize, String status, String staffing) {

        boolean open() {
            return PEOPLE.equals(staffing) && !CANCELLED.equals(status);
        }
    }

    record SettingRow(String name, boolean enabled, int weight, int version) {
    }

    private final DSLContext dsl;

    RosterRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // ---- the scope's shifts and assignments ----------------------------------------------------------------------

    private static Condition inScope(LocalDate first, LocalDate last) {
        return SHIFT.DAY.between(first, last).and(SHIFT.STAFFING.eq(PEOPLE)).and(SHIFT.STATUS.ne(CANCELLED));
    }

    List<ShiftRow> shifts(LocalDate first, LocalDate last) {
        return dsl.select(SHIFT.ID, SHIFT.DAY, SHIFT.STARTS_AT, SHIFT.ENDS_AT, SHIFT.START_TS, SHIFT.END_TS,
                        ACTIVITY.DISTRICT_ID, DISTRICT.NAME, DISTRICT.SORT_ORDER, ACTIVITY.ORGANISATION_ID,
                        ACTIVITY.TITLE, ACTIVITY.MEETING_POINT, SHIFT.GROUP_NO, SHIFT.MIN_SIZE, SHIFT.PEOPLE_NEEDED,
                        SHIFT.MAX_SIZE, SHIFT.LEAD_REQUIRED, SHIFT.ADULTS_ONLY, SHIFT.QUALIFICATIONS,
                        SHIFT.RISK_LEVEL, SHIFT.STATUS, SHIFT.VERSION, ACTIVITY.ACTIVITY_TYPE)
                .from(SHIFT).join(ACTIVITY).on(ACTIVITY.ID.eq(SHIFT.ACTIVITY_ID))
                .join(DISTRICT).on(DISTRICT.ID.eq(ACTIVITY.DISTRICT_ID))
                .where(inScope(first, last))
                .orderBy(SHIFT.DAY, DISTRICT.SORT_ORDER, DISTRICT.NAME, SHIFT.STARTS_AT, ACTIVITY.TITLE, SHIFT.GROUP_NO,
                        SHIFT.ID)
                .fetch(r -> new ShiftRow(r.get(SHIFT.ID), r.get(SHIFT.DAY), r.get(SHIFT.STARTS_AT),
                        r.get(SHIFT.ENDS_AT), r.get(SHIFT.START_TS), r.get(SHIFT.END_TS), r.get(ACTIVITY.DISTRICT_ID),
                        r.get(DISTRICT.NAME), r.get(DISTRICT.SORT_ORDER),
                        r.get(ACTIVITY.ORGANISATION_ID) == null ? 0L : r.get(ACTIVITY.ORGANISATION_ID),
                        r.get(ACTIVITY.TITLE), r.get(ACTIVITY.MEETING_POINT), r.get(SHIFT.GROUP_NO),
                        r.get(SHIFT.MIN_SIZE), r.get(SHIFT.PEOPLE_NEEDED), r.get(SHIFT.MAX_SIZE),
                        r.get(SHIFT.LEAD_REQUIRED), r.get(SHIFT.ADULTS_ONLY),
                        Set.copyOf(Arrays.asList(r.get(SHIFT.QUALIFICATIONS))), r.get(SHIFT.RISK_LEVEL),
                        r.get(SHIFT.STATUS), r.get(SHIFT.VERSION),
                        TRAINING.equals(r.get(ACTIVITY.ACTIVITY_TYPE))));
    }

    /** Whether the person holds a lead qualification valid on the shift's evening (for the board's marker). */
    private static Field<Boolean> holdsLead(Field<Long> userId, Field<LocalDate> day) {
        return DSL.field(DSL.exists(DSL.selectOne().from(VOLUNTEER_QUALIFICATION)
                .where(VOLUNTEER_QUALIFICATION.USER_ID.eq(userId)
                        .and(VOLUNTEER_QUALIFICATION.KIND.eq(LEAD))
                        .and(VOLUNTEER_QUALIFICATION.OBTAINED_ON.le(day))
                        .and(VOLUNTEER_QUALIFICATION.EXPIRES_ON.isNull().or(VOLUNTEER_QUALIFICATION.EXPIRES_ON.ge(day))))));
    }

    /** The PROPOSED and CONFIRMED assignments of the scope's shifts; names only of people in the reader's scope. */
    List<AssignmentRow> assignments(PeopleAccess.Scope reader, LocalDate first, LocalDate last) {
        Field<Boolean> visible = DSL.field(PeopleAccessQueries.visible(reader, SHIFT_ASSIGNMENT.USER_ID));
        Field<Boolean> lead = holdsLead(SHIFT_ASSIGNMENT.USER_ID, SHIFT.DAY);
        return dsl.select(SHIFT_ASSIGNMENT.ID, SHIFT_ASSIGNMENT.SHIFT_ID, SHIFT_ASSIGNMENT.USER_ID,
                        APP_USER.DISPLAY_NAME, SHIFT_ASSIGNMENT.STATUS, SHIFT_ASSIGNMENT.PINNED,
                        SHIFT_ASSIGNMENT.VERSION, SHIFT.DAY, visible, lead)
                .from(SHIFT_ASSIGNMENT).join(SHIFT).on(SHIFT.ID.eq(SHIFT_ASSIGNMENT.SHIFT_ID))
                .join(APP_USER).on(APP_USER.ID.eq(SHIFT_ASSIGNMENT.USER_ID))
                .where(inScope(first, last).and(SHIFT_ASSIGNMENT.STATUS.in(ACTIVE_STATES)))
                .orderBy(SHIFT_ASSIGNMENT.SHIFT_ID, APP_USER.DISPLAY_NAME, SHIFT_ASSIGNMENT.ID)
                .fetch(r -> {
                    boolean seen = Boolean.TRUE.equals(r.get(visible));
                    return new AssignmentRow(r.get(SHIFT_ASSIGNMENT.ID), r.get(SHIFT_ASSIGNMENT.SHIFT_ID),
                            r.get(SHIFT_ASSIGNMENT.USER_ID), seen ? r.get(APP_USER.DISPLAY_NAME) : null,
                            AssignmentStatus.valueOf(r.get(SHIFT_ASSIGNMENT.STATUS)), r.get(SHIFT_ASSIGNMENT.PINNED),
                            seen && Boolean.TRUE.equals(r.get(lead)), r.get(SHIFT_ASSIGNMENT.VERSION),
                            r.get(SHIFT.DAY));
                });
    }

    /** Who declined or cancelled late on the scope's shifts (people the reader may see), by shift. */
    Map<Long, List<BoardPerson>> dropped(PeopleAccess.Scope reader, LocalDate first, LocalDate last) {
        Map<Long, List<BoardPerson>> result = new HashMap<>();
        dsl.select(SHIFT_ASSIGNMENT.ID, SHIFT_ASSIGNMENT.SHIFT_ID, SHIFT_ASSIGNMENT.USER_ID, APP_USER.DISPLAY_NAME,
                        SHIFT_ASSIGNMENT.STATUS, SHIFT_ASSIGNMENT.VERSION)
                .from(SHIFT_ASSIGNMENT).join(SHIFT).on(SHIFT.ID.eq(SHIFT_ASSIGNMENT.SHIFT_ID))
                .join(APP_USER).on(APP_USER.ID.eq(SHIFT_ASSIGNMENT.USER_ID))
                .where(inScope(first, last).and(SHIFT_ASSIGNMENT.STATUS.in(AssignmentStatus.DECLINED.name(),
                                AssignmentStatus.LATE_CANCELLED.name()))
                        .and(PeopleAccessQueries.visible(reader, SHIFT_ASSIGNMENT.USER_ID)))
                .orderBy(SHIFT_ASSIGNMENT.SHIFT_ID, APP_USER.DISPLAY_NAME, SHIFT_ASSIGNMENT.ID)
                .forEach(r -> result.computeIfAbsent(r.value2(), k -> new ArrayList<>()).add(new BoardPerson(r.value1(),
                        r.value3(), r.value4(), AssignmentStatus.valueOf(r.value5()), false, false, r.value6())));
        return result;
    }

    // ---- the solver's people --------------------------------------------------------------------------------------

    /**
     * The ids of the people the problem holds: ACTIVE volunteers who said yes to an evening of the scope, and
     * everyone already on one of its shifts (their fixed points must stay in the problem).
     */
    private static Select<Record1<Long>> problemPeople(LocalDate first, LocalDate last) {
        return DSL.select(AVAILABILITY.USER_ID).from(AVAILABILITY)
                .join(VOLUNTEER).on(VOLUNTEER.USER_ID.eq(AVAILABILITY.USER_ID))
                .where(AVAILABILITY.DAY.between(first, last).and(AVAILABILITY.STATE.eq(AVAILABLE))
                        .and(VOLUNTEER.STATUS.eq(ACTIVE)))
                .union(DSL.select(SHIFT_ASSIGNMENT.USER_ID).from(SHIFT_ASSIGNMENT)
                        .join(SHIFT).on(SHIFT.ID.eq(SHIFT_ASSIGNMENT.SHIFT_ID))
                        .join(VOLUNTEER).on(VOLUNTEER.USER_ID.eq(SHIFT_ASSIGNMENT.USER_ID))
                        .where(inScope(first, last).and(SHIFT_ASSIGNMENT.STATUS.in(ACTIVE_STATES))
                                .and(VOLUNTEER.STATUS.ne("ANONYMISED"))));
    }

    /** The people of the problem with their profile, organisations, districts, qualifications and availability. */
    List<ProblemPerson> problemPeople(LocalDate first, LocalDate last, LocalDateTime now) {
        Select<Record1<Long>> ids = problemPeople(first, last);
        Map<Long, Set<Long>> organisations = new HashMap<>();
        dsl.select(VOLUNTEER_ORGANISATION.USER_ID, VOLUNTEER_ORGANISATION.ORGANISATION_ID).from(VOLUNTEER_ORGANISATION)
                .where(VOLUNTEER_ORGANISATION.USER_ID.in(ids))
                .forEach(r -> organisations.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        Map<Long, Set<Long>> districts = new HashMap<>();
        dsl.select(VOLUNTEER_DISTRICT.USER_ID, VOLUNTEER_DISTRICT.DISTRICT_ID).from(VOLUNTEER_DISTRICT)
                .where(VOLUNTEER_DISTRICT.USER_ID.in(ids))
                .forEach(r -> districts.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        Map<Long, Map<String, LocalDate>> qualifications = new HashMap<>();
        dsl.select(VOLUNTEER_QUALIFICATION.USER_ID, VOLUNTEER_QUALIFICATION.KIND, VOLUNTEER_QUALIFICATION.EXPIRES_ON)
                .from(VOLUNTEER_QUALIFICATION)
                .where(VOLUNTEER_QUALIFICATION.USER_ID.in(ids).and(VOLUNTEER_QUALIFICATION.OBTAINED_ON.le(last)))
                .forEach(r -> qualifications.computeIfAbsent(r.value1(), k -> new HashMap<>())
                        .put(r.value2(), r.value3())); // null: valid for ever
        // An evening on which the person cancelled a shift is no longer one they can be sent out on.
        Set<String> cancelledEvenings = new HashSet<>();
        dsl.select(SHIFT_ASSIGNMENT.USER_ID, SHIFT.DAY).from(SHIFT_ASSIGNMENT)
                .join(SHIFT).on(SHIFT.ID.eq(SHIFT_ASSIGNMENT.SHIFT_ID))
                .where(SHIFT.DAY.between(first, last).and(SHIFT_ASSIGNMENT.STATUS.in(AssignmentStatus.CANCELLED.name(),
                        AssignmentStatus.DECLINED.name(), AssignmentStatus.LATE_CANCELLED.name())))
                .forEach(r -> cancelledEvenings.add(r.value1() + ":" + r.value2()));
        Map<Long, List<AvailableWindow>> windows = new HashMap<>();
        dsl.select(AVAILABILITY.USER_ID, AVAILABILITY.DAY, AVAILABILITY.FROM_TIME, AVAILABILITY.TO_TIME)
                .from(AVAILABILITY)
                .where(AVAILABILITY.USER_ID.in(ids).and(AVAILABILITY.DAY.between(first, last))
                        .and(AVAILABILITY.STATE.eq(AVAILABLE)))
                .orderBy(AVAILABILITY.USER_ID, AVAILABILITY.DAY)
                .forEach(r -> {
                    if (!cancelledEvenings.contains(r.value1() + ":" + r.value2())) {
                        windows.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                                .add(window(r.value2(), r.value3(), r.value4()));
                    }
                });
        Set<Long> experienced = new HashSet<>(dsl.selectDistinct(SHIFT_ASSIGNMENT.USER_ID).from(SHIFT_ASSIGNMENT)
                .join(SHIFT).on(SHIFT.ID.eq(SHIFT_ASSIGNMENT.SHIFT_ID))
                .where(SHIFT_ASSIGNMENT.USER_ID.in(ids)
                        .and(SHIFT_ASSIGNMENT.STATUS.eq(AssignmentStatus.CONFIRMED.name()))
                        .and(SHIFT.END_TS.lt(now)))
                .fetch(SHIFT_ASSIGNMENT.USER_ID));

        return dsl.select(VOLUNTEER.USER_ID, APP_USER.DISPLAY_NAME, VOLUNTEER.GENDER, VOLUNTEER.ADULT_CONFIRMED,
                        VOLUNTEER.YOUTH_WALKER, VOLUNTEER.MAX_NIGHTS_PER_MONTH, VOLUNTEER.MAX_NIGHTS_PER_WEEKEND)
                .from(VOLUNTEER).join(APP_USER).on(APP_USER.ID.eq(VOLUNTEER.USER_ID))
                .where(VOLUNTEER.USER_ID.in(ids))
                .orderBy(VOLUNTEER.USER_ID)
                .fetch(r -> {
                    long id = r.get(VOLUNTEER.USER_ID);
                    String gender = r.get(VOLUNTEER.GENDER);
                    return new ProblemPerson(id, r.get(APP_USER.DISPLAY_NAME),
                            organisations.getOrDefault(id, Set.of()), districts.getOrDefault(id, Set.of()),
                            gender == null || "UNDISCLOSED".equals(gender) ? null : gender,
                            r.get(VOLUNTEER.ADULT_CONFIRMED), r.get(VOLUNTEER.YOUTH_WALKER),
                            experienced.contains(id) || isWalkLeader(qualifications.get(id), first),
                            false, qualifications.getOrDefault(id, Map.of()),
                            r.get(VOLUNTEER.MAX_NIGHTS_PER_MONTH) == null ? null
                                    : r.get(VOLUNTEER.MAX_NIGHTS_PER_MONTH).intValue(),
                            r.get(VOLUNTEER.MAX_NIGHTS_PER_WEEKEND) == null ? null
                                    : r.get(VOLUNTEER.MAX_NIGHTS_PER_WEEKEND).intValue(),
                            windows.getOrDefault(id, List.of()));
                });
    }

    /**
     * A walk leader (the LEAD qualification, valid at the scope's start) is experienced by definition: leading a
     * group is what new walkers are meant to walk with. Without this, a year whose walks all lie ahead (the demo,
     * or the first year in the app) counted every walker as new, leads included.
     */
    private static boolean isWalkLeader(Map<String, LocalDate> qualifications, LocalDate first) {
        if (qualifications == null || !qualifications.containsKey("LEAD")) {
            return false;
        }
        LocalDate expires = qualifications.get("LEAD");
        return expires == null || !expires.isBefore(first);
    }

    /**
     * An availability answer as a window in time. A {@code to} before {@code from}, or a {@code to} before noon
     * with no {@code from}, is the next morning; an open end is noon (the evening runs noon to noon).
     */
    static AvailableWindow window(LocalDate day, LocalTime from, LocalTime to) {
        if (from == null && to == null) {
            return new AvailableWindow(day, null, null);
        }
        LocalDateTime start = day.atTime(from == null ? EVENING_BOUNDARY : from);
        LocalDateTime end;
        if (to == null) {
            end = day.plusDays(1).atTime(EVENING_BOUNDARY);
        } else {
            end = day.atTime(to);
            if (!end.isAfter(start)) {
                end = end.plusDays(1);
            }
        }
        return new AvailableWindow(day, start, end);
    }

    /** Confirmed (sign-ups included), waiting for approval, offered, or pinned: never moved by the solver. */
    List<PlannedAssignment> fixed(LocalDate first, LocalDate last) {
        return dsl.select(SHIFT_ASSIGNMENT.SHIFT_ID, SHIFT_ASSIGNMENT.USER_ID).from(SHIFT_ASSIGNMENT)
                .join(SHIFT).on(SHIFT.ID.eq(SHIFT_ASSIGNMENT.SHIFT_ID))
                .where(inScope(first, last).and(SHIFT_ASSIGNMENT.STATUS.in(AssignmentStatus.CONFIRMED.name(),
                                AssignmentStatus.PENDING.name(), AssignmentStatus.OFFERED.name())
                        .or(SHIFT_ASSIGNMENT.STATUS.eq(AssignmentStatus.PROPOSED.name())
                                .and(SHIFT_ASSIGNMENT.PINNED.isTrue()))))
                .orderBy(SHIFT_ASSIGNMENT.ID)
                .fetch(r -> new PlannedAssignment(r.value1(), r.value2()));
    }

    /** The roster as published: the active assignments of published shifts. */
    List<PlannedAssignment> published(LocalDate first, LocalDate last) {
        return dsl.select(SHIFT_ASSIGNMENT.SHIFT_ID, SHIFT_ASSIGNMENT.USER_ID).from(SHIFT_ASSIGNMENT)
                .join(SHIFT).on(SHIFT.ID.eq(SHIFT_ASSIGNMENT.SHIFT_ID))
                .where(inScope(first, last).and(SHIFT.STATUS.eq(PUBLISHED))
                        .and(SHIFT_ASSIGNMENT.STATUS.in(ACTIVE_STATES)))
                .orderBy(SHIFT_ASSIGNMENT.ID)
                .fetch(r -> new PlannedAssignment(r.value1(), r.value2()));
    }

    /** Every active assignment of the scope: the roster as it stands. */
    List<PlannedAssignment> current(LocalDate first, LocalDate last) {
        return dsl.select(SHIFT_ASSIGNMENT.SHIFT_ID, SHIFT_ASSIGNMENT.USER_ID).from(SHIFT_ASSIGNMENT)
                .join(SHIFT).on(SHIFT.ID.eq(SHIFT_ASSIGNMENT.SHIFT_ID))
                .where(inScope(first, last).and(SHIFT_ASSIGNMENT.STATUS.in(ACTIVE_STATES)))
                .orderBy(SHIFT_ASSIGNMENT.ID)
                .fetch(r -> new PlannedAssignment(r.value1(), r.value2()));
    }

    // ---- writing a solution ----------------------------------------------------------------------------------------

    /** The scope's open shifts, locked (in id order, so two writers never deadlock). */
    List<LockedShift> lockScopeShifts(LocalDate first, LocalDate last) {
        return dsl.select(SHIFT.ID, SHIFT.DAY, SHIFT.MAX_SIZE, SHIFT.STATUS, SHIFT.STAFFING).from(SHIFT)
                .where(inScope(first, last)).orderBy(SHIFT.ID).forUpdate()
                .fetch(r -> new LockedShift(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** Removes the solver's earlier proposals: never confirmed, pinned or waitlisted ones. */
    int deleteUnpinnedProposals(Collection<Long> shiftIds) {
        if (shiftIds.isEmpty()) {
            return 0;
        }
        return dsl.deleteFrom(SHIFT_ASSIGNMENT)
                .where(SHIFT_ASSIGNMENT.SHIFT_ID.in(shiftIds)
                        .and(SHIFT_ASSIGNMENT.STATUS.eq(AssignmentStatus.PROPOSED.name()))
                        .and(SHIFT_ASSIGNMENT.PINNED.isFalse()))
                .execute();
    }

    /** Every (shift, person) row of these shifts, whatever its status: a pair exists at most once. */
    Set<PlannedAssignment> existingPairs(Collection<Long> shiftIds) {
        if (shiftIds.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(dsl.select(SHIFT_ASSIGNMENT.SHIFT_ID, SHIFT_ASSIGNMENT.USER_ID).from(SHIFT_ASSIGNMENT)
                .where(SHIFT_ASSIGNMENT.SHIFT_ID.in(shiftIds))
                .fetch(r -> new PlannedAssignment(r.value1(), r.value2())));
    }

    /** Active assignments per shift. */
    Map<Long, Integer> activeCounts(Collection<Long> shiftIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (shiftIds.isEmpty()) {
            return counts;
        }
        dsl.select(SHIFT_ASSIGNMENT.SHIFT_ID, DSL.count()).from(SHIFT_ASSIGNMENT)
                .where(SHIFT_ASSIGNMENT.SHIFT_ID.in(shiftIds).and(SHIFT_ASSIGNMENT.STATUS.in(ACTIVE_STATES)))
                .groupBy(SHIFT_ASSIGNMENT.SHIFT_ID)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /** "person:day" for every active assignment of the evenings in this range: who is out already. */
    Set<String> busyEvenings(LocalDate first, LocalDate last) {
        return new HashSet<>(dsl.select(SHIFT_ASSIGNMENT.USER_ID, SHIFT.DAY).from(SHIFT_ASSIGNMENT)
                .join(SHIFT).on(SHIFT.ID.eq(SHIFT_ASSIGNMENT.SHIFT_ID))
                .where(SHIFT.DAY.between(first, last).and(SHIFT.STATUS.ne(CANCELLED))
                        .and(SHIFT_ASSIGNMENT.STATUS.in(ACTIVE_STATES)))
                .fetch(r -> r.value1() + ":" + r.value2()));
    }

    void insertProposal(long shiftId, long userId, String source, boolean pinned, OffsetDateTime now) {
        dsl.insertInto(SHIFT_ASSIGNMENT)
                .set(SHIFT_ASSIGNMENT.SHIFT_ID, shiftId)
                .set(SHIFT_ASSIGNMENT.USER_ID, userId)
                .set(SHIFT_ASSIGNMENT.STATUS, AssignmentStatus.PROPOSED.name())
                .set(SHIFT_ASSIGNMENT.SOURCE, source)
                .set(SHIFT_ASSIGNMENT.PINNED, pinned)
                .set(SHIFT_ASSIGNMENT.CREATED_AT, now)
                .set(SHIFT_ASSIGNMENT.UPDATED_AT, now)
                .execute();
    }

    // ---- hand edits -----------------------------------------------------------------------------------------------

    Optional<LockedShift> lockShift(long shiftId) {
        return dsl.select(SHIFT.ID, SHIFT.DAY, SHIFT.MAX_SIZE, SHIFT.STATUS, SHIFT.STAFFING).from(SHIFT)
                .where(SHIFT.ID.eq(shiftId)).forUpdate()
                .fetchOptional(r -> new LockedShift(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    int activeCount(long shiftId) {
        return dsl.fetchCount(SHIFT_ASSIGNMENT, SHIFT_ASSIGNMENT.SHIFT_ID.eq(shiftId)
                .and(SHIFT_ASSIGNMENT.STATUS.in(ACTIVE_STATES)));
    }

    /** An active assignment, with the day of its shift. */
    Optional<AssignmentRow> assignment(long id) {
        return dsl.select(SHIFT_ASSIGNMENT.ID, SHIFT_ASSIGNMENT.SHIFT_ID, SHIFT_ASSIGNMENT.USER_ID,
                        SHIFT_ASSIGNMENT.STATUS, SHIFT_ASSIGNMENT.PINNED, SHIFT_ASSIGNMENT.VERSION, SHIFT.DAY)
                .from(SHIFT_ASSIGNMENT).join(SHIFT).on(SHIFT.ID.eq(SHIFT_ASSIGNMENT.SHIFT_ID))
                .where(SHIFT_ASSIGNMENT.ID.eq(id).and(SHIFT_ASSIGNMENT.STATUS.in(ACTIVE_STATES)))
                .fetchOptional(r -> new AssignmentRow(r.get(SHIFT_ASSIGNMENT.ID), r.get(SHIFT_ASSIGNMENT.SHIFT_ID),
                        r.get(SHIFT_ASSIGNMENT.USER_ID), null,
                        AssignmentStatus.valueOf(r.get(SHIFT_ASSIGNMENT.STATUS)), r.get(SHIFT_ASSIGNMENT.PINNED), false,
                        r.get(SHIFT_ASSIGNMENT.VERSION), r.get(SHIFT.DAY)));
    }

    /** Whether the person has a row (of any status) on the shift. */
    boolean onShift(long shiftId, long userId) {
        return dsl.fetchExists(SHIFT_ASSIGNMENT, SHIFT_ASSIGNMENT.SHIFT_ID.eq(shiftId)
                .and(SHIFT_ASSIGNMENT.USER_ID.eq(userId)));
    }

    /** Removes an ended row (cancelled, declined, expired) so the person can be put back on the shift. */
    void deleteInactive(long shiftId, long userId) {
        dsl.deleteFrom(SHIFT_ASSIGNMENT).where(SHIFT_ASSIGNMENT.SHIFT_ID.eq(shiftId)
                .and(SHIFT_ASSIGNMENT.USER_ID.eq(userId))
                .and(SHIFT_ASSIGNMENT.STATUS.in(AssignmentStatus.CANCELLED.name(), AssignmentStatus.DECLINED.name(),
                        AssignmentStatus.EXPIRED.name()))).execute();
    }

    boolean activeOnShift(long shiftId, long userId) {
        return dsl.fetchExists(SHIFT_ASSIGNMENT, SHIFT_ASSIGNMENT.SHIFT_ID.eq(shiftId)
                .and(SHIFT_ASSIGNMENT.USER_ID.eq(userId)).and(SHIFT_ASSIGNMENT.STATUS.in(ACTIVE_STATES)));
    }

    /**
     * Puts an assignment on another shift, as a pinned proposal of the coordinator (a confirmed person who is moved
     * must be told again: publishing confirms it anew). False when it changed since the reader saw it.
     */
    boolean moveAssignment(long id, int expectedVersion, long toShiftId, OffsetDateTime now) {
        return dsl.update(SHIFT_ASSIGNMENT)
                .set(SHIFT_ASSIGNMENT.SHIFT_ID, toShiftId)
                .set(SHIFT_ASSIGNMENT.STATUS, AssignmentStatus.PROPOSED.name())
                .set(SHIFT_ASSIGNMENT.SOURCE, "COORDINATOR")
                .set(SHIFT_ASSIGNMENT.PINNED, true)
                .set(SHIFT_ASSIGNMENT.VERSION, SHIFT_ASSIGNMENT.VERSION.plus(1))
                .set(SHIFT_ASSIGNMENT.UPDATED_AT, now)
                .where(SHIFT_ASSIGNMENT.ID.eq(id).and(SHIFT_ASSIGNMENT.VERSION.eq(expectedVersion))
                        .and(SHIFT_ASSIGNMENT.STATUS.in(ACTIVE_STATES)))
                .execute() == 1;
    }

    boolean setPinned(long id, int expectedVersion, boolean pinned, OffsetDateTime now) {
        return dsl.update(SHIFT_ASSIGNMENT)
                .set(SHIFT_ASSIGNMENT.PINNED, pinned)
                .set(SHIFT_ASSIGNMENT.VERSION, SHIFT_ASSIGNMENT.VERSION.plus(1))
                .set(SHIFT_ASSIGNMENT.UPDATED_AT, now)
                .where(SHIFT_ASSIGNMENT.ID.eq(id).and(SHIFT_ASSIGNMENT.VERSION.eq(expectedVersion))
                        .and(SHIFT_ASSIGNMENT.STATUS.in(ACTIVE_STATES)))
                .execute() == 1;
    }

    /** A proposal disappears; a confirmed, pending or offered place is kept as cancelled (the person was told). */
    boolean removeAssignment(long id, int expectedVersion, OffsetDateTime now) {
        int deleted = dsl.deleteFrom(SHIFT_ASSIGNMENT)
                .where(SHIFT_ASSIGNMENT.ID.eq(id).and(SHIFT_ASSIGNMENT.VERSION.eq(expectedVersion))
                        .and(SHIFT_ASSIGNMENT.STATUS.eq(AssignmentStatus.PROPOSED.name())))
                .execute();
        if (deleted == 1) {
            return true;
        }
        return dsl.update(SHIFT_ASSIGNMENT)
                .set(SHIFT_ASSIGNMENT.STATUS, AssignmentStatus.CANCELLED.name())
                .set(SHIFT_ASSIGNMENT.OFFER_EXPIRES_AT, (OffsetDateTime) null)
                .set(SHIFT_ASSIGNMENT.PINNED, false)
                .set(SHIFT_ASSIGNMENT.VERSION, SHIFT_ASSIGNMENT.VERSION.plus(1))
                .set(SHIFT_ASSIGNMENT.UPDATED_AT, now)
                .where(SHIFT_ASSIGNMENT.ID.eq(id).and(SHIFT_ASSIGNMENT.VERSION.eq(expectedVersion))
                        .and(SHIFT_ASSIGNMENT.STATUS.in(AssignmentStatus.CONFIRMED.name(),
                                AssignmentStatus.PENDING.name(), AssignmentStatus.OFFERED.name())))
                .execute() == 1;
    }

    /** The ACTIVE volunteer in the reader's scope, or empty. */
    boolean activeVolunteer(PeopleAccess.Scope reader, long userId) {
        return dsl.fetchExists(VOLUNTEER, VOLUNTEER.USER_ID.eq(userId).and(VOLUNTEER.STATUS.eq(ACTIVE))
                .and(PeopleAccessQueries.visible(reader, VOLUNTEER.USER_ID)));
    }

    /**
     * The people a coordinator could add to a shift: ACTIVE volunteers in the reader's scope who said yes to the
     * evening and are not on the shift, with whether they are out elsewhere that evening and hold a valid lead
     * qualification.
     */
    List<Candidate> candidates(PeopleAccess.Scope reader, long shiftId) {
        var shift = SHIFT.as("target");
        Field<LocalDate> day = DSL.field(DSL.select(shift.DAY).from(shift).where(shift.ID.eq(shiftId)));
        Field<Boolean> busy = DSL.field(DSL.exists(DSL.selectOne().from(SHIFT_ASSIGNMENT)
                .join(SHIFT).on(SHIFT.ID.eq(SHIFT_ASSIGNMENT.SHIFT_ID))
                .where(SHIFT_ASSIGNMENT.USER_ID.eq(VOLUNTEER.USER_ID).and(SHIFT.DAY.eq(day))
                        .and(SHIFT.STATUS.ne(CANCELLED)).and(SHIFT_ASSIGNMENT.STATUS.in(ACTIVE_STATES)))));
        Field<Boolean> lead = holdsLead(VOLUNTEER.USER_ID, day);
        return dsl.select(VOLUNTEER.USER_ID, APP_USER.DISPLAY_NAME, VOLUNTEER.ADULT_CONFIRMED, busy, lead)
                .from(VOLUNTEER).join(APP_USER).on(APP_USER.ID.eq(VOLUNTEER.USER_ID))
                .join(AVAILABILITY).on(AVAILABILITY.USER_ID.eq(VOLUNTEER.USER_ID).and(AVAILABILITY.DAY.eq(day))
                        .and(AVAILABILITY.STATE.eq(AVAILABLE)))
                .where(VOLUNTEER.STATUS.eq(ACTIVE)
                        .and(PeopleAccessQueries.visible(reader, VOLUNTEER.USER_ID))
                        .andNotExists(DSL.selectOne().from(SHIFT_ASSIGNMENT)
                                .where(SHIFT_ASSIGNMENT.SHIFT_ID.eq(shiftId)
                                        .and(SHIFT_ASSIGNMENT.USER_ID.eq(VOLUNTEER.USER_ID))
                                        .and(SHIFT_ASSIGNMENT.STATUS.in(ACTIVE_STATES)))))
                .orderBy(busy, lead.desc(), APP_USER.DISPLAY_NAME, VOLUNTEER.USER_ID)
                .fetch(r -> new Candidate(r.get(VOLUNTEER.USER_ID), r.get(APP_USER.DISPLAY_NAME),
                        Boolean.TRUE.equals(r.get(lead)), r.get(VOLUNTEER.ADULT_CONFIRMED),
                        Boolean.TRUE.equals(r.get(busy))));
    }

    // ---- publishing -------------------------------------------------------------------------------------------------

    /** The scope's proposals become confirmed; returns the shifts they are on. */
    List<Long> confirmProposals(LocalDate first, LocalDate last, OffsetDateTime now) {
        return dsl.update(SHIFT_ASSIGNMENT)
                .set(SHIFT_ASSIGNMENT.STATUS, AssignmentStatus.CONFIRMED.name())
                .set(SHIFT_ASSIGNMENT.VERSION, SHIFT_ASSIGNMENT.VERSION.plus(1))
                .set(SHIFT_ASSIGNMENT.UPDATED_AT, now)
                .where(SHIFT_ASSIGNMENT.STATUS.eq(AssignmentStatus.PROPOSED.name())
                        .and(SHIFT_ASSIGNMENT.SHIFT_ID.in(DSL.select(SHIFT.ID).from(SHIFT).where(inScope(first, last)))))
                .returning(SHIFT_ASSIGNMENT.SHIFT_ID)
                .fetch(SHIFT_ASSIGNMENT.SHIFT_ID);
    }

    // ---- a volunteer's own shifts -----------------------------------------------------------------------------------

    List<MyShift> myShifts(long userId, LocalDate from) {
        return dsl.select(SHIFT.ID, SHIFT.DAY, SHIFT.STARTS_AT, SHIFT.ENDS_AT, DISTRICT.NAME, ACTIVITY.TITLE,
                        ACTIVITY.MEETING_POINT, SHIFT.GROUP_NO, SHIFT.LEAD_REQUIRED)
                .from(SHIFT_ASSIGNMENT).join(SHIFT).on(SHIFT.ID.eq(SHIFT_ASSIGNMENT.SHIFT_ID))
                .join(ACTIVITY).on(ACTIVITY.ID.eq(SHIFT.ACTIVITY_ID))
                .join(DISTRICT).on(DISTRICT.ID.eq(ACTIVITY.DISTRICT_ID))
                .where(SHIFT_ASSIGNMENT.USER_ID.eq(userId)
                        .and(SHIFT_ASSIGNMENT.STATUS.eq(AssignmentStatus.CONFIRMED.name()))
                        .and(SHIFT.STATUS.eq(PUBLISHED))
                        .and(SHIFT.DAY.ge(from)))
                .orderBy(SHIFT.DAY, SHIFT.STARTS_AT, SHIFT.ID)
                .fetch(r -> new MyShift(r.get(SHIFT.ID), r.get(SHIFT.DAY), r.get(SHIFT.STARTS_AT),
                        r.get(SHIFT.ENDS_AT), r.get(DISTRICT.NAME), r.get(ACTIVITY.TITLE),
                        r.get(ACTIVITY.MEETING_POINT), r.get(SHIFT.GROUP_NO)));
    }

    // ---- solver settings ----------------------------------------------------------------------------------------------

    Map<String, SettingRow> settings() {
        Map<String, SettingRow> rows = new LinkedHashMap<>();
        dsl.selectFrom(SOLVER_CONSTRAINT_SETTING).orderBy(SOLVER_CONSTRAINT_SETTING.CONSTRAINT_NAME)
                .forEach(r -> rows.put(r.getConstraintName(), new SettingRow(r.getConstraintName(), r.getEnabled(),
                        r.getWeight(), r.getVersion())));
        return rows;
    }

    SolverSettings solverSettings() {
        Map<String, SolverSettings.ConstraintSetting> constraints = new HashMap<>();
        settings().values().forEach(s -> constraints.put(s.name(),
                new SolverSettings.ConstraintSetting(s.enabled(), s.weight())));
        SolverLimits limits = limits();
        return new SolverSettings(constraints, limits.maxNightsPerMonth(), limits.maxNightsPerWeekend(),
                limits.dailyRestHours(), limits.weeklyRestHours());
    }

    /** The municipality's limits (the migration creates their one row). */
    SolverLimits limits() {
        return dsl.selectFrom(SOLVER_LIMITS).where(SOLVER_LIMITS.ID.eq(1)).fetchOptional()
                .map(r -> new SolverLimits(r.getMaxNightsPerMonth(), r.getMaxNightsPerWeekend(),
                        r.getDailyRestHours(), r.getWeeklyRestHours(), r.getVersion()))
                .orElseGet(() -> new SolverLimits(SolverSettings.DEFAULT_NIGHTS_PER_MONTH,
                        SolverSettings.DEFAULT_NIGHTS_PER_WEEKEND, SolverSettings.DEFAULT_DAILY_REST_HOURS,
                        SolverSettings.DEFAULT_WEEKLY_REST_HOURS, 0));
    }

    /** Saves the limits against the version the coordinator saw; false when someone else saved in between. */
    boolean saveLimits(SolverLimits limits) {
        return dsl.update(SOLVER_LIMITS)
                .set(SOLVER_LIMITS.MAX_NIGHTS_PER_MONTH, limits.maxNightsPerMonth())
                .set(SOLVER_LIMITS.MAX_NIGHTS_PER_WEEKEND, limits.maxNightsPerWeekend())
                .set(SOLVER_LIMITS.DAILY_REST_HOURS, limits.dailyRestHours())
                .set(SOLVER_LIMITS.WEEKLY_REST_HOURS, limits.weeklyRestHours())
                .set(SOLVER_LIMITS.VERSION, SOLVER_LIMITS.VERSION.plus(1))
                .where(SOLVER_LIMITS.ID.eq(1).and(SOLVER_LIMITS.VERSION.eq(limits.version())))
                .execute() == 1;
    }

    /**
     * Saves one constraint's setting against the version the coordinator saw (0 and no row: never saved). False
     * when someone else saved it in between.
     */
    boolean saveSetting(String name, boolean enabled, int weight, int expectedVersion, boolean exists) {
        if (!exists) {
            return dsl.insertInto(SOLVER_CONSTRAINT_SETTING)
                    .set(SOLVER_CONSTRAINT_SETTING.CONSTRAINT_NAME, name)
                    .set(SOLVER_CONSTRAINT_SETTING.ENABLED, enabled)
                    .set(SOLVER_CONSTRAINT_SETTING.WEIGHT, weight)
                    .onConflictDoNothing()
                    .execute() == 1;
        }
        return dsl.update(SOLVER_CONSTRAINT_SETTING)
                .set(SOLVER_CONSTRAINT_SETTING.ENABLED, enabled)
                .set(SOLVER_CONSTRAINT_SETTING.WEIGHT, weight)
                .set(SOLVER_CONSTRAINT_SETTING.VERSION, SOLVER_CONSTRAINT_SETTING.VERSION.plus(1))
                .where(SOLVER_CONSTRAINT_SETTING.CONSTRAINT_NAME.eq(name)
                        .and(SOLVER_CONSTRAINT_SETTING.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }
}
