package se.tryggalov.place.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.place.District;
import se.tryggalov.security.Role;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DistrictsViewTest extends KaribuViewTest {

    @SuppressWarnings("unchecked")
    private static Grid<District> grid() {
        return _get(Grid.class, s -> s.withId("districts"));
    }

    private static List<String> headers(Grid<?> grid) {
        return grid.getColumns().stream().map(Grid.Column::getHeaderText).toList();
    }

    @Test
    void listsTheSixDemoDistrictsInOrder() {
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo(DistrictsView.class);

        // Other tests sharing the database may add districts; the demo ones keep their order.
        assertThat(_findAll(grid())).extracting(District::name).containsSubsequence("Alby", "Fittja",
                "Hallunda-Norsborg", "Tullinge", "Tumba", "Vårsta-Grödinge");
        District alby = _findAll(grid()).stream().filter(d -> d.name().equals("Alby")).findFirst().orElseThrow();
        assertThat(_getFormattedRow(grid(), alby)).containsExactly("Alby", "1", "2", "1");
    }

    @Test
    void showsSwedishHeadingsAndColumns() {
        signInAs("viewer", Role.VIEWER);
        navigateTo(DistrictsView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Kommundelar");
        assertThat(headers(grid())).containsExactly("Kommundel", "Fritidsgårdar", "Utsatta platser",
                "Samlingsplatser");
    }

    @Test
    void showsEnglishHeadingsAndColumnsWithTheEnglishLocale() {
        signInAs("viewer", Role.VIEWER);
        navigateTo(DistrictsView.class);
        useLocale(Locale.ENGLISH);

        assertThat(_get(H1.class).getText()).isEqualTo("Districts");
        assertThat(headers(grid())).containsExactly("District", "Youth centres", "Hot spots", "Gathering points");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void showsNoRawTranslationKey(String language) {
        signInAs("partner", Role.PARTNER_CONTACT);
        navigateTo(DistrictsView.class);
        useLocale(Locale.forLanguageTag(language));

        assertNoRawTranslationKeys();
    }
}
