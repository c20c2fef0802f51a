package se.tryggalov.partner.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.ui.FactChecks;

import java.util.Map;
import java.util.Optional;

/**
 * A dialog with a form that the service checks: a refusal is shown, translated, above the form (announced to
 * screen readers) and on the field it is about; nothing is saved and the dialog stays open. Fields under a shared
 * rule ({@link #checks}) are refused the same way before the service is called.
 */
abstract class FormDialog extends Dialog {

    final Div error = new Div();
    final Button save;
    final FactChecks checks = new FactChecks();

    FormDialog(String idPrefix) {
        setId(idPrefix + "-dialog");
        setWidth("min(40rem, 100vw)");
        error.addClassName("form-error");
        error.setId(idPrefix + "-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(error);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId(idPrefix + "-cancel");
        save = new Button(getTranslation("action.save"), e -> trySave());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId(idPrefix + "-save");
        getFooter().add(cancel, save);
    }

    /** Calls the service; throws {@link UserMessageException} to refuse. */
    abstract void store();

    /** Which field a refusal is about, by message key. */
    Map<String, HasValidation> fieldsByError() {
        return Map.of();
    }

    final void trySave() {
        fieldsByError().values().forEach(f -> {
            f.setManualValidation(true); // the server decides; the browser must not clear its message
            f.setInvalid(false);
        });
        Optional<String> problem = checks.firstProblem();
        if (problem.isPresent()) {
            error.setText(problem.get());
            error.setVisible(true);
            return;
        }
        try {
            store();
            close();
        } catch (UserMessageException e) {
            String message = getTranslation(e.messageKey(), e.arguments());
            error.setText(message);
            error.setVisible(true);
            HasValidation field = fieldsByError().get(e.messageKey());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
    }
}
