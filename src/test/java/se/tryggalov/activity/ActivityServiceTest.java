package se.tryggalov.activity;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.tryggalov.IntegrationTest;
import se.tryggalov.TestYears;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.calendar.YearPlan;
import se.tryggalov.place.District;
import se.tryggalov.place.PlaceService;
import se.tryggalov.place.Venue;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.i18n.UserMessageException;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.tryggalov.TestYears.lastDay;

/** Activities and shifts on the real database, in two school years the class claims. */
@IntegrationTest
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ActivityServiceTest {

    static SchoolYear year;
    static SchoolYear otherYear;
    static final LocalTime NINE_PM = LocalTime.of(21, 0);
    static final LocalTime ONE_AM = LocalTime.of(1, 0);

    @Autowired
    ActivityService activities;
    @Autowired
    CoverageRuleService rules;
    @Autowired
    CalendarService calendar;
    @Autowired
    PlaceService places;
    @Autowired
    SystemAuthentication system;
    @Autowired
    DSLContext dsl;

    YearPlan plan;
    CalendarItem sport;
    District district;
    District other;

    @BeforeAll
    static void claimYears(@Autowired TestYears years) {
        year = years.claim();
        otherYear = years.claim();
    }

    @BeforeEach
    void setUp() {
        plan = system.callAs(() -> PlanFixtures.plan(calendar, year), Role.COORDINATOR);
        sport = PlanFixtures.item(plan, ItemKind.BREAK, "WINTER_SPORTS");
        district = places.districts().get(0);
        other = places.districts().get(1);
    }

    private ActivityDraft draft(Long calendarItemId, Long venueId) {
        return new ActivityDraft(year, calendarItemId, ActivityType.NIGHT_WALK, Purpose.PREVENTIVE,
                PlanFixtures.unique("Nattvandring"), null, district.id(), venueId, null, null, null);
    }

    private long newActivity() {
        return activities.createActivity(draft(sport.id(), null));
    }

    private List<Shift> shiftsOf(long activityId) {
        return activities.shifts(ShiftFilter.ofActivity(activityId));
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserMessageException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void aShiftCrossingMidnightIsOneShiftAndEachGroupIsItsOwnShift() {
        long activityId = newActivity();
        LocalDate friday = sport.lastDay();
        long first = activities.addShift(activityId, ShiftDraft.nightWalk(friday, NINE_PM, ONE_AM));
        long second = activities.addShift(activityId, ShiftDraft.nightWalk(friday, NINE_PM, ONE_AM));

        Shift shift = activities.shift(first).orElseThrow();
        assertThat(shift.crossesMidnight()).isTrue();
        assertThat(shift.end()).isEqualTo(friday.plusDays(1).atTime(ONE_AM));
        assertThat(shift.duration()).isEqualTo(Duration.ofHours(4));
        assertThat(shift.groupNo()).isEqualTo(1);
        assertThat(activities.shift(second).orElseThrow().groupNo()).isEqualTo(2);
        assertThat(shift.riskLevel()).isEqualTo(plan.day(friday).riskLevel());
        assertThat(shift.riskOverridden()).isFalse();
        assertThat(shift.status()).isEqualTo(ShiftStatus.DRAFT);
        assertThat(shift.districtName()).isEqualTo(district.name());
        assertThat(shift.calendarItemId()).isEqualTo(sport.id());
        assertThat(activities.activity(activityId).orElseThrow().period().nameKey())
                .isEqualTo("calendar.break.WINTER_SPORTS");
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingIsSaved() {
        long activityId = newActivity();
        LocalDate day = sport.firstDay();
        activities.addShift(activityId, ShiftDraft.nightWalk(day, NINE_PM, ONE_AM));
        List<Shift> before = shiftsOf(activityId);

        refused(() -> activities.addShift(activityId, ShiftDraft.nightWalk(day, NINE_PM, NINE_PM)),
                "activities.error.endEqualsStart");
        refused(() -> activities.addShift(activityId, ShiftDraft.nightWalk(day, NINE_PM, ONE_AM).withSizes(5, 4, 3)),
                "activities.error.minAboveMax");
        refused(() -> activities.addShift(activityId, ShiftDraft.nightWalk(day, NINE_PM, ONE_AM).withSizes(3, 6, 5)),
                "activities.error.neededOutside");
        refused(() -> activities.addShift(activityId, ShiftDraft.nightWalk(sport.firstDay().minusDays(1), NINE_PM,
                ONE_AM)), "activities.error.outsidePeriod");
        refused(() -> activities.addShift(activityId, ShiftDraft.nightWalk(day, LocalTime.of(8, 0), ONE_AM)),
                "activities.error.tooLong");
        refused(() -> activities.addShift(activityId, ShiftDraft.nightWalk(day, NINE_PM, ONE_AM).withGroupNo(1)),
                "activities.error.groupTaken");
        refused(() -> activities.addShifts(activityId, List.of(ShiftDraft.nightWalk(day.plusDays(1), NINE_PM, ONE_AM),
                ShiftDraft.nightWalk(day.plusDays(2), NINE_PM, NINE_PM))), "activities.error.endEqualsStart");
        Shift existing = before.getFirst();
        refused(() -> activities.updateShift(existing.id(), ShiftDraft.of(existing).withSizes(6, 4, 5),
                existing.version()), "activities.error.minAboveMax");
        assertThat(shiftsOf(activityId)).as("nothing saved").isEqualTo(before);

        Venue elsewhere = other.venues().getFirst();
        refused(() -> activities.createActivity(draft(sport.id(), elsewhere.id())), "activities.error.venueNotInDistrict");
        refused(() -> activities.createActivity(new ActivityDraft(year, null, ActivityType.EVENT, Purpose.PROMOTING,
                "x", null, -1L, null, null, null, null)), "activities.error.unknownDistrict");
        refused(() -> activities.createActivity(new ActivityDraft(year, null, ActivityType.EVENT, Purpose.PROMOTING,
                " ", null, district.id(), null, null, null, null)), "activities.error.titleRequired");
        CalendarItem otherYearsBreak = PlanFixtures.item(PlanFixtures.plan(calendar, otherYear), ItemKind.BREAK,
                "WINTER_SPORTS");
        refused(() -> activities.createActivity(draft(otherYearsBreak.id(), null)), "activities.error.unknownPeriod");
        long termTime = activities.createActivity(draft(null, null));
        refused(() -> activities.addShift(termTime, ShiftDraft.nightWalk(lastDay(year).plusDays(1), NINE_PM, ONE_AM)),
                "activities.error.outsideYear");
        assertThat(shiftsOf(termTime)).isEmpty();
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefused() {
        long activityId = newActivity();
        long id = activities.addShift(activityId, ShiftDraft.nightWalk(sport.firstDay(), NINE_PM, ONE_AM));
        Shift seen = activities.shift(id).orElseThrow();

        activities.updateShift(id, ShiftDraft.of(seen).withTimes(LocalTime.of(20, 0), LocalTime.MIDNIGHT),
                seen.version());
        refused(() -> activities.updateShift(id, ShiftDraft.of(seen).withSizes(2, 2, 2), seen.version()),
                "error.changedByOthers");
        Shift now = activities.shift(id).orElseThrow();
        assertThat(now.startsAt()).isEqualTo(LocalTime.of(20, 0));
        assertThat(now.minSize()).isEqualTo(3);

        Activity activity = activities.activity(activityId).orElseThrow();
        activities.updateActivity(activityId, ActivityDraft.of(activity), activity.version());
        refused(() -> activities.updateActivity(activityId, ActivityDraft.of(activity), activity.version()),
                "error.changedByOthers");
        refused(() -> activities.deleteActivity(activityId, activity.version()), "error.changedByOthers");
    }

    @Test
    void bulkChangesTimesCancelsAndReopensAllOrNothing() {
        long activityId = newActivity();
        List<Long> ids = activities.addShifts(activityId, sport.dates().stream().limit(3)
                .map(d -> ShiftDraft.nightWalk(d, NINE_PM, ONE_AM)).toList());
        List<ShiftRef> seen = shiftsOf(activityId).stream().map(Shift::ref).toList();

        assertThat(activities.changeTimes(seen, LocalTime.of(19, 30), LocalTime.of(23, 30))).isEqualTo(3);
        assertThat(shiftsOf(activityId)).allSatisfy(s -> {
            assertThat(s.startsAt()).isEqualTo(LocalTime.of(19, 30));
            assertThat(s.endsAt()).isEqualTo(LocalTime.of(23, 30));
        });
        refused(() -> activities.cancel(seen), "error.changedByOthers");
        assertThat(shiftsOf(activityId)).allSatisfy(s -> assertThat(s.status()).isEqualTo(ShiftStatus.DRAFT));
        refused(() -> activities.changeTimes(shiftsOf(activityId).stream().map(Shift::ref).toList(), NINE_PM, NINE_PM),
                "activities.error.endEqualsStart");
        refused(() -> activities.cancel(List.of()), "activities.error.noShiftsSelected");

        assertThat(activities.cancel(shiftsOf(activityId).stream().map(Shift::ref).toList())).isEqualTo(3);
        assertThat(shiftsOf(activityId)).allSatisfy(s -> assertThat(s.status()).isEqualTo(ShiftStatus.CANCELLED));
        List<ShiftRef> two = shiftsOf(activityId).stream().limit(2).map(Shift::ref).toList();
        assertThat(activities.reopen(two)).isEqualTo(2);
        assertThat(shiftsOf(activityId)).extracting(Shift::status)
                .containsExactly(ShiftStatus.DRAFT, ShiftStatus.DRAFT, ShiftStatus.CANCELLED);
        assertThat(activities.setStatus(shiftsOf(activityId).stream().map(Shift::ref).toList(), ShiftStatus.OPEN))
                .isEqualTo(3);
        assertThat(activities.shifts(ShiftFilter.ofActivity(activityId).withStatuses(Set.of(ShiftStatus.OPEN))))
                .extracting(Shift::id).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void aShiftPeopleAreOnIsCancelledNotDeleted() {
        long activityId = newActivity();
        long id = activities.addShift(activityId, ShiftDraft.nightWalk(sport.firstDay(), NINE_PM, ONE_AM));
        PlanFixtures.assign(dsl, id);
        Shift shift = activities.shift(id).orElseThrow();
        assertThat(shift.assignedCount()).isEqualTo(1);
        assertThat(shift.missing()).isEqualTo(3);

        refused(() -> activities.deleteShift(id, shift.version()), "activities.error.hasAssignments");
        Activity activity = activities.activity(activityId).orElseThrow();
        refused(() -> activities.deleteActivity(activityId, activity.version()), "activities.error.hasAssignments");
        assertThat(activities.cancel(List.of(shift.ref()))).isEqualTo(1);
        assertThat(activities.shift(id)).hasValueSatisfying(s -> assertThat(s.status()).isEqualTo(ShiftStatus.CANCELLED));

        long empty = newActivity();
        long lone = activities.addShift(empty, ShiftDraft.nightWalk(sport.firstDay(), NINE_PM, ONE_AM));
        activities.deleteShift(lone, activities.shift(lone).orElseThrow().version());
        activities.deleteActivity(empty, activities.activity(empty).orElseThrow().version());
        assertThat(activities.activity(empty)).isEmpty();
    }

    @Test
    void theBoardShowsEachEveningAndDistrictWithGroupsNeededAndAssigned() {
        long activityId = newActivity();
        LocalDate day = sport.firstDay().plusDays(1);
        List<Long> ids = activities.addShifts(activityId, List.of(ShiftDraft.nightWalk(day, NINE_PM, ONE_AM),
                ShiftDraft.nightWalk(day, NINE_PM, LocalTime.of(2, 30))));
        PlanFixtures.assign(dsl, ids.getFirst());

        PlanBoard board = activities.board(sport.id());
        assertThat(board.days()).extracting(PlanBoard.Day::date).containsExactlyElementsOf(sport.dates());
        assertThat(board.districts()).extracting(PlanBoard.District::id).contains(district.id(), other.id());
        PlanBoard.Day evening = board.days().stream().filter(d -> d.date().equals(day)).findFirst().orElseThrow();
        assertThat(evening.riskLevel()).isEqualTo(plan.day(day).riskLevel());
        PlanBoard.Cell cell = evening.cell(district.id()).orElseThrow();
        PlanBoard.GroupCount walks = cell.groups().stream().filter(g -> g.type() == ActivityType.NIGHT_WALK)
                .findFirst().orElseThrow();
        // other tests may plan in this district too: at least ours
        assertThat(walks.groups()).isGreaterThanOrEqualTo(2);
        assertThat(walks.assigned()).isGreaterThanOrEqualTo(1);
        assertThat(walks.missing()).isGreaterThanOrEqualTo(7);
        assertThat(walks.endsAt()).isEqualTo(LocalTime.of(2, 30));
        refused(() -> activities.board(-1), "error.notFound");
    }

    @Test
    void aGeneratedShiftEditedByHandKeepsTheEditWhenRegenerated() {
        PlanFixtures.plan(calendar, otherYear);
        rules.installDefaults();
        rules.apply(otherYear);
        List<Shift> walks = activities.shifts(ShiftFilter.year(otherYear).withTypes(Set.of(ActivityType.NIGHT_WALK)))
                .stream().filter(Shift::generated).toList();
        Shift edited = walks.get(0);
        Shift moved = walks.get(1);

        activities.updateShift(edited.id(), ShiftDraft.of(edited).withTimes(LocalTime.of(20, 0), ONE_AM),
                edited.version());
        LocalDate movedFrom = moved.day();
        activities.updateShift(moved.id(), ShiftDraft.of(moved).withGroupNo(40), moved.version());
        assertThat(activities.shift(moved.id()).orElseThrow().generated()).as("moved by hand: the coordinator's")
                .isFalse();

        GenerationResult result = rules.apply(otherYear);
        assertThat(result.created()).as("the rule fills the moved shift's place again").isEqualTo(1);
        assertThat(activities.shift(edited.id()).orElseThrow().startsAt()).isEqualTo(LocalTime.of(20, 0));
        assertThat(activities.shifts(ShiftFilter.ofActivity(moved.activityId()).withDates(movedFrom, movedFrom)))
                .extracting(Shift::groupNo).contains(moved.groupNo(), 40);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void viewersAndPartnersReadThePlanButCannotChangeIt() {
        long activityId = system.callAs(this::newActivity, Role.COORDINATOR);
        assertThat(activities.activity(activityId)).isPresent();
        assertThat(activities.shifts(ShiftFilter.year(year), 10)).hasSizeLessThanOrEqualTo(10);
        assertThat(activities.board(sport.id()).days()).isNotEmpty();
        assertThatThrownBy(() -> activities.addShift(activityId, ShiftDraft.nightWalk(sport.firstDay(), NINE_PM,
                ONE_AM))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> activities.cancel(List.of(new ShiftRef(1, 0))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "volunteer", roles = "VOLUNTEER")
    void volunteersDoNotReadThePlanHere() {
        assertThatThrownBy(() -> activities.shifts(ShiftFilter.year(year))).isInstanceOf(AccessDeniedException.class);
    }
}
