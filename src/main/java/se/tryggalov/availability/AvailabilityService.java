package se.tryggalov.availability;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.calendar.YearPlan;
import se.tryggalov.place.PlaceService;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.volunteer.PeopleAccess;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When people can go out: their answers (yes / maybe / no, optionally with a time window) for the candidate
 * evenings of a school year, and the counts a coordinator plans from.
 * <p>
 * Who may do what follows {@link PeopleAccess}: a volunteer answers for themself, a partner contact for their
 * organisation's volunteers, coordinators and administrators for anyone; viewers are refused. Only ACTIVE
 * volunteers can be given answers, and never for an evening that has passed. An answer entered on someone's
 * behalf records who entered it and is audited (counts only, never the answers themselves).
 */
@Service
public class AvailabilityService {

    /** The lowest risk level at which an evening is worth asking about (an ordinary term-time Friday is 2). */
    public static final int MIN_CANDIDATE_RISK = 2;
    /** The longest period the counts table covers: a summer break fits. */
    public static final int MAX_COUNT_DAYS = 100;
    static final String ACTIVE = "ACTIVE";
    private static final PeopleAccess.Scope EVERYONE = new PeopleAccess.Scope(-1, true, null, null);

    private final AvailabilityRepository availability;
    private final PeopleAccess people;
    private final CalendarService calendar;
    private final PlaceService places;
    private final AuditLog audit;
    private final Clock clock;

