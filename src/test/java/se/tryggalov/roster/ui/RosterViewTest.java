package se.tryggalov.roster.ui;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.TestYears;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.roster.RosterScope;
import se.tryggalov.roster.RosterTestData;
import se.tryggalov.roster.SolveJobStatus;
import se.tryggalov.security.Role;
import se.tryggalov.shared.SecurityContexts;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import com.vaadin.flow.dom.Element;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static java.time.DayOfWeek.WEDNESDAY;
import static java.time.Month.SEPTEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.tryggalov.TestYears.nth;

/**
 * The roster view in the browserless UI, in a school year the class claims; each test on its own evenings, opened
 * with {@code ?from=..&to=..}.
 */
@IntegrationTest
class RosterViewTest extends KaribuViewTest {

    static SchoolYear year;
    /** The first Wednesday of the year's September: each test's evening is counted from it. */
    static LocalDate wednesday;

    @Autowired
    CalendarService calendar;
    @Autowired
    DSLContext dsl;
    @Autowired
    SecurityContexts contexts;

    RosterTestData data;
    long district;
    long organisation;
    long activity;

    @BeforeAll
    static void claimAYear(@Autowired TestYears years) {
        year = years.claim();
        wednesday = nth(WEDNESDAY, SEPTEMBER, 1, year);
    }

    @BeforeEach
    void setUp() {
        data = new RosterTestData(dsl, contexts);
        RosterTestData.plan(calendar, systemAuthentication, year);
        district = data.district("rv-district");
        organisation = data.organisation("rv-org");
        activity = data.activity(year, district, organisation, "Nattvandring");
    }

    private RosterView open(LocalDate day) {
        navigateTo("roster", "from=" + day + "&to=" + day);
        return _get(RosterView.class);
    }

    private static String text(Div div) {
        return div.getElement().getTextRecursively();
    }

    private static Button button(String id) {
        return _get(Button.class, s -> s.withId(id));
    }

    @Test
    void theBoardShowsEachGroupsStateAndPeopleInWords() {
        LocalDate day = wednesday;
        long staffed = data.shift(activity, day, 1, 1, 2, 3, true, "OPEN", "PEOPLE");
        long empty = data.shift(activity, day, 2);
        var lead = data.volunteer("Lisa", true, organisation);
        var walker = data.volunteer("Walt", false, organisation);
        data.assign(staffed, lead.id(), "PROPOSED", true);
        data.assign(staffed, walker.id(), "CONFIRMED", false);
        signInAs("coordinator", Role.COORDINATOR);

        open(day);

        Div staffedCard = _get(Div.class, s -> s.withId("shift-" + staffed));
        assertThat(text(staffedCard)).contains("Bemannad: 2 personer, 2 behövs", "Test " + lead.username(), "ledare", "fäst",
                "bekräftad", "Grupp 1 · 21:00–01:00", "Risk 3");
        Div emptyCard = _get(Div.class, s -> s.withId("shift-" + empty));
        assertThat(text(emptyCard)).contains("Obemannad: gruppen går inte (minst 3 behövs)")
                .as("no reasons before any solve has run: they would explain choices nobody made")
                .doesNotContain("Ingen var tillgänglig för passet");
        assertThat(emptyCard.getClassNames()).contains("empty");
        assertThat(text(_get(Div.class, s -> s.withId("roster-summary"))))
                .contains("av det riskviktade behovet är täckt", "2 grupper, 2 platser besatta",
                        "1 grupp kommer inte att gå:", "1 har ingen på sig");

        data.finishedJob(year, RosterScope.ofRange(year, day, day), OffsetDateTime.now(), "0hard/-12medium/0soft",
                0.5);
        open(day);
        assertThat(text(_get(Div.class, s -> s.withId("shift-" + empty))))
                .as("once a solve has run, the solver says why the group stayed empty")
                .contains("Ingen var tillgänglig för passet");
        assertThat(_get(Div.class, s -> s.withId("roster-board")).getElement().getTextRecursively())
                .contains(data.districtName(district));
        assertNoRawTranslationKeys();

        useLocale(Locale.ENGLISH);
        assertThat(text(_get(Div.class, s -> s.withId("shift-" + empty)))).contains("Not staffed");
        assertNoRawTranslationKeys();
    }

