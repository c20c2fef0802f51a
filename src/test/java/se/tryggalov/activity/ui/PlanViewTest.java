package se.tryggalov.activity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.TestYears;
import se.tryggalov.activity.Activity;
import se.tryggalov.activity.ActivityService;
import se.tryggalov.activity.ActivityType;
import se.tryggalov.activity.RollForwardService;
import se.tryggalov.activity.Shift;
import se.tryggalov.activity.ShiftStatus;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.place.District;
import se.tryggalov.place.PlaceService;
import se.tryggalov.security.Role;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The shift list at /plan: filters, bulk changes, the shift and activity dialogs, roll-forward, and read-only roles. */
@IntegrationTest
class PlanViewTest extends KaribuViewTest {

    @Autowired
    CalendarService calendar;
    @Autowired
    ActivityService activities;
    @Autowired
    PlaceService places;
    @Autowired
    RollForwardService rollForward;

    PlanTestData data;
    /** Claimed by the class with the one after it, for the roll-forward. */
    static SchoolYear year;
    District alby;
    District fittja;
    /** The first evening of the test year's sportlov (a Monday); the break runs to Friday. */
    LocalDate first;

    @BeforeAll
    static void claimAYear(@Autowired TestYears years) {
        year = years.claim(2);
    }

    @BeforeEach
    void setUp() {
        data = new PlanTestData(year, calendar, activities, places, systemAuthentication);
        alby = data.district(0);
        fittja = data.district(1);
        first = data.sportlov(year).firstDay();
    }

    private static PlanView view() {
        return _get(PlanView.class);
    }

    private static Button button(String id) {
        return _get(Button.class, s -> s.withId(id));
    }

    /** The edit (or show) button in a shift's row. */
    private static Button openButton(long shiftId) {
        Grid<Shift> grid = view().grid;
        int row = grid.getListDataView().getItems().map(Shift::id).toList().indexOf(shiftId);
        assertThat(row).as("row of shift " + shiftId).isNotNegative();
        return (Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, row, "actions");
    }

    private void openAs(String user, Role role) {
        signInAs(user, role);
        navigateTo("plan", "year=" + year.startYear());
    }

    @Test
    void openedFromTheMenuThePlanStartsAtThisWeeksMondayWithTheFiltersFolded() {
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo("plan");

        LocalDate today = LocalDate.now(se.tryggalov.shared.time.Zones.STOCKHOLM);
        boolean inCurrentYear = view().year.getValue().contains(today);
        assertThat(view().from.getValue())
                .isEqualTo(inCurrentYear ? today.with(java.time.DayOfWeek.MONDAY) : null);
        assertThat(view().filters.isOpened()).isFalse();
        if (inCurrentYear) {
            assertThat(rows()).allSatisfy(s -> assertThat(s.day())
                    .isAfterOrEqualTo(today.with(java.time.DayOfWeek.MONDAY)));
        }
    }

    @Test
    void aLinkWithAFilterOpensTheFiltersAndTheWholePeriod() {
        openAs("coordinator", Role.COORDINATOR);

        assertThat(view().from.getValue()).isNull();
        assertThat(view().filters.isOpened()).isTrue();
    }

    private static List<Shift> rows() {
        return view().grid.getListDataView().getItems().toList();
    }

    private static List<Long> rowIds() {
        return rows().stream().map(Shift::id).toList();
    }

    @Test
    void theFiltersNarrowTheRows() {
        long walkInAlby = data.nightWalk(PlanTestData.unique("walk-alby"), alby);
        long inAlby = data.shift(walkInAlby, first);
        long outreachInFittja = data.activity(PlanTestData.unique("outreach-fittja"), ActivityType.OUTREACH, fittja);
        long inFittja = data.shift(outreachInFittja, first.plusDays(1));
        openAs("coordinator", Role.COORDINATOR);

        assertThat(rowIds()).contains(inAlby, inFittja);

        setValueAsUser(view().districts, Set.of(alby));
        assertThat(rowIds()).contains(inAlby).doesNotContain(inFittja);
        assertThat(rows()).allSatisfy(s -> assertThat(s.districtId()).isEqualTo(alby.id()));
        assertThat(view().filters.getSummaryText()).isEqualTo(t("plan.filter.titleActive", 1));

        view().districts.clear();
        setValueAsUser(view().types, Set.of(ActivityType.OUTREACH));
        assertThat(rowIds()).contains(inFittja).doesNotContain(inAlby);
        assertThat(rows()).allSatisfy(s -> assertThat(s.type()).isEqualTo(ActivityType.OUTREACH));

        view().types.clear();
        setValueAsUser(view().from, first.plusDays(1));
        setValueAsUser(view().to, first.plusDays(1));
        assertThat(rowIds()).contains(inFittja).doesNotContain(inAlby);
        assertThat(rows()).allSatisfy(s -> assertThat(s.day()).isEqualTo(first.plusDays(1)));

        _click(view().clearFilters);
        setValueAsUser(view().statuses, Set.of(ShiftStatus.CANCELLED));
        assertThat(rowIds()).doesNotContain(inAlby, inFittja);
    }

