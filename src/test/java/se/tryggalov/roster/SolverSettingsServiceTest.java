package se.tryggalov.roster;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.tryggalov.IntegrationTest;
import se.tryggalov.TestYears;
import se.tryggalov.roster.solver.RosterSolver;
import se.tryggalov.roster.solver.SolverSettings;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.i18n.UserMessageException;

import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.tryggalov.jooq.Tables.AUDIT_LOG;
import static se.tryggalov.jooq.Tables.SOLVER_LIMITS;

/**
 * The solver settings are one per installation and shared by every test: each test changes a wish (soft constraint)
 * and the limits only, and puts them back to the defaults afterwards.
 */
@IntegrationTest
class SolverSettingsServiceTest {

    static final String WISH = "homeDistrict";
    /** The year whose roster problem shows the settings the solver is given. */
    static SchoolYear year;

    @Autowired
    SolverSettingsService settings;
    @Autowired
    RosterService roster;
    @Autowired
    DSLContext dsl;
    @Autowired
    SecurityContexts contexts;
    @Autowired
    CalendarService calendar;
    @Autowired
    SystemAuthentication system;

    @BeforeAll
    static void claimAYear(@Autowired TestYears years) {
        year = years.claim();
    }

    private <T> T asCoordinator(Supplier<T> work) {
        return new RosterTestData(dsl, contexts).as("coordinator", work, Role.COORDINATOR);
    }