    @Test
    void aCoordinatorSolvesInTheBackgroundAndSeesTheRosterWhenItIsDone() {
        LocalDate day = wednesday.plusWeeks(1);
        long shift = data.shift(activity, day, 1, 3, 3, 4, true, "OPEN", "PEOPLE");
        for (var person : List.of(data.volunteer("s-lead", true, organisation),
                data.volunteer("s-one", false, organisation), data.volunteer("s-two", false, organisation))) {
            data.available(person.id(), day);
        }
        signInAs("coordinator", Role.COORDINATOR);
        RosterView view = open(day);
        assertThat(view.jobStatus.getText()).isEqualTo(t("roster.job.none"));

        _click(button("roster-start"));
        assertThat(button("roster-start").isEnabled()).isFalse();
        // the view's own poll calls refreshJob; UI state is thread-bound, so the wait polls in this thread
        await("the solve job to end and the start button to be enabled again").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100)).pollInSameThread().until(() -> {
                    view.refreshJob();
                    return button("roster-start").isEnabled();
                });

        assertThat(view.jobStatus.getText()).startsWith("Schemat lades")
                .contains("Som schemat ser ut nu är 100 % av det riskviktade behovet täckt.");
        assertThat(data.assignments(shift)).hasSize(3);
        assertThat(text(_get(Div.class, s -> s.withId("shift-" + shift)))).contains("Bemannad: 3 personer, 3 behövs");
        assertThat(button("roster-publish").isEnabled()).isTrue();
    }

    @Test
    void asecondStartForTheSameDatesSaysWhyItIsRefused() {
        LocalDate day = wednesday.plusWeeks(2);
        data.shift(activity, day, 1);
        long running = data.job(year, RosterScope.ofRange(year, day, day), SolveJobStatus.RUNNING,
                OffsetDateTime.now(), OffsetDateTime.now());
        try {
            signInAs("coordinator", Role.COORDINATOR);
            RosterView view = open(day);
            assertThat(button("roster-start").isEnabled()).as("a running job is shown as such").isFalse();
            assertThat(button("roster-stop").isEnabled()).isTrue();
            assertThat(view.jobStatus.getText()).startsWith("Schemat läggs");

            _click(button("roster-stop"));
            assertThat(view.jobStatus.getText()).startsWith("Stoppar");
        } finally {
            data.finishJob(running);
        }
    }

    @Test
    void pinningAndRemovingByHandShowWhatTheChangeDid() {
        LocalDate day = wednesday.plusWeeks(3);
        long shift = data.shift(activity, day, 1, 1, 2, 3, false, "OPEN", "PEOPLE");
        var walker = data.volunteer("Pia", false, organisation);
        long assignment = data.assign(shift, walker.id(), "PROPOSED", false);
        signInAs("coordinator", Role.COORDINATOR);
        RosterView view = open(day);

        _click(button("person-" + assignment));
        _click(button("person-pin"));
        assertThat(text(view.feedback)).contains("Test " + walker.username() + " är fäst.",
                "Täckt av det riskviktade behovet: ");
        assertThat(data.assignments(shift).getFirst().pinned()).isTrue();

        _click(button("person-" + assignment));
        _click(button("person-remove"));
        assertThat(text(view.feedback)).contains("togs bort från passet");
        assertThat(data.assignments(shift)).isEmpty();
        assertThat(text(_get(Div.class, s -> s.withId("shift-" + shift)))).contains("Obemannad");
    }

    @Test
    void addingSomeoneToAFullGroupIsRefusedWithAMessageAndNothingChanges() {
        LocalDate day = wednesday.plusWeeks(4);
        long shift = data.shift(activity, day, 1, 1, 1, 2, false, "OPEN", "PEOPLE");
        var first = data.volunteer("Fia", false, organisation);
        var second = data.volunteer("Sam", false, organisation);
        data.available(first.id(), day);
        data.available(second.id(), day);
        signInAs("coordinator", Role.COORDINATOR);
        RosterView view = open(day);

        _click(button("add-" + shift));
        AddPersonDialog dialog = _get(AddPersonDialog.class);
        setValueAsUser(dialog.person, ComboBoxKt.getSuggestionItems(dialog.person)
                .stream().filter(c -> c.userId() == first.id()).findFirst().orElseThrow());
        _click(button("add-save"));
        // the message names the group with its count after the add, not the count before it
        assertThat(text(view.feedback)).contains("lades till i").contains("(1 av högst 2)");
        assertThat(data.assignments(shift)).extracting(RosterTestData.StoredAssignment::userId)
                .containsExactly(first.id());

        var third = data.volunteer("Tor", false, organisation);
        data.available(third.id(), day);
        data.assign(shift, second.id(), "PROPOSED", false); // another coordinator took the last place meanwhile
        _click(button("add-" + shift));
        AddPersonDialog again = _get(AddPersonDialog.class);
        setValueAsUser(again.person, ComboBoxKt.getSuggestionItems(again.person).stream()
                .filter(c -> c.userId() == third.id()).findFirst().orElseThrow());
        _click(button("add-save"));

        assertThat(text(view.feedback)).contains("Gruppen är full: högst 2 personer.");
        assertThat(data.assignments(shift)).hasSize(2);
    }

    @Test
    void publishingAsksFirstThenConfirmsTheProposals() {
        LocalDate day = wednesday.plusWeeks(5);
        long shift = data.shift(activity, day, 1, 1, 1, 1, false, "OPEN", "PEOPLE");
        var walker = data.volunteer("Pub", false, organisation);
        data.assign(shift, walker.id(), "PROPOSED", false);
        signInAs("coordinator", Role.COORDINATOR);
        open(day);

        _click(button("roster-publish"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(data.shiftStatus(shift)).isEqualTo("PUBLISHED");
        assertThat(data.assignments(shift).getFirst().status()).isEqualTo("CONFIRMED");
        assertThat(notificationTexts()).contains("Publicerat: 1 plats bekräftad på 1 pass.");
        assertThat(text(_get(Div.class, s -> s.withId("shift-" + shift)))).contains("Publicerat");
        assertThat(button("roster-publish").isEnabled()).isFalse();
    }

    @Test
    void aPartnerContactReadsTheBoardWithOnlyTheirOwnPeopleNamedAndCannotChangeIt() {
        LocalDate day = wednesday.plusWeeks(6);
        long shift = data.shift(activity, day, 1);
        var ours = data.volunteer("Our", false, organisation);
        var theirs = data.volunteer("Their", false, data.organisation("rv-other"));
        data.assign(shift, ours.id(), "PROPOSED", false);
        data.assign(shift, theirs.id(), "PROPOSED", false);
        var contact = data.account("rv-contact", organisation, Role.PARTNER_CONTACT);
        signInAs(contact.username(), Role.PARTNER_CONTACT);

        open(day);

        String card = text(_get(Div.class, s -> s.withId("shift-" + shift)));
        assertThat(card).contains("Test " + ours.username(), "+1 från andra organisationer")
                .doesNotContain(theirs.username());
        assertThat(_find(Button.class, s -> s.withId("roster-start"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("add-" + shift))).isEmpty();
        assertThat(_find(Span.class, s -> s.withClasses("roster-person-name"))).hasSize(1);
        assertNoRawTranslationKeys();
    }

    @Test
    void aCoordinatorApprovesAndRejectsPendingSignUpsOnTheBoard() {
        LocalDate day = wednesday.plusDays(40);
        long shift = data.shift(activity, day, 1, 1, 2, 3, false, "OPEN", "PEOPLE");
        var anna = data.volunteer("Pending", false, organisation);
        var bert = data.volunteer("Rejected", false, organisation);
        long annaPlace = data.assign(shift, anna.id(), "PENDING", false);
        long bertPlace = data.assign(shift, bert.id(), "PENDING", false);
        signInAs("coordinator", Role.COORDINATOR);
        open(day);
        assertThat(text(_get(Div.class, s -> s.withId("shift-" + shift)))).contains("väntar på godkännande");
        assertNoRawTranslationKeys();

        _click(button("approve-" + annaPlace));
        _click(button("reject-" + bertPlace));

        assertThat(status(annaPlace)).isEqualTo("CONFIRMED");
        assertThat(status(bertPlace)).isEqualTo("CANCELLED");
        assertThat(_find(Button.class, s -> s.withId("approve-" + annaPlace))).isEmpty();
        assertThat(text(_get(Div.class, s -> s.withId("roster-feedback"))))
                .contains("Test " + bert.username(), "avvisad");
        useLocale(Locale.ENGLISH);
        assertNoRawTranslationKeys();
    }

    /** A raw score ("0hard/-1920medium/0soft", "Poäng -4", "score 12") in text a reader sees. */
    static final Pattern RAW_SCORE = Pattern.compile("-?\\d+(hard|medium|soft)\\b|(?i)(poäng|score)\\s*:?\\s*-?\\d");

    @Test
    void noRawScoreIsVisibleOnTheRosterPagesInEitherLanguageUnlessTheDetailsAreOpened() {
        LocalDate day = wednesday.plusDays(50);
        long shift = data.shift(activity, day, 1, 2, 3, 3, true, "OPEN", "PEOPLE");
        data.shift(activity, day, 2);
        var lead = data.volunteer("Score-lead", true, organisation);
        var walker = data.volunteer("Score-walker", false, organisation);
        data.available(lead.id(), day);
        data.available(walker.id(), day);
        data.assign(shift, lead.id(), "PROPOSED", false);
        long placed = data.assign(shift, walker.id(), "PROPOSED", false);
        data.finishedJob(year, RosterScope.ofRange(year, day, day), OffsetDateTime.now(), "0hard/-1920medium/0soft",
                0.4);
        signInAs("coordinator", Role.COORDINATOR);
        for (Locale locale : List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH)) {
            open(day);
            useLocale(locale);
            RosterView view = _get(RosterView.class);
            _click(button("person-" + placed));
            _click(button("person-pin")); // the feedback of a hand edit is shown too
            assertThat(text(view.feedback)).isNotBlank();
            String seen = visibleText(view.getElement());
            assertThat(seen).as("the roster page in %s shows its status, summary and feedback", locale)
                    .contains("%").isNotBlank();
            assertThat(RAW_SCORE.matcher(seen).find()).as("a raw score on the roster page (%s): %s", locale, seen)
                    .isFalse();
            assertThat(view.violations.isOpened()).isFalse();
            view.violations.setOpened(true);
            assertThat(RAW_SCORE.matcher(visibleText(view.violations.getElement())).find())
                    .as("the raw score is kept for those who open the details").isTrue();

            navigateTo("roster/settings");
            String settings = visibleText(_get(RosterSettingsView.class).getElement());
            assertThat(RAW_SCORE.matcher(settings).find()).as("a raw score on the rules page (%s)", locale).isFalse();
        }
    }

    @Test
    void theStatusLineFollowsAHandEditThatDropsCoverage() {
        LocalDate day = wednesday.plusDays(51);
        long first = data.shift(activity, day, 1, 1, 2, 3, false, "OPEN", "PEOPLE");
        long second = data.shift(activity, day, 2, 1, 2, 3, false, "OPEN", "PEOPLE");
        long moving = 0;
        for (long shift : List.of(first, first, second, second)) {
            var person = data.volunteer("Cover", false, organisation);
            data.available(person.id(), day);
            long placed = data.assign(shift, person.id(), "PROPOSED", false);
            moving = shift == first ? placed : moving;
        }
        data.finishedJob(year, RosterScope.ofRange(year, day, day), OffsetDateTime.now(), "0hard/0medium/0soft", 1.0);
        signInAs("coordinator", Role.COORDINATOR);
        RosterView view = open(day);
        assertThat(view.jobStatus.getText()).startsWith("Schemat lades")
                .contains("Som schemat ser ut nu är 100 % av det riskviktade behovet täckt.");

        _click(button("person-" + moving));
        PersonDialog dialog = _get(PersonDialog.class);
        setValueAsUser(dialog.moveTo, dialog.moveTo.getListDataView().getItems()
                .filter(s -> s.id() == second).findFirst().orElseThrow());
        _click(button("person-move"));

        assertThat(data.assignments(second)).hasSize(3);
        assertThat(view.jobStatus.getText()).as("the status line reads the roster as it is after the move")
                .contains("Som schemat ser ut nu är 75 % av det riskviktade behovet täckt.")
                .doesNotContain("100 %");
        assertThat(text(view.summary)).contains("75 % av det riskviktade behovet är täckt");
        assertThat(text(view.feedback)).contains("Täckt av det riskviktade behovet: 100 % → 75 %.");
    }

    @Test
    void addingSomeoneNamesTheGroupWithItsCountAfterTheAddition() {
        LocalDate day = wednesday.plusDays(52);
        long shift = data.shift(activity, day, 1, 1, 2, 3, false, "OPEN", "PEOPLE");
        var there = data.volunteer("Count-there", false, organisation);
        var added = data.volunteer("Count-added", false, organisation);
        data.available(added.id(), day);
        data.assign(shift, there.id(), "PROPOSED", false);
        signInAs("coordinator", Role.COORDINATOR);
        RosterView view = open(day);

        _click(button("add-" + shift));
        AddPersonDialog dialog = _get(AddPersonDialog.class);
        setValueAsUser(dialog.person, ComboBoxKt.getSuggestionItems(dialog.person).stream()
                .filter(c -> c.userId() == added.id()).findFirst().orElseThrow());
        _click(button("add-save"));

        assertThat(text(view.feedback)).contains("lades till i", "(2 av högst 3)").doesNotContain("(1 av högst 3)");
    }

    @Test
    void aPhoneShowsOneEveningAtATimeSteppedWithPreviousAndNext() {
        LocalDate day = wednesday.plusDays(53);
        long today = data.shift(activity, day, 1);
        long tomorrow = data.shift(activity, day.plusDays(1), 1);
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo("roster", "from=" + day + "&to=" + day.plusDays(1));
        RosterBoardTable board = _get(RosterBoardTable.class);
        assertThat(board.shownDay()).isEqualTo(day);
        assertThat(row(today).getClassNames()).contains("current");
        assertThat(button("roster-day-previous").isEnabled()).isFalse();

        _click(button("roster-day-next"));
        assertThat(board.shownDay()).isEqualTo(day.plusDays(1));
        assertThat(row(tomorrow).getClassNames()).contains("current");
        assertThat(row(today).getClassNames()).doesNotContain("current");
        assertThat(button("roster-day-next").isEnabled()).isFalse();
        assertThat(_get(Div.class, s -> s.withId("shift-" + tomorrow)).getParent().orElseThrow()
                .getElement().getTextRecursively()).contains(data.districtName(district));
    }

    private static com.vaadin.flow.component.html.NativeTableRow row(long shiftId) {
        return (com.vaadin.flow.component.html.NativeTableRow) _get(Div.class, s -> s.withId("shift-" + shiftId))
                .getParent().orElseThrow().getParent().orElseThrow();
    }

    /**
     * The text a reader sees: hidden components left out, and of a closed details element only its summary.
     */
    static String visibleText(Element element) {
        if (element.isTextNode()) {
            return element.getText();
        }
        if (!element.isVisible()) {
            return "";
        }
        if ("vaadin-details".equals(element.getTag()) && !element.getProperty("opened", false)) {
            return element.getChildren().filter(c -> "summary".equals(c.getAttribute("slot")))
                    .map(RosterViewTest::visibleText).collect(Collectors.joining(" "));
        }
        return element.getChildren().map(RosterViewTest::visibleText).collect(Collectors.joining(" "));
    }

    private String status(long assignmentId) {
        return dsl.select(se.tryggalov.jooq.Tables.SHIFT_ASSIGNMENT.STATUS).from(se.tryggalov.jooq.Tables.SHIFT_ASSIGNMENT)
                .where(se.tryggalov.jooq.Tables.SHIFT_ASSIGNMENT.ID.eq(assignmentId))
                .fetchSingle(se.tryggalov.jooq.Tables.SHIFT_ASSIGNMENT.STATUS);
    }
}
