package se.tryggalov.roster;

import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.activity.ActivityService;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.YearPlan;
import se.tryggalov.roster.solver.PlannedAssignment;
import se.tryggalov.roster.solver.ProblemPerson;
import se.tryggalov.roster.solver.ProblemShift;
import se.tryggalov.roster.solver.RosterProblem;
import se.tryggalov.roster.solver.RosterSolution;
import se.tryggalov.security.Account;
import se.tryggalov.security.CurrentUser;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.time.Zones;
import se.tryggalov.volunteer.PeopleAccess;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Rosters: who is on which shift. Builds the solver's problem for a scope, writes the solver's proposals back
 * (never touching confirmed, pinned or waitlisted assignments), shows the date × district board with the
 * solver's evaluation, takes a coordinator's hand edits (never more people on a shift than its maximum: the shift
 * row is locked while its people change) and publishes. Coordinators and administrators plan; partner contacts
 * read the board with their own organisation's people named; volunteers see their own published shifts.
 */
@Service
public class RosterService {

    /** A date range may be at most this long (a school year has at most 366 days). */
    static final int MAX_RANGE_DAYS = 366;

    private static final Logger log = LoggerFactory.getLogger(RosterService.class);
    /** Start-up code reaches everyone (as AvailabilityService's start-up reads do). */
    private static final PeopleAccess.Scope STARTUP_SCOPE = new PeopleAccess.Scope(-1, true, null, null);

    private final RosterRepository roster;
    private final ActivityService activities;
    private final CalendarService calendar;
    private final PeopleAccess peopleAccess;
    private final CurrentUser currentUser;
    private final SolverAccess solvers;
    private final AuditLog audit;
    private final Clock clock;
    private final ShiftSignupService signups;
    private final SignupRepository signupRules;
    /** Roster events (RosterEvents), heard in the change's own transaction: notifications listen. */
    private final ApplicationEventPublisher events;

    RosterService(RosterRepository roster, CalendarService calendar, ActivityService activities,
                  PeopleAccess peopleAccess, CurrentUser currentUser, SolverAccess solvers, AuditLog audit,
                  Clock clock, ShiftSignupService signups, SignupRepository signupRules,
                  ApplicationEventPublisher events) {
        this.events = events;
        this.signups = signups;
        this.signupRules = signupRules;
        this.roster = roster;
        this.activities = activities;
        this.calendar = calendar;
        this.peopleAccess = peopleAccess;
        this.currentUser = currentUser;
        this.solvers = solvers;
        this.audit = audit;
        this.clock = clock;
    }

    /** A scope with its dates filled in from the calendar, and the id of its school year. */
    record Resolved(RosterScope scope, long schoolYearId) {
    }

    // ---- scopes ---------------------------------------------------------------------------------------------------

