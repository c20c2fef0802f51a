package se.tryggalov.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import se.tryggalov.security.SecondFactorService;
import se.tryggalov.security.SecondFactorStatus;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.ui.Notifications;

import java.util.List;
import java.util.function.Function;

/**
 * The account page's part on two-step verification: turn it on (QR code), make new recovery codes, or turn it off
 * where the role does not require it. Changing it needs a current code.
 */
class SecondFactorSettings extends Section {

    private final SecondFactorService secondFactors;
    private final Div body = new Div();

    SecondFactorSettings(SecondFactorService secondFactors) {
        this.secondFactors = secondFactors;
        setId("second-factor-settings");
        add(new H2(getTranslation("account.secondFactor.heading")), body);
        show();
    }

    private void show() {
        body.removeAll();
        SecondFactorStatus status = secondFactors.myStatus();
        if (!status.applicable()) {
            body.add(new Paragraph(getTranslation("account.secondFactor.singleSignOn")));
            return;
        }
        Paragraph state = new Paragraph(status.enrolled()
                ? getTranslation("account.secondFactor.on", status.unusedRecoveryCodes())
                : getTranslation("account.secondFactor.off"));
        state.setId("totp-status");
        body.add(state, new Paragraph(getTranslation(status.required()
                ? "account.secondFactor.requiredNote" : "account.secondFactor.optionalNote")));
        if (!status.enrolled()) {
            Button start = new Button(getTranslation("account.secondFactor.start"), e -> enrol());
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setId("totp-start");
            body.add(start);
            return;
        }
        TextField code = SecondFactorEnrolmentPanel.codeField(getTranslation("account.secondFactor.codeLabel"));
        code.setAutofocus(false);
        Button regenerate = new Button(getTranslation("account.secondFactor.regenerate"),
                e -> withCode(code, secondFactors::regenerateMyRecoveryCodes, this::showCodes));
        regenerate.setId("totp-regenerate");
        FlexLayout actions = new FlexLayout(regenerate);
        actions.addClassName("filters");
        if (!status.required()) {
            Button disable = new Button(getTranslation("account.secondFactor.disable"), e -> withCode(code, c -> {
                secondFactors.disableMine(c);
                return List.of();
            }, codes -> {
                Notifications.success(getTranslation("account.secondFactor.disabled"));
                show();
            }));
            disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
            disable.setId("totp-disable");
            actions.add(disable);
        }
        body.add(code, actions);
    }

    private void enrol() {
        body.removeAll();
        try {
            body.add(new SecondFactorEnrolmentPanel(secondFactors.startMyEnrolment(),
                    secondFactors::confirmMyEnrolment, next -> {
                        Notifications.success(getTranslation("account.secondFactor.enrolled"));
                        next.add(doneButton());
                    }));
        } catch (UserMessageException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            show();
        }
    }

    private void showCodes(List<String> codes) {
        body.removeAll();
        body.add(SecondFactorEnrolmentPanel.recoveryCodes(codes, this), doneButton());
    }

    private Button doneButton() {
        Button done = new Button(getTranslation("account.secondFactor.done"), e -> show());
        done.setId("totp-done");
        return done;
    }

    private void withCode(TextField code, Function<String, List<String>> action,
                          java.util.function.Consumer<List<String>> then) {
        try {
            List<String> result = action.apply(code.getValue());
            then.accept(result);
        } catch (UserMessageException e) {
            code.setInvalid(true);
            code.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
        }
    }
}
