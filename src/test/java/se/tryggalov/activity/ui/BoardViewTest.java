package se.tryggalov.activity.ui;

import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.TestYears;
import se.tryggalov.activity.ActivityService;
import se.tryggalov.activity.ActivityType;
import se.tryggalov.activity.PlanBoard;
import se.tryggalov.activity.Shift;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.KeyDateKind;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.place.VenueKind;
import se.tryggalov.place.District;
import se.tryggalov.place.PlaceService;
import se.tryggalov.security.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The break board at /plan/board: one cell per evening and district, opening its shifts. */
@IntegrationTest
class BoardViewTest extends KaribuViewTest {

    @Autowired
    CalendarService calendar;
    @Autowired
    ActivityService activities;
    @Autowired
    PlaceService places;

    PlanTestData data;
    /** Claimed by the class. */
    static SchoolYear year;
    CalendarItem sportlov;
    /** The first evening of the test year's sportlov (a Monday); the break runs to Friday. */
    LocalDate first;

    @BeforeAll
    static void claimAYear(@Autowired TestYears years) {
        year = years.claim();
    }

    @Autowired
    java.time.Clock clock;

    @BeforeEach
    void setUp() {
        data = new PlanTestData(year, calendar, activities, places, systemAuthentication);
        sportlov = data.sportlov(year);
        first = data.sportlov(year).firstDay();
    }

    private static BoardView view() {
        return _get(BoardView.class);
    }

    private void openAs(String user, Role role) {
        signInAs(user, role);
        navigateTo("plan/board", "break=" + sportlov.id());
    }

    private static NativeButton cell(LocalDate day, District district) {
        return _get(NativeButton.class, s -> s.withId("cell-" + day + "-" + district.id()));
    }

    /**
     * The cell button's accessible name: its own text (visible lines and the words only a screen reader needs).
     * No aria-label: one would replace the visible text in the name (WCAG 2.5.3, axe label-content-name-mismatch).
     */
    private static String accessibleName(NativeButton button) {
        assertThat(button.getElement().getAttribute("aria-label")).isNull();
        return button.getElement().getTextRecursively();
    }

    @Test
    void aCellShowsItsGroupsNeededAgainstAssignedAndTheEveningsRiskInWords() {
        District district = data.district(2);
        long walk = data.nightWalk(PlanTestData.unique("board-walk"), district);
        int before = data.asCoordinator(() -> activities.board(sportlov.id())).days().stream()
                .filter(d -> d.date().equals(first)).findFirst().orElseThrow()
                .cell(district.id()).map(PlanBoard.Cell::groupCount).orElse(0);
        data.shift(walk, first);
        data.shift(walk, first);
        openAs("coordinator", Role.COORDINATOR);

        PlanBoard board = view().shown();
        assertThat(board.period().calendarItemId()).isEqualTo(sportlov.id());
        PlanBoard.Day day = board.days().stream().filter(d -> d.date().equals(first)).findFirst().orElseThrow();
        assertThat(day.cell(district.id()).orElseThrow().groupCount()).isEqualTo(before + 2);
        String text = cell(first, district).getElement().getTextRecursively();
        assertThat(text).contains(t("plan.typeShort.NIGHT_WALK") + ": " + (before + 2) + " grupper");
        assertThat(accessibleName(cell(first, district))).contains(district.name())
                .contains(t("plan.risk.label", t("plan.risk.level", day.riskLevel(),
                        t("plan.risk.word." + day.riskLevel()))));
        assertThat(view().summary.getText()).startsWith(t("calendar.break.WINTER_SPORTS"));
        assertNoRawTranslationKeys();
    }

    @Test
    void thePeriodPickerStartsAtTheComingBreakOffersNoOldYearsAndWritesAOneDayDateOnce() {
        SchoolYear demoYear = data.asCoordinator(calendar::currentYear);
        CalendarItem valborg = data.plan(demoYear).itemsOf(ItemKind.KEY_DATE).stream()
                .filter(i -> KeyDateKind.WALPURGIS_EVE.name().equals(i.code())).findFirst().orElseThrow();
        signInAs("viewer", Role.VIEWER);
        navigateTo("plan/board");

        List<CalendarItem> offered = view().period.getListDataView().getItems().toList();
        LocalDate today = LocalDate.now(clock);
        assertThat(offered).isNotEmpty();
        assertThat(offered.getFirst().lastDay()).as("the first offered is on now or coming").isAfterOrEqualTo(today);
        assertThat(offered).allSatisfy(p -> assertThat(p.lastDay())
                .isAfterOrEqualTo(demoYear.previous().firstDay()));
        assertThat(offered).extracting(CalendarItem::id)
                .isEqualTo(se.tryggalov.calendar.PeriodChoices.comingFirst(offered, today, demoYear.previous())
                        .stream().map(CalendarItem::id).toList());
        assertThat(view().period.getValue()).isEqualTo(
                se.tryggalov.calendar.PeriodChoices.coming(offered, today).orElseThrow());
        String label = view().period.getItemLabelGenerator().apply(valborg);
        assertThat(label).endsWith("(" + se.tryggalov.shared.time.DateTexts.of(uiLocale())
                .shortDate(valborg.firstDay()) + ")").doesNotContain("–");
    }

    /** Night-walking groups per district and evening by risk level, as the default rule takes them (DOMAIN.md). */
    private static final int[] DEMO_GROUPS_FOR_RISK = {0, 0, 0, 2, 2, 3};

