package se.tryggalov.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.TermDates;
import se.tryggalov.calendar.YearPlan;
import se.tryggalov.shared.i18n.UserMessageException;

import java.util.List;
import java.util.function.Consumer;

/** The school's term dates (läsårstider): first and last day of the autumn and spring terms. Saving confirms them. */
class TermsDialog extends Dialog {

    final DatePicker autumnStart;
    final DatePicker autumnEnd;
    final DatePicker springStart;
    final DatePicker springEnd;
    final Div error = new Div();

    TermsDialog(CalendarService calendar, CalendarTexts texts, YearPlan plan, Consumer<String> onSaved) {
        setId("terms-dialog");
        setHeaderTitle(texts.t("calendar.terms.title", plan.year().label()));
        add(new Paragraph(texts.t("calendar.terms.intro")));
        autumnStart = CalendarDatePickers.create(texts.t("calendar.terms.autumnStart"), texts);
        autumnEnd = CalendarDatePickers.create(texts.t("calendar.terms.autumnEnd"), texts);
        springStart = CalendarDatePickers.create(texts.t("calendar.terms.springStart"), texts);
        springEnd = CalendarDatePickers.create(texts.t("calendar.terms.springEnd"), texts);
        TermDates terms = plan.terms();
        autumnStart.setValue(terms.autumnStart());
        autumnEnd.setValue(terms.autumnEnd());
        springStart.setValue(terms.springStart());
        springEnd.setValue(terms.springEnd());
        for (DatePicker picker : List.of(autumnStart, autumnEnd, springStart, springEnd)) {
            picker.setRequiredIndicatorVisible(true);
            picker.setMin(plan.wheelStart());
            picker.setMax(plan.wheelEnd());
        }
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        FormLayout form = new FormLayout(autumnStart, autumnEnd, springStart, springEnd);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(error, form);

        Button save = new Button(texts.t("action.save"), e -> {
            try {
                TermDates changed = termDates();
                calendar.updateTerms(plan.year(), changed, plan.version());
                close();
                onSaved.accept(texts.t("calendar.terms.saved", plan.year().label()));
            } catch (UserMessageException ex) {
                show(texts.t(ex.messageKey(), ex.arguments()));
            } catch (IllegalArgumentException | NullPointerException ex) {
                show(texts.t(ex instanceof NullPointerException ? "calendar.error.required"
                        : "calendar.error.termsOrder"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-terms");
        Button cancel = new Button(texts.t("action.cancel"), e -> close());
        getFooter().add(cancel, save);
        setWidth("min(36rem, 100vw)");
    }

    private TermDates termDates() {
        return new TermDates(autumnStart.getValue(), autumnEnd.getValue(), springStart.getValue(),
                springEnd.getValue());
    }

    private void show(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
