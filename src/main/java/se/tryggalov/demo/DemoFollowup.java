package se.tryggalov.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.tryggalov.activity.ActivityService;
import se.tryggalov.activity.ActivityType;
import se.tryggalov.activity.CoverageRuleService;
import se.tryggalov.activity.Shift;
import se.tryggalov.activity.ShiftFilter;
import se.tryggalov.activity.ShiftStatus;
import se.tryggalov.activity.Staffing;
import se.tryggalov.availability.AvailabilityService;
import se.tryggalov.calendar.BreakKind;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.calendar.YearPlan;
import se.tryggalov.followup.ActionPlanService;
import se.tryggalov.followup.EvaluationService;
import se.tryggalov.followup.MeasureDraft;
import se.tryggalov.followup.MeasureStatus;
import se.tryggalov.followup.ObservationCategory;
import se.tryggalov.followup.ObservationDraft;
import se.tryggalov.followup.ObservationService;
import se.tryggalov.partner.Organisation;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.place.District;
import se.tryggalov.place.PlaceService;
import se.tryggalov.roster.CheckInSheet;
import se.tryggalov.roster.RosterScope;
import se.tryggalov.roster.RosterService;
import se.tryggalov.roster.WalkCategory;
import se.tryggalov.roster.WalkLogService;
import se.tryggalov.roster.WalkReport;
import se.tryggalov.shared.time.Zones;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Follow-up history so comparisons mean something on first start: the school year before last is planned too, both
 * earlier years get their plan, and their sportlov night walks are walked and logged (one evening per year left
 * without a log, for the grant basis); two years of weekly observations per district with graffiti falling year on
 * year, more in the breaks, and a rise in Alby this week so the picture has a suggestion; notes on last sportlov.
 * Everything through the owners' services; deterministic (a fixed seed). Runs as the system inside DemoData's
 * transaction, after the plan and the sign-ups.
 */
@Component
class DemoFollowup {

    private static final Logger log = LoggerFactory.getLogger(DemoFollowup.class);
    private static final long SEED = 20_230_701L; // lag 2023:196 came into force on 1 July 2023

    private final CalendarService calendar;
    private final CoverageRuleService rules;
    private final ActivityService activities;
    private final RosterService roster;
    private final WalkLogService walkLogs;
    private final AvailabilityService availability;
    private final ObservationService observations;
    private final EvaluationService evaluations;
    private final PlaceService places;
    private final ActionPlanService actionPlan;
    private final PartnerService partners;
    private final Clock clock;

    DemoFollowup(CalendarService calendar, CoverageRuleService rules, ActivityService activities,
                 RosterService roster, WalkLogService walkLogs, AvailabilityService availability,
                 ObservationService observations, EvaluationService evaluations, PlaceService places,
                 ActionPlanService actionPlan, PartnerService partners, Clock clock) {
        this.calendar = calendar;
        this.rules = rules;
        this.activities = activities;
        this.roster = roster;
        this.walkLogs = walkLogs;
        this.availability = availability;
        this.observations = observations;
        this.evaluations = evaluations;
        this.places = places;
        this.actionPlan = actionPlan;
        this.partners = partners;
        this.clock = clock;
    }

