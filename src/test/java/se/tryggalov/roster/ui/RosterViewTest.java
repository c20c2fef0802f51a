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
                .contains("Ingen var tillgänglig för passet");
        assertThat(emptyCard.getClassNames()).contains("empty");
        assertThat(_get(Paragraph.class, s -> s.withId("roster-summary")).getText())
                .contains("av det riskviktade behovet täckt", "2 grupper, varav 1 tom");
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

        assertThat(view.jobStatus.getText()).startsWith("Klart");
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
        assertThat(text(view.feedback)).contains("Test " + walker.username() + " är fäst.", "Poäng ");
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

    private String status(long assignmentId) {
        return dsl.select(se.tryggalov.jooq.Tables.SHIFT_ASSIGNMENT.STATUS).from(se.tryggalov.jooq.Tables.SHIFT_ASSIGNMENT)
                .where(se.tryggalov.jooq.Tables.SHIFT_ASSIGNMENT.ID.eq(assignmentId))
                .fetchSingle(se.tryggalov.jooq.Tables.SHIFT_ASSIGNMENT.STATUS);
    }
}
