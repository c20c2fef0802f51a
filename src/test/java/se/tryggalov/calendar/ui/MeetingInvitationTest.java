package se.tryggalov.calendar.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.TestYears;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.calendar.YearPlan;
import se.tryggalov.partner.Organisation;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.security.Role;

import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A coordinator invites partner organisations to a meeting; the invitation is stored and shown again. */
@IntegrationTest
class MeetingInvitationTest extends KaribuViewTest {

    @Autowired
    CalendarService calendar;
    @Autowired
    PartnerService partners;
    @Autowired
    TestYears years;
    SchoolYear year;

    private CalendarItem checkIn() {
        YearPlan plan = calendar.plan(year).orElseThrow();
        return plan.itemsOf(ItemKind.MEETING).stream().filter(m -> m.code().equals("CHECK_IN")).findFirst()
                .orElseThrow();
    }

    @Test
    void aCoordinatorInvitesThePoliceAndTheYouthCentreToACheckInMeeting() {
        year = years.claim();
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo("calendar", "year=" + year.startYear());
        if (calendar.plan(year).isEmpty()) {
            calendar.generate(year);
        }
        List<Organisation> organisations = partners.organisations();
        Set<Organisation> chosen = Set.copyOf(organisations.stream()
                .filter(o -> o.name().equals("Polisen – lokalpolisområde Botkyrka")
                        || o.name().equals("Southside fritidsgård")).toList()); // other tests add organisations
        assertThat(chosen).hasSize(2);
        CalendarTexts texts = CalendarTexts.of(UI.getCurrent(), UI.getCurrent().getLocale());
        YearPlan plan = calendar.plan(year).orElseThrow();

        CalendarItemDialog dialog = new CalendarItemDialog(calendar, texts, plan, checkIn(), true, organisations, m -> { });
        dialog.open();
        assertThat(dialog.invited.isVisible()).as("shown for meetings").isTrue();
        setValueAsUser(dialog.invited, chosen);
        _click(_get(Button.class, s -> s.withId("save-item")));

        assertThat(checkIn().invitedOrganisationIds())
                .containsExactlyInAnyOrderElementsOf(chosen.stream().map(Organisation::id).toList());
        CalendarItemDialog again = new CalendarItemDialog(calendar, texts, calendar.plan(year).orElseThrow(), checkIn(),
                true, organisations, m -> { });
        assertThat(again.invited.getValue()).isEqualTo(chosen);
        assertNoRawTranslationKeys();
    }
}
