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
import se.tryggalov.roster.SolverSettingsService;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.ui.Notifications;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The solver's rules, grouped by level (must hold, the need to cover, wishes): each can be switched off and given a
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
        list.addClassName("roster-settings-list");
        save.setText(getTranslation("action.save"));
        save.setId("roster-settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(list, message, save);
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
            int saved = settings.save(changes);
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
