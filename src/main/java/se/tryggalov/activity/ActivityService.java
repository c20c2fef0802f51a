package se.tryggalov.activity;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.calendar.YearPlan;
import se.tryggalov.place.District;
import se.tryggalov.place.PlaceService;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.db.PlaceRules;
import se.tryggalov.shared.i18n.UserMessageException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Activities (insatser) and their shifts (pass): ONE SHIFT IS ONE GROUP. Coordinators and administrators change
 * them; partner contacts and viewers read the plan and the board (shifts hold no personal data: assignments are only
 * counted). Every change is checked here (a refusal is a {@code UserMessageException} with an
 * {@code activities.error.*} key and saves nothing), made against the version the user saw, and audited.
 */
@Service
public class ActivityService {

    static final int MAX_SHIFTS = 20_000;
    static final int MAX_BULK = 5_000;

    private final ActivityRepository repository;
    private final CalendarService calendar;
    private final PlaceService places;
    private final AuditLog audit;
    private final Clock clock;
    /** Plan changes (ActivityEvents), heard in the change's own transaction: notifications listen. */
    private final ApplicationEventPublisher events;

    ActivityService(ActivityRepository repository, CalendarService calendar, PlaceService places, AuditLog audit,
                    Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.calendar = calendar;
        this.places = places;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- reading -------------------------------------------------------------------------------------------

    /** The activities of a school year, by period, district and title, each with its number of shifts. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public List<Activity> activities(SchoolYear year) {
        return repository.schoolYearId(year).map(repository::activities).orElse(List.of());
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public Optional<Activity> activity(long activityId) {
        return repository.activity(activityId);
    }

    /** The shifts matching the filter, by evening, start, district, activity and group; at most {@code limit}. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public List<Shift> shifts(ShiftFilter filter, int limit) {
        return repository.shifts(ActivityRepository.condition(filter), Math.clamp(limit, 0, MAX_SHIFTS));
    }

    /** The shifts matching the filter (at most 20 000). */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public List<Shift> shifts(ShiftFilter filter) {
        return shifts(filter, MAX_SHIFTS);
    }

    /** How many shifts match the filter. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public int count(ShiftFilter filter) {
        return repository.count(ActivityRepository.condition(filter));
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public Optional<Shift> shift(long shiftId) {
        return repository.shifts(ActivityRepository.shiftIdIs(shiftId), 1).stream().findFirst();
    }

    /**
     * The date × district board of one break or key date (a calendar item): every evening it covers, its risk level,
     * and per district the groups planned (needed against assigned) and what organisations put out.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public PlanBoard board(long calendarItemId) {
        ActivityRepository.YearPeriod period = repository.period(calendarItemId)
                .orElseThrow(() -> new UserMessageException("error.notFound"));
        YearPlan plan = plan(period.year());
        List<District> districts = places.districts();
        List<Shift> shifts = shifts(ShiftFilter.year(period.year()).withBreak(calendarItemId));
        Map<LocalDate, Map<Long, List<Shift>>> byDay = shifts.stream().collect(Collectors.groupingBy(Shift::day,
                Collectors.groupingBy(Shift::districtId)));
        List<PlanBoard.Day> days = new ArrayList<>();
        for (LocalDate date : period.period().firstDay().datesUntil(period.period().lastDay().plusDays(1)).toList()) {
            int risk = plan.day(date).riskLevel();
            Map<Long, List<Shift>> ofDay = byDay.getOrDefault(date, Map.of());
            List<PlanBoard.Cell> cells = districts.stream()
                    .map(d -> cell(d.id(), date, risk, ofDay.getOrDefault(d.id(), List.of()))).toList();
            days.add(new PlanBoard.Day(date, risk, cells));
        }
        return new PlanBoard(period.year(), period.period(),
                districts.stream().map(d -> new PlanBoard.District(d.id(), d.name())).toList(), days);
    }

    // ---- activities ----------------------------------------------------------------------------------------

    /** A new activity; its district, venue (in that district), organisation and period must exist. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public long createActivity(ActivityDraft draft) {
        if (draft == null || draft.schoolYear() == null) {
            throw new UserMessageException("activities.error.required");
        }
        long yearId = repository.schoolYearId(draft.schoolYear()).orElseThrow(
                () -> new UserMessageException("activities.error.noCalendar", draft.schoolYear().label()));
        ActivityValues values = checked(draft, yearId, null, null);
        long id = saving(() -> repository.insertActivity(yearId, values));
        audit.record(AuditAction.ACTIVITY_CHANGED, "activity", id, "created");
        return id;
    }

    /**
     * Saves an edit of an activity. Refused if someone else saved first, or if a new period (break or key date)
     * would leave some of its shifts outside it. The school year cannot change. An activity made by a coverage rule
     * keeps its district and period; its type, purpose, title and organisation follow the rule when it is applied
     * again (meeting point, description and plan measure stay as edited).
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void updateActivity(long activityId, ActivityDraft draft, int expectedVersion) {
        ActivityRepository.ActivityRow row = lockedActivity(activityId, expectedVersion);
        if (draft == null) {
            throw new UserMessageException("activities.error.required");
        }
        if (draft.schoolYear() != null && draft.schoolYear().startYear() != row.startYear()) {
            throw new UserMessageException("activities.error.yearFixed");
        }
        ActivityValues values = checked(draft, row.schoolYearId(), row.ruleId(), row.ruleKey());
        if (row.ruleKey() != null && Keys.isGenerated(row.ruleKey())
                && (values.districtId() != row.districtId()
                || !Objects.equals(values.calendarItemId(), row.calendarItemId()))) {
            throw new UserMessageException("activities.error.generatedPlace");
        }
        if (!Objects.equals(values.calendarItemId(), row.calendarItemId())) {
            Optional<LocalDate[]> span = repository.shiftSpan(activityId);
            if (span.isPresent()) {
                LocalDate[] range = allowedRange(SchoolYear.of(row.startYear()), values.calendarItemId());
                if (span.get()[0].isBefore(range[0]) || span.get()[1].isAfter(range[1])) {
                    throw new UserMessageException("activities.error.shiftsOutsidePeriod", range[0], range[1]);
                }
            }
        }
        if (!saving(() -> repository.updateActivity(activityId, values, expectedVersion, now()))) {
            throw new UserMessageException("error.changedByOthers");
        }
        audit.record(AuditAction.ACTIVITY_CHANGED, "activity", activityId, "updated");
        ActivityValues before = row.values();
        if (!Objects.equals(before.meetingPoint(), values.meetingPoint())
                || !Objects.equals(before.venueId(), values.venueId()) || before.districtId() != values.districtId()
                || !Objects.equals(before.title(), values.title())) {
            Map<Long, ActivityEvents.Change> told = new LinkedHashMap<>();
            repository.shifts(ActivityRepository.condition(ShiftFilter.ofActivity(activityId)), MAX_SHIFTS).stream()
                    .filter(s -> seen(s.status()) && s.assignedCount() > 0)
                    .forEach(s -> told.put(s.id(), ActivityEvents.Change.CHANGED));
            tell(told);
        }
    }

    /** What attending a training evening of the activity gives; empty when nothing (or not a training). */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public Optional<TrainingGrant> trainingGrant(long activityId) {
        return repository.trainingGrant(activityId);
    }

    /**
     * What attending a training evening of this activity gives: the qualification, valid for so many months (null:
     * no expiry); a null qualification gives nothing. Only for activities of type TRAINING.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void setTrainingGrant(long activityId, se.tryggalov.volunteer.QualificationKind qualification,
                                 Integer validMonths, int expectedVersion) {
        ActivityRepository.ActivityRow row = lockedActivity(activityId, expectedVersion);
        if (row.type() != ActivityType.TRAINING) {
            throw new UserMessageException("activities.error.notTraining");
        }
        if (validMonths != null && (validMonths < 1 || validMonths > 240 || qualification == null)) {
            throw new UserMessageException("activities.error.trainingMonths", 240);
        }
        if (!saving(() -> repository.setTrainingGrant(activityId, qualification == null ? null : qualification.name(),
                validMonths, expectedVersion, now()))) {
            throw new UserMessageException("error.changedByOthers");
        }
        audit.record(AuditAction.ACTIVITY_CHANGED, "activity", activityId, "training grant " + qualification);
    }

    /** Deletes an activity with its shifts; refused while anyone is assigned to one of them. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void deleteActivity(long activityId, int expectedVersion) {
        lockedActivity(activityId, expectedVersion);
        if (repository.heldShifts(activityId) > 0) {
            throw new UserMessageException("activities.error.hasAssignments");
        }
        if (!repository.deleteActivity(activityId, expectedVersion)) {
            throw new UserMessageException("error.changedByOthers");
        }
        audit.record(AuditAction.ACTIVITY_CHANGED, "activity", activityId, "deleted");
    }

    // ---- shifts --------------------------------------------------------------------------------------------

    /**
     * Adds one shift (one group) to an activity. Refused: end equal to start, longer than 16 hours, sizes not
     * 1 ≤ min ≤ needed ≤ max ≤ 50, an evening outside the activity's break or key date (or its school year), a group
     * number already taken that evening.
     *
     * @return the new shift's id
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public long addShift(long activityId, ShiftDraft draft) {
        return addShifts(activityId, List.of(draft)).getFirst();
    }

    /** Adds several shifts to an activity, all or nothing (one bad draft saves none). */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public List<Long> addShifts(long activityId, List<ShiftDraft> drafts) {
        if (drafts == null || drafts.isEmpty()) {
            throw new UserMessageException("activities.error.required");
        }
        if (drafts.size() > MAX_BULK) {
            throw new UserMessageException("activities.error.tooManyShifts", MAX_BULK);
        }
        ActivityRepository.ActivityRow activity = repository.lockActivity(activityId)
                .orElseThrow(() -> new UserMessageException("error.notFound"));
        ShiftContext context = context(activity);
        Map<LocalDate, Set<Integer>> taken = new HashMap<>();
        List<ShiftValues> checked = new ArrayList<>();
        for (ShiftDraft draft : drafts) {
            if (draft == null || draft.day() == null) {
                throw new UserMessageException("activities.error.dayRequired");
            }
            Set<Integer> groups = taken.computeIfAbsent(draft.day(),
                    day -> new HashSet<>(repository.groupsInUse(activityId, day, null)));
            ShiftValues values = check(context, draft, groups, ShiftStatus.DRAFT);
            groups.add(values.groupNo());
            checked.add(values);
        }
        List<Long> ids = new ArrayList<>();
        for (ShiftValues values : checked) {
            ids.add(saving(() -> repository.insertShift(activityId, values)));
        }
        audit.record(AuditAction.SHIFTS_CHANGED, "activity", activityId, "created=" + ids.size());
        return ids;
    }

    /**
     * Saves an edit of one shift, checked like {@link #addShift}; refused if someone else saved first. A generated
     * shift whose times, sizes or group rules are edited keeps the edit when the rules are applied again; one moved
     * to another evening or group number becomes the coordinator's own (the rule may fill its old place again).
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void updateShift(long shiftId, ShiftDraft draft, int expectedVersion) {
        ActivityRepository.ShiftRow row = lockedShifts(List.of(new ShiftRef(shiftId, expectedVersion))).getFirst();
        ActivityRepository.ActivityRow activity = repository.lockActivity(row.activityId())
                .orElseThrow(() -> new UserMessageException("error.notFound"));
        LocalDate day = draft == null || draft.day() == null ? null : draft.day();
        Set<Integer> groups = day == null ? Set.of() : repository.groupsInUse(row.activityId(), day, shiftId);
        ShiftValues values = check(context(activity), draft, groups, row.values().status());
        ShiftValues old = row.values();
        boolean edited = row.edited();
        String key = old.ruleKey();
        if (key != null && Keys.isGenerated(key)) {
            if (!values.day().equals(old.day()) || values.groupNo() != old.groupNo()) {
                key = null; // moved by hand: the coordinator's now, and the rule may fill its evening again
                edited = false;
            } else if (!ruleValuesEqual(values, old)) {
                edited = true;
            }
        }
        ShiftValues toSave = withKey(values, key);
        boolean finalEdited = edited;
        if (!saving(() -> repository.updateShift(shiftId, toSave, finalEdited, expectedVersion, now()))) {
            throw new UserMessageException("error.changedByOthers");
        }
        audit.record(AuditAction.SHIFTS_CHANGED, "shift", shiftId, "updated");
        if (row.people() > 0 && seen(old.status()) && (!values.day().equals(old.day())
                || !values.startsAt().equals(old.startsAt()) || !values.endsAt().equals(old.endsAt()))) {
            tell(Map.of(shiftId, ActivityEvents.Change.CHANGED));
        }
    }

    /** Deletes a shift; refused while anyone is assigned to it (cancel it instead). */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void deleteShift(long shiftId, int expectedVersion) {
        ActivityRepository.ShiftRow row = lockedShifts(List.of(new ShiftRef(shiftId, expectedVersion))).getFirst();
        if (row.people() > 0) {
            throw new UserMessageException("activities.error.hasAssignments");
        }
        if (!repository.deleteShift(shiftId, expectedVersion)) {
            throw new UserMessageException("error.changedByOthers");
        }
        audit.record(AuditAction.SHIFTS_CHANGED, "shift", shiftId, "deleted");
    }

    // ---- bulk ----------------------------------------------------------------------------------------------

    /**
     * Gives every shift the same start and end time (each keeps its evening), all or nothing: refused as a whole if
     * any shift changed since the caller saw it or the times are invalid.
     *
     * @return the number of shifts changed
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public int changeTimes(List<ShiftRef> shifts, LocalTime startsAt, LocalTime endsAt) {
        PlanChecks.times(startsAt, endsAt);
        List<ActivityRepository.ShiftRow> rows = lockedShifts(shifts);
        OffsetDateTime now = now();
        int changed = 0;
        Map<Long, ActivityEvents.Change> told = new LinkedHashMap<>();
        for (ActivityRepository.ShiftRow row : rows) {
            ShiftValues v = row.values();
            if (v.startsAt().equals(startsAt) && v.endsAt().equals(endsAt)) {
                continue;
            }
            if (row.people() > 0 && seen(v.status())) {
                told.put(row.id(), ActivityEvents.Change.CHANGED);
            }
            boolean edited = row.edited() || (v.ruleKey() != null && Keys.isGenerated(v.ruleKey()));
            if (!saving(() -> repository.updateShift(row.id(), v.withTimes(startsAt, endsAt), edited, row.version(),
                    now))) {
                throw new UserMessageException("error.changedByOthers");
            }
            changed++;
        }
        audit.record(AuditAction.SHIFTS_CHANGED, "shift", null, "times count=" + changed);
        tell(told);
        return changed;
    }

    /** Cancels the shifts (assignments stay, for the roster to tell people), all or nothing. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public int cancel(List<ShiftRef> shifts) {
        return changeStatus(shifts, s -> true, ShiftStatus.CANCELLED, "cancelled");
    }

    /** Brings cancelled shifts back as drafts (others are left as they are), all or nothing. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public int reopen(List<ShiftRef> shifts) {
        return changeStatus(shifts, s -> s == ShiftStatus.CANCELLED, ShiftStatus.DRAFT, "reopened");
    }

    /** Sets the status of every shift, all or nothing. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public int setStatus(List<ShiftRef> shifts, ShiftStatus status) {
        if (status == null) {
            throw new UserMessageException("activities.error.required");
        }
        return changeStatus(shifts, s -> true, status, "status " + status);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /** What checking a shift needs to know about its activity. */
    private record ShiftContext(ActivityRepository.ActivityRow activity, SchoolYear year, LocalDate first,
                                LocalDate last, YearPlan plan) {
    }

    private ShiftContext context(ActivityRepository.ActivityRow activity) {
        SchoolYear year = SchoolYear.of(activity.startYear());
        LocalDate[] range = allowedRange(year, activity.calendarItemId());
        return new ShiftContext(activity, year, range[0], range[1], plan(year));
    }

    /** The evenings an activity's shifts may fall on: its break or key date, else its school year (1 Aug–31 Jul). */
    private LocalDate[] allowedRange(SchoolYear year, Long calendarItemId) {
        if (calendarItemId != null) {
            Optional<ActivityRepository.YearPeriod> period = repository.period(calendarItemId);
            if (period.isPresent()) {
                return new LocalDate[] {period.get().period().firstDay(), period.get().period().lastDay()};
            }
        }
        return new LocalDate[] {year.firstDay(), year.lastDay()};
    }

    private YearPlan plan(SchoolYear year) {
        return calendar.plan(year).orElseThrow(() -> new UserMessageException("activities.error.noCalendar",
                year.label()));
    }

    /** Checks one shift draft of an activity; {@code groupsTaken} are the group numbers used on its evening. */
    private static ShiftValues check(ShiftContext context, ShiftDraft d, Set<Integer> groupsTaken,
                                     ShiftStatus currentStatus) {
        if (d == null || d.day() == null) {
            throw new UserMessageException("activities.error.dayRequired");
        }
        PlanChecks.times(d.startsAt(), d.endsAt());
        PlanChecks.sizes(d.minSize(), d.peopleNeeded(), d.maxSize());
        if (d.day().isBefore(context.first()) || d.day().isAfter(context.last())) {
            if (context.activity().calendarItemId() != null) {
                throw new UserMessageException("activities.error.outsidePeriod", d.day(), context.first(),
                        context.last());
            }
            throw new UserMessageException("activities.error.outsideYear", d.day(), context.year().label(),
                    context.first(), context.last());
        }
        int group;
        if (d.groupNo() == null) {
            group = 1;
            while (groupsTaken.contains(group)) {
                group++;
            }
        } else {
            group = d.groupNo();
        }
        if (group < 1 || group > PlanChecks.MAX_GROUP) {
            throw new UserMessageException("activities.error.groupNo", PlanChecks.MAX_GROUP);
        }
        if (groupsTaken.contains(group)) {
            throw new UserMessageException("activities.error.groupTaken", group, d.day());
        }
        int risk;
        boolean overridden = d.riskLevel() != null;
        if (overridden) {
            PlanChecks.risk(d.riskLevel());
            risk = d.riskLevel();
        } else {
            risk = context.plan().day(d.day()).riskLevel();
        }
        return new ShiftValues(d.day(), d.startsAt(), d.endsAt(), group, d.minSize(), d.peopleNeeded(), d.maxSize(),
                d.leadRequired(), d.adultsOnly(), d.qualifications(), risk, overridden,
                d.status() != null ? d.status() : currentStatus, d.staffing() != null ? d.staffing() : Staffing.PEOPLE,
                null);
    }

    /** Whether the values a coverage rule sets are the same (times, sizes, group rules, qualifications, staffing). */
    static boolean ruleValuesEqual(ShiftValues a, ShiftValues b) {
        return a.startsAt().equals(b.startsAt()) && a.endsAt().equals(b.endsAt()) && a.minSize() == b.minSize()
                && a.peopleNeeded() == b.peopleNeeded() && a.maxSize() == b.maxSize()
                && a.leadRequired() == b.leadRequired() && a.adultsOnly() == b.adultsOnly()
                && a.qualifications().equals(b.qualifications()) && a.staffing() == b.staffing();
    }

    private static ShiftValues withKey(ShiftValues v, String key) {
        return v.withDayAndKey(v.day(), key);
    }

    /** Checks an activity draft; generated activities keep their rule and key. */
    private ActivityValues checked(ActivityDraft d, long schoolYearId, Long ruleId, String ruleKey) {
        if (d.type() == null || d.purpose() == null) {
            throw new UserMessageException("activities.error.required");
        }
        String title = PlanChecks.text(d.title(), PlanChecks.MAX_TITLE, "activities.error.titleTooLong");
        if (title == null) {
            throw new UserMessageException("activities.error.titleRequired");
        }
        if (d.districtId() == null || !repository.districtExists(d.districtId())) {
            throw new UserMessageException("activities.error.unknownDistrict");
        }
        if (d.venueId() != null) {
            long venueDistrict = repository.districtOfVenue(d.venueId())
                    .orElseThrow(() -> new UserMessageException("activities.error.unknownVenue"));
            if (venueDistrict != d.districtId()) {
                throw new UserMessageException("activities.error.venueNotInDistrict");
            }
        }
        if (d.organisationId() != null && !repository.organisationExists(d.organisationId())) {
            throw new UserMessageException("activities.error.unknownOrganisation");
        }
        if (d.calendarItemId() != null) {
            ActivityRepository.YearPeriod period = repository.period(d.calendarItemId())
                    .orElseThrow(() -> new UserMessageException("activities.error.unknownPeriod"));
            if (period.schoolYearId() != schoolYearId || period.period().kind() == ItemKind.MEETING) {
                throw new UserMessageException("activities.error.unknownPeriod");
            }
        }
        return new ActivityValues(d.calendarItemId(), d.type(), d.purpose(), title, d.organisationId(),
                d.districtId(), d.venueId(),
                PlanChecks.text(d.meetingPoint(), PlanChecks.MAX_MEETING_POINT, "activities.error.meetingPointTooLong"),
                PlanChecks.text(d.description(), PlanChecks.MAX_DESCRIPTION, "activities.error.descriptionTooLong"),
                PlanChecks.text(d.planMeasure(), PlanChecks.MAX_PLAN_MEASURE, "activities.error.planMeasureTooLong"),
                ruleId, ruleKey);
    }

    private ActivityRepository.ActivityRow lockedActivity(long activityId, int expectedVersion) {
        ActivityRepository.ActivityRow row = repository.lockActivity(activityId)
                .orElseThrow(() -> new UserMessageException("error.notFound"));
        if (row.version() != expectedVersion) {
            throw new UserMessageException("error.changedByOthers");
        }
        return row;
    }

    /** Locks the shifts; refused as a whole if one is gone or changed since the caller saw it. */
    private List<ActivityRepository.ShiftRow> lockedShifts(List<ShiftRef> refs) {
        if (refs == null || refs.isEmpty()) {
            throw new UserMessageException("activities.error.noShiftsSelected");
        }
        if (refs.size() > MAX_BULK) {
            throw new UserMessageException("activities.error.tooManyShifts", MAX_BULK);
        }
        Map<Long, Integer> expected = new LinkedHashMap<>();
        refs.forEach(r -> expected.put(r.id(), r.version()));
        List<ActivityRepository.ShiftRow> rows = repository.lockShifts(expected.keySet());
        if (rows.size() != expected.size()) {
            throw new UserMessageException(expected.size() == 1 ? "error.notFound" : "error.changedByOthers");
        }
        for (ActivityRepository.ShiftRow row : rows) {
            if (row.version() != expected.get(row.id())) {
                throw new UserMessageException("error.changedByOthers");
            }
        }
        return rows;
    }

    private int changeStatus(List<ShiftRef> refs, java.util.function.Predicate<ShiftStatus> applies,
                             ShiftStatus status, String what) {
        List<ActivityRepository.ShiftRow> rows = lockedShifts(refs);
        OffsetDateTime now = now();
        int changed = 0;
        Map<Long, ActivityEvents.Change> told = new LinkedHashMap<>();
        for (ActivityRepository.ShiftRow row : rows) {
            if (row.values().status() == status || !applies.test(row.values().status())) {
                continue;
            }
            if (status == ShiftStatus.CANCELLED && row.people() > 0 && seen(row.values().status())) {
                told.put(row.id(), ActivityEvents.Change.CANCELLED);
            }
            if (!saving(() -> repository.updateShift(row.id(), row.values().withStatus(status), row.edited(),
                    row.version(), now))) {
                throw new UserMessageException("error.changedByOthers");
            }
            changed++;
        }
        audit.record(AuditAction.SHIFTS_CHANGED, "shift", null, what + " count=" + changed);
        tell(told);
        return changed;
    }

    /** Volunteers see open and published shifts: a change of those is news to the people on them. */
    private static boolean seen(ShiftStatus status) {
        return status == ShiftStatus.OPEN || status == ShiftStatus.PUBLISHED;
    }

    /** Tells the rest of the app (notifications) which seen shifts with people on them changed. */
    private void tell(Map<Long, ActivityEvents.Change> shifts) {
        if (!shifts.isEmpty()) {
            events.publishEvent(new ActivityEvents.ShiftsChanged(shifts));
        }
    }

    /** One board cell: people-staffed groups per type and organisation units, cancelled shifts only counted. */
    private static PlanBoard.Cell cell(long districtId, LocalDate date, int risk, List<Shift> shifts) {
        List<Shift> live = shifts.stream().filter(s -> s.status() != ShiftStatus.CANCELLED).toList();
        List<PlanBoard.GroupCount> groups = new ArrayList<>();
        live.stream().filter(s -> s.staffing() == Staffing.PEOPLE)
                .collect(Collectors.groupingBy(Shift::type, () -> new java.util.EnumMap<>(ActivityType.class),
                        Collectors.toList()))
                .forEach((type, list) -> groups.add(new PlanBoard.GroupCount(type, list.size(),
                        list.stream().mapToInt(Shift::peopleNeeded).sum(),
                        list.stream().mapToInt(Shift::assignedCount).sum(),
                        list.stream().mapToInt(Shift::missing).sum(), earliest(list), latest(list))));
        List<PlanBoard.OrganisationCount> organisations = new ArrayList<>();
        live.stream().filter(s -> s.staffing() == Staffing.ORGANISATION)
                .collect(Collectors.groupingBy(s -> java.util.Arrays.asList(s.organisationId(), s.organisationName(),
                        s.type()), LinkedHashMap::new, Collectors.toList()))
                .forEach((k, list) -> organisations.add(new PlanBoard.OrganisationCount(list.getFirst().organisationId(),
                        list.getFirst().organisationName(), list.getFirst().type(), list.size(), earliest(list),
                        latest(list))));
        organisations.sort(Comparator.comparing((PlanBoard.OrganisationCount o) -> o.type())
                .thenComparing(o -> o.organisationName() == null ? "" : o.organisationName()));
        return new PlanBoard.Cell(districtId, date, risk, groups, organisations, shifts.size() - live.size());
    }

    private static LocalTime earliest(List<Shift> shifts) {
        return shifts.stream().map(Shift::start).min(Comparator.naturalOrder()).map(LocalDateTime::toLocalTime)
                .orElse(null);
    }

    private static LocalTime latest(List<Shift> shifts) {
        return shifts.stream().map(Shift::end).max(Comparator.naturalOrder()).map(LocalDateTime::toLocalTime)
                .orElse(null);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /**
     * A write of shifts: the database's rules on the people on them (V9) are named (the transaction is rolled back,
     * nothing changes): a maximum below the places taken, or times that make one person's two shifts overlap; any
     * other integrity refusal is a concurrent change that slipped past the checks.
     */
    private static <T> T saving(Supplier<T> write) {
        try {
            return write.get();
        } catch (DataIntegrityViolationException e) {
            if (PlaceRules.isFull(e)) {
                throw new UserMessageException("activities.error.maxBelowPlaces");
            }
            if (PlaceRules.isOverlap(e)) {
                throw new UserMessageException("activities.error.peopleOverlap");
            }
            throw new UserMessageException("error.changedByOthers");
        }
    }

    /**
     * Publishes shifts for the roster feature, once it confirmed the people on them (volunteers then see them).
     * Cancelled shifts stay cancelled; returns how many were newly published.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public int publishShifts(Collection<Long> shiftIds) {
        return repository.publishShifts(shiftIds, OffsetDateTime.now(clock));
    }
}
