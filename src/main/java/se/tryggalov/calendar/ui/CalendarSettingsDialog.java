package se.tryggalov.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.CalendarSettings;
import se.tryggalov.calendar.EasterBreakRule;
import se.tryggalov.shared.i18n.UserMessageException;

import java.time.DayOfWeek;
import java.util.List;
import java.util.function.Consumer;

/**
 * The municipality's calendar rules: where påsklov goes, the sportlov week (the county's unless overridden) and the
 * weekday of meetings. They shape the next proposal; confirmed items stay as they are.
 */
class CalendarSettingsDialog extends Dialog {

    final Select<EasterBreakRule> easterRule = new Select<>();
    final Select<Integer> winterSportsWeek = new Select<>();
    final Select<DayOfWeek> meetingDay = new Select<>();
    final Div error = new Div();

    CalendarSettingsDialog(CalendarService calendar, CalendarTexts texts, Consumer<String> onSaved) {
        CalendarSettings settings = calendar.settings();
        setId("calendar-settings-dialog");
        setHeaderTitle(texts.t("calendar.settings.title"));
        add(new Paragraph(texts.t("calendar.settings.intro", texts.t("calendar.county." + settings.county().name()))));

        easterRule.setLabel(texts.t("calendar.settings.easterRule"));
        easterRule.setItems(EasterBreakRule.values());
        easterRule.setItemLabelGenerator(r -> texts.t("calendar.easterRule." + r.name()));
        easterRule.setValue(settings.easterBreakRule());

        winterSportsWeek.setLabel(texts.t("calendar.settings.winterSportsWeek"));
        winterSportsWeek.setItems(6, 7, 8, 9, 10, 11);
        winterSportsWeek.setEmptySelectionAllowed(true);
        winterSportsWeek.setEmptySelectionCaption(texts.t("calendar.settings.countyDefault",
                settings.county().defaultWinterSportsBreakWeek(),
                texts.t("calendar.county." + settings.county().name())));
        winterSportsWeek.setItemLabelGenerator(w -> w == null
                ? texts.t("calendar.settings.countyDefault", settings.county().defaultWinterSportsBreakWeek(),
                texts.t("calendar.county." + settings.county().name()))
                : texts.t("calendar.week", w));
        winterSportsWeek.setValue(settings.winterSportsWeekOverride());

        meetingDay.setLabel(texts.t("calendar.settings.meetingDay"));
        meetingDay.setItems(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY));
        meetingDay.setItemLabelGenerator(texts::weekday);
        meetingDay.setValue(settings.meetingDay());

        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        FormLayout form = new FormLayout(easterRule, winterSportsWeek, meetingDay);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(error, form);

        Button save = new Button(texts.t("action.save"), e -> {
            try {
                calendar.saveSettings(easterRule.getValue(), winterSportsWeek.getValue(), meetingDay.getValue(),
                        settings.version());
                close();
                onSaved.accept(texts.t("calendar.settings.saved"));
            } catch (UserMessageException ex) {
                error.setText(texts.t(ex.messageKey(), ex.arguments()));
                error.setVisible(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-settings");
        getFooter().add(new Button(texts.t("action.cancel"), e -> close()), save);
        setWidth("min(32rem, 100vw)");
    }
}
