package se.tryggalov.coverage.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.place.District;
import se.tryggalov.place.PlaceService;
import se.tryggalov.security.Role;

import java.util.Locale;

import com.vaadin.flow.router.RouterLink;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ItemKind;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OverviewViewTest extends KaribuViewTest {

    @Autowired
    CalendarService calendar;

    @Autowired
    PlaceService places;

    /** The number shown on the statistic card with this label. */
    private static String stat(String label) {
        Div card = _get(Div.class, s -> s.withClasses("stat")
                .withPredicate(d -> _find(d, Span.class, l -> l.withText(label)).size() == 1));
        return _get(card, Span.class, s -> s.withClasses("stat-value")).getText();
    }

    @Test
    void greetsTheSignedInUserByDisplayName() {
        signInAs("volunteer", Role.VOLUNTEER);
        navigateTo(OverviewView.class);

        assertThat(_get(H1.class, s -> s.withId("greeting")).getText()).isEqualTo("Hej Maria Johansson!");
    }

    @Test
    void greetsInEnglishWithTheEnglishLocale() {
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo(OverviewView.class);
        useLocale(Locale.ENGLISH);

        assertThat(_get(H1.class, s -> s.withId("greeting")).getText()).isEqualTo("Hello Sara Lind!");
    }

    @Test
    void isTheStartPage() {
        signInAs("viewer", Role.VIEWER);
        navigateTo("");

        _get(OverviewView.class);
    }

    @Test
    void showsTheSixDemoDistrictsAndTheMunicipality() {
        signInAs("volunteer", Role.VOLUNTEER);
        navigateTo(OverviewView.class);

        // The demo municipality has six districts; other tests sharing the database may add more.
        List<District> districts = places.districts();
        assertThat(districts).extracting(District::name).contains("Alby", "Fittja", "Hallunda-Norsborg",
                "Tullinge", "Tumba", "Vårsta-Grödinge");
        assertThat(stat("kommundelar")).isEqualTo(String.valueOf(districts.size()));
        assertThat(Integer.parseInt(stat("kommundelar"))).isGreaterThanOrEqualTo(6);
        assertThat(stat("platser"))
                .isEqualTo(String.valueOf(districts.stream().mapToLong(d -> d.venues().size()).sum()));
        assertThat(_find(Paragraph.class).get(0).getText()).contains("Botkyrka kommun");
    }

    @Test
    void listsWhatIsComingUpInTheCalendarWithTheRiskOfKeyDates() {
        signInAs("volunteer", Role.VOLUNTEER);
        navigateTo(OverviewView.class);

        List<CalendarItem> expected = systemAuthentication.callAs(() -> calendar.upcoming(OverviewView.UPCOMING_DAYS, 4, 8),
                Role.VOLUNTEER);
        Section upcoming = _get(Section.class, s -> s.withId("upcoming"));
        List<String> rows = _find(upcoming, RouterLink.class).stream().map(RouterLink::getText).toList();
        assertThat(rows).hasSize(expected.size());
        for (int i = 0; i < rows.size(); i++) {
            CalendarItem item = expected.get(i);
            String name = item.title() != null ? item.title() : t(item.nameKey());
            assertThat(rows.get(i)).contains(name);
            if (item.kind() == ItemKind.KEY_DATE) {
                assertThat(rows.get(i)).endsWith("(risk " + item.riskLevel() + ")");
            }
        }
        assertThat(expected).allSatisfy(i -> assertThat(i.riskLevel() == null || i.riskLevel() >= 4).isTrue());
    }

    @Test
    void explainsOnlyTheSignedInUsersRoles() {
        signInAs("volunteer", Role.VOLUNTEER);
        navigateTo(OverviewView.class);

        Section roles = _get(Section.class, s -> s.withId("your-roles"));
        assertThat(_find(roles, Paragraph.class)).extracting(Paragraph::getText)
                .containsExactly("Volontär: ange när du kan vara ute och anmäla dig till pass.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void showsNoRawTranslationKey(String language) {
        signInAs("admin", Role.ADMIN);
        navigateTo(OverviewView.class);
        useLocale(Locale.forLanguageTag(language));

        assertNoRawTranslationKeys();
    }
}
