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

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OverviewViewTest extends KaribuViewTest {

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
