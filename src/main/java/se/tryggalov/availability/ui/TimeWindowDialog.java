package se.tryggalov.availability.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.timepicker.TimePicker;
import se.tryggalov.availability.Answer;
import se.tryggalov.availability.TimeWindow;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * When in the evening a person can go out, for one evening they said yes or maybe to. The end may be after
 * midnight. "Whole evening" removes the window.
 */
class TimeWindowDialog extends Dialog {

    final TimePicker from;
    final TimePicker to;

    /** @param onSave called with the new window (null: the whole evening); the dialog closes when it returns */
    TimeWindowDialog(AvailabilityTexts texts, Answer answer, Consumer<TimeWindow> onSave) {
        setId("time-window-dialog");
        setHeaderTitle(texts.t("availability.window.title", texts.longDate(answer.day())));
        from = new TimePicker(texts.t("availability.window.fromLabel"));
        to = new TimePicker(texts.t("availability.window.toLabel"));
        to.setHelperText(texts.t("availability.window.toHelp"));
        for (TimePicker picker : new TimePicker[] {from, to}) {
            picker.setLocale(texts.locale());
            picker.setStep(Duration.ofMinutes(15));
            picker.setClearButtonVisible(true);
            picker.setWidthFull();
        }
        from.setId("window-from");
        to.setId("window-to");
        if (answer.window() != null) {
            from.setValue(answer.window().from());
            to.setValue(answer.window().to());
        }
        add(new Paragraph(texts.t("availability.window.intro")), from, to);

        Button save = new Button(texts.t("action.save"), e -> {
            onSave.accept(TimeWindow.of(from.getValue(), to.getValue()));
            close();
        });
        save.setId("save-window");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button whole = new Button(texts.t("availability.window.wholeAction"), e -> {
            onSave.accept(null);
            close();
        });
        whole.setId("whole-evening");
        Button cancel = new Button(texts.t("action.cancel"), e -> close());
        cancel.setId("cancel-window");
        getFooter().add(cancel, whole, save);
        setWidth("min(24rem, 100vw)");
    }
}
