package se.tryggalov.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.followup.ObservationCategory;
import se.tryggalov.place.District;
import se.tryggalov.place.PlaceService;
import se.tryggalov.security.Role;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.tryggalov.jooq.Tables.OBSERVATION;

/** The follow-up views in the browserless UI: the form refuses a phone number, the picture, evaluation and import. */
@IntegrationTest
class FollowupViewsTest extends KaribuViewTest {

    @Autowired
    PlaceService places;
    @Autowired
    DSLContext dsl;

    @Test
    @SuppressWarnings("unchecked")
    void aPartnerReportsAnObservationAndANoteWithAPhoneNumberIsRefused() {
        String name = unique("Vyobs");
        long id = systemAuthentication.callAs(() -> places.createDistrict(name), Role.COORDINATOR);
        signInAs("partner", Role.PARTNER_CONTACT);
        navigateTo(ObservationsView.class);
        assertNoRawTranslationKeys();
        District district = systemAuthentication.callAs(() -> places.districts(), Role.COORDINATOR).stream()
                .filter(d -> d.id() == id).findFirst().orElseThrow();
        setValueAsUser(_get(Select.class, s -> s.withId("observation-district")), district);
        setValueAsUser(_get(Select.class, s -> s.withId("observation-category")), ObservationCategory.GRAFFITI);
        setValueAsUser(_get(IntegerField.class, s -> s.withId("observation-count")), 3);
        setValueAsUser(_get(TextArea.class, s -> s.withId("observation-note")), "Ring 070-123 45 67");
        _click(_get(Button.class, s -> s.withId("observation-save")));
        assertThat(_get(Paragraph.class, s -> s.withId("observation-problem")).getText())
                .isEqualTo(t("validation.phoneInText"));
        assertThat(dsl.fetchCount(OBSERVATION, OBSERVATION.DISTRICT_ID.eq(id))).isZero();

        setValueAsUser(_get(TextArea.class, s -> s.withId("observation-note")), "Klotter på gångbron");
        _click(_get(Button.class, s -> s.withId("observation-save")));
        assertThat(dsl.fetchCount(OBSERVATION, OBSERVATION.DISTRICT_ID.eq(id))).isEqualTo(1);
    }

    @Test
    void theSituationalPictureOfAWeekShowsItsTablesInBothLanguages() {
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo("situation", "week=2026-03-04");
        assertNoRawTranslationKeys();
        assertThat(_get(Div.class, s -> s.withId("picture-districts")).getElement().getOuterHTML())
                .contains("<caption>" + t("followup.picture.byDistrict") + "</caption>", "Alby");
        useLocale(Locale.ENGLISH);
        navigateTo("situation", "week=not-a-date");
        assertNoRawTranslationKeys();
    }

    @Test
    void theEvaluationShowsTheLastBreakBesideTheYearsBefore() {
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo(EvaluationView.class);
        assertNoRawTranslationKeys();
        assertThat(_get(Div.class, s -> s.withId("evaluation-table")).getElement().getOuterHTML())
                .contains(t("followup.evaluation.planned"));
        // a bar per period: the longest is full width, the bars are hidden from screen readers (the rows say it)
        Div chart = _get(Div.class, s -> s.withId("evaluation-chart-observations"));
        java.util.List<Div> bars = com.github.mvysny.kaributesting.v10.LocatorJ._find(chart, Div.class,
                s -> s.withClasses("followup-bar"));
        assertThat(bars).hasSizeGreaterThanOrEqualTo(2);
        assertThat(bars).extracting(b -> b.getStyle().get("width")).contains("100.0%");
        assertThat(bars).allSatisfy(b -> assertThat(b.getElement().getAttribute("aria-hidden")).isEqualTo("true"));
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(chart, Div.class,
                s -> s.withClasses("followup-bar-row"))).hasSameSizeAs(bars);
        useLocale(Locale.ENGLISH);
        navigateTo(EvaluationView.class);
        assertNoRawTranslationKeys();
    }

    @Test
    void theImportListsBadLinesAndKeepsSaveOff() {
        signInAs("coordinator", Role.COORDINATOR);
        ObservationImportView view = navigateTo(ObservationImportView.class);
        view.check(("kommundel;kategori;datum;antal\nAlby;Klotter;2025-13-01;2\n").getBytes(StandardCharsets.UTF_8));
        assertThat(view.summary.getText()).isEqualTo(t("followup.import.problems", 1));
        assertThat(view.save.isEnabled()).isFalse();
        assertNoRawTranslationKeys();
    }

    @Test
    void theActionPlanListsTheDemoMeasuresAndOnlyCoordinatorsGetTheForm() {
        signInAs("coordinator", Role.COORDINATOR);
        ActionPlanView view = navigateTo(ActionPlanView.class);
        assertNoRawTranslationKeys();
        assertThat(_get(Div.class, s -> s.withId("action-plan-table")).getElement().getOuterHTML())
                .contains("Klotter saneras inom 24 timmar");
        setValueAsUser(view.title, "Ring 070-123 45 67");
        _click(_get(Button.class, s -> s.withId("measure-save")));
        assertThat(view.problem.getText()).isNotBlank();

        signInAs("viewer", Role.VIEWER);
        navigateTo(ActionPlanView.class);
        assertNoRawTranslationKeys();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class, s -> s.withId("measure-save")))
                .isEmpty();
    }
}
