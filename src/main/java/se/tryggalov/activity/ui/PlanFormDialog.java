package se.tryggalov.activity.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.ui.Notifications;

import java.util.List;
import java.util.function.Consumer;

/**
 * A plan dialog whose form the service checks: a refusal is shown, translated, above the form (announced to screen
 * readers) and as a notification; nothing is saved and the dialog stays open with what the user typed. Readers get
 * the same form read-only with a close button only.
 */
abstract class PlanFormDialog extends Dialog {

    final PlanTexts texts;
    final boolean canEdit;
    final Consumer<String> onChanged;
    final Div error = new Div();
    final Button save;
    final Button close;

    /**
     * @param onChanged called with a confirmation text after a successful change, once the dialog has closed
     */
    PlanFormDialog(String idPrefix, PlanTexts texts, boolean canEdit, Consumer<String> onChanged) {
        this.texts = texts;
        this.canEdit = canEdit;
        this.onChanged = onChanged;
        setId(idPrefix + "-dialog");
        addClassName("plan-dialog");
        setWidth("min(44rem, 100vw)");
        setCloseOnOutsideClick(false);
        error.addClassName("form-error");
        error.setId(idPrefix + "-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(error);
        close = new Button(texts.t(canEdit ? "action.cancel" : "action.close"), e -> close());
        close.setId(idPrefix + "-close");
        save = new Button(texts.t("action.save"), e -> attempt(this::store));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId(idPrefix + "-save");
        save.setVisible(canEdit);
        getFooter().add(close, save);
    }

    /** Calls the service and returns the confirmation text; throws {@link UserMessageException} to refuse. */
    abstract String store();

    /** Every input of the form, made read-only for readers. */
    abstract List<HasValue<?, ?>> fields();

    /** Call at the end of the subclass's constructor. */
    void finish() {
        if (!canEdit) {
            fields().forEach(f -> f.setReadOnly(true));
        }
    }

    /** Runs a change; on success closes and reports, on a refusal shows why and keeps the form as it was. */
    void attempt(java.util.function.Supplier<String> change) {
        try {
            String done = change.get();
            close();
            onChanged.accept(done);
        } catch (UserMessageException e) {
            String message = texts.t(e.messageKey(), e.arguments());
            error.setText(message);
            error.setVisible(true);
            Notifications.error(message);
        }
    }

    /** The refusal shown above the form, or empty. */
    String errorText() {
        return error.isVisible() ? error.getText() : "";
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