    @Test
    void theDemoPlanShowsValborgsNightWalkGroupsInEveryDistrictWithHotSpots() {
        SchoolYear demoYear = data.asCoordinator(calendar::currentYear);
        CalendarItem valborg = data.plan(demoYear).itemsOf(ItemKind.KEY_DATE).stream()
                .filter(i -> KeyDateKind.WALPURGIS_EVE.name().equals(i.code())).findFirst().orElseThrow();
        District hotSpotDistrict = data.districts().stream().filter(d -> d.count(VenueKind.HOT_SPOT) > 0)
                .findFirst().orElseThrow();
        signInAs("viewer", Role.VIEWER);
        navigateTo("plan/board", "break=" + valborg.id());

        assertThat(view().period.getValue()).isEqualTo(valborg);
        PlanBoard.Day day = view().shown().days().getFirst();
        assertThat(day.date()).isEqualTo(valborg.firstDay());
        int expected = DEMO_GROUPS_FOR_RISK[day.riskLevel()];
        assertThat(expected).as("Valborg is a high-risk evening").isPositive();
        String text = cell(day.date(), hotSpotDistrict).getElement().getTextRecursively();
        assertThat(text).contains(t("plan.typeShort.NIGHT_WALK") + ": " + expected + " grupper");
        assertThat(accessibleName(cell(day.date(), hotSpotDistrict)))
                .contains(t("plan.risk.label", t("plan.risk.level", 5, t("plan.risk.word.5"))));
    }

    @Test
    void clickingACellOpensItsShiftsAndCoordinatorsCanEditThem() {
        District district = data.district(3);
        long walk = data.nightWalk(PlanTestData.unique("board-open"), district);
        long id = data.shift(walk, first.plusDays(1));
        openAs("coordinator", Role.COORDINATOR);

        _click(cell(first.plusDays(1), district));

        BoardCellDialog dialog = _get(BoardCellDialog.class);
        List<Shift> shifts = dialog.shifts.getListDataView().getItems().toList();
        assertThat(shifts).extracting(Shift::id).contains(id);
        assertThat(shifts).allSatisfy(s -> {
            assertThat(s.districtId()).isEqualTo(district.id());
            assertThat(s.day()).isEqualTo(first.plusDays(1));
        });
        assertThat(_get(RouterLink.class, s -> s.withId("cell-open-in-plan")).getHref())
                .contains("from=" + first.plusDays(1)).contains("district=" + district.id());
        int row = shifts.stream().map(Shift::id).toList().indexOf(id);
        _click((com.vaadin.flow.component.button.Button) com.github.mvysny.kaributesting.v10.GridKt
                ._getCellComponent(dialog.shifts, row, "actions"));
        assertThat(_get(ShiftDialog.class).groupRules.peopleNeeded.isReadOnly()).isFalse();
    }

    @Test
    void anOrganisationsOwnShiftIsCountedAsItsCommitment() {
        District district = data.district(4);
        long patrol = data.activity(PlanTestData.unique("board-patrol"), ActivityType.PATROL, district);
        data.asCoordinator(() -> activities.addShift(patrol, new se.tryggalov.activity.ShiftDraft(first,
                java.time.LocalTime.of(20, 0), java.time.LocalTime.of(2, 0), null, 1, 2, 2, false, true,
                java.util.Set.of(), null, null, se.tryggalov.activity.Staffing.ORGANISATION)));
        openAs("coordinator", Role.COORDINATOR);

        PlanBoard.Cell cell = view().shown().days().stream().filter(d -> d.date().equals(first)).findFirst()
                .orElseThrow().cell(district.id()).orElseThrow();
        assertThat(cell.organisations()).anySatisfy(o -> assertThat(o.type()).isEqualTo(ActivityType.PATROL));
        assertThat(cell(first, district).getElement().getTextRecursively()).contains("20:00–02:00 (+1)");
    }

    @Test
    void readersOpenCellsButGetNoEditButtons() {
        District district = data.district(0);
        long walk = data.nightWalk(PlanTestData.unique("board-viewer"), district);
        data.shift(walk, first);
        openAs("viewer", Role.VIEWER);

        assertThat(view().canEdit).isFalse();
        _click(cell(first, district));
        assertThat(_get(BoardCellDialog.class).shifts.getListDataView().getItemCount()).isPositive();
        assertThat(_get(BoardCellDialog.class).shifts.getColumnByKey("actions")).as("no edit buttons").isNull();
    }

    @Test
    void withoutAChoiceTheCurrentOrNextBreakIsShown() {
        signInAs("partner", Role.PARTNER_CONTACT);
        navigateTo("plan/board");

        CalendarItem chosen = view().period.getValue();
        if (chosen != null) {
            assertThat(chosen.lastDay()).isAfterOrEqualTo(LocalDate.now(applicationContext.getBean(java.time.Clock.class)));
            assertThat(_find(NativeButton.class)).isNotEmpty();
        } else {
            assertThat(view().summary.getText()).isEqualTo(t("plan.board.noBreaks"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void showsNoRawTranslationKey(String language) {
        openAs("coordinator", Role.COORDINATOR);
        useLocale(Locale.forLanguageTag(language));

        assertNoRawTranslationKeys();
        _click(_find(NativeButton.class).getFirst());
        assertThat(_get(BoardCellDialog.class).isOpened()).isTrue();
        assertNoRawTranslationKeys();
    }
}
