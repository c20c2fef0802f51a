package se.tryggalov.calendar.ui;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.TestYears;
import se.tryggalov.calendar.BreakKind;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ItemDraft;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.ItemStatus;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.calendar.YearPlan;
import se.tryggalov.security.Role;
import se.tryggalov.shared.validation.IdentityNumbers;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.tryggalov.TestYears.date;
import static se.tryggalov.TestYears.firstDay;
import static se.tryggalov.TestYears.inWeek;
import static se.tryggalov.TestYears.lastDay;
import static se.tryggalov.TestYears.nth;

@IntegrationTest
class CalendarViewTest extends KaribuViewTest {

    private static final Pattern FOCUSABLE = Pattern.compile("tabindex=\"0\" role=\"button\" data-item-id=\"(\\d+)\" aria-label=\"([^\"]+)\"");

    private static final DateTimeFormatter DAY_MONTH =
            DateTimeFormatter.ofPattern("d MMMM", Locale.forLanguageTag("sv"));

    @Autowired
    private CalendarService calendar;
    @Autowired
    private TestYears years;

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static CalendarView view() {
        return _get(CalendarView.class);
    }

    private static Button button(String id) {
        return _get(Button.class, s -> s.withId(id));
    }

    private static boolean shown(String id) {
        return _find(Button.class, s -> s.withId(id)).stream().anyMatch(b -> b.isVisible());
    }

    private YearPlan plan(SchoolYear year) {
        return calendar.plan(year).orElseThrow();
    }

    private static CalendarItem autumnBreak(YearPlan plan) {
        return plan.items().stream().filter(i -> i.kind() == ItemKind.BREAK && BreakKind.AUTUMN.name().equals(i.code()))
                .findFirst().orElseThrow();
    }

    /** "27 oktober – 31 oktober 2031", as the calendar writes a period. */
    private static String period(LocalDate first, LocalDate last) {
        return DAY_MONTH.format(first) + " – " + DAY_MONTH.format(last) + " " + last.getYear();
    }

    private void openAsCoordinator(SchoolYear year) {
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo("calendar", "year=" + year.startYear());
    }

    private SchoolYear generateInTheView(SchoolYear year) {
        openAsCoordinator(year);
        if (calendar.plan(year).isEmpty()) {
            _click(button("generate"));
        }
        return year;
    }

    /** Clicks (or presses a key on) the wheel's element for this item, as the browser reports it. */
    private static void activateOnTheWheel(long itemId, String eventType) {
        Element canvas = _get(AnnualWheel.class).canvas().getElement();
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        String attribute = AnnualWheelSvg.ITEM_ID;
        if (eventType.equals("click")) {
            data.put(DataAttributeEvents.valueExpression(attribute), String.valueOf(itemId));
        } else {
            data.put(DataAttributeEvents.keyExpression(attribute), String.valueOf(itemId));
            data.put(DataAttributeEvents.ENTER_OR_SPACE, true);
        }
        ElementUtilsKt._fireDomEvent(canvas, new DomEvent(canvas, eventType, data));
    }

    private static List<String> wheelLabels() {
        Matcher m = FOCUSABLE.matcher(_get(AnnualWheel.class).svg());
        List<String> labels = new java.util.ArrayList<>();
        while (m.find()) {
            labels.add(m.group(1) + ":" + m.group(2));
        }
        return labels;
    }

    // ---- tests --------------------------------------------------------------------------------------------------

    @Test
    void aCoordinatorGeneratesAFarYearFromTheEmptyStateAndSeesWhatHappened() throws IOException {
        SchoolYear year = years.claim();
        openAsCoordinator(year);

        assertThat(_get(H1.class).getText()).isEqualTo("Kalender");
        assertThat(view().emptyState.isVisible()).isTrue();
        assertThat(view().emptyState.getElement().getTextRecursively())
                .contains("Läsåret " + year.label() + " är inte planerat än");
        assertThat(view().status.getText()).isEqualTo("Inte planerat");
        assertThat(view().tabs.isVisible()).isFalse();

        _click(button("generate"));

        YearPlan plan = plan(year);
        assertThat(view().emptyState.isVisible()).isFalse();
        assertThat(view().result.getElement().getTextRecursively())
                .contains("Förslag för " + year.label() + ": " + plan.items().size()
                        + " nya, 0 uppdaterade, 0 borttagna");
        long proposals = plan.items().size() + 1; // the term dates are proposed too
        assertThat(view().status.getText()).isEqualTo("Förslag – " + proposals + " poster att bekräfta");
        assertThat(shown("confirm-all")).isTrue();

        // The wheel: one focusable, labelled element per break, day off, key date and meeting within the year.
        List<CalendarItem> inYear = AnnualWheelSvg.drawnItems(plan);
        assertThat(inYear).hasSizeGreaterThan(30);
        assertThat(wheelLabels()).hasSize(inYear.size());
        CalendarItem autumn = autumnBreak(plan);
        LocalDate week44 = inWeek(44, DayOfWeek.MONDAY, year);
        assertThat(wheelLabels()).contains(autumn.id() + ":Höstlov, Lov, " + period(week44, week44.plusDays(4))
                + " (vecka 44), Förslag");
        assertThat(_get(AnnualWheel.class).svg()).doesNotContain("wheel-today");
        assertThat(_size(view().list.grid)).isEqualTo(plan.items().size());

        // For the report: the SVG of a real generated year, to look at.
        Files.createDirectories(Path.of("target/calendar-ui"));
        Files.writeString(Path.of("target/calendar-ui/wheel.svg"), _get(AnnualWheel.class).svg());
    }

