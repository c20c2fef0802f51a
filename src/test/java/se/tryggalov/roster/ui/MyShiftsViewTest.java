package se.tryggalov.roster.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.TestYears;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.roster.RosterTestData;
import se.tryggalov.security.Role;
import se.tryggalov.shared.SecurityContexts;

import java.time.LocalDate;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.Month.OCTOBER;
import static org.assertj.core.api.Assertions.assertThat;
import static se.tryggalov.TestYears.nth;

/** A volunteer's own published shifts, in a school year the test claims. */
@IntegrationTest
class MyShiftsViewTest extends KaribuViewTest {

    @Autowired
    TestYears years;
    @Autowired
    CalendarService calendar;
    @Autowired
    DSLContext dsl;
    @Autowired
    SecurityContexts contexts;

    @Test
    void aVolunteerSeesTheirPublishedShiftsOnlyNotProposalsOrOtherPeoples() {
        RosterTestData data = new RosterTestData(dsl, contexts);
        SchoolYear year = years.claim();
        RosterTestData.plan(calendar, systemAuthentication, year);
        long district = data.district("ms-district");
        long organisation = data.organisation("ms-org");
        long activity = data.activity(year, district, organisation, "Nattvandring i centrum");
        LocalDate day = nth(THURSDAY, OCTOBER, 1, year);
        long published = data.shift(activity, day, 1, 1, 2, 3, false, "PUBLISHED", "PEOPLE");
        long proposed = data.shift(activity, day.plusDays(1), 1);
        var me = data.volunteer("me", false, organisation);
        var other = data.volunteer("other", false, organisation);
        data.assign(published, me.id(), "CONFIRMED", false);
        data.assign(proposed, me.id(), "PROPOSED", false);
        data.assign(published, other.id(), "CONFIRMED", false);
        signInAs(me.username(), Role.VOLUNTEER);

        navigateTo("my-shifts");

        assertThat(_find(ListItem.class, s -> s.withClasses("my-shift"))).hasSize(1);
        String card = _get(ListItem.class, s -> s.withId("my-shift-" + published)).getElement().getTextRecursively();
        assertThat(card).contains("torsdag " + day.getDayOfMonth() + " oktober " + day.getYear(), "21:00–01:00",
                        "Nattvandring i centrum", "grupp 1")
                .doesNotContain(other.username());
        assertThat(_find(Paragraph.class, s -> s.withId("my-shifts-empty"))).as("hidden").isEmpty();
        assertNoRawTranslationKeys();
        useLocale(Locale.ENGLISH);
        assertThat(_get(ListItem.class, s -> s.withId("my-shift-" + published)).getElement().getTextRecursively())
                .contains("Thursday " + day.getDayOfMonth() + " October " + day.getYear());
        assertNoRawTranslationKeys();
    }

    @Test
    void aVolunteerWithoutShiftsIsToldSo() {
        RosterTestData data = new RosterTestData(dsl, contexts);
        var nobody = data.volunteer("nobody", false);
        signInAs(nobody.username(), Role.VOLUNTEER);

        navigateTo("my-shifts");

        assertThat(_get(Paragraph.class, s -> s.withId("my-shifts-empty")).getText())
                .isEqualTo("Du har inga pass framöver.");
        assertThat(_find(ListItem.class, s -> s.withClasses("my-shift"))).isEmpty();
    }
}