    AvailabilityService(AvailabilityRepository availability, PeopleAccess people, CalendarService calendar,
                        PlaceService places, AuditLog audit, Clock clock) {
        this.availability = availability;
        this.people = people;
        this.calendar = calendar;
        this.places = places;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- reading -------------------------------------------------------------------------------------------

    /** The evenings of the school year from today on with risk {@value #MIN_CANDIDATE_RISK} or higher, by date. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT, Role.Names.VOLUNTEER})
    @Transactional(readOnly = true)
    public List<CandidateEvening> candidates(SchoolYear year) {
        return calendar.plan(year).map(this::candidatesOf).orElse(List.of());
    }

    private List<CandidateEvening> candidatesOf(YearPlan plan) {
        LocalDate today = today();
        List<CalendarItem> breaks = plan.itemsOf(ItemKind.BREAK);
        return plan.days().stream()
                .filter(d -> !d.date().isBefore(today) && d.riskLevel() >= MIN_CANDIDATE_RISK)
                .map(d -> CandidateEvening.of(d, breaks))
                .toList();
    }

    /** The caller's own volunteer id, when the caller is a volunteer (of any status). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT, Role.Names.VOLUNTEER})
    @Transactional(readOnly = true)
    public Optional<Long> myVolunteerId() {
        PeopleAccess.Scope scope = people.scope();
        if (scope.isNobody()) {
            return Optional.empty();
        }
        return availability.status(scope, scope.callerId()).map(status -> scope.callerId());
    }

    /** The people a contact or coordinator may enter answers for: ACTIVE volunteers in their reach, by name. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
    @Transactional
    public List<ReachablePerson> reachablePeople() {
        List<ReachablePerson> list = availability.activePeople(people.scope());
        audit.record(AuditAction.PERSON_LIST_VIEWED, "person", null, "availability count=" + list.size());
        return list;
    }

    /** A person's answers for the candidate evenings of a school year, from today on. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT, Role.Names.VOLUNTEER})
    @Transactional
    public AvailabilitySheet sheet(long userId, SchoolYear year) {
        PeopleAccess.Scope scope = people.scope();
        people.requireReach(userId);
        String status = availability.status(scope, userId).orElseThrow(() -> new UserMessageException("error.notFound"));
        Optional<YearPlan> plan = calendar.plan(year);
        List<CandidateEvening> evenings = plan.map(this::candidatesOf).orElse(List.of());
        Map<LocalDate, Answer> answers = evenings.isEmpty() ? Map.of()
                : availability.answers(scope, userId, evenings.getFirst().date(), evenings.getLast().date());
        if (userId != scope.callerId()) {
            audit.record(AuditAction.PERSON_VIEWED, "person", userId, "availability");
        }
        return new AvailabilitySheet(userId, year, plan.isPresent(), status,
                evenings.stream().map(e -> new EveningAnswer(e, answers.get(e.date()))).toList());
    }

    /**
     * Per date and home district, how many ACTIVE adult volunteers (in the caller's reach) said yes and maybe,
     * optionally only those with a qualification valid on that date.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
    @Transactional(readOnly = true)
    public AvailabilityCounts counts(LocalDate from, LocalDate to, QualificationFilter qualification) {
        if (from == null || to == null) {
            throw new UserMessageException("availability.error.periodRequired");
        }
        if (to.isBefore(from)) {
            throw new UserMessageException("availability.error.periodEndsBeforeStart");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_COUNT_DAYS) {
            throw new UserMessageException("availability.error.periodTooLong", MAX_COUNT_DAYS);
        }
        QualificationFilter filter = qualification == null ? QualificationFilter.ANY : qualification;
        PeopleAccess.Scope scope = people.scope();
        Map<LocalDate, Map<Long, AvailabilityCounts.Cell>> byDistrict =
                availability.countsByDistrict(scope, from, to, filter);
        Map<LocalDate, AvailabilityCounts.Cell> totals = availability.totals(scope, from, to, filter);
        List<AvailabilityCounts.DistrictColumn> districts = places.districts().stream()
                .map(d -> new AvailabilityCounts.DistrictColumn(d.id(), d.name())).toList();

        Map<SchoolYear, Optional<YearPlan>> plans = new HashMap<>();
        List<AvailabilityCounts.Day> days = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            LocalDate d = date;
            int risk = plans.computeIfAbsent(SchoolYear.containing(d), calendar::plan).map(p -> p.day(d).riskLevel()).orElse(0);
            Map<Long, AvailabilityCounts.Cell> cells = new LinkedHashMap<>(byDistrict.getOrDefault(d, Map.of()));
            AvailabilityCounts.Cell anywhere = cells.remove(null);
            days.add(new AvailabilityCounts.Day(d, risk, cells,
                    anywhere == null ? AvailabilityCounts.Cell.EMPTY : anywhere,
                    totals.getOrDefault(d, AvailabilityCounts.Cell.EMPTY)));
        }
        return new AvailabilityCounts(from, to, filter, districts, days);
    }

    // ---- answering -----------------------------------------------------------------------------------------

    /**
     * Answers one evening; {@code null} clears the answer. A time window already set stays with a yes or a maybe
     * (this is the tap on the toggle); a no drops it.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT, Role.Names.VOLUNTEER})
    @Transactional
    public void answer(long userId, LocalDate day, AvailabilityState state) {
        save(userId, day, state, null, true);
    }

    /** Answers one evening with a time window ({@code null}: the whole evening). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT, Role.Names.VOLUNTEER})
    @Transactional
    public void answer(long userId, LocalDate day, AvailabilityState state, TimeWindow window) {
        if (window != null && (state == null || !state.canHaveWindow())) {
            throw new UserMessageException("availability.error.windowNeedsYes");
        }
        if (window != null && window.from() != null && window.from().equals(window.to())) {
            throw new UserMessageException("availability.error.windowEmpty");
        }
        save(userId, day, state, window, false);
    }

    /**
     * Gives every candidate evening of the school year (from today) that matches the pattern the same answer, or
     * clears them ({@code state} null). Applied once, as ordinary answers the person then adjusts date by date: the
     * pattern itself is not kept. Returns how many evenings it touched.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT, Role.Names.VOLUNTEER})
    @Transactional
    public int applyPattern(long userId, SchoolYear year, AvailabilityPattern pattern, AvailabilityState state) {
        if (pattern == null || year == null) {
            throw new UserMessageException("availability.error.patternRequired");
        }
        PeopleAccess.Scope scope = requireActive(userId);
        List<LocalDate> days = candidates(year).stream().filter(pattern::matches).map(CandidateEvening::date).toList();
        boolean onBehalf = userId != scope.callerId();
        if (state == null) {
            availability.delete(userId, days);
        } else {
            availability.upsertMany(userId, days, state, onBehalf ? scope.callerId() : null, now());
        }
        if (onBehalf && !days.isEmpty()) {
            audit.record(AuditAction.AVAILABILITY_CHANGED, "person", userId,
                    (state == null ? "cleared=" : "set=") + days.size());
        }
        return days.size();
    }

    private void save(long userId, LocalDate day, AvailabilityState state, TimeWindow window, boolean keepWindow) {
        if (day == null) {
            throw new UserMessageException("availability.error.dateRequired");
        }
        if (day.isBefore(today())) {
            throw new UserMessageException("availability.error.past");
        }
        PeopleAccess.Scope scope = requireActive(userId);
        boolean onBehalf = userId != scope.callerId();
        if (state == null) {
            availability.delete(userId, List.of(day));
        } else {
            availability.upsert(userId, day, state, window, keepWindow, onBehalf ? scope.callerId() : null, now());
        }
        if (onBehalf) {
            audit.record(AuditAction.AVAILABILITY_CHANGED, "person", userId, state == null ? "cleared=1" : "set=1");
        }
    }

    /**
     * Refuses, as "not found", a person outside the caller's reach, and with a message a person who is not ACTIVE.
     * Holds a share lock on the person's volunteer row, so they cannot be paused half-way through the change.
     */
    private PeopleAccess.Scope requireActive(long userId) {
        PeopleAccess.Scope scope = people.scope();
        people.requireReach(userId);
        String status = availability.lockStatus(scope, userId)
                .orElseThrow(() -> new UserMessageException("error.notFound"));
        if (!ACTIVE.equals(status)) {
            throw new UserMessageException("availability.error.notActive." + status);
        }
        return scope;
    }

    // ---- demo data -----------------------------------------------------------------------------------------

    /** For start-up code (demo data): the ACTIVE volunteers with demo accounts, in id order. */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional(readOnly = true)
    public List<Long> activeDemoVolunteerIds() {
        // Start-up code runs as "system", which has the administrator role but no account of its own.
        return availability.activeDemoVolunteerIds(EVERYONE);
    }

    /**
     * For start-up code (demo data): stores many answers at once, leaving evenings already answered as they are.
     * Not reachable from the UI.
     */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public int storeAtStartup(List<PersonAnswer> answers) {
        return availability.insertMissing(answers, now());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