    @Test
    void aShiftCrossingMidnightReadsAsTheNextDayAndShowsItsGroupAndRisk() {
        long walk = data.nightWalk(PlanTestData.unique("walk-midnight"), alby);
        data.shift(walk, first);
        long second = data.shift(walk, first);
        openAs("coordinator", Role.COORDINATOR);

        Shift shift = view().shown().get(second);
        List<String> cells = _getFormattedRow(view().grid, shift);
        assertThat(cells).contains("21:00–01:00 (+1)", "grupp 2", "0 av 4, 4 saknas",
                t("plan.risk.level", shift.riskLevel(), t("plan.risk.word." + shift.riskLevel())));
        assertNoRawTranslationKeys();
    }

    @Test
    void aBulkCancelChangesTheStatusAndReopenBringsThemBackAsDrafts() {
        long walk = data.nightWalk(PlanTestData.unique("walk-bulk"), fittja);
        long one = data.shift(walk, first);
        long second = data.shift(walk, first.plusDays(1));
        long untouched = data.shift(walk, first.plusDays(2));
        openAs("coordinator", Role.COORDINATOR);
        Grid<Shift> grid = view().grid;

        assertThat(view().bulkCancel.isEnabled()).as("nothing selected yet").isFalse();
        grid.asMultiSelect().select(view().shown().get(one), view().shown().get(second));
        assertThat(view().selectedCount.getText()).isEqualTo(t("plan.bulk.selected", 2));
        _click(view().bulkCancel);

        assertThat(data.shiftById(one).status()).isEqualTo(ShiftStatus.CANCELLED);
        assertThat(data.shiftById(second).status()).isEqualTo(ShiftStatus.CANCELLED);
        assertThat(data.shiftById(untouched).status()).isEqualTo(ShiftStatus.DRAFT);
        assertThat(notificationTexts()).contains(t("plan.bulk.cancel.done", 2, ""));
        assertThat(_getFormattedRow(grid, view().shown().get(one))).contains(t("activities.status.CANCELLED"));

        grid.asMultiSelect().select(view().shown().get(one), view().shown().get(second));
        _click(view().bulkReopen);
        assertThat(data.shiftById(one).status()).isEqualTo(ShiftStatus.DRAFT);
        assertThat(data.shiftById(second).status()).isEqualTo(ShiftStatus.DRAFT);
    }

    @Test
    void bulkTimesAndStatusChangeEveryChosenShift() {
        long walk = data.nightWalk(PlanTestData.unique("walk-times"), alby);
        long one = data.shift(walk, first);
        long second = data.shift(walk, first.plusDays(1));
        openAs("coordinator", Role.COORDINATOR);

        view().grid.asMultiSelect().select(view().shown().get(one), view().shown().get(second));
        _click(view().bulkTimes);
        BulkTimesDialog dialog = _get(BulkTimesDialog.class);
        setValueAsUser(dialog.startsAt, LocalTime.of(22, 0));
        setValueAsUser(dialog.endsAt, LocalTime.of(2, 30));
        _click(dialog.save);

        assertThat(data.shiftById(one).startsAt()).isEqualTo(LocalTime.of(22, 0));
        assertThat(data.shiftById(second).endsAt()).isEqualTo(LocalTime.of(2, 30));
        assertThat(_getFormattedRow(view().grid, view().shown().get(one))).contains("22:00–02:30 (+1)");

        view().grid.asMultiSelect().select(view().shown().get(one), view().shown().get(second));
        setValueAsUser(view().bulkStatus, ShiftStatus.OPEN);
        _click(view().bulkApplyStatus);
        assertThat(data.shiftById(one).status()).isEqualTo(ShiftStatus.OPEN);
        assertThat(data.shiftById(second).status()).isEqualTo(ShiftStatus.OPEN);
    }

