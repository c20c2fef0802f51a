package se.tryggalov.coverage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.junit.jupiter.api.Test;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.security.Role;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The coverage views render for their roles on the demo data, without raw keys, and tell the viewer tonight. */
@IntegrationTest
class CoverageViewsTest extends KaribuViewTest {

    @Test
    void theViewerSeesTonightForTheirDistrictAndTheStartPageSaysSo() {
        signInAs("viewer", Role.VIEWER);
        navigateTo(CoverView.class);

        assertThat(_get(H1.class).getText()).isEqualTo(t("coverage.view.title"));
        Div evenings = _get(Div.class, s -> s.withId("cover-evenings"));
        // Southside works in Tumba only: tonight's evening lists Tumba and no other district
        assertThat(_find(evenings, com.vaadin.flow.component.html.H3.class).stream()
                .map(h -> h.getText()).filter(text -> text.equals("Alby") || text.equals("Fittja"))).isEmpty();
        assertThat(_find(evenings, com.vaadin.flow.component.html.H3.class)).extracting(h -> h.getText())
                .contains("Tumba");
        assertThat(evenings.getElement().getOuterHTML()).doesNotMatch(RAW_KEY);

        navigateTo("");
        Section todo = _get(Section.class, s -> s.withId("todo"));
        assertThat(_find(todo, com.vaadin.flow.router.RouterLink.class)).extracting(l -> l.getHref())
                .contains("coverage");
    }

    @Test
    void theCoordinatorsDashboardHasTheHeatMapGapsAndExports() {
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo(DashboardView.class);

        assertThat(_get(H1.class).getText()).isEqualTo(t("coverage.dashboard.title"));
        NativeTable heat = _get(NativeTable.class, s -> s.withClasses("heat-map"));
        assertThat(heat.getElement().getOuterHTML()).contains("scope=\"col\"").contains("Tumba");
        assertThat(_get(Paragraph.class, s -> s.withId("dashboard-summary")).getText()).isNotBlank();
        assertThat(_find(ListItem.class, s -> s.withClasses("gap"))).isNotEmpty();
        assertThat(_find(Button.class, s -> s.withClasses("gap-solve"))).isNotEmpty();
        
        assertThat(_find(Anchor.class, s -> s.withId("download-xlsx"))).hasSize(1);
        assertThat(_get(com.vaadin.flow.component.html.Main.class).getElement().getOuterHTML()).doesNotMatch(RAW_KEY);

        navigateTo("");
        assertThat(_get(Paragraph.class, s -> s.withId("todo-next")).getText())
                .containsPattern("\\d+ av \\d+ platser bokade, \\d+ luckor på risknivå \\d");
    }

    @Test
    void theVolunteersStartPageShowsTheirNextShiftAndOpenShifts() {
        signInAs("volunteer", Role.VOLUNTEER);
        navigateTo("");

        assertThat(_get(Paragraph.class, s -> s.withId("todo-open-shifts")).getText()).startsWith("Lediga pass");
        _get(Paragraph.class, s -> s.withId("todo-next-shift"));
    }
}
