package se.tryggalov.activity.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.TestYears;
import se.tryggalov.activity.ActivityService;
import se.tryggalov.activity.ActivityType;
import se.tryggalov.activity.CoverageRule;
import se.tryggalov.activity.CoverageRuleDraft;
import se.tryggalov.activity.CoverageRuleService;
import se.tryggalov.activity.DistrictScope;
import se.tryggalov.activity.GenerationPreview;
import se.tryggalov.activity.Purpose;
import se.tryggalov.activity.Staffing;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.place.PlaceService;
import se.tryggalov.security.Role;
import se.tryggalov.shared.ui.NotAllowedView;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coverage rules at /plan/rules: list, switch off, delete, the rule dialog, and preview then apply for a school
 * year. Every rule a test makes is deleted afterwards, so other tests' generated plans do not see it.
 */
@IntegrationTest
class RulesViewTest extends KaribuViewTest {

    @Autowired
    CalendarService calendar;
    @Autowired
    ActivityService activities;
    @Autowired
    PlaceService places;
    @Autowired
    CoverageRuleService rules;

    PlanTestData data;
    /** Claimed by the class. */
    static SchoolYear year;
    final List<Long> made = new ArrayList<>();

    @BeforeAll
    static void claimAYear(@Autowired TestYears years) {
        year = years.claim();
    }

    @BeforeEach
    void setUp() {
        data = new PlanTestData(year, calendar, activities, places, systemAuthentication);
        data.plan(year);
    }

    @AfterEach
    void deleteTheRulesMade() {
        for (long id : made) {
            systemAuthentication.runAs(() -> rules.rule(id).ifPresent(r -> rules.delete(id, r.version())),
                    Role.COORDINATOR);
        }
    }

    private static RulesView view() {
        return _get(RulesView.class);
    }

    /** A button in a rule's row: "toggle" or "delete". */
    private static Button rowButton(String action, long ruleId) {
        Grid<CoverageRule> grid = view().grid;
        int row = grid.getListDataView().getItems().map(CoverageRule::id).toList().indexOf(ruleId);
        assertThat(row).as("row of rule " + ruleId).isNotNegative();
        com.vaadin.flow.component.Component actions =
                com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, row, "actions");
        return actions.getChildren().filter(c -> c.getId().orElse("").equals(action + "-rule-" + ruleId))
                .map(Button.class::cast).findFirst().orElseThrow();
    }

    /** A rule for one district on the highest-risk evenings only: one group, 3–5 with a lead. */
    private long rule(String name, boolean active) {
        long districtId = data.district(5 % data.districts().size()).id();
        long id = data.asCoordinator(() -> rules.create(new CoverageRuleDraft(name, ActivityType.NIGHT_WALK,
                Purpose.PREVENTIVE, null, 5, Set.of(), false, DistrictScope.LISTED, null, Set.of(districtId), 1,
                LocalTime.of(21, 0), LocalTime.of(1, 0), null, null, 3, 4, 5, true, true, Set.of(), Staffing.PEOPLE,
                active)));
        made.add(id);
        return id;
    }

    private Optional<CoverageRule> stored(long id) {
        return data.asCoordinator(() -> rules.rule(id));
    }

    private void open() {
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo("plan/rules", "year=" + year.startYear());
    }

    @Test
    void thePreviewShowsTheCountsAndApplyingShowsWhatWasDone() {
        String name = PlanTestData.unique("rule-apply");
        rule(name, true);
        GenerationPreview expected = data.asCoordinator(() -> rules.preview(year));
        assertThat(expected.toCreate()).as("the new rule wants shifts on the risk-5 evenings").isPositive();
        open();

        assertThat(view().year.getValue()).isEqualTo(year);
        assertThat(view().apply.isEnabled()).as("apply only after a preview").isFalse();
        _click(view().preview);

        String label = year.label();
        assertThat(_get(Paragraph.class, s -> s.withId("preview-summary")).getText()).isEqualTo(
                t("plan.preview.summary", label, expected.toCreate(), expected.toUpdate(), expected.toDelete(),
                        expected.unchanged(), expected.needsDecision().size()));
        @SuppressWarnings("unchecked")
        Grid<GenerationPreview.SourcePreview> sources = _get(Grid.class, s -> s.withId("preview-sources"));
        assertThat(sources.getListDataView().getItems().filter(s -> name.equals(s.source().name())).toList())
                .singleElement().satisfies(s -> assertThat(s.toCreate()).isNotEmpty());
        assertThat(view().apply.isEnabled()).isTrue();
        assertNoRawTranslationKeys();

        _click(view().apply);

        String done = t("plan.apply.done", label, expected.toCreate(), expected.toUpdate(), expected.toDelete(),
                expected.unchanged(), expected.needsDecision().size());
        assertThat(_get(Paragraph.class, s -> s.withId("apply-summary")).getText()).isEqualTo(done);
        assertThat(notificationTexts()).contains(done);
        assertThat(view().apply.isEnabled()).isFalse();
        assertThat(data.asCoordinator(() -> rules.preview(year)).changesAnything())
                .as("applied: the year matches the rules").isFalse();
    }

    @Test
    void aRuleIsSwitchedOffAndOnAndDeletedAfterConfirming() {
        String name = PlanTestData.unique("rule-toggle");
        long id = rule(name, true);
        open();

        _click(rowButton("toggle", id));
        assertThat(stored(id)).hasValueSatisfying(r -> assertThat(r.active()).isFalse());
        assertThat(notificationTexts()).contains(t("plan.rule.deactivated", name));

        _click(rowButton("toggle", id));
        assertThat(stored(id)).hasValueSatisfying(r -> assertThat(r.active()).isTrue());

        _click(rowButton("delete", id));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(stored(id)).isEmpty();
        assertThat(view().grid.getListDataView().getItems().map(CoverageRule::id)).doesNotContain(id);
    }

    @Test
    void aRuleWithItsGroupMinimumAboveItsMaximumIsRefusedAndNothingSaved() {
        open();
        String name = PlanTestData.unique("rule-bad");

        _click(view().newRule);
        RuleDialog dialog = _get(RuleDialog.class);
        setValueAsUser(dialog.name, name);
        setValueAsUser(dialog.groupRules.minSize, 6);
        setValueAsUser(dialog.groupRules.peopleNeeded, 4);
        setValueAsUser(dialog.groupRules.maxSize, 5);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.errorText()).isNotBlank().doesNotMatch(RAW_KEY);
        assertThat(data.asCoordinator(rules::rules)).noneMatch(r -> r.name().equals(name));

        setValueAsUser(dialog.groupRules.minSize, 3);
        setValueAsUser(dialog.active, false);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        CoverageRule saved = data.asCoordinator(rules::rules).stream().filter(r -> r.name().equals(name))
                .findFirst().orElseThrow();
        made.add(saved.id());
        assertThat(saved.minSize()).isEqualTo(3);
        assertThat(saved.active()).isFalse();
    }

    @Test
    void partnerContactsAndViewersCannotOpenTheRules() {
        signInAs("partner", Role.PARTNER_CONTACT);
        navigateTo("plan/rules");
        _assertNone(RulesView.class);
        _get(NotAllowedView.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void showsNoRawTranslationKey(String language) {
        rule(PlanTestData.unique("rule-keys"), false);
        open();
        useLocale(Locale.forLanguageTag(language));

        assertNoRawTranslationKeys();
        _click(view().newRule);
        assertNoRawTranslationKeys();
    }
}