    @Test
    void aBadShiftShowsTheTranslatedMessageAndSavesNothing() {
        String title = PlanTestData.unique("walk-bad");
        long walk = data.nightWalk(title, alby);
        data.shift(walk, first);
        openAs("coordinator", Role.COORDINATOR);
        Activity activity = activities.activity(walk).orElseThrow();

        view().openNewShift(activity);
        ShiftDialog dialog = _get(ShiftDialog.class);
        assertThat(dialog.activity.getValue().id()).isEqualTo(walk);
        setValueAsUser(dialog.day, first);
        setValueAsUser(dialog.startsAt, LocalTime.of(21, 0));
        setValueAsUser(dialog.endsAt, LocalTime.of(21, 0));
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.errorText()).isNotBlank().doesNotMatch(RAW_KEY);
        assertThat(notificationTexts()).contains(dialog.errorText());
        assertThat(data.shiftsOf(walk)).hasSize(1);

        setValueAsUser(dialog.endsAt, LocalTime.of(1, 0));
        setValueAsUser(dialog.groupRules.minSize, 6);
        setValueAsUser(dialog.groupRules.peopleNeeded, 4);
        setValueAsUser(dialog.groupRules.maxSize, 5);
        String endMessage = dialog.errorText();
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.errorText()).isNotBlank().isNotEqualTo(endMessage).doesNotMatch(RAW_KEY);
        assertThat(data.shiftsOf(walk)).hasSize(1);

        setValueAsUser(dialog.groupRules.minSize, 3);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(data.shiftsOf(walk)).hasSize(2);
    }

    @Test
    void aShiftIsEditedInItsDialogAndAnotherPersonsEarlierSaveIsRefused() {
        long walk = data.nightWalk(PlanTestData.unique("walk-edit"), alby);
        long id = data.shift(walk, first);
        openAs("coordinator", Role.COORDINATOR);

        _click(openButton(id));
        ShiftDialog dialog = _get(ShiftDialog.class);
        assertThat(dialog.groupNo.getValue()).isEqualTo(1);
        setValueAsUser(dialog.groupRules.peopleNeeded, 5);
        // someone else changes the shift meanwhile
        Shift current = data.shiftById(id);
        systemAuthentication.runAs(() -> activities.updateShift(id, se.tryggalov.activity.ShiftDraft.of(current)
                .withTimes(LocalTime.of(20, 0), LocalTime.of(23, 0)), current.version()), Role.COORDINATOR);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.errorText()).isNotBlank().doesNotMatch(RAW_KEY);
        assertThat(data.shiftById(id).peopleNeeded()).isEqualTo(4);

        dialog.close();
        view().refresh();
        _click(openButton(id));
        ShiftDialog again = _get(ShiftDialog.class);
        setValueAsUser(again.groupRules.peopleNeeded, 5);
        _click(again.save);
        assertThat(data.shiftById(id).peopleNeeded()).isEqualTo(5);
        assertThat(data.shiftById(id).startsAt()).isEqualTo(LocalTime.of(20, 0));
    }

    @Test
    void aNewActivityIsCreatedAndItsFirstShiftOffered() {
        openAs("coordinator", Role.COORDINATOR);
        String title = PlanTestData.unique("new-activity");

        _click(view().newActivity);
        ActivityDialog dialog = _get(ActivityDialog.class);
        setValueAsUser(dialog.type, ActivityType.NIGHT_WALK);
        setValueAsUser(dialog.title, title);
        setValueAsUser(dialog.district, dialog.district.getListDataView().getItems().findFirst().orElseThrow());
        setValueAsUser(dialog.period, data.sportlov(year));
        setValueAsUser(dialog.planMeasure, "Åtgärd 3.2");
        _click(dialog.save);

        Activity created = activities.activities(year).stream().filter(a -> a.title().equals(title))
                .findFirst().orElseThrow();
        assertThat(created.planMeasure()).isEqualTo("Åtgärd 3.2");
        assertThat(created.calendarItemId()).isEqualTo(data.sportlov(year).id());
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        ShiftDialog first = _get(ShiftDialog.class);
        assertThat(first.activity.getValue().id()).isEqualTo(created.id());
        assertThat(first.day.getValue()).isEqualTo(data.sportlov(year).firstDay());
    }

    @Test
    void aTrainingEveningIsCreatedWithTheQualificationItGives() {
        openAs("coordinator", Role.COORDINATOR);
        String title = PlanTestData.unique("training");

        _click(view().newActivity);
        ActivityDialog dialog = _get(ActivityDialog.class);
        assertThat(dialog.grants.isVisible()).isFalse();
        setValueAsUser(dialog.type, ActivityType.TRAINING);
        assertThat(dialog.grants.isVisible()).isTrue();
        setValueAsUser(dialog.title, title);
        setValueAsUser(dialog.district, dialog.district.getListDataView().getItems().findFirst().orElseThrow());
        setValueAsUser(dialog.grants, se.tryggalov.volunteer.QualificationKind.BASIC_TRAINING);
        setValueAsUser(dialog.grantMonths, 36);
        assertNoRawTranslationKeys();
        _click(dialog.save);

        Activity created = activities.activities(year).stream().filter(a -> a.title().equals(title))
                .findFirst().orElseThrow();
        assertThat(created.type()).isEqualTo(ActivityType.TRAINING);
        assertThat(activities.trainingGrant(created.id())).hasValue(new se.tryggalov.activity.TrainingGrant(
                se.tryggalov.volunteer.QualificationKind.BASIC_TRAINING, 36));
    }

    @Test
    void anActivityWithoutATitleIsRefusedAndNothingSaved() {
        openAs("coordinator", Role.COORDINATOR);
        int before = activities.activities(year).size();

        _click(view().newActivity);
        ActivityDialog dialog = _get(ActivityDialog.class);
        setValueAsUser(dialog.district, dialog.district.getListDataView().getItems().findFirst().orElseThrow());
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.errorText()).isNotBlank().doesNotMatch(RAW_KEY);
        assertThat(activities.activities(year)).hasSize(before);
    }

    @Test
    void rollForwardPreviewsEveryShiftsNewDateBeforeApplying() {
        long walk = data.nightWalk(PlanTestData.unique("walk-roll"), fittja);
        data.shift(walk, first);
        data.plan(year.next());
        openAs("coordinator", Role.COORDINATOR);

        _click(view().roll);
        RollForwardDialog dialog = _get(RollForwardDialog.class);
        setValueAsUser(dialog.scope, data.sportlov(year));
        _click(dialog.preview);

        assertThat(dialog.summary.isVisible()).isTrue();
        assertThat(dialog.items.getListDataView().getItems().filter(i -> i.activityId() == walk).toList())
                .singleElement().satisfies(i -> assertThat(i.to().getDayOfWeek()).isEqualTo(first.getDayOfWeek()));
        assertThat(dialog.apply.isEnabled()).isTrue();
        assertNoRawTranslationKeys();
    }

    @Test
    void aViewerReadsThePlanWithoutAnyEditButton() {
        long walk = data.nightWalk(PlanTestData.unique("walk-viewer"), alby);
        long id = data.shift(walk, first);
        openAs("viewer", Role.VIEWER);

        assertThat(view().canEdit).isFalse();
        assertThat(view().newActivity.isVisible()).isFalse();
        assertThat(view().newShift.isVisible()).isFalse();
        assertThat(view().roll.isVisible()).isFalse();
        assertThat(view().bulkBar.isVisible()).isFalse();
        assertThat(view().grid.getSelectionMode()).isEqualTo(Grid.SelectionMode.NONE);
        assertThat(_find(com.vaadin.flow.router.RouterLink.class, s -> s.withId("link-rules"))).isEmpty();
        assertThat(openButton(id).getText()).isEqualTo(t("plan.action.show"));

        _click(openButton(id));
        ShiftDialog dialog = _get(ShiftDialog.class);
        assertThat(dialog.save.isVisible()).isFalse();
        assertThat(dialog.delete).isNull();
        assertThat(dialog.groupRules.peopleNeeded.isReadOnly()).isTrue();
        assertNoRawTranslationKeys();
    }

    @Test
    void aPartnerContactReadsThePlanToo() {
        openAs("partner", Role.PARTNER_CONTACT);

        assertThat(view().canEdit).isFalse();
        assertThat(view().bulkBar.isVisible()).isFalse();
        assertThat(view().newActivity.isVisible()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void showsNoRawTranslationKey(String language) {
        long walk = data.nightWalk(PlanTestData.unique("walk-keys"), alby);
        data.shift(walk, first);
        openAs("coordinator", Role.COORDINATOR);
        useLocale(Locale.forLanguageTag(language));

        assertNoRawTranslationKeys();
        _click(view().newActivity);
        assertNoRawTranslationKeys();
        _get(ActivityDialog.class).close();
        _click(view().activityList);
        assertNoRawTranslationKeys();
    }
}
