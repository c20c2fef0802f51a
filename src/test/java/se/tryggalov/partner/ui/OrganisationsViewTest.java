package se.tryggalov.partner.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.partner.Organisation;
import se.tryggalov.security.Role;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OrganisationsViewTest extends KaribuViewTest {

    private static final String POLICE = "Polisen – lokalpolisområde Botkyrka";

    @SuppressWarnings("unchecked")
    private static Grid<Organisation> grid() {
        return _get(Grid.class, s -> s.withId("organisations"));
    }

    private static List<String> rowOf(String name) {
        Grid<Organisation> grid = grid();
        Organisation organisation = _findAll(grid).stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + name));
        return _getFormattedRow(grid, organisation);
    }

    @Test
    void listsTheDemoOrganisations() {
        signInAs("partner", Role.PARTNER_CONTACT);
        navigateTo(OrganisationsView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Organisationer");
        assertThat(_findAll(grid())).extracting(Organisation::name).contains(POLICE,
                "Botkyrka kommun – trygghetssamordning", "Nattvandrarna Botkyrka", "Southside fritidsgård",
                "Svenska kyrkan i Botkyrka");
    }

    @Test
    void showsThePoliceWithItsTranslatedKindAndDistricts() {
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo(OrganisationsView.class);

        List<String> police = rowOf(POLICE);
        assertThat(police.get(0)).isEqualTo(POLICE);
        assertThat(police.get(1)).isEqualTo("Polis");
        assertThat(police.get(2)).contains("Alby", "Vårsta-Grödinge");
        assertThat(rowOf("Utbildningsförvaltningen")).containsExactly("Utbildningsförvaltningen",
                "Kommunal förvaltning", "Hela kommunen");
    }

    @Test
    void showsTheKindInEnglishWithTheEnglishLocale() {
        signInAs("viewer", Role.VIEWER);
        navigateTo(OrganisationsView.class);
        useLocale(Locale.ENGLISH);

        assertThat(rowOf(POLICE).get(1)).isEqualTo("Police");
        assertThat(rowOf("Utbildningsförvaltningen")).containsExactly("Utbildningsförvaltningen",
                "Municipal department", "Whole municipality");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void showsNoRawTranslationKey(String language) {
        signInAs("admin", Role.ADMIN);
        navigateTo(OrganisationsView.class);
        useLocale(Locale.forLanguageTag(language));

        assertNoRawTranslationKeys();
    }
}
