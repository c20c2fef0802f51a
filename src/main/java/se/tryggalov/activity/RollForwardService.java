package se.tryggalov.activity;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.calendar.YearPlan;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.UserMessageException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Copies a break's (or a whole school year's) activities and shifts onto the next school year's matching dates: the
 * n-th Friday of sportlov lands on the n-th Friday of next sportlov, Valborg on Valborg, a term-time evening on the
 * same weekday of the same week of term. Copies are drafts without assignments, taking the risk level of their new
 * date. Doing it again copies nothing twice, and generated shifts land where regenerating the next year would put
 * them, so that does not duplicate them either. The next year's calendar must exist.
 */
@Service
public class RollForwardService {

    /** A matched shift with where it goes. */
    private record Move(RollForwardItem item, String activityKey, ActivityValues activity, ShiftValues values) {
    }

    private record Plan(SchoolYear from, SchoolYear to, long toYearId, Long calendarItemId, List<RollForwardItem> items,
                        List<Move> moves) {
    }

    private final ActivityRepository repository;
    private final CalendarService calendar;
    private final AuditLog audit;

    RollForwardService(ActivityRepository repository, CalendarService calendar, AuditLog audit) {
        this.repository = repository;
        this.calendar = calendar;
        this.audit = audit;
    }

    /**
     * Where every shift of the year (or of one break or key date, {@code calendarItemId}; null = the whole year)
     * would land next school year. Saves nothing.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public RollForwardPreview preview(SchoolYear from, Long calendarItemId) {
        Plan plan = plan(from, calendarItemId);
        return new RollForwardPreview(plan.from(), plan.to(), calendarItemId, plan.items());
    }

    /** Copies what {@link #preview} matched. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public RollForwardResult apply(SchoolYear from, Long calendarItemId) {
        if (from == null) {
            throw new UserMessageException("activities.error.required");
        }
        repository.lockYearPlan(from.next().startYear());
        Plan plan = plan(from, calendarItemId);
        Map<String, ActivityRepository.ActivityRow> existing = repository.keyedActivities(plan.toYearId(),
                plan.to().startYear());
        Map<String, Long> activityIds = new HashMap<>();
        existing.forEach((key, row) -> activityIds.put(key, row.id()));
        int activitiesCreated = 0;
        List<Map.Entry<Long, ShiftValues>> inserts = new ArrayList<>();
        try {
            for (Move move : plan.moves()) {
                Long activityId = activityIds.get(move.activityKey());
                if (activityId == null) {
                    activityId = repository.insertActivity(plan.toYearId(), move.activity());
                    activityIds.put(move.activityKey(), activityId);
                    activitiesCreated++;
                }
                inserts.add(Map.entry(activityId, move.values()));
            }
            repository.insertShifts(inserts);
        } catch (DataIntegrityViolationException e) {
            throw new UserMessageException("error.changedByOthers");
        }
        List<RollForwardItem> notRolled = plan.items().stream()
                .filter(i -> i.outcome() != RollForwardItem.Outcome.MATCHED
                        && i.outcome() != RollForwardItem.Outcome.ALREADY_THERE).toList();
        int already = (int) plan.items().stream()
                .filter(i -> i.outcome() == RollForwardItem.Outcome.ALREADY_THERE).count();
        audit.record(AuditAction.PLAN_ROLLED_FORWARD, "school_year", from.label(), "to=" + plan.to().label()
                + (calendarItemId == null ? "" : " item=" + calendarItemId) + " activities=" + activitiesCreated
                + " shifts=" + inserts.size() + " notRolled=" + notRolled.size());
        return new RollForwardResult(plan.from(), plan.to(), activitiesCreated, inserts.size(), already, notRolled);
    }

    private Plan plan(SchoolYear from, Long calendarItemId) {
        if (from == null) {
            throw new UserMessageException("activities.error.required");
        }
        SchoolYear to = from.next();
        YearPlan source = calendar.plan(from)
                .orElseThrow(() -> new UserMessageException("activities.error.noCalendar", from.label()));
        YearPlan target = calendar.plan(to)
                .orElseThrow(() -> new UserMessageException("activities.error.noNextCalendar", to.label()));
        ShiftFilter filter = ShiftFilter.year(from);
        if (calendarItemId != null) {
            if (source.items().stream().noneMatch(i -> i.id() == calendarItemId)) {
                throw new UserMessageException("activities.error.unknownPeriod");
            }
            filter = filter.withBreak(calendarItemId);
        }
        List<Shift> shifts = repository.shifts(ActivityRepository.condition(filter), ActivityService.MAX_SHIFTS);
        Map<Long, Activity> activities = new HashMap<>();
        repository.activities(source.schoolYearId()).forEach(a -> activities.put(a.id(), a));
        Map<Long, CalendarItem> sourceItems = new HashMap<>();
        source.items().forEach(i -> sourceItems.put(i.id(), i));
        DateMatcher matcher = new DateMatcher(source, target);

        List<String> candidateKeys = new ArrayList<>();
        Map<Long, Move> moves = new LinkedHashMap<>();
        Map<Long, RollForwardItem> items = new LinkedHashMap<>();
        for (Shift shift : shifts) {
            Activity activity = activities.get(shift.activityId());
            if (shift.status() == ShiftStatus.CANCELLED) {
                items.put(shift.id(), item(shift, null, RollForwardItem.Outcome.SKIPPED,
                        "activities.rollForward.skip.cancelled", List.of()));
                continue;
            }
            CalendarItem period = activity.calendarItemId() == null ? null : sourceItems.get(activity.calendarItemId());
            DateMatcher.Match match = matcher.match(shift.day(), period);
            if (!match.found()) {
                items.put(shift.id(), item(shift, null, RollForwardItem.Outcome.NO_MATCH, match.reasonKey(),
                        match.args()));
                continue;
            }
            LocalDate day = match.to();
            String activityKey;
            String shiftKey;
            Long targetItem;
            Optional<Keys.ShiftKey> generated = Keys.parseShift(shift.ruleKey());
            if (generated.isPresent() && activity.ruleKey() != null) {
                // where regenerating next year would put it, so that does not make it twice
                targetItem = CoveragePlanner.periodOf(target.day(day)).map(CalendarItem::id).orElse(null);
                activityKey = Keys.activity(Keys.placeOf(activity.ruleKey()), targetItem);
                shiftKey = Keys.shift(to.startYear(), activityKey, day, shift.groupNo());
            } else {
                if (period != null) {
                    Optional<CalendarItem> counterpart = matcher.counterpart(period);
                    if (counterpart.isEmpty()) {
                        items.put(shift.id(), item(shift, null, RollForwardItem.Outcome.NO_MATCH,
                                "activities.rollForward.noMatch.noCounterpart", List.of()));
                        continue;
                    }
                    if (!counterpart.get().covers(day)) {
                        items.put(shift.id(), item(shift, null, RollForwardItem.Outcome.NO_MATCH,
                                "activities.rollForward.noMatch.outsidePeriod", List.of(day)));
                        continue;
                    }
                    targetItem = counterpart.get().id();
                } else {
                    targetItem = null;
                }
                activityKey = Keys.rolledActivity(activity.id());
                shiftKey = Keys.rolledShift(to.startYear(), shift.id());
            }
            int risk = shift.riskOverridden() ? shift.riskLevel() : target.day(day).riskLevel();
            ShiftValues values = new ShiftValues(day, shift.startsAt(), shift.endsAt(), shift.groupNo(),
                    shift.minSize(), shift.peopleNeeded(), shift.maxSize(), shift.leadRequired(), shift.adultsOnly(),
                    shift.qualifications(), risk, shift.riskOverridden(), ShiftStatus.DRAFT, shift.staffing(),
                    shiftKey);
            ActivityValues activityValues = new ActivityValues(targetItem, activity.type(), activity.purpose(),
                    activity.title(), activity.organisationId(), activity.districtId(), activity.venueId(),
                    activity.meetingPoint(), activity.description(), activity.planMeasure(), activity.ruleId(),
                    activityKey);
            candidateKeys.add(shiftKey);
            moves.put(shift.id(), new Move(item(shift, day, RollForwardItem.Outcome.MATCHED, match.reasonKey(),
                    match.args()), activityKey, activityValues, values));
            items.put(shift.id(), moves.get(shift.id()).item());
        }
        Set<String> existing = repository.existingShiftKeys(candidateKeys);
        Set<String> taken = new HashSet<>(existing);
        List<Move> kept = new ArrayList<>();
        for (Move move : moves.values()) {
            if (!taken.add(move.values().ruleKey())) {
                RollForwardItem was = move.item();
                items.put(was.shiftId(), new RollForwardItem(was.shiftId(), was.activityId(), was.activityTitle(),
                        was.type(), was.districtId(), was.districtName(), was.groupNo(), was.from(), was.to(),
                        RollForwardItem.Outcome.ALREADY_THERE, "activities.rollForward.already", List.of(was.to())));
            } else {
                kept.add(move);
            }
        }
        long toYearId = target.schoolYearId();
        return new Plan(from, to, toYearId, calendarItemId, List.copyOf(items.values()), kept);
    }

    private static RollForwardItem item(Shift s, LocalDate to, RollForwardItem.Outcome outcome, String reasonKey,
                                        List<Object> args) {
        return new RollForwardItem(s.id(), s.activityId(), s.activityTitle(), s.type(), s.districtId(),
                s.districtName(), s.groupNo(), s.day(), to, outcome, reasonKey, args);
    }
}
