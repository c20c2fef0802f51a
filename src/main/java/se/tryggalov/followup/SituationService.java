package se.tryggalov.followup;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.activity.ActivityService;
import se.tryggalov.activity.Shift;
import se.tryggalov.activity.ShiftFilter;
import se.tryggalov.activity.ShiftStatus;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ItemDraft;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.calendar.YearPlan;
import se.tryggalov.place.District;
import se.tryggalov.place.PlaceService;
import se.tryggalov.security.Account;
import se.tryggalov.security.CurrentUser;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.time.Zones;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The weekly situational picture (lägesbild) for the Thursday meeting, and the coordinator's answers to its
 * suggestions. Accepting a suggestion raises the evening's risk through the calendar (a key date), which is what
 * the coverage rules read: the evening's coverage need follows.
 */
@Service
public class SituationService {

    private final ObservationService observations;
    private final PlaceService places;
    private final CalendarService calendar;
    private final ActivityService activities;
    private final RiskDecisionRepository decisions;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    SituationService(ObservationService observations, PlaceService places, CalendarService calendar,
                     ActivityService activities, RiskDecisionRepository decisions, CurrentUser currentUser,
                     AuditLog audit, Clock clock) {
        this.observations = observations;
        this.places = places;
        this.calendar = calendar;
        this.activities = activities;
        this.decisions = decisions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The breaks of this and the last two school years, for the period choice. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public List<CalendarItem> breaks() {
        SchoolYear current = calendar.currentYear();
        List<CalendarItem> result = new ArrayList<>();
        for (SchoolYear year : List.of(current, current.previous(), current.previous().previous())) {
            calendar.plan(year).ifPresent(p -> result.addAll(p.itemsOf(ItemKind.BREAK)));
        }
        result.sort(Comparator.comparing(CalendarItem::firstDay).reversed());
        return result;
    }

    /** A break as a period. */
    public static Period periodOf(CalendarItem brk) {
        return new Period(brk.firstDay(), brk.lastDay(), brk.id(), brk.code());
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public SituationPicture picture(Period period) {
        Period previous = period.previous();
        Period lastYear = lastYear(period);
        Map<Key, Integer> now = counts(period);
        Map<Key, Integer> before = counts(previous);
        Map<Key, Integer> yearAgo = counts(lastYear);
        List<District> districts = places.districts();
        Map<Long, String> names = new LinkedHashMap<>();
        districts.forEach(d -> names.put(d.id(), d.name()));
        for (Map<Key, Integer> m : List.of(now, before, yearAgo)) {
            m.keySet().forEach(k -> names.putIfAbsent(k.districtId(), k.districtName()));
        }
        List<SituationPicture.Line> lines = new ArrayList<>();
        List<SituationPicture.Line> totals = new ArrayList<>();
        for (Map.Entry<Long, String> district : names.entrySet()) {
            int total = 0;
            int totalBefore = 0;
            int totalYearAgo = 0;
            for (ObservationCategory category : ObservationCategory.values()) {
                Key key = new Key(district.getKey(), district.getValue(), category);
                int a = now.getOrDefault(key, 0);
                int b = before.getOrDefault(key, 0);
                int c = yearAgo.getOrDefault(key, 0);
                total += a;
                totalBefore += b;
                totalYearAgo += c;
                if (a + b + c > 0) {
                    lines.add(new SituationPicture.Line(district.getKey(), district.getValue(), category,
                            Change.of(a, b), Change.of(a, c)));
                }
            }
            totals.add(new SituationPicture.Line(district.getKey(), district.getValue(), null,
                    Change.of(total, totalBefore), Change.of(total, totalYearAgo)));
        }
        Period coming = period.coming();
        List<SituationPicture.Coverage> coverage = coverage(coming);
        return new SituationPicture(period, previous, lastYear, lines, totals, coverage,
                suggestions(coming, lines, totals));
    }

    /** The same break of the school year before when the calendar knows it, else the same weeks a year earlier. */
    Period lastYear(Period period) {
        if (period.breakId() != null && period.code() != null && !CalendarItem.CUSTOM.equals(period.code())) {
            SchoolYear earlier = SchoolYear.containing(period.first()).previous();
            Optional<CalendarItem> same = calendar.plan(earlier).stream()
                    .flatMap(p -> p.itemsOf(ItemKind.BREAK).stream())
                    .filter(b -> period.code().equals(b.code())).findFirst();
            if (same.isPresent()) {
                return new Period(same.get().firstDay(), same.get().lastDay(), same.get().id(), same.get().code());
            }
        }
        return period.sameWeeksLastYear();
    }

    private record Key(long districtId, String districtName, ObservationCategory category) {
    }

    private Map<Key, Integer> counts(Period period) {
        Map<Key, Integer> counts = new HashMap<>();
        for (Observation o : observations.between(period.first(), period.last())) {
            counts.merge(new Key(o.districtId(), o.districtName(), o.category()), o.count(), Integer::sum);
        }
        return counts;
    }

    private List<SituationPicture.Coverage> coverage(Period coming) {
        record At(LocalDate day, long districtId, String districtName) {
        }
        Map<At, int[]> sums = new TreeMap<>(Comparator.comparing(At::day).thenComparing(At::districtName));
        for (Shift s : activities.shifts(ShiftFilter.all().withDates(coming.first(), coming.last())
                .withStatuses(Set.of(ShiftStatus.DRAFT, ShiftStatus.OPEN, ShiftStatus.PUBLISHED)))) {
            int[] sum = sums.computeIfAbsent(new At(s.day(), s.districtId(), s.districtName()), k -> new int[3]);
            sum[0]++;
            sum[1] += s.peopleNeeded();
            sum[2] += s.assignedCount();
        }
        List<SituationPicture.Coverage> result = new ArrayList<>();
        sums.forEach((at, sum) -> result.add(new SituationPicture.Coverage(at.day(), riskOf(at.day()).orElse(0),
                at.districtId(), at.districtName(), sum[0], sum[1], sum[2])));
        return result;
    }

    private Optional<Integer> riskOf(LocalDate day) {
        return calendar.plan(SchoolYear.containing(day)).map(p -> p.day(day).riskLevel());
    }

    /**
     * Where a district's observations rose markedly against the previous period, the coming Friday and Saturday
     * evenings (not yet past, below the highest level, in a planned school year) are suggested one level higher.
     */
    private List<SituationPicture.Suggestion> suggestions(Period coming, List<SituationPicture.Line> lines,
                                                          List<SituationPicture.Line> totals) {
        List<String> reasons = new ArrayList<>();
        for (SituationPicture.Line total : totals) {
            if (total.vsPrevious().risenMarkedly()) {
                List<String> rose = lines.stream().filter(l -> l.districtId() == total.districtId())
                        .filter(l -> l.vsPrevious().difference() > 0).map(l -> l.category().name()).toList();
                reasons.add(total.districtName() + ": " + total.vsPrevious().earlier() + " → "
                        + total.vsPrevious().current() + " (" + String.join(", ", rose) + ")");
            }
        }
        if (reasons.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        Map<LocalDate, Boolean> decided = decisions.decisions(coming.first(), coming.last());
        List<SituationPicture.Suggestion> result = new ArrayList<>();
        for (LocalDate day = coming.first(); !day.isAfter(coming.last()); day = day.plusDays(1)) {
            if ((day.getDayOfWeek() != DayOfWeek.FRIDAY && day.getDayOfWeek() != DayOfWeek.SATURDAY)
                    || day.isBefore(today)) {
                continue;
            }
            Optional<Integer> risk = riskOf(day);
            Boolean answer = decided.get(day);
            if (risk.isEmpty() || (risk.get() >= 5 && answer == null)) {
                continue;
            }
            SituationPicture.Decision decision = answer == null ? SituationPicture.Decision.OPEN
                    : answer ? SituationPicture.Decision.ACCEPTED : SituationPicture.Decision.REJECTED;
            int level = risk.get();
            result.add(new SituationPicture.Suggestion(day, level, decision == SituationPicture.Decision.OPEN
                    ? Math.min(5, level + 1) : level, reasons, decision));
        }
        return result;
    }

    /**
     * Accepts the suggestion for the evening: a key date at {@code raiseTo} in the calendar (titled {@code title},
     * in the coordinator's language), so the coverage rules want more on it. Refused when decided already.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void accept(LocalDate day, int raiseTo, String title) {
        decisions.lock();
        int risk = checkOpen(day);
        if (raiseTo <= risk || raiseTo > 5) {
            throw new UserMessageException("followup.suggestion.error.level", risk);
        }
        long itemId = calendar.create(SchoolYear.containing(day), new ItemDraft(ItemKind.KEY_DATE, CalendarItem.CUSTOM,
                title, day, day, raiseTo, null, null, null, null, Set.of()));
        if (!decisions.insert(day, raiseTo, true, itemId, me(), OffsetDateTime.now(clock))) {
            throw new UserMessageException("followup.suggestion.error.decided");
        }
        audit.record(AuditAction.FOLLOWUP_CHANGED, "risk_decision", day.toString(), "accepted " + risk + "->" + raiseTo);
    }

    /** Rejects the suggestion for the evening: the risk stays, and the picture shows it was rejected. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void reject(LocalDate day) {
        decisions.lock();
        int risk = checkOpen(day);
        if (!decisions.insert(day, Math.min(5, Math.max(1, risk + 1)), false, null, me(), OffsetDateTime.now(clock))) {
            throw new UserMessageException("followup.suggestion.error.decided");
        }
        audit.record(AuditAction.FOLLOWUP_CHANGED, "risk_decision", day.toString(), "rejected");
    }

    private int checkOpen(LocalDate day) {
        if (day == null || day.isBefore(LocalDate.now(clock.withZone(Zones.STOCKHOLM)))) {
            throw new UserMessageException("followup.suggestion.error.past");
        }
        if (decisions.decisions(day, day).containsKey(day)) {
            throw new UserMessageException("followup.suggestion.error.decided");
        }
        YearPlan plan = calendar.plan(SchoolYear.containing(day))
                .orElseThrow(() -> new UserMessageException("followup.suggestion.error.noYear"));
        return plan.day(day).riskLevel();
    }

    private Long me() {
        return currentUser.account().map(Account::id).orElse(null);
    }
}