    @Test
    void aCoordinatorEditsABreakFromTheWheelAndSeesItConfirmedOnTheWheel() {
        SchoolYear year = generateInTheView(years.claim());
        CalendarItem autumn = autumnBreak(plan(year));
        assertThat(autumn.status()).isEqualTo(ItemStatus.PROPOSED);

        activateOnTheWheel(autumn.id(), "keydown");

        Dialog dialog = _get(Dialog.class, s -> s.withId("calendar-item-dialog"));
        assertThat(dialog.getHeaderTitle()).isEqualTo("Redigera Höstlov");
        DatePicker first = _get(dialog, DatePicker.class, s -> s.withLabel("Första dagen"));
        DatePicker last = _get(dialog, DatePicker.class, s -> s.withLabel("Sista dagen"));
        assertThat(first.getValue()).isEqualTo(autumn.firstDay());
        assertThat(first.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(first.getI18n().getDateFormats()).containsExactly("yyyy-MM-dd");
        setValueAsUser(first, autumn.firstDay().minusDays(7));
        setValueAsUser(last, autumn.lastDay().minusDays(7));
        _click(_get(dialog, Button.class, s -> s.withId("save-item")));

        CalendarItem saved = autumnBreak(plan(year));
        assertThat(saved.status()).isEqualTo(ItemStatus.CONFIRMED);
        assertThat(saved.firstDay()).isEqualTo(autumn.firstDay().minusDays(7));
        assertThat(saved.lastDay()).isEqualTo(autumn.lastDay().minusDays(7));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(notificationTexts()).contains("Höstlov är sparad och bekräftad.");
        LocalDate week43 = inWeek(43, DayOfWeek.MONDAY, year);
        assertThat(wheelLabels()).contains(saved.id() + ":Höstlov, Lov, " + period(week43, week43.plusDays(4))
                + " (vecka 43), Bekräftad");
    }

    @Test
    void anEndBeforeStartEditShowsTheTranslatedErrorAndChangesNothing() {
        SchoolYear year = generateInTheView(years.claim());
        CalendarItem autumn = autumnBreak(plan(year));

        activateOnTheWheel(autumn.id(), "click");
        Dialog dialog = _get(Dialog.class, s -> s.withId("calendar-item-dialog"));
        setValueAsUser(_get(dialog, DatePicker.class, s -> s.withLabel("Sista dagen")), autumn.firstDay().minusDays(1));
        _click(_get(dialog, Button.class, s -> s.withId("save-item")));

        CalendarItemDialog itemDialog = (CalendarItemDialog) dialog;
        assertThat(itemDialog.errorText()).isEqualTo("Sista dagen kan inte vara före första dagen.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(autumnBreak(plan(year))).isEqualTo(autumn);
    }

    @Test
    void anIdentityNumberTypedIntoTheFormIsMarkedAtOnceAndNeverSaved() {
        SchoolYear year = generateInTheView(years.claim());
        CalendarItem autumn = autumnBreak(plan(year));
        activateOnTheWheel(autumn.id(), "click");
        CalendarItemDialog dialog = (CalendarItemDialog) _get(Dialog.class, s -> s.withId("calendar-item-dialog"));

        setValueAsUser(dialog.title, "Titel 19850101-1236");
        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).isEqualTo(t(IdentityNumbers.PROBLEM));
        setValueAsUser(dialog.title, "");
        setValueAsUser(dialog.notes, "Kontakt 850101-1236");
        assertThat(dialog.notes.isInvalid()).isTrue();
        _click(_get(dialog, Button.class, s -> s.withId("save-item")));

        assertThat(dialog.errorText()).isEqualTo(t(IdentityNumbers.PROBLEM));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(autumnBreak(plan(year))).isEqualTo(autumn);
    }

    @Test
    void aStaleVersionSaysSomeoneElseChangedIt() {
        SchoolYear year = generateInTheView(years.claim());
        CalendarItem autumn = autumnBreak(plan(year));
        activateOnTheWheel(autumn.id(), "click");
        CalendarItemDialog dialog = (CalendarItemDialog) _get(Dialog.class, s -> s.withId("calendar-item-dialog"));

        calendar.confirm(autumn.id()); // someone else, meanwhile
        setValueAsUser(dialog.notes, "Extra pass i Fittja");
        _click(_get(dialog, Button.class, s -> s.withId("save-item")));

        assertThat(dialog.errorText()).isEqualTo(t("error.changedByOthers"));
        assertThat(autumnBreak(plan(year)).notes()).isNull();
    }

    @Test
    void aCoordinatorConfirmsAllAndTheStatusSaysConfirmed() {
        SchoolYear year = generateInTheView(years.claim());

        _click(button("confirm-all"));

        YearPlan plan = plan(year);
        assertThat(plan.hasProposals()).isFalse();
        assertThat(view().status.getText()).isEqualTo("Bekräftad");
        assertThat(shown("confirm-all")).isFalse();
        assertThat(wheelLabels()).allMatch(l -> l.endsWith("Bekräftad"));
    }

    @Test
    void regeneratingAroundAHandMadeBreakListsTheConflictWithTheBlockersNameAndDates() {
        SchoolYear year = generateInTheView(years.claim());
        CalendarItem autumn = autumnBreak(plan(year));
        calendar.delete(autumn.id(), autumn.version());
        LocalDate wednesday = autumn.firstDay().plusDays(2);
        calendar.create(year, new ItemDraft(ItemKind.BREAK, CalendarItem.CUSTOM, "Trygghetsveckan",
                wednesday, wednesday.plusDays(6), null, null, null, null, null, null));
        navigateTo("calendar", "year=" + year.startYear());

        _click(button("generate"));

        assertThat(view().result.getElement().getTextRecursively())
                .contains("krockar med poster som redan finns")
                .contains("Höstlov (" + period(autumn.firstDay(), autumn.lastDay()) + ") krockar med Trygghetsveckan ("
                        + period(wednesday, wednesday.plusDays(6)) + ").");
    }

    @Test
    void aCoordinatorCreatesAKeyDateAndDeletesItAfterConfirming() {
        SchoolYear year = generateInTheView(years.claim());
        LocalDate market = nth(DayOfWeek.SATURDAY, Month.SEPTEMBER, 2, year);

        _click(button("new-item"));
        CalendarItemDialog dialog = (CalendarItemDialog) _get(Dialog.class, s -> s.withId("calendar-item-dialog"));
        assertThat(dialog.kind.getValue()).isEqualTo(ItemKind.KEY_DATE);
        assertThat(dialog.code.getValue()).isEqualTo(CalendarItem.CUSTOM);
        setValueAsUser(dialog.firstDay, market);
        _click(_get(dialog, Button.class, s -> s.withId("save-item")));
        assertThat(dialog.errorText()).isEqualTo("Ange ett eget namn när du väljer Egen.");

        setValueAsUser(dialog.title, "Marknadsdagen");
        setValueAsUser(dialog.risk, 4);
        _click(_get(dialog, Button.class, s -> s.withId("save-item")));

        CalendarItem created = plan(year).items().stream()
                .filter(i -> "Marknadsdagen".equals(i.title())).findFirst().orElseThrow();
        assertThat(created.riskLevel()).isEqualTo(4);
        assertThat(created.lastDay()).isEqualTo(market);
        assertThat(wheelLabels()).contains(created.id() + ":Marknadsdagen, Riskdatum, " + DAY_MONTH.format(market) + " "
                + market.getYear() + ", risk 4 av 5, Bekräftad");

        view().open(created);
        _click(_get(Button.class, s -> s.withId("delete-item")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Ta bort Marknadsdagen?");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(plan(year).items()).noneMatch(i -> i.id() == created.id());
    }

    @Test
    void theListFiltersByKindStatusAndRisk() {
        SchoolYear year = generateInTheView(years.claim());
        _get(TabSheet.class).setSelectedIndex(2);
        CalendarList list = view().list;
        YearPlan plan = plan(year);

        setValueAsUser(list.kindFilter, ItemKind.KEY_DATE);
        setValueAsUser(list.riskFilter, 5);
        assertThat(list.shownItems()).isNotEmpty()
                .allMatch(i -> i.kind() == ItemKind.KEY_DATE && i.riskLevel() == 5)
                .hasSize((int) plan.items().stream().filter(i -> i.riskLevel() != null && i.riskLevel() == 5).count());
        setValueAsUser(list.statusFilter, ItemStatus.CONFIRMED);
        assertThat(list.shownItems()).isEmpty();
    }

    @Test
    void theYearViewShowsWhatIsOnADay() {
        // Walpurgis Eve on a Saturday, as the words below say
        SchoolYear year = generateInTheView(
                years.claimWhere(y -> date(y, Month.APRIL, 30).getDayOfWeek() == DayOfWeek.SATURDAY));
        LocalDate valborg = date(year, Month.APRIL, 30);
        _get(TabSheet.class).setSelectedIndex(1);
        String html = view().yearMonths.getElement().getProperty("innerHTML");
        assertThat(html).contains("data-date=\"" + valborg + "\"",
                "<caption>Augusti " + year.startYear() + "</caption>",
                "<caption>Juli " + year.endYear() + "</caption>");
        assertThat(Pattern.compile("data-date=").matcher(html).results().count())
                .isEqualTo(ChronoUnit.DAYS.between(firstDay(year), lastDay(year)) + 1);
        assertThat(html).contains("aria-label=\"lördag 30 april " + year.endYear()
                + ", Afton, risk 5 av 5, Valborgsmässoafton");

        Element months = view().yearMonths.getElement();
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put(DataAttributeEvents.valueExpression(YearCalendar.DATE), valborg.toString());
        ElementUtilsKt._fireDomEvent(months, new DomEvent(months, "click", data));

        assertThat(view().dayDetails.getElement().getTextRecursively())
                .contains("lördag 30 april " + year.endYear(), "risk 5 av 5", "Valborgsmässoafton");
    }

    @Test
    void aVolunteerSeesTheCalendarButNoEditingButtons() {
        SchoolYear current = calendar.currentYear();
        signInAs("volunteer", Role.VOLUNTEER);
        navigateTo(CalendarView.class);

        assertThat(view().yearSelect.getValue()).isEqualTo(current);
        assertThat(view().tabs.isVisible()).isTrue();
        assertThat(wheelLabels()).isNotEmpty();
        assertThat(_get(AnnualWheel.class).svg()).contains("wheel-today");
        for (String id : List.of("generate", "confirm-all", "new-item", "edit-terms", "calendar-settings")) {
            assertThat(shown(id)).as(id).isFalse();
        }
        assertThat(shown("print-calendar")).isTrue();

        view().openById(autumnBreak(plan(current)).id());
        Dialog dialog = _get(Dialog.class, s -> s.withId("calendar-item-dialog"));
        assertThat(_find(dialog, Button.class, s -> s.withId("save-item"))).isEmpty();
        assertThat(_find(dialog, Button.class, s -> s.withId("delete-item"))).isEmpty();
        assertThat(_get(dialog, DatePicker.class, s -> s.withLabel("Första dagen")).isReadOnly()).isTrue();
    }

    @Test
    void theYearSelectorOffersThePlannedYearsAndTheNextOne() {
        signInAs("viewer", Role.VIEWER);
        navigateTo(CalendarView.class);

        @SuppressWarnings("unchecked")
        Select<SchoolYear> years = _get(Select.class, s -> s.withId("school-year"));
        List<SchoolYear> offered = years.getListDataView().getItems().toList();
        List<SchoolYear> planned = calendar.years();
        assertThat(offered).containsAll(planned).contains(calendar.currentYear());
        SchoolYear latest = planned.stream().max(SchoolYear::compareTo).orElseThrow();
        assertThat(offered).contains(latest.next());
        assertThat(offered).isSorted();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void showsNoRawTranslationKey(String language) {
        SchoolYear year = generateInTheView(years.claim());
        useLocale(Locale.forLanguageTag(language));
        _click(button("generate")); // shows the result block too
        for (int tab = 0; tab < 3; tab++) {
            _get(TabSheet.class).setSelectedIndex(tab);
            assertNoRawTranslationKeys();
        }
        _click(button("calendar-settings"));
        assertNoRawTranslationKeys();
        _get(Dialog.class, s -> s.withId("calendar-settings-dialog")).close();
        _click(button("edit-terms"));
        assertNoRawTranslationKeys();
        _get(Dialog.class, s -> s.withId("terms-dialog")).close();
        view().open(autumnBreak(plan(year)));
        assertNoRawTranslationKeys();
        assertThat(view().wheel.svg()).contains(language.equals("sv") ? ">Augusti<" : ">August<");
    }

    @Test
    void anUnplannedYearTellsReadersToWait() {
        signInAs("viewer", Role.VIEWER);
        navigateTo("calendar", "year=" + years.claim().startYear()); // claimed, so no test plans it

        assertThat(view().emptyState.getElement().getTextRecursively()).contains("Samordnaren lägger in den");
        assertThat(shown("generate")).isFalse();
    }
}