    private ConstraintSetting setting(String name) {
        return asCoordinator(() -> settings.settings()).stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @AfterEach
    void backToTheDefault() {
        ConstraintSetting now = setting(WISH);
        asCoordinator(() -> settings.save(List.of(now.with(true, 1))));
        dsl.update(SOLVER_LIMITS).set(SOLVER_LIMITS.MAX_NIGHTS_PER_MONTH, 2).set(SOLVER_LIMITS.MAX_NIGHTS_PER_WEEKEND, 1)
                .set(SOLVER_LIMITS.DAILY_REST_HOURS, 11).set(SOLVER_LIMITS.WEEKLY_REST_HOURS, 36).execute();
    }

    @Test
    void theLimitsStartAtTheLawsAndTheDefaultsAndAChangeIsSavedLoggedAndGivenToTheSolver() {
        SolverLimits read = asCoordinator(() -> settings.limits());
        assertThat(List.of(read.maxNightsPerMonth(), read.maxNightsPerWeekend(), read.dailyRestHours(),
                read.weeklyRestHours())).containsExactly(2, 1, 11, 36);
        RosterTestData.plan(calendar, system, year);

        assertThat(asCoordinator(() -> settings.save(List.of(), read.with(4, 2, 12, 40)))).isEqualTo(1);

        SolverSettings given = asCoordinator(() -> roster.problem(RosterScope.ofYear(year)))
                .settings();
        assertThat(List.of(given.defaultMaxNightsPerMonth(), given.defaultMaxNightsPerWeekend(),
                given.dailyRestHours(), given.weeklyRestHours())).containsExactly(4, 2, 12, 40);
        assertThat(dsl.select(AUDIT_LOG.DETAILS).from(AUDIT_LOG).where(AUDIT_LOG.ACTION.eq("SOLVER_SETTINGS_CHANGED"))
                .orderBy(AUDIT_LOG.ID.desc()).limit(1).fetchOne(AUDIT_LOG.DETAILS))
                .isEqualTo("nightsPerMonth=4 nightsPerWeekend=2 dailyRestHours=12 weeklyRestHours=40");
        SolverLimits saved = asCoordinator(() -> settings.limits());
        assertThat(asCoordinator(() -> settings.save(List.of(), saved))).as("nothing changed").isZero();
    }

    @Test
    void aLimitOutOfRangeOrAStaleOneIsRefusedAndNothingIsSaved() {
        SolverLimits read = asCoordinator(() -> settings.limits());
        ConstraintSetting wish = setting(WISH);

        assertThatThrownBy(() -> asCoordinator(() -> settings.save(List.of(wish.with(false, 1)),
                read.with(2, 4, 11, 36)))).satisfies(e -> assertThat(((UserMessageException) e).messageKey())
                        .isEqualTo("roster.settings.error.maxNightsPerWeekend"));
        assertThatThrownBy(() -> asCoordinator(() -> settings.save(List.of(), read.with(0, 1, 11, 36))))
                .satisfies(e -> assertThat(((UserMessageException) e).messageKey())
                        .isEqualTo("roster.settings.error.maxNightsPerMonth"));
        assertThat(setting(WISH).enabled()).as("the rule change in the refused save is not kept").isTrue();

        asCoordinator(() -> settings.save(List.of(), read.with(3, 1, 11, 36)));
        assertThatThrownBy(() -> asCoordinator(() -> settings.save(List.of(), read.with(5, 1, 11, 36))))
                .satisfies(e -> assertThat(((UserMessageException) e).messageKey()).isEqualTo("error.changedByOthers"));
        assertThat(asCoordinator(() -> settings.limits()).maxNightsPerMonth()).isEqualTo(3);
    }

    @Test
    void everyConstraintOfTheSolverIsListedOnByDefaultAndAChangeIsSavedLoggedAndGivenToTheSolver() {
        assertThat(asCoordinator(() -> settings.settings())).extracting(ConstraintSetting::name)
                .containsExactlyElementsOf(RosterSolver.constraints().stream()
                        .map(RosterSolver.SolverConstraint::name).toList());
        ConstraintSetting read = setting(WISH);
        assertThat(read.level()).isEqualTo("SOFT");
        RosterTestData.plan(calendar, system, year);

        assertThat(asCoordinator(() -> settings.save(List.of(read.with(false, 7))))).isEqualTo(1);

        ConstraintSetting saved = setting(WISH);
        assertThat(saved.enabled()).isFalse();
        assertThat(saved.weight()).isEqualTo(7);
        assertThat(saved.saved()).isTrue();
        assertThat(asCoordinator(() -> roster.problem(RosterScope.ofYear(year))).settings()
                .constraints().get(WISH)).satisfies(c -> {
                    assertThat(c.enabled()).isFalse();
                    assertThat(c.weight()).isEqualTo(7);
                });
        assertThat(dsl.select(AUDIT_LOG.DETAILS).from(AUDIT_LOG).where(AUDIT_LOG.ACTION.eq("SOLVER_SETTINGS_CHANGED"))
                .orderBy(AUDIT_LOG.ID.desc()).limit(1).fetchOne(AUDIT_LOG.DETAILS)).isEqualTo(WISH + "=off");
        assertThat(asCoordinator(() -> settings.save(List.of(saved)))).as("nothing changed").isZero();
    }

    @Test
    void aStaleEditABadWeightOrAnUnknownRuleIsRefusedAndNothingIsSaved() {
        ConstraintSetting read = setting(WISH);
        asCoordinator(() -> settings.save(List.of(read.with(true, 3))));

        assertThatThrownBy(() -> asCoordinator(() -> settings.save(List.of(read.with(true, 4)))))
                .satisfies(e -> assertThat(((UserMessageException) e).messageKey()).isEqualTo("error.changedByOthers"));
        assertThatThrownBy(() -> asCoordinator(() -> settings.save(List.of(setting(WISH).with(true, 1001)))))
                .satisfies(e -> assertThat(((UserMessageException) e).messageKey())
                        .isEqualTo("roster.settings.error.weight"));
        ConstraintSetting unknown = new ConstraintSetting("noSuchRule", "SOFT", 1, true, 2, 0, false);
        assertThatThrownBy(() -> asCoordinator(() -> settings.save(List.of(unknown))))
                .satisfies(e -> assertThat(((UserMessageException) e).messageKey()).isEqualTo("error.notFound"));
        assertThat(setting(WISH).weight()).isEqualTo(3);
        assertThatThrownBy(() -> new RosterTestData(dsl, contexts).as("partner", () -> settings.settings(),
                Role.PARTNER_CONTACT)).isInstanceOf(AccessDeniedException.class);
    }
}
