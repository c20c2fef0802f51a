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
import se.tryggalov.place.District;
import se.tryggalov.place.PlaceService;
import se.tryggalov.place.VenueKind;
import se.tryggalov.shared.i18n.UserMessageException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rolling the demo year 2026/27 forward onto 2027/28. The expected dates are worked out here from the two calendars.
 * If 2027/28 has no calendar yet, the test makes one and removes it again afterwards.
 */
@IntegrationTest
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class RollForwardServiceTest {

    static final SchoolYear FROM = SchoolYear.of(2026);
    static final SchoolYear TO = SchoolYear.of(2027);
    static final LocalTime NINE_PM = LocalTime.of(21, 0);
    static final LocalTime ONE_AM = LocalTime.of(1, 0);
    static final int[] GROUPS_FOR_RISK = {0, 0, 1, 2, 2, 3};

    @Autowired
    RollForwardService rollForward;
    @Autowired
    ActivityService activities;
    @Autowired
    CoverageRuleService rules;
    @Autowired
    CalendarService calendar;
    @Autowired
    PlaceService places;
    @Autowired
    DSLContext dsl;
    @Autowired
    TestYears years;

    private long activity(Long calendarItemId, String title, long districtId) {
        return activities.createActivity(new ActivityDraft(FROM, calendarItemId, ActivityType.NIGHT_WALK,
                Purpose.PREVENTIVE, title, null, districtId, null, null, null, null));
    }

    private long shift(long activityId, LocalDate day) {
        return activities.addShift(activityId, ShiftDraft.nightWalk(day, NINE_PM, ONE_AM));
    }

    private static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The n-th occurrence of the date's weekday in its break, found again in the other break. */
    private static LocalDate sameWeekdayInBreak(LocalDate date, CalendarItem from, CalendarItem to) {
        int n = from.dates().stream().filter(d -> d.getDayOfWeek() == date.getDayOfWeek()).toList().indexOf(date);
        return to.dates().stream().filter(d -> d.getDayOfWeek() == date.getDayOfWeek()).toList().get(n);
    }

    /** Same weekday of the same week of the (autumn or spring) term. */
    private static LocalDate sameWeekOfTerm(LocalDate date, LocalDate termStart, LocalDate nextTermStart) {
        long weeks = ChronoUnit.WEEKS.between(monday(termStart), monday(date));
        return monday(nextTermStart).plusWeeks(weeks).plusDays(date.getDayOfWeek().getValue() - 1);
    }

    @Test
    void rollingTheYearForwardMapsEveryShiftToItsMatchingDate() {
        YearPlan from = calendar.plan(FROM).orElseThrow();
        boolean madeNextYear = calendar.plan(TO).isEmpty();
        YearPlan to = PlanFixtures.plan(calendar, TO);
        long customKeyDate = 0;
        List<Long> mine = new java.util.ArrayList<>();
        try {
            long district = places.districts().getFirst().id();
            CalendarItem sport = PlanFixtures.item(from, ItemKind.BREAK, "WINTER_SPORTS");
            CalendarItem nextSport = PlanFixtures.item(to, ItemKind.BREAK, "WINTER_SPORTS");
            CalendarItem valborg = PlanFixtures.item(from, ItemKind.KEY_DATE, "WALPURGIS_EVE");
            String sportTitle = PlanFixtures.unique("Sportlovsvandring");
            long sportActivity = activity(sport.id(), sportTitle, district);
            mine.add(sportActivity);
            Map<Long, LocalDate> sportShifts = sport.dates().stream()
                    .collect(Collectors.toMap(d -> shift(sportActivity, d), Function.identity()));
            long valborgActivity = activity(valborg.id(), PlanFixtures.unique("Valborg"), district);
            mine.add(valborgActivity);
            long valborgShift = shift(valborgActivity, valborg.firstDay());
            long termActivity = activity(null, PlanFixtures.unique("Terminsvandring"), district);
            mine.add(termActivity);
            LocalDate autumnDay = LocalDate.of(2026, 9, 15);
            LocalDate springDay = LocalDate.of(2027, 2, 10);
            long autumnShift = shift(termActivity, autumnDay);
            long springShift = shift(termActivity, springDay);
            long cancelled = shift(termActivity, autumnDay.plusDays(1));
            activities.cancel(List.of(activities.shift(cancelled).orElseThrow().ref()));
            Shift published = activities.shift(springShift).orElseThrow();
            activities.setStatus(List.of(published.ref()), ShiftStatus.PUBLISHED);
            PlanFixtures.assign(dsl, springShift);
            LocalDate customDay = sport.firstDay().plusDays(2);
            customKeyDate = calendar.create(FROM, new ItemDraft(ItemKind.KEY_DATE, CalendarItem.CUSTOM,
                    PlanFixtures.unique("Engångshändelse"), customDay, customDay, 1, null, null, null, null, Set.of()));
            long customActivity = activity(customKeyDate, PlanFixtures.unique("Engångsvandring"), district);
            mine.add(customActivity);
            long customShift = shift(customActivity, customDay);

            RollForwardPreview preview = rollForward.preview(FROM, null);
            assertThat(preview.items()).as("every shift of the year has an answer")
                    .hasSize(activities.count(ShiftFilter.year(FROM)));
            Map<Long, RollForwardItem> items = preview.items().stream()
                    .collect(Collectors.toMap(RollForwardItem::shiftId, Function.identity()));
            sportShifts.forEach((id, day) -> {
                assertThat(items.get(id).outcome()).isEqualTo(RollForwardItem.Outcome.MATCHED);
                assertThat(items.get(id).to()).as("n-th weekday of sportlov " + day)
                        .isEqualTo(sameWeekdayInBreak(day, sport, nextSport));
            });
            LocalDate sportFriday = sport.dates().stream().filter(d -> d.getDayOfWeek() == DayOfWeek.FRIDAY)
                    .findFirst().orElseThrow();
            assertThat(sportShifts.entrySet().stream().filter(e -> e.getValue().equals(sportFriday))
                    .map(e -> items.get(e.getKey()).to())).containsExactly(LocalDate.of(2028, 3, 3));
            assertThat(items.get(valborgShift).to()).isEqualTo(LocalDate.of(2028, 4, 30));
            assertThat(items.get(autumnShift).to()).isEqualTo(sameWeekOfTerm(autumnDay, from.terms().autumnStart(),
                    to.terms().autumnStart()));
            assertThat(items.get(autumnShift).to().getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(items.get(springShift).to()).isEqualTo(sameWeekOfTerm(springDay, from.terms().springStart(),
                    to.terms().springStart()));
            assertThat(items.get(customShift).outcome()).isEqualTo(RollForwardItem.Outcome.NO_MATCH);
            assertThat(items.get(customShift).reasonKey()).isEqualTo("activities.rollForward.noMatch.noCounterpart");
            assertThat(items.get(customShift).to()).isNull();
            assertThat(items.get(cancelled).outcome()).isEqualTo(RollForwardItem.Outcome.SKIPPED);
            assertThat(preview.items()).allSatisfy(i -> {
                if (i.outcome() == RollForwardItem.Outcome.MATCHED) {
                    assertThat(to.covers(i.to()) || to.itemsOf(ItemKind.BREAK).stream().anyMatch(b -> b.covers(i.to())))
                            .as("lands in the next school year: " + i).isTrue();
                } else {
                    assertThat(i.reasonKey()).startsWith("activities.rollForward.");
                }
            });

            RollForwardResult result = rollForward.apply(FROM, null);
            assertThat(result.shiftsCreated()).isEqualTo(preview.count(RollForwardItem.Outcome.MATCHED));
            assertThat(result.notRolled()).extracting(RollForwardItem::shiftId).contains(customShift, cancelled);
            Activity copy = activities.activities(TO).stream().filter(a -> a.title().equals(sportTitle))
                    .findFirst().orElseThrow();
            assertThat(copy.calendarItemId()).isEqualTo(nextSport.id());
            List<Shift> copies = activities.shifts(ShiftFilter.ofActivity(copy.id()));
            assertThat(copies).extracting(Shift::day).containsExactlyInAnyOrderElementsOf(
                    sportShifts.values().stream().map(d -> sameWeekdayInBreak(d, sport, nextSport)).toList());
            assertThat(copies).allSatisfy(s -> assertThat(s.riskLevel()).isEqualTo(to.day(s.day()).riskLevel()));
            Shift publishedCopy = activities.shifts(ShiftFilter.year(TO).withDates(items.get(springShift).to(),
                    items.get(springShift).to())).stream()
                    .filter(s -> s.activityTitle().equals(published.activityTitle())).findFirst().orElseThrow();
            assertThat(publishedCopy.status()).isEqualTo(ShiftStatus.DRAFT);
            assertThat(publishedCopy.assignedCount()).isZero();

            assertThat(rollForward.apply(FROM, null).shiftsCreated()).as("doing it again copies nothing").isZero();

            // Regenerating next year afterwards: the rolled-forward night walks are the rule's, none twice.
            rules.installDefaults();
            rules.apply(TO);
            CoverageRule walk = rules.rules().stream().filter(r -> r.name().equals(rules.defaults().getFirst().name()))
                    .findFirst().orElseThrow();
            Set<Long> walkActivities = activities.activities(TO).stream()
                    .filter(a -> Long.valueOf(walk.id()).equals(a.ruleId()) && a.generated())
                    .map(Activity::id).collect(Collectors.toSet());
            List<Shift> walks = activities.shifts(ShiftFilter.year(TO)).stream()
                    .filter(s -> walkActivities.contains(s.activityId())).toList();
            List<District> hotSpots = places.districts().stream().filter(d -> d.count(VenueKind.HOT_SPOT) > 0)
                    .toList();
            long expected = 0;
            for (DayInfo day : to.days()) {
                expected += (long) GROUPS_FOR_RISK[day.riskLevel()] * (day.riskLevel() >= 3 ? hotSpots.size() : 0);
            }
            assertThat(walks).hasSize((int) expected);
            assertThat(walks.stream().map(s -> s.districtId() + "/" + s.day() + "/" + s.groupNo()).distinct())
                    .hasSize(walks.size());
            assertThat(activities.shifts(ShiftFilter.ofActivity(copy.id()))).as("hand-made copies untouched")
                    .hasSameSizeAs(copies);
        } finally {
            for (long id : mine) {
                activities.activity(id).ifPresent(a -> dsl.execute("delete from activity where id = ?", a.id()));
            }
            if (customKeyDate != 0) {
                long item = customKeyDate;
                calendar.plan(FROM).flatMap(p -> p.items().stream().filter(i -> i.id() == item).findFirst())
                        .ifPresent(i -> calendar.delete(i.id(), i.version()));
            }
            if (madeNextYear) {
                dsl.execute("delete from school_year where start_year = ?", TO.startYear());
            }
        }
    }

    @Test
    void aBreakAloneCanBeRolledForwardAndNeedsNextYearsCalendar() {
        CalendarItem autumn = PlanFixtures.item(calendar.plan(FROM).orElseThrow(), ItemKind.BREAK, "AUTUMN");
        boolean madeNextYear = calendar.plan(TO).isEmpty();
        PlanFixtures.plan(calendar, TO);
        try {
            RollForwardPreview preview = rollForward.preview(FROM, autumn.id());
            assertThat(preview.calendarItemId()).isEqualTo(autumn.id());
            assertThat(preview.items()).isNotEmpty().allSatisfy(i -> assertThat(autumn.covers(i.from())).isTrue());
        } finally {
            if (madeNextYear) {
                dsl.execute("delete from school_year where start_year = ?", TO.startYear());
            }
        }
        assertThatThrownBy(() -> rollForward.preview(years.claim(), null))
                .isInstanceOfSatisfying(UserMessageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("activities.error.noCalendar"));
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void onlyCoordinatorsRollForward() {
        assertThatThrownBy(() -> rollForward.preview(FROM, null)).isInstanceOf(AccessDeniedException.class);
    }
}
