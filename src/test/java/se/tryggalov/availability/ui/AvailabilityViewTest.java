package se.tryggalov.availability.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.TestYears;
import se.tryggalov.availability.AvailabilityPattern;
import se.tryggalov.availability.AvailabilityState;
import se.tryggalov.availability.AvailabilityTestData;
import se.tryggalov.availability.ReachablePerson;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.security.Role;
import se.tryggalov.shared.SecurityContexts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.tryggalov.TestYears.inWeek;
import static se.tryggalov.TestYears.nth;

/**
 * The phone view and the counts table in the browserless UI. The answers are made in a school year the class claims
 * (and plans), the counts in another one the counting test claims (and nobody plans).
 */
@IntegrationTest
class AvailabilityViewTest extends KaribuViewTest {

    static SchoolYear year;

    @Autowired
    TestYears years;
    @Autowired
    CalendarService calendar;
    @Autowired
    DSLContext dsl;
    @Autowired
    SecurityContexts contexts;

    AvailabilityTestData data;
    long organisation;
    AvailabilityTestData.Person walker;

    @BeforeAll
    static void claimAYear(@Autowired TestYears years) {
        year = years.claim();
    }

    @BeforeEach
    void setUp() {
        data = new AvailabilityTestData(dsl, contexts);
        if (systemAuthentication.callAs(() -> calendar.plan(year).isEmpty(), Role.COORDINATOR)) {
            systemAuthentication.runAs(() -> calendar.generate(year), Role.COORDINATOR);
        }
        organisation = data.organisation("view-org");
        walker = data.activeVolunteer("view-walker", organisation);
    }

    private static Button button(String id) {
        return _get(Button.class, s -> s.withId(id));
    }

    private static Button answerButton(LocalDate day, AvailabilityState state) {
        return button("answer-" + day + "-" + state.name().toLowerCase());
    }

    private static boolean pressed(Button button) {
        return "true".equals(button.getElement().getAttribute("aria-pressed"));
    }

    private static List<EveningRow> rows() {
        return _find(EveningRow.class);
    }

    private void openAsWalker() {
        signInAs(walker.username(), Role.VOLUNTEER);
        navigateTo("availability", "year=" + year.startYear());
    }

    @Test
    void aVolunteerTapsYesOnAnEveningAndItIsStoredAtOnceThenTapsAgainToClearIt() {
        openAsWalker();

        assertThat(_get(AvailabilityView.class).person.isVisible()).as("volunteers never see the person picker").isFalse();
        assertThat(rows()).isNotEmpty();
        LocalDate day = rows().get(2).evening().date();
        Button yes = answerButton(day, AvailabilityState.AVAILABLE);
        assertThat(pressed(yes)).isFalse();

        _click(yes);

        assertThat(data.stored(walker.id(), day)).hasValueSatisfying(s -> assertThat(s.state()).isEqualTo("AVAILABLE"));
        assertThat(pressed(yes)).isTrue();
        assertThat(pressed(answerButton(day, AvailabilityState.MAYBE))).isFalse();
        assertThat(_get(EveningRow.class, s -> s.withId("evening-" + day)).getElement().getAttribute("class"))
                .contains("risk-");

        _click(answerButton(day, AvailabilityState.AVAILABLE));

        assertThat(data.stored(walker.id(), day)).isEmpty();
        assertThat(pressed(answerButton(day, AvailabilityState.AVAILABLE))).isFalse();
        assertNoRawTranslationKeys();
    }

    @Test
    void eveningsAreGroupedByBreakAndMonthWithTheRiskLevelInWords() {
        openAsWalker();

        LocalDate fridayBeforeHostlov = inWeek(44, DayOfWeek.MONDAY, year).minusDays(3);
        EveningRow autumnFriday = _get(EveningRow.class, s -> s.withId("evening-" + fridayBeforeHostlov));
        assertThat(autumnFriday.evening().isBreakNight()).isTrue();
        String text = autumnFriday.getElement().getTextRecursively();
        assertThat(text).contains(t("calendar.break.AUTUMN")).containsPattern("Risk [3-5]");
        assertThat(_find(com.vaadin.flow.component.html.H2.class).stream().map(h -> h.getText()))
                .anyMatch(h -> h.startsWith(t("calendar.break.AUTUMN")))
                .anyMatch(h -> h.startsWith(t("calendar.month.9")));
    }

    @Test
    void aTimeWindowIsSetInASmallDialogAndMayEndAfterMidnight() {
        openAsWalker();
        LocalDate day = rows().get(1).evening().date();
        _click(answerButton(day, AvailabilityState.AVAILABLE));

        _click(button("window-" + day));
        setValueAsUser(_get(TimePicker.class, s -> s.withId("window-from")), LocalTime.of(21, 0));
        setValueAsUser(_get(TimePicker.class, s -> s.withId("window-to")), LocalTime.of(1, 0));
        _click(button("save-window"));

        assertThat(data.stored(walker.id(), day)).hasValue(
                new AvailabilityTestData.Stored("AVAILABLE", LocalTime.of(21, 0), LocalTime.of(1, 0), null));
        assertThat(button("window-" + day).getText()).isEqualTo("21:00–01:00");
    }

