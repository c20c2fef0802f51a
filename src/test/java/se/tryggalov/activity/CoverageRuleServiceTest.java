package se.tryggalov.activity;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.tryggalov.IntegrationTest;
import se.tryggalov.TestYears;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.DayInfo;
import se.tryggalov.calendar.ItemDraft;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.calendar.YearPlan;
import se.tryggalov.partner.Organisation;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.place.District;
import se.tryggalov.place.PlaceService;
import se.tryggalov.place.Venue;
import se.tryggalov.place.VenueKind;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.i18n.UserMessageException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Coverage rules on the real database with the demo data. Expectations are computed here from the year plan and the
 * districts, the way DOMAIN.md states the rules, not with the generator's own code. Each test on the demo's year
 * or on a school year it claims.
 */
@IntegrationTest
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class CoverageRuleServiceTest {

    /** DOMAIN.md: walking groups per area for risk 0–5. */
    static final int[] GROUPS_FOR_RISK = {0, 0, 1, 2, 2, 3};

    @Autowired
    CoverageRuleService rules;
    @Autowired
    TestYears years;
    @Autowired
    ActivityService activities;
    @Autowired
    CalendarService calendar;
    @Autowired
    PlaceService places;
    @Autowired
    PartnerService partners;
    @Autowired
    SystemAuthentication system;
    @Autowired
    DSLContext dsl;

    private CoverageRule defaultRule(ActivityType type) {
        String name = rules.defaults().stream().filter(d -> d.type() == type).findFirst().orElseThrow().name();
        return rules.rules().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    /** The shifts the rule generated in the year (found through its activities). */
    private List<Shift> shiftsOf(SchoolYear year, long ruleId) {
        Set<Long> ids = activities.activities(year).stream().filter(a -> Long.valueOf(ruleId).equals(a.ruleId()))
                .map(Activity::id).collect(Collectors.toSet());
        return activities.shifts(ShiftFilter.year(year)).stream().filter(s -> ids.contains(s.activityId())).toList();
    }

    private static GenerationPreview.SourcePreview part(GenerationPreview preview, GenerationSource.Kind kind,
                                                        long id) {
        return preview.sources().stream().filter(s -> s.source().kind() == kind && s.source().id() == id)
                .findFirst().orElseThrow();
    }

    private static Map<Integer, Long> byRisk(List<Shift> shifts) {
        return shifts.stream().collect(Collectors.groupingBy(Shift::riskLevel, TreeMap::new, Collectors.counting()));
    }

    private static Map<Integer, Long> longs(Map<Integer, Integer> counts) {
        Map<Integer, Long> result = new TreeMap<>();
        counts.forEach((k, v) -> result.put(k, (long) v));
        return result;
    }

    private static boolean inBreak(DayInfo day) {
        return day.items().stream().anyMatch(i -> i.kind() == ItemKind.BREAK || i.kind() == ItemKind.DAY_OFF);
    }

    private static CoverageRuleDraft sportsInBreaks(String name, long districtId) {
        return new CoverageRuleDraft(name, ActivityType.SPORTS, Purpose.PROMOTING, null, 0, Set.of(), true,
                DistrictScope.LISTED, null, Set.of(districtId), 1, LocalTime.of(18, 0), LocalTime.of(22, 0), null,
                null, 2, 3, 6, true, true, Set.of(), Staffing.PEOPLE, true);
    }

    @Test
    void theDefaultRulesGenerateTheDemoYearAsTheRulesSay() {
        SchoolYear year = calendar.currentYear();
        rules.installDefaults();
        rules.apply(year);
        YearPlan plan = calendar.plan(year).orElseThrow();
        List<District> districts = places.districts();
        List<District> hotSpots = districts.stream().filter(d -> d.count(VenueKind.HOT_SPOT) > 0).toList();
        assertThat(hotSpots).as("demo districts with hot spots").hasSizeGreaterThanOrEqualTo(6);

        // Night walks: risk ≥ 3, every district with a hot spot, groups from the risk table.
        Map<Integer, Long> walkByRisk = new TreeMap<>();
        Map<Long, Long> walkByDistrict = new HashMap<>();
        long youthEvenings = 0;
        long outreachEvenings = 0;
        for (DayInfo day : plan.days()) {
            int risk = day.riskLevel();
            if (risk >= 3) {
                walkByRisk.merge(risk, (long) GROUPS_FOR_RISK[risk] * hotSpots.size(), Long::sum);
                hotSpots.forEach(d -> walkByDistrict.merge(d.id(), (long) GROUPS_FOR_RISK[risk], Long::sum));
            }
            DayOfWeek weekday = day.date().getDayOfWeek();
            if ((weekday == DayOfWeek.FRIDAY || weekday == DayOfWeek.SATURDAY) && inBreak(day) && risk >= 1) {
                youthEvenings++;
            }
            if (risk >= 4) {
                outreachEvenings++;
            }
        }
        assertThat(walkByRisk).containsKeys(3, 4, 5);

        CoverageRule walk = defaultRule(ActivityType.NIGHT_WALK);
        GenerationPreview preview = rules.preview(year);
        GenerationPreview.SourcePreview walkPart = part(preview, GenerationSource.Kind.RULE, walk.id());
        assertThat(longs(walkPart.shiftsByRisk())).isEqualTo(walkByRisk);
        assertThat(walkPart.shiftsByDistrict().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue()))).isEqualTo(walkByDistrict);
        assertThat(walkPart.toCreate()).as("applied just now").isEmpty();

        List<Shift> walks = shiftsOf(year, walk.id());
        assertThat(byRisk(walks)).isEqualTo(walkByRisk);
        assertThat(walks.stream().collect(Collectors.groupingBy(Shift::districtId, Collectors.counting())))
                .isEqualTo(walkByDistrict);
        assertThat(walks).allSatisfy(s -> {
            assertThat(s.type()).isEqualTo(ActivityType.NIGHT_WALK);
            assertThat(s.startsAt()).isEqualTo(LocalTime.of(21, 0));
            assertThat(s.endsAt()).isEqualTo(s.riskLevel() == 5 ? LocalTime.of(2, 30) : LocalTime.of(1, 0));
            assertThat(s.crossesMidnight()).isTrue();
            assertThat(List.of(s.minSize(), s.peopleNeeded(), s.maxSize())).containsExactly(3, 4, 5);
            assertThat(s.leadRequired()).isTrue();
            assertThat(s.adultsOnly()).isTrue();
            assertThat(s.staffing()).isEqualTo(Staffing.PEOPLE);
        });
        assertThat(walks.stream().map(s -> s.districtId() + "/" + s.day() + "/" + s.groupNo()).distinct())
                .as("one shift per group").hasSize(walks.size());
        LocalDate valborg = LocalDate.of(year.endYear(), 4, 30);
        assertThat(walks.stream().filter(s -> s.day().equals(valborg)))
                .as("three groups per hot-spot district on Valborg").hasSize(3 * hotSpots.size());
        Organisation nightWalkers = partners.organisations().stream()
                .filter(o -> o.id() == walk.organisationId()).findFirst().orElseThrow();
        assertThat(nightWalkers.kind()).isEqualTo(se.tryggalov.partner.OrganisationKind.NIGHT_WALKERS);

        // Youth centres: Fridays and Saturdays of breaks, one per youth centre, staffed by the organisation.
        List<Venue> youthCentres = places.venues(VenueKind.YOUTH_CENTRE);
        List<Shift> youth = shiftsOf(year, defaultRule(ActivityType.YOUTH_CENTRE_OPENING).id());
        assertThat(youth).hasSize((int) (youthEvenings * youthCentres.size()));
        assertThat(youth).allSatisfy(s -> {
            assertThat(s.staffing()).isEqualTo(Staffing.ORGANISATION);
            assertThat(s.venueId()).isNotNull();
            assertThat(s.day().getDayOfWeek()).isIn(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
            assertThat(s.endsAt()).isEqualTo(LocalTime.of(23, 0));
        });

        // Outreach workers: risk ≥ 4, one pair in every district.
        assertThat(shiftsOf(year, defaultRule(ActivityType.OUTREACH).id()))
                .hasSize((int) (outreachEvenings * districts.size()));

        // The police's standing commitment (one patrol in Alby at risk ≥ 4) is counted on those evenings.
        long alby = districts.stream().filter(d -> d.name().equals("Alby")).findFirst().orElseThrow().id();
        List<Shift> patrols = activities.shifts(ShiftFilter.year(year).withTypes(Set.of(ActivityType.PATROL))
                .withDistricts(Set.of(alby))).stream()
                .filter(s -> s.organisationName() != null && s.organisationName().startsWith("Polisen")).toList();
        assertThat(patrols).hasSize((int) outreachEvenings);
        assertThat(patrols).allSatisfy(s -> assertThat(s.staffing()).isEqualTo(Staffing.ORGANISATION));
    }

    @Test
    void movingABreakMovesTheUnassignedShiftsAndLeavesAssignedOnesForADecision() {
        SchoolYear year = years.claim();
        YearPlan plan = PlanFixtures.plan(calendar, year);
        CalendarItem sport = PlanFixtures.item(plan, ItemKind.BREAK, "WINTER_SPORTS");
        long districtId = places.districts().getFirst().id();
        long ruleId = rules.create(sportsInBreaks(PlanFixtures.unique("Idrottskvällar"), districtId));

        rules.apply(year);
        List<Shift> inSport = shiftsOf(year, ruleId).stream().filter(s -> sport.covers(s.day())).toList();
        assertThat(inSport).hasSize(sport.dates().size());
        Shift held = inSport.getFirst();
        PlanFixtures.assign(dsl, held.id());

        // the break moves one week earlier
        calendar.update(sport.id(), new ItemDraft(ItemKind.BREAK, sport.code(), null, sport.firstDay().minusWeeks(1),
                sport.lastDay().minusWeeks(1), null, null, null, null, null, Set.of()), sport.version());
        List<LocalDate> moved = sport.firstDay().minusWeeks(1).datesUntil(sport.lastDay().minusWeeks(1).plusDays(1))
                .toList();

        GenerationPreview.SourcePreview part = part(rules.preview(year), GenerationSource.Kind.RULE, ruleId);
        assertThat(part.toCreate()).extracting(PlannedShift::day).containsExactlyInAnyOrderElementsOf(moved);
        assertThat(part.toDelete()).hasSize(sport.dates().size() - 1)
                .allSatisfy(p -> assertThat(sport.covers(p.day())).isTrue());
        assertThat(part.needsDecision()).singleElement().satisfies(d -> {
            assertThat(d.shiftId()).isEqualTo(held.id());
            assertThat(d.day()).isEqualTo(held.day());
            assertThat(d.districtId()).isEqualTo(districtId);
            assertThat(d.assignedCount()).isEqualTo(1);
            assertThat(d.reasonKey()).isEqualTo("activities.decision.periodChanged");
        });

        GenerationResult result = rules.apply(year);
        assertThat(result.needsDecision()).extracting(NeedsDecision::shiftId).contains(held.id());
        List<Shift> after = shiftsOf(year, ruleId);
        assertThat(after.stream().filter(s -> sport.covers(s.day())))
                .as("of the old break only the assigned shift is left").extracting(Shift::id)
                .containsExactly(held.id());
        assertThat(after.stream().filter(s -> moved.contains(s.day())).map(Shift::day))
                .containsExactlyInAnyOrderElementsOf(moved);
        Shift kept = activities.shift(held.id()).orElseThrow();
        assertThat(kept.day()).isEqualTo(held.day());
        assertThat(kept.version()).isEqualTo(held.version());
        assertThat(kept.assignedCount()).isEqualTo(1);

        GenerationPreview.SourcePreview again = part(rules.preview(year), GenerationSource.Kind.RULE, ruleId);
        assertThat(again.changesAnything()).as("regenerating again changes nothing").isFalse();
        assertThat(again.needsDecision()).extracting(NeedsDecision::shiftId).containsExactly(held.id());

        // a deleted rule's unassigned shifts go at the next apply; the assigned one stays
        rules.delete(ruleId, rules.rule(ruleId).orElseThrow().version());
        GenerationPreview.SourcePreview gone = part(rules.preview(year), GenerationSource.Kind.RULE, ruleId);
        assertThat(gone.toDelete()).hasSize(after.size() - 1);
        assertThat(gone.needsDecision()).singleElement()
                .satisfies(d -> assertThat(d.reasonKey()).isEqualTo("activities.decision.ruleGone"));
        rules.apply(year);
        assertThat(activities.shift(held.id())).isPresent();
        assertThat(activities.shifts(ShiftFilter.year(year).withDistricts(Set.of(districtId))
                .withTypes(Set.of(ActivityType.SPORTS)))).extracting(Shift::id).containsExactly(held.id());
    }

    @Test
    void twoAppliesAtOnceMakeNoShiftTwice() throws Exception {
        SchoolYear year = years.claim();
        PlanFixtures.plan(calendar, year);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<GenerationResult>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return system.callAs(() -> rules.apply(year), Role.COORDINATOR);
                }));
            }
            start.countDown();
            GenerationResult first = results.get(0).get();
            GenerationResult second = results.get(1).get();
            assertThat(first.created() + second.created()).isGreaterThan(100);
            assertThat(Math.min(first.created(), second.created())).as("the later one finds everything made")
                    .isZero();
        } finally {
            pool.shutdownNow();
        }
        GenerationPreview preview = rules.preview(year);
        assertThat(preview.changesAnything()).isFalse();
        int wanted = preview.sources().stream().mapToInt(GenerationPreview.SourcePreview::wanted).sum();
        assertThat(activities.shifts(ShiftFilter.year(year)).stream().filter(Shift::generated)).hasSize(wanted);
    }

    @Test
    void badRulesAreRefusedAndNothingSaved() {
        int before = rules.rules().size();
        long districtId = places.districts().getFirst().id();
        CoverageRuleDraft good = sportsInBreaks(PlanFixtures.unique("Regel"), districtId);
        assertRefused(withSizes(good, 4, 4, 3), "activities.error.minAboveMax");
        assertRefused(withSizes(good, 2, 6, 5), "activities.error.neededOutside");
        assertRefused(new CoverageRuleDraft(good.name(), good.type(), good.purpose(), null, 0, Set.of(), false,
                DistrictScope.ALL, null, Set.of(), null, LocalTime.of(21, 0), LocalTime.of(21, 0), null, null, 3, 4,
                5, true, true, Set.of(), Staffing.PEOPLE, true), "activities.error.endEqualsStart");
        assertRefused(new CoverageRuleDraft(good.name(), good.type(), good.purpose(), null, 0, Set.of(), false,
                DistrictScope.ALL, null, Set.of(), null, LocalTime.of(21, 0), LocalTime.of(1, 0), 5, null, 3, 4,
                5, true, true, Set.of(), Staffing.PEOPLE, true), "activities.error.lateIncomplete");
        assertRefused(new CoverageRuleDraft(good.name(), good.type(), good.purpose(), null, 0, Set.of(), false,
                DistrictScope.LISTED, null, Set.of(), null, LocalTime.of(21, 0), LocalTime.of(1, 0), null, null, 3,
                4, 5, true, true, Set.of(), Staffing.PEOPLE, true), "activities.error.districtsRequired");
        assertRefused(new CoverageRuleDraft(good.name(), good.type(), good.purpose(), null, 0, Set.of(), false,
                DistrictScope.VENUES, null, Set.of(), null, LocalTime.of(21, 0), LocalTime.of(1, 0), null, null, 3,
                4, 5, true, true, Set.of(), Staffing.PEOPLE, true), "activities.error.venueKindRequired");
        assertRefused(new CoverageRuleDraft(" ", good.type(), good.purpose(), null, 0, Set.of(), false,
                DistrictScope.ALL, null, Set.of(), null, LocalTime.of(21, 0), LocalTime.of(1, 0), null, null, 3, 4,
                5, true, true, Set.of(), Staffing.PEOPLE, true), "activities.error.ruleNameRequired");
        assertThat(rules.rules()).hasSize(before);
    }

    @Test
    void aStaleRuleEditIsRefused() {
        long districtId = places.districts().getFirst().id();
        CoverageRuleDraft draft = sportsInBreaks(PlanFixtures.unique("Regel"), districtId);
        long id = rules.create(draft);
        CoverageRule seen = rules.rule(id).orElseThrow();
        rules.update(id, draft, seen.version());
        assertThatThrownBy(() -> rules.update(id, draft, seen.version()))
                .isInstanceOfSatisfying(UserMessageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.changedByOthers"));
        rules.delete(id, seen.version() + 1);
        assertThat(rules.rule(id)).isEmpty();
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void aViewerReadsRulesAndPreviewsButCannotApply() {
        assertThat(rules.rules()).isNotEmpty();
        assertThat(rules.preview(calendar.currentYear()).sources()).isNotEmpty();
        assertThatThrownBy(() -> rules.apply(calendar.currentYear())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rules.installDefaults()).isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(CoverageRuleDraft draft, String key) {
        assertThatThrownBy(() -> rules.create(draft)).isInstanceOfSatisfying(UserMessageException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static CoverageRuleDraft withSizes(CoverageRuleDraft d, int min, int needed, int max) {
        return new CoverageRuleDraft(d.name(), d.type(), d.purpose(), d.organisationId(), d.minRisk(), d.weekdays(),
                d.inBreaksOnly(), d.scope(), d.venueKind(), d.districtIds(), d.groupsPerPlace(), d.startsAt(),
                d.endsAt(), d.lateFromRisk(), d.lateEndsAt(), min, needed, max, d.leadRequired(), d.adultsOnly(),
                d.qualifications(), d.staffing(), d.active());
    }
}