    /** The scope with its first and last day taken from the calendar (a break, the year) or checked (a range). */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT})
    @Transactional(readOnly = true)
    public RosterScope resolve(RosterScope scope) {
        return resolveWithYear(scope).scope();
    }

    Resolved resolveWithYear(RosterScope scope) {
        if (scope == null) {
            throw new UserMessageException("roster.error.scopeRequired");
        }
        YearPlan plan = calendar.plan(scope.year())
                .orElseThrow(() -> new UserMessageException("roster.error.yearNotPlanned", scope.year().label()));
        RosterScope resolved = switch (scope.kind()) {
            case YEAR -> new RosterScope(scope.year(), ScopeKind.YEAR, null, plan.wheelStart(), plan.wheelEnd());
            case BREAK -> {
                CalendarItem item = plan.items().stream()
                        .filter(i -> scope.calendarItemId() != null && i.id() == scope.calendarItemId())
                        .filter(i -> i.kind() != ItemKind.MEETING)
                        .findFirst().orElseThrow(() -> new UserMessageException("error.notFound"));
                yield new RosterScope(scope.year(), ScopeKind.BREAK, item.id(), item.firstDay(), item.lastDay());
            }
            case RANGE -> {
                if (scope.firstDay() == null || scope.lastDay() == null) {
                    throw new UserMessageException("roster.error.datesRequired");
                }
                if (scope.lastDay().isBefore(scope.firstDay())) {
                    throw new UserMessageException("roster.error.endBeforeStart");
                }
                if (scope.firstDay().isBefore(plan.wheelStart()) || scope.lastDay().isAfter(plan.wheelEnd())) {
                    throw new UserMessageException("roster.error.outsideYear", scope.year().label());
                }
                if (scope.days() > MAX_RANGE_DAYS) {
                    throw new UserMessageException("roster.error.outsideYear", scope.year().label());
                }
                yield new RosterScope(scope.year(), ScopeKind.RANGE, null, scope.firstDay(), scope.lastDay());
            }
        };
        return new Resolved(resolved, plan.schoolYearId());
    }

    // ---- the solver's problem -------------------------------------------------------------------------------------

    /** Everything the solver needs for the scope: its open shifts, the people who could take them, fixed points. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public RosterProblem problem(RosterScope scope) {
        return problemOf(resolveWithYear(scope).scope());
    }

    /**
     * The problem of a scope. Training evenings are not the solver's: volunteers sign up for them themselves, so
     * they are left out with their places, and whoever holds a place at one is not free that evening (the solver's
     * rule of one shift an evening; the database refuses overlapping places anyway).
     */
    private RosterProblem problemOf(RosterScope s) {
        List<RosterRepository.ShiftRow> rows = roster.shifts(s.firstDay(), s.lastDay());
        Map<Long, LocalDate> trainingDays = new HashMap<>();
        rows.stream().filter(RosterRepository.ShiftRow::training).forEach(r -> trainingDays.put(r.id(), r.day()));
        List<ProblemShift> shifts = rows.stream().filter(r -> !r.training())
                .map(r -> new ProblemShift(r.id(), r.day(), r.start(), r.end(), r.districtId(), r.districtName(),
                        r.organisationId(), r.riskLevel(), r.minSize(), r.peopleNeeded(), r.maxSize(),
                        r.leadRequired(), r.adultsOnly(), r.qualifications()))
                .toList();
        LocalDateTime now = LocalDateTime.now(clock.withZone(Zones.STOCKHOLM));
        List<PlannedAssignment> fixed = roster.fixed(s.firstDay(), s.lastDay());
        Map<Long, Set<LocalDate>> inTraining = new HashMap<>();
        fixed.stream().filter(a -> trainingDays.containsKey(a.shiftId())).forEach(a ->
                inTraining.computeIfAbsent(a.personId(), k -> new HashSet<>()).add(trainingDays.get(a.shiftId())));
        List<ProblemPerson> people = roster.problemPeople(s.firstDay(), s.lastDay(), now).stream()
                .map(p -> !inTraining.containsKey(p.id()) ? p : p.withAvailability(p.availability().stream()
                        .filter(w -> !inTraining.get(p.id()).contains(w.evening())).toList()))
                .toList();
        return new RosterProblem(s.key(), shifts, people,
                fixed.stream().filter(a -> !trainingDays.containsKey(a.shiftId())).toList(),
                roster.published(s.firstDay(), s.lastDay()).stream()
                        .filter(a -> !trainingDays.containsKey(a.shiftId())).toList(),
                roster.solverSettings());
    }

    /**
     * The solver's view of the roster as it stands: score, covered share, the gaps and every broken rule. Empty
     * when the solver cannot score it (the reason is logged).
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public Optional<RosterSolution> evaluate(RosterScope scope) {
        RosterScope s = resolveWithYear(scope).scope();
        return evaluate(problemOf(s), roster.current(s.firstDay(), s.lastDay()));
    }

    private Optional<RosterSolution> evaluate(RosterProblem problem, List<PlannedAssignment> current) {
        try {
            return Optional.of(solvers.solver().evaluate(problem, current));
        } catch (RuntimeException e) {
            log.warn("Could not evaluate roster {}: {}", problem.name(), e.toString());
            return Optional.empty();
        }
    }

    /**
     * Writes a solver result for the scope in one short transaction: the scope's unpinned proposals are replaced
     * by the result's; confirmed, pinned and waitlisted assignments stay. Hand edits made while the solver ran win:
     * a proposal for a shift that is full by now, or for a person already out that evening, is left out.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public SaveResult saveSolution(RosterScope scope, List<PlannedAssignment> assignments) {
        RosterScope s = resolveWithYear(scope).scope();
        Map<Long, RosterRepository.LockedShift> shifts = new LinkedHashMap<>();
        roster.lockScopeShifts(s.firstDay(), s.lastDay()).forEach(shift -> shifts.put(shift.id(), shift));
        int replaced = roster.deleteUnpinnedProposals(shifts.keySet());
        Set<PlannedAssignment> existing = roster.existingPairs(shifts.keySet());
        Map<Long, Integer> counts = roster.activeCounts(shifts.keySet());
        Set<String> busy = roster.busyEvenings(s.firstDay(), s.lastDay());
        OffsetDateTime now = OffsetDateTime.now(clock);
        int inserted = 0;
        int skipped = 0;
        for (PlannedAssignment a : new LinkedHashSet<>(assignments)) {
            RosterRepository.LockedShift shift = shifts.get(a.shiftId());
            if (existing.contains(a)) {
                continue;
            }
            String evening = a.personId() + ":" + (shift == null ? null : shift.day());
            if (shift == null || counts.getOrDefault(a.shiftId(), 0) >= shift.maxSize() || busy.contains(evening)) {
                skipped++;
                continue;
            }
            roster.insertProposal(a.shiftId(), a.personId(), "SOLVER", false, now);
            counts.merge(a.shiftId(), 1, Integer::sum);
            busy.add(evening);
            existing.add(a);
            inserted++;
        }
        return new SaveResult(inserted, replaced, skipped);
    }

    // ---- the board ------------------------------------------------------------------------------------------------

    /**
     * The scope's shifts by date and district with their people. Coordinators see everyone and the solver's
     * evaluation; a partner contact sees their own organisation's people by name and the others as a count.
     * Showing names is logged.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT})
    @Transactional
    public RosterBoard board(RosterScope scope) {
        RosterScope s = resolveWithYear(scope).scope();
        PeopleAccess.Scope reader = peopleAccess.scope();
        List<RosterRepository.ShiftRow> shifts = roster.shifts(s.firstDay(), s.lastDay());
        Map<Long, List<RosterRepository.AssignmentRow>> byShift = roster.assignments(reader, s.firstDay(), s.lastDay())
                .stream().collect(Collectors.groupingBy(RosterRepository.AssignmentRow::shiftId));
        Map<Long, List<BoardPerson>> dropped = roster.dropped(reader, s.firstDay(), s.lastDay());
        List<BoardShift> board = new ArrayList<>();
        Set<Long> named = new HashSet<>();
        for (RosterRepository.ShiftRow r : shifts) {
            List<RosterRepository.AssignmentRow> rows = byShift.getOrDefault(r.id(), List.of());
            List<BoardPerson> people = rows.stream().filter(a -> a.name() != null)
                    .map(a -> new BoardPerson(a.id(), a.userId(), a.name(), a.status(), a.pinned(), a.lead(),
                            a.version()))
                    .toList();
            people.forEach(p -> named.add(p.userId()));
            board.add(new BoardShift(r.id(), r.day(), r.startsAt(), r.endsAt(), r.districtId(), r.districtName(),
                    r.activityTitle(), r.meetingPoint(), r.groupNo(), r.minSize(), r.peopleNeeded(), r.maxSize(),
                    r.leadRequired(), r.adultsOnly(), r.qualifications(), r.riskLevel(), r.status(), people,
                    rows.size() - people.size(), dropped.getOrDefault(r.id(), List.of())));
            dropped.getOrDefault(r.id(), List.of()).forEach(p -> named.add(p.userId()));
        }
        List<LocalDate> days = shifts.stream().map(RosterRepository.ShiftRow::day).distinct().sorted().toList();
        List<RosterDistrict> districts = shifts.stream()
                .sorted(Comparator.comparingInt(RosterRepository.ShiftRow::districtOrder)
                        .thenComparing(RosterRepository.ShiftRow::districtName))
                .map(r -> new RosterDistrict(r.districtId(), r.districtName())).distinct().toList();
        Optional<RosterSolution> evaluation = Optional.empty();
        if (reader.everyone() && !shifts.isEmpty()) {
            evaluation = evaluate(problemOf(s), roster.current(s.firstDay(), s.lastDay()));
        }
        if (!named.isEmpty()) {
            audit.record(AuditAction.PERSON_LIST_VIEWED, "roster", s.key(), "roster count=" + named.size());
        }
        return new RosterBoard(s, days, districts, board, evaluation);
    }

    /** The people who said yes to the shift's evening and are not on it, free ones and leads first. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public List<Candidate> candidates(long shiftId) {
        List<Candidate> candidates = roster.candidates(peopleAccess.scope(), shiftId);
        audit.record(AuditAction.PERSON_LIST_VIEWED, "shift", shiftId, "candidates count=" + candidates.size());
        return candidates;
    }

    // ---- hand edits -----------------------------------------------------------------------------------------------

    /** Puts a person on a shift as the coordinator's pinned proposal. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void add(long shiftId, long personId) {
        if (!roster.activeVolunteer(peopleAccess.scope(), personId)) {
            throw new UserMessageException("error.notFound");
        }
        RosterRepository.LockedShift shift = openShift(shiftId);
        if (roster.activeOnShift(shiftId, personId)) {
            throw new UserMessageException("roster.error.alreadyOnShift");
        }
        requireRoom(shift);
        roster.deleteInactive(shiftId, personId);
        if (roster.onShift(shiftId, personId)) { // waitlisted: signing-up owns that row
            throw new UserMessageException("roster.error.alreadyOnShift");
        }
        place(shift, () -> roster.insertProposal(shiftId, personId, "COORDINATOR", true, OffsetDateTime.now(clock)));
        audit.record(AuditAction.ROSTER_CHANGED, "shift", shiftId, "added person " + personId);
    }

    /**
     * Start-up code (the demo data) runs as the system, which has no account and so reaches no one through
     * {@link PeopleAccess}: puts an ACTIVE volunteer on a shift as a pinned proposal, with the same rules as
     * {@link #add} otherwise.
     */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public void addAtStartup(long shiftId, long personId) {
        if (!roster.activeVolunteer(STARTUP_SCOPE, personId)) {
            throw new UserMessageException("error.notFound");
        }
        RosterRepository.LockedShift shift = openShift(shiftId);
        if (roster.onShift(shiftId, personId)) {
            throw new UserMessageException("roster.error.alreadyOnShift");
        }
        requireRoom(shift);
        roster.insertProposal(shiftId, personId, "COORDINATOR", true, OffsetDateTime.now(clock));
        audit.record(AuditAction.ROSTER_CHANGED, "shift", shiftId, "added person " + personId + " at start-up");
    }

    /** Moves a person to another shift (pinned there); refused when that shift is full. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void move(long assignmentId, int expectedVersion, long toShiftId) {
        RosterRepository.AssignmentRow a = activeAssignment(assignmentId);
        if (a.shiftId() == toShiftId) {
            throw new UserMessageException("roster.error.sameShift");
        }
        Map<Long, RosterRepository.LockedShift> locked = lockInOrder(a.shiftId(), toShiftId);
        RosterRepository.LockedShift target = locked.get(toShiftId);
        if (target == null || !target.open()) {
            throw new UserMessageException("roster.error.shiftClosed");
        }
        if (roster.activeOnShift(toShiftId, a.userId())) {
            throw new UserMessageException("roster.error.alreadyOnShift");
        }
        requireRoom(target);
        roster.deleteInactive(toShiftId, a.userId());
        if (roster.onShift(toShiftId, a.userId())) {
            throw new UserMessageException("roster.error.alreadyOnShift");
        }
        if (!placing(target, () -> roster.moveAssignment(assignmentId, expectedVersion, toShiftId,
                OffsetDateTime.now(clock)))) {
            throw new UserMessageException("error.changedByOthers");
        }
        audit.record(AuditAction.ROSTER_CHANGED, "shift_assignment", assignmentId,
                "moved from shift " + a.shiftId() + " to shift " + toShiftId);
        events.publishEvent(new RosterEvents.PlaceChanged(toShiftId, a.userId(), RosterEvents.Change.MOVED, a.shiftId()));
    }

    /** Two people change places (both pinned where they land); group sizes stay as they were. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void swap(long firstId, int firstVersion, long secondId, int secondVersion) {
        RosterRepository.AssignmentRow first = activeAssignment(firstId);
        RosterRepository.AssignmentRow second = activeAssignment(secondId);
        if (first.shiftId() == second.shiftId()) {
            throw new UserMessageException("roster.error.swapSameShift");
        }
        Map<Long, RosterRepository.LockedShift> locked = lockInOrder(first.shiftId(), second.shiftId());
        if (locked.values().stream().anyMatch(s -> !s.open())) {
            throw new UserMessageException("roster.error.shiftClosed");
        }
        if (roster.activeOnShift(second.shiftId(), first.userId())
                || roster.activeOnShift(first.shiftId(), second.userId())) {
            throw new UserMessageException("roster.error.alreadyOnShift");
        }
        roster.deleteInactive(second.shiftId(), first.userId());
        roster.deleteInactive(first.shiftId(), second.userId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!placing(locked.get(second.shiftId()), () -> roster.moveAssignment(firstId, firstVersion,
                second.shiftId(), now))
                || !placing(locked.get(first.shiftId()), () -> roster.moveAssignment(secondId, secondVersion,
                first.shiftId(), now))) {
            throw new UserMessageException("error.changedByOthers");
        }
        audit.record(AuditAction.ROSTER_CHANGED, "shift_assignment", firstId, "swapped with assignment " + secondId);
    }

    /** A pinned assignment is a fixed point: re-solving never moves it. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void setPinned(long assignmentId, int expectedVersion, boolean pinned) {
        activeAssignment(assignmentId);
        if (!roster.setPinned(assignmentId, expectedVersion, pinned, OffsetDateTime.now(clock))) {
            throw new UserMessageException("error.changedByOthers");
        }
        audit.record(AuditAction.ROSTER_CHANGED, "shift_assignment", assignmentId, pinned ? "pinned" : "unpinned");
    }

    /** Takes a person off a shift: a proposal is deleted, a confirmed assignment cancelled. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void remove(long assignmentId, int expectedVersion) {
        RosterRepository.AssignmentRow a = activeAssignment(assignmentId);
        roster.lockShift(a.shiftId());
        if (!roster.removeAssignment(assignmentId, expectedVersion, OffsetDateTime.now(clock))) {
            throw new UserMessageException("error.changedByOthers");
        }
        audit.record(AuditAction.ROSTER_CHANGED, "shift_assignment", assignmentId, "removed from shift " + a.shiftId());
        signups.offerFreedPlaces(a.shiftId()); // the freed place goes to the waitlist first
        events.publishEvent(new RosterEvents.PlaceChanged(a.shiftId(), a.userId(), RosterEvents.Change.TAKEN_OFF, null));
    }

    private RosterRepository.AssignmentRow activeAssignment(long id) {
        RosterRepository.AssignmentRow a = roster.assignment(id)
                .orElseThrow(() -> new UserMessageException("error.changedByOthers"));
        peopleAccess.requireReach(a.userId());
        return a;
    }

    private RosterRepository.LockedShift openShift(long shiftId) {
        RosterRepository.LockedShift shift = roster.lockShift(shiftId)
                .orElseThrow(() -> new UserMessageException("error.notFound"));
        if (!shift.open()) {
            throw new UserMessageException("roster.error.shiftClosed");
        }
        return shift;
    }

    /** Locks shifts in id order, so two coordinators editing the same pair never deadlock. */
    private Map<Long, RosterRepository.LockedShift> lockInOrder(long a, long b) {
        Map<Long, RosterRepository.LockedShift> locked = new LinkedHashMap<>();
        for (long id : new TreeSet<>(List.of(a, b))) {
            roster.lockShift(id).ifPresent(s -> locked.put(id, s));
        }
        return locked;
    }

    /**
     * Writes a person onto a shift; the database's own refusals become their messages (the transaction is rolled
     * back, so nothing changes): the person holds another shift at an overlapping time, or the group is full.
     */
    private static <T> T placing(RosterRepository.LockedShift shift, java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (se.tryggalov.shared.db.PlaceRules.isOverlap(e)) {
                throw new UserMessageException("roster.error.overlappingShift");
            }
            if (se.tryggalov.shared.db.PlaceRules.isFull(e)) {
                throw new UserMessageException("roster.error.shiftFull", shift == null ? 0 : shift.maxSize());
            }
            throw e;
        }
    }

    private static void place(RosterRepository.LockedShift shift, Runnable write) {
        placing(shift, () -> {
            write.run();
            return null;
        });
    }

    /** Called with the shift locked: nobody else adds to it before this transaction ends. */
    private void requireRoom(RosterRepository.LockedShift shift) {
        if (roster.activeCount(shift.id()) >= shift.maxSize()) {
            throw new UserMessageException("roster.error.shiftFull", shift.maxSize());
        }
    }

    // ---- publishing -----------------------------------------------------------------------------------------------

    /** The scope's proposals become confirmed and their shifts published: volunteers see them. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public PublishResult publish(RosterScope scope) {
        RosterScope s = resolveWithYear(scope).scope();
        roster.lockScopeShifts(s.firstDay(), s.lastDay());
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Long> shiftIds;
        if (signupRules.policy().acceptanceRequired()) {
            // each volunteer says yes or no under Mina pass; pinned, so solving again never takes a proposal away
            shiftIds = roster.current(s.firstDay(), s.lastDay()).stream().map(PlannedAssignment::shiftId).toList();
            signupRules.pinProposals(new HashSet<>(shiftIds), now);
        } else {
            shiftIds = roster.confirmProposals(s.firstDay(), s.lastDay(), now);
        }
        if (shiftIds.isEmpty()) {
            throw new UserMessageException("roster.error.nothingToPublish");
        }
        Set<Long> shifts = new HashSet<>(shiftIds);
        int published = activities.publishShifts(shifts);
        audit.record(AuditAction.ROSTER_PUBLISHED, "roster", s.key(),
                "assignments=" + shiftIds.size() + " shifts=" + shifts.size() + " newly published=" + published);
        events.publishEvent(new RosterEvents.Published(Set.copyOf(shifts)));
        return new PublishResult(shiftIds.size(), shifts.size());
    }

    // ---- a volunteer's own shifts -------------------------------------------------------------------------------

    /** The caller's confirmed places on published shifts from today on. */
    @RolesAllowed({Role.Names.VOLUNTEER})
    @Transactional(readOnly = true)
    public List<MyShift> myShifts() {
        Optional<Account> me = currentUser.account();
        if (me.isEmpty()) {
            return List.of();
        }
        return roster.myShifts(me.get().id(), LocalDate.now(clock.withZone(Zones.STOCKHOLM)));
    }
}
