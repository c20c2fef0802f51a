package se.tryggalov.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.roster.ConstraintSetting;
import se.tryggalov.roster.SolverLimits;
import se.tryggalov.roster.SolverSettingsService;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.ui.Notifications;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The solver's limits (default nights for volunteers who set none, paid staff's rest) and its rules, grouped by level (must hold, the need to cover, wishes): each can be switched off and given a
 * weight (a multiplier of the built-in one). Saving changes only what was changed, against what was read.
 */
@Route("roster/settings")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
@StyleSheet("context://styles/roster.css")
public class RosterSettingsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /** The fields of one constraint, with the setting they were filled from. */
    record Row(ConstraintSetting read, Checkbox enabled, IntegerField weight) {

        boolean changed() {
            return enabled.getValue() != read.enabled()
                    || weight.getValue() == null || weight.getValue() != read.weight();
        }
    }

    private final SolverSettingsService settings;
    private final RosterTexts texts;
    private final Div limitsSection = new Div();
    final IntegerField nightsPerMonth = limitField("nightsPerMonth", SolverLimits.MAX_NIGHTS_PER_MONTH);
    final IntegerField nightsPerWeekend = limitField("nightsPerWeekend", SolverLimits.MAX_NIGHTS_PER_WEEKEND);
    final IntegerField dailyRest = limitField("dailyRest", SolverLimits.MAX_DAILY_REST_HOURS);
    final IntegerField weeklyRest = limitField("weeklyRest", SolverLimits.MAX_WEEKLY_REST_HOURS);
    private SolverLimits limitsRead;
    private final Div list = new Div();
    final Paragraph message = new Paragraph();
    final Button save = new Button();
    final Map<String, Row> rows = new LinkedHashMap<>();

    RosterSettingsView(SolverSettingsService settings) {
        this.settings = settings;
        this.texts = RosterTexts.of(this, getLocale());
        addClassNames("page", "roster-settings");
        add(new H1(getTranslation("roster.settings.title")));
        add(new Paragraph(getTranslation("roster.settings.intro")));
        RouterLink back = new RouterLink(getTranslation("roster.settings.back"), RosterView.class);
        back.setId("roster-settings-back");
        add(back);
        message.setId("roster-settings-message");
        message.getElement().setAttribute("role", "status");
        limitsSection.addClassNames("roster-settings-list", "roster-limits");
        limitsSection.add(new H2(getTranslation("roster.settings.limits")),
                new Paragraph(getTranslation("roster.settings.limitsIntro")));
        Div limitFields = new Div(nightsPerMonth, nightsPerWeekend, dailyRest, weeklyRest);
        limitFields.addClassName("roster-setting");
        limitsSection.add(limitFields);
        list.addClassName("roster-settings-list");
        save.setText(getTranslation("action.save"));
        save.setId("roster-settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(limitsSection, list, message, save);
    }

    private IntegerField limitField(String name, int max) {
        IntegerField field = new IntegerField(getTranslation("roster.settings." + name));
        field.setId("limit-" + name);
        field.setMin(1);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setRequiredIndicatorVisible(true);
        field.setHelperText(getTranslation("roster.settings." + name + ".help", max));
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roster.settings.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        fill();
    }

    private void fill() {
        limitsRead = settings.limits();
        nightsPerMonth.setValue(limitsRead.maxNightsPerMonth());
        nightsPerWeekend.setValue(limitsRead.maxNightsPerWeekend());
        dailyRest.setValue(limitsRead.dailyRestHours());
        weeklyRest.setValue(limitsRead.weeklyRestHours());
        list.removeAll();
        rows.clear();
        String level = null;
        for (ConstraintSetting s : settings.settings()) {
            if (!s.level().equals(level)) {
                level = s.level();
                list.add(new H2(getTranslation("solver.level." + level)));
            }
            Checkbox enabled = new Checkbox(texts.constraintName(s.name()), s.enabled());
            enabled.setId("constraint-" + s.name());
            enabled.setHelperText(getTranslation("solver.constraint." + s.name() + ".help"));
            IntegerField weight = new IntegerField(getTranslation("roster.settings.weight"));
            weight.setId("weight-" + s.name());
            weight.setMin(SolverSettingsService.MIN_WEIGHT);
            weight.setMax(SolverSettingsService.MAX_WEIGHT);
            weight.setStepButtonsVisible(true);
            weight.setValue(s.weight());
            weight.setAriaLabel(getTranslation("roster.settings.weightOf", texts.constraintName(s.name())));
            weight.setHelperText(getTranslation("roster.settings.weightHelp"));
            Div row = new Div(enabled, weight);
            row.addClassName("roster-setting");
            if ("HARD".equals(s.level())) {
                Span warning = new Span(getTranslation("roster.settings.hardWarning"));
                warning.addClassName("hint");
                row.add(warning);
            }
            list.add(row);
            rows.put(s.name(), new Row(s, enabled, weight));
        }
    }

    void save() {
        for (IntegerField field : List.of(nightsPerMonth, nightsPerWeekend, dailyRest, weeklyRest)) {
            if (field.getValue() == null || field.isInvalid()) {
                showRefusal(new UserMessageException("roster.settings.error.limit", field.getLabel(), "1",
                        String.valueOf((int) field.getMax())));
                return;
            }
        }
        SolverLimits limits = limitsRead.with(nightsPerMonth.getValue(), nightsPerWeekend.getValue(),
                dailyRest.getValue(), weeklyRest.getValue());
        List<ConstraintSetting> changes = new ArrayList<>();
        for (Row row : rows.values()) {
            if (row.changed()) {
                if (row.weight().getValue() == null || row.weight().isInvalid()) {
                    showRefusal(new UserMessageException("roster.settings.error.weight",
                            String.valueOf(SolverSettingsService.MIN_WEIGHT),
                            String.valueOf(SolverSettingsService.MAX_WEIGHT)));
                    return;
                }
                changes.add(row.read().with(row.enabled().getValue(), row.weight().getValue()));
            }
        }
        try {
            int saved = settings.save(changes, limits);
            message.setText(getTranslation("roster.settings.saved", saved));
            Notifications.success(getTranslation("roster.settings.saved", saved));
            fill();
        } catch (UserMessageException e) {
            showRefusal(e);
        }
    }

    private void showRefusal(UserMessageException e) {
        String text = getTranslation(e.messageKey(), e.arguments());
        message.setText(text);
        Notifications.error(text);
    }
}
