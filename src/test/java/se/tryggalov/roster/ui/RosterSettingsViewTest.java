package se.tryggalov.roster.ui;

import com.vaadin.flow.component.button.Button;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.roster.ConstraintSetting;
import se.tryggalov.roster.SolverLimits;
import se.tryggalov.roster.SolverSettingsService;
import se.tryggalov.security.Role;
import se.tryggalov.shared.ui.NotAllowedView;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.tryggalov.jooq.Tables.SOLVER_CONSTRAINT_SETTING;
import static se.tryggalov.jooq.Tables.SOLVER_LIMITS;

/** The solver settings are shared by every test: this one changes a wish only and puts it back. */
@IntegrationTest
class RosterSettingsViewTest extends KaribuViewTest {

    static final String WISH = "mixedGender";

    @Autowired
    SolverSettingsService settings;
    @Autowired
    DSLContext dsl;

    @AfterEach
    void backToTheDefault() {
        // straight in the table: a signed-in partner's session would refuse the service call
        dsl.update(SOLVER_CONSTRAINT_SETTING).set(SOLVER_CONSTRAINT_SETTING.ENABLED, true)
                .set(SOLVER_CONSTRAINT_SETTING.WEIGHT, 1)
                .where(SOLVER_CONSTRAINT_SETTING.CONSTRAINT_NAME.eq(WISH)).execute();
        dsl.update(SOLVER_LIMITS).set(SOLVER_LIMITS.MAX_NIGHTS_PER_MONTH, 2).set(SOLVER_LIMITS.MAX_NIGHTS_PER_WEEKEND, 1)
                .set(SOLVER_LIMITS.DAILY_REST_HOURS, 11).set(SOLVER_LIMITS.WEEKLY_REST_HOURS, 36).execute();
    }

    @Test
    void aCoordinatorRaisesTheNightsAMonthAndTheWeeklyRestAndAnImpossibleWeekendIsRefused() {
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo("roster/settings");
        RosterSettingsView view = _get(RosterSettingsView.class);
        assertThat(view.nightsPerMonth.getValue()).isEqualTo(2);
        assertThat(view.weeklyRest.getValue()).isEqualTo(36);

        setValueAsUser(view.nightsPerWeekend, 5);
        _click(_get(Button.class, s -> s.withId("roster-settings-save")));
        assertThat(view.message.getText()).isEqualTo("Kvällar per helg måste vara ett heltal mellan 1 och 3.");
        assertThat(systemAuthentication.callAs(() -> settings.limits(), Role.COORDINATOR).maxNightsPerWeekend())
                .isEqualTo(1);

        setValueAsUser(view.nightsPerWeekend, 1);
        setValueAsUser(view.nightsPerMonth, 3);
        setValueAsUser(view.weeklyRest, 40);
        _click(_get(Button.class, s -> s.withId("roster-settings-save")));

        assertThat(view.message.getText()).isEqualTo("En ändring sparades.");
        SolverLimits saved = systemAuthentication.callAs(() -> settings.limits(), Role.COORDINATOR);
        assertThat(List.of(saved.maxNightsPerMonth(), saved.maxNightsPerWeekend(), saved.dailyRestHours(),
                saved.weeklyRestHours())).containsExactly(3, 1, 11, 40);
        assertThat(view.nightsPerMonth.getValue()).as("the form shows what was saved").isEqualTo(3);
    }

    @Test
    void aCoordinatorSwitchesAWishOffAndWeighsAnotherAndSeesItSaved() {
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo("roster/settings");
        RosterSettingsView view = _get(RosterSettingsView.class);
        assertThat(view.rows).containsKeys("availability", "groupMinimum", "uncoveredNeed", WISH);
        assertThat(view.rows.get(WISH).enabled().getLabel()).isEqualTo(t("solver.constraint." + WISH));

        setValueAsUser(view.rows.get(WISH).enabled(), false);
        setValueAsUser(view.rows.get(WISH).weight(), 5);
        _click(_get(Button.class, s -> s.withId("roster-settings-save")));

        assertThat(view.message.getText()).isEqualTo("En ändring sparades.");
        ConstraintSetting saved = systemAuthentication.callAs(() -> settings.settings(), Role.COORDINATOR).stream()
                .filter(s -> s.name().equals(WISH)).findFirst().orElseThrow();
        assertThat(saved.enabled()).isFalse();
        assertThat(saved.weight()).isEqualTo(5);
        assertThat(view.rows.get(WISH).enabled().getValue()).isFalse();
        assertNoRawTranslationKeys();
        useLocale(Locale.ENGLISH);
        assertNoRawTranslationKeys();
    }

    @Test
    void aWeightOutOfRangeIsRefusedWithAMessage() {
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo("roster/settings");
        RosterSettingsView view = _get(RosterSettingsView.class);

        setValueAsUser(view.rows.get(WISH).weight(), 5000);
        _click(_get(Button.class, s -> s.withId("roster-settings-save")));

        assertThat(view.message.getText()).isEqualTo("Vikten måste vara ett heltal mellan 0 och 1000.");
        assertThat(systemAuthentication.callAs(() -> settings.settings(), Role.COORDINATOR).stream()
                .filter(s -> s.name().equals(WISH)).findFirst().orElseThrow().weight()).isEqualTo(1);
    }

    @Test
    void partnerContactsMayNotOpenTheSettings() {
        signInAs("partner", Role.PARTNER_CONTACT);
        navigateTo("roster/settings");
        assertThat(_find(RosterSettingsView.class)).isEmpty();
        assertThat(_find(NotAllowedView.class)).hasSize(1);
    }
}