    void load() {
        long started = System.nanoTime();
        Random random = new Random(SEED);
        SchoolYear current = calendar.currentYear();
        SchoolYear last = current.previous();
        SchoolYear beforeLast = last.previous();
        if (calendar.plan(beforeLast).isEmpty()) {
            calendar.generate(beforeLast);
            calendar.confirmAll(beforeLast);
        }
        List<Long> walkers = availability.activeDemoVolunteerIds();
        int logs = 0;
        for (SchoolYear year : List.of(beforeLast, last)) {
            rules.apply(year);
            logs += walkSportlov(year, walkers, random);
        }
        int seen = observations.reportAtStartup(history(beforeLast.firstDay(), random));
        calendar.plan(last).flatMap(p -> sportlov(p)).ifPresent(b -> evaluations.saveNotes(b.id(),
                "Fler vuxna ute på fredagarna gav lugnare kvällar i Alby och Fittja. Samlingen vid Tumba station "
                        + "flyttade till Hallunda centrum. Glaskross vid badplatserna anmäldes till Botkyrkabyggen "
                        + "samma kväll. Till nästa år: en grupp till i Hallunda på lördagen."));
        calendar.plan(last).flatMap(DemoFollowup::sportlov).ifPresent(this::measures);
        log.info("Demo follow-up: {} walk logs, {} observations in {} ms", logs, seen,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Two measures of the action plan: one carried out in last sportlov, one still running. */
    private void measures(CalendarItem lastSportlov) {
        Map<String, Long> organisations = partners.organisations().stream()
                .collect(Collectors.toMap(Organisation::name, Organisation::id, (a, b) -> a));
        Map<String, Long> districts = places.districts().stream()
                .collect(Collectors.toMap(District::name, District::id, (a, b) -> a));
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        Long nightWalkers = organisations.get("Nattvandrarna Botkyrka");
        Long housing = organisations.get("Botkyrkabyggen");
        Long police = organisations.get("Polisen – lokalpolisområde Botkyrka");
        if (nightWalkers == null || housing == null || police == null) {
            return;
        }
        actionPlan.create(new MeasureDraft("Fler vuxna ute i Alby och Fittja på sportlovets fredagar",
                "Två nattvandrargrupper i stället för en från 21:00, samling vid Albys Hjärta.", nightWalkers,
                Set.of(police), Set.of(districts.get("Alby"), districts.get("Fittja")),
                Set.of(ObservationCategory.YOUTH_GATHERING, ObservationCategory.MOPEDS), Set.of(),
                lastSportlov.firstDay().minusDays(3), lastSportlov.lastDay().plusDays(1),
                lastSportlov.lastDay().plusWeeks(2), MeasureStatus.DONE));
        actionPlan.create(new MeasureDraft("Klotter saneras inom 24 timmar",
                "Nattvandrare och fältassistenter rapporterar klotter; bostadsbolaget sanerar nästa vardag.", housing,
                Set.of(nightWalkers), Set.of(districts.get("Alby"), districts.get("Fittja"),
                        districts.get("Hallunda-Norsborg")), Set.of(ObservationCategory.GRAFFITI), Set.of(),
                lastSportlov.firstDay().minusMonths(1), today.plusMonths(6), today.plusDays(10),
                MeasureStatus.ONGOING));
    }

    private static java.util.Optional<CalendarItem> sportlov(YearPlan plan) {
        return plan.itemsOf(ItemKind.BREAK).stream().filter(b -> b.code().equals(BreakKind.WINTER_SPORTS.name()))
                .findFirst();
    }

    /**
     * The year's sportlov night walks: three or four walkers each (now and then one who did not come), filed with
     * counts; the last evening's first walk is left without a log.
     */
    private int walkSportlov(SchoolYear year, List<Long> walkers, Random random) {
        CalendarItem brk = calendar.plan(year).flatMap(DemoFollowup::sportlov).orElse(null);
        if (brk == null || walkers.size() < 8) {
            return 0;
        }
        // the Friday before and the Saturday after belong to the break's evenings
        LocalDate first = brk.firstDay().minusDays(3);
        LocalDate lastDay = brk.lastDay().plusDays(1);
        List<Shift> walks = activities.shifts(ShiftFilter.year(year).withDates(first, lastDay)
                        .withTypes(Set.of(ActivityType.NIGHT_WALK))).stream()
                .filter(s -> s.staffing() == Staffing.PEOPLE && s.status() != ShiftStatus.CANCELLED).toList();
        if (walks.isEmpty()) {
            return 0;
        }
        int next = 0;
        Map<LocalDate, Set<Long>> busy = new java.util.HashMap<>();
        for (Shift shift : walks) {
            int size = Math.min(shift.maxSize(), 3 + random.nextInt(2));
            Set<Long> tonight = busy.computeIfAbsent(shift.day(), d -> new HashSet<>());
            int added = 0;
            for (int tries = 0; added < size && tries < walkers.size(); tries++) {
                long person = walkers.get(next++ % walkers.size());
                if (tonight.add(person)) {
                    roster.addAtStartup(shift.id(), person);
                    added++;
                }
            }
        }
        roster.publish(RosterScope.ofRange(year, first, lastDay));
        Shift unlogged = walks.stream().filter(s -> s.day().equals(walks.getLast().day())).findFirst()
                .orElseThrow();
        int filed = 0;
        for (Shift shift : walks) {
            if (shift.id() == unlogged.id()) {
                continue;
            }
            CheckInSheet sheet = walkLogs.sheet(shift.id());
            Set<Long> present = sheet.people().stream().map(CheckInSheet.Walker::assignmentId)
                    .collect(Collectors.toCollection(HashSet::new));
            if (present.size() > 3 && random.nextInt(3) == 0) {
                present.remove(present.iterator().next());
            }
            LocalDateTime start = shift.day().atTime(shift.startsAt());
            LocalDateTime end = shift.crossesMidnight() ? shift.day().plusDays(1).atTime(shift.endsAt())
                    : shift.day().atTime(shift.endsAt());
            Map<WalkCategory, Integer> counts = new EnumMap<>(WalkCategory.class);
            counts.put(WalkCategory.GRAFFITI, random.nextInt(year.equals(calendar.currentYear().previous()) ? 2 : 4));
            counts.put(WalkCategory.BROKEN_GLASS, random.nextInt(3));
            counts.put(WalkCategory.YOUTH_GATHERING, 1 + random.nextInt(3));
            counts.put(WalkCategory.MOPEDS, random.nextInt(2));
            walkLogs.file(shift.id(), new WalkReport(present, start.plusMinutes(random.nextInt(10)),
                    end.minusMinutes(random.nextInt(15)), shift.districtName() + " centrum, stationen, fritidsgården",
                    counts, "Lugnt överlag; samtal med ungdomar vid fritidsgården."));
            filed++;
        }
        return filed;
    }

    /**
     * Weekly observations per district from the school year before last until today: a few categories a week, more
     * in the breaks, graffiti falling by about 40 % a year; in the current week a rise in Alby.
     */
    private List<ObservationDraft> history(LocalDate from, Random random) {
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        LocalDateTime now = LocalDateTime.now(clock.withZone(Zones.STOCKHOLM));
        List<District> districts = places.districts();
        Set<LocalDate> breakDays = new HashSet<>();
        for (SchoolYear y : List.of(SchoolYear.containing(from), SchoolYear.containing(from).next(),
                calendar.currentYear())) {
            calendar.plan(y).ifPresent(p -> p.itemsOf(ItemKind.BREAK).forEach(b -> breakDays.addAll(b.dates())));
        }
        ObservationCategory[] common = {ObservationCategory.GRAFFITI, ObservationCategory.BROKEN_GLASS,
                ObservationCategory.LITTERING, ObservationCategory.YOUTH_GATHERING, ObservationCategory.MOPEDS,
                ObservationCategory.DAMAGE, ObservationCategory.UNSAFE_PLACE, ObservationCategory.FIRE,
                ObservationCategory.DISTURBANCE, ObservationCategory.DRUGS};
        List<ObservationDraft> drafts = new ArrayList<>();
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (LocalDate friday = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
             friday.isBefore(thisMonday); friday = friday.plusWeeks(1)) {
            double yearsAgo = (today.toEpochDay() - friday.toEpochDay()) / 365.0;
            boolean inBreak = breakDays.contains(friday);
            for (District district : districts) {
                int categories = (inBreak ? 4 : 2) + random.nextInt(2);
                for (int c = 0; c < categories; c++) {
                    ObservationCategory category = common[random.nextInt(common.length)];
                    double scale = category == ObservationCategory.GRAFFITI ? Math.pow(1.65, yearsAgo) : 1.0;
                    int count = (int) Math.round((1 + random.nextInt(inBreak ? 4 : 2)) * scale);
                    if (count > 0) {
                        drafts.add(new ObservationDraft(district.id(), null, category,
                                friday.atTime(LocalTime.of(21 + random.nextInt(3), 0)), count, null));
                    }
                }
            }
        }
        districts.stream().filter(d -> d.name().equals("Alby")).findFirst().ifPresent(alby -> {
            LocalDateTime at = today.atStartOfDay().plusMinutes(1).isAfter(now) ? now : today.atStartOfDay()
                    .plusMinutes(1);
            drafts.add(new ObservationDraft(alby.id(), null, ObservationCategory.YOUTH_GATHERING, at, 6,
                    "Större samling vid tunnelbanan"));
            drafts.add(new ObservationDraft(alby.id(), null, ObservationCategory.MOPEDS, at, 4,
                    "Mopeder på gångvägen mot centrum"));
        });
        return drafts;
    }
}