    @Test
    void aPatternFillsTheBreakFridaysInOneGo() {
        openAsWalker();
        AvailabilityView view = _get(AvailabilityView.class);
        view.patterns.setOpened(true);
        setValueAsUser(view.patternKind, AvailabilityPattern.Kind.BREAK_FRIDAYS);
        setValueAsUser(view.patternAnswer, AvailabilityView.PatternAnswer.AVAILABLE);

        _click(view.applyPattern);

        List<LocalDate> breakFridays = rows().stream().map(EveningRow::evening)
                .filter(e -> e.isBreakNight() && e.weekday() == DayOfWeek.FRIDAY).map(e -> e.date()).toList();
        assertThat(breakFridays).isNotEmpty();
        assertThat(data.storedDays(walker.id(), "AVAILABLE")).containsExactlyElementsOf(breakFridays);
        assertThat(breakFridays).allSatisfy(d -> assertThat(pressed(answerButton(d, AvailabilityState.AVAILABLE))).isTrue());
        assertThat(notificationTexts()).anyMatch(n -> n.contains(String.valueOf(breakFridays.size())));
    }

    @Test
    void aCoordinatorPicksAPersonAndAnswersOnTheirBehalf() {
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo("availability", "year=" + year.startYear());
        @SuppressWarnings("unchecked")
        ComboBox<ReachablePerson> person = _get(ComboBox.class, s -> s.withId("availability-person"));
        assertThat(rows()).as("no one picked yet").isEmpty();
        ReachablePerson target = person.getListDataView().getItems()
                .filter(p -> p.userId() == walker.id()).findFirst().orElseThrow();

        setValueAsUser(person, target);
        LocalDate day = rows().getFirst().evening().date();
        _click(answerButton(day, AvailabilityState.MAYBE));

        assertThat(data.stored(walker.id(), day)).hasValueSatisfying(s -> {
            assertThat(s.state()).isEqualTo("MAYBE");
            assertThat(s.enteredBy()).isNotNull().isNotEqualTo(walker.id());
        });
        assertThat(data.auditDetails("AVAILABILITY_CHANGED", walker.id())).containsExactly("set=1");
    }

    @Test
    void aPausedVolunteerSeesWhyAndCannotAnswer() {
        AvailabilityTestData.Person paused = data.volunteer("view-paused", "PAUSED", true, List.of(organisation), List.of());
        signInAs(paused.username(), Role.VOLUNTEER);
        navigateTo("availability", "year=" + year.startYear());

        assertThat(_get(Paragraph.class, s -> s.withId("availability-message")).getText())
                .isEqualTo(t("availability.error.notActive.PAUSED"));
        assertThat(rows()).isNotEmpty();
        assertThat(answerButton(rows().getFirst().evening().date(), AvailabilityState.AVAILABLE).isEnabled()).isFalse();
    }

    // ---- the counts ----------------------------------------------------------------------------------------

    private static List<String> countsRow(int row) {
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, s -> s.withId("availability-counts"));
        assertThat(_size(grid)).isGreaterThan(row);
        return _getFormattedRow(grid, row);
    }

    private static int column(String key) {
        Grid<?> grid = _get(Grid.class, s -> s.withId("availability-counts"));
        return grid.getColumns().indexOf(grid.getColumnByKey(key));
    }

    @Test
    void theCoordinatorSeesHowManyCanGoOutPerDistrictAndAPartnerContactOnlyTheirOwn() {
        LocalDate counted = nth(DayOfWeek.FRIDAY, Month.MAY, 1, years.claim());
        long alby = data.district("Alby");
        var own = data.volunteer("count-own", "ACTIVE", true, List.of(organisation), List.of(alby));
        var other = data.volunteer("count-other", "ACTIVE", true, List.of(data.organisation("view-other")), List.of(alby));
        var trained = data.volunteer("count-lead", "ACTIVE", true, List.of(organisation), List.of());
        data.qualification(trained.id(), "LEAD", counted.minusYears(9), null);
        data.answer(own.id(), counted, AvailabilityState.AVAILABLE);
        data.answer(other.id(), counted, AvailabilityState.AVAILABLE);
        data.answer(trained.id(), counted, AvailabilityState.MAYBE);
        AvailabilityTestData.Person contact = data.account("view-contact", organisation, Role.PARTNER_CONTACT);
        String period = "from=" + counted + "&to=" + counted.plusDays(1);

        signInAs("coordinator", Role.COORDINATOR);
        navigateTo("availability/overview", period);
        List<String> row = countsRow(0);
        assertThat(row.get(column("district-" + alby))).isEqualTo("2");
        assertThat(row.get(column("anywhere"))).isEqualTo(t("availability.overview.cell", 0, 1));
        assertThat(row.get(column("total"))).isEqualTo(t("availability.overview.cell", 2, 1));
        assertThat(countsRow(1).get(column("total"))).isEqualTo("0");
        assertNoRawTranslationKeys();

        navigateTo("availability/overview", period + "&qualification=LEAD");
        assertThat(countsRow(0).get(column("total"))).isEqualTo(t("availability.overview.cell", 0, 1));

        signInAs(contact.username(), Role.PARTNER_CONTACT);
        navigateTo("availability/overview", period);
        assertThat(countsRow(0).get(column("district-" + alby))).isEqualTo("1");
        assertThat(countsRow(0).get(column("total"))).isEqualTo(t("availability.overview.cell", 1, 1));
    }
}
