package se.tryggalov.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import se.tryggalov.security.SecondFactorEnrolment;
import se.tryggalov.shared.i18n.UserMessageException;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Enrolling an authenticator app: the QR code (with a text alternative), the same secret as text to type in by
 * hand, and a first code to prove it works. Then the recovery codes, shown this once.
 */
class SecondFactorEnrolmentPanel extends Div {

    private final Function<String, List<String>> confirm;
    private final Consumer<Div> afterCodes;

    /**
     * @param confirm    checks the first code and returns the recovery codes
     * @param afterCodes adds what follows the recovery codes (a link onwards) to the given container
     */
    SecondFactorEnrolmentPanel(SecondFactorEnrolment enrolment, Function<String, List<String>> confirm,
                               Consumer<Div> afterCodes) {
        this.confirm = confirm;
        this.afterCodes = afterCodes;
        addClassName("second-factor-enrolment");
        setId("totp-enrolment");

        Paragraph steps = new Paragraph(getTranslation("secondFactor.enrol.steps"));
        Image qr = new Image(QrCodes.svgDataUrl(enrolment.otpauthUri()), getTranslation("secondFactor.enrol.qrAlt"));
        qr.setId("totp-qr");
        qr.setWidth("12rem");
        qr.setHeight("12rem");
        Paragraph manual = new Paragraph(getTranslation("secondFactor.enrol.manual") + " ");
        Code secret = new Code(enrolment.secret());
        secret.setId("totp-secret");
        manual.add(secret);

        TextField code = codeField(getTranslation("secondFactor.code.label"));
        Button confirmButton = new Button(getTranslation("secondFactor.enrol.confirm"));
        confirmButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirmButton.setId("totp-confirm");
        confirmButton.addClickShortcut(Key.ENTER);
        confirmButton.addClickListener(e -> {
            try {
                showRecoveryCodes(this.confirm.apply(code.getValue()));
            } catch (UserMessageException ex) {
                code.setInvalid(true);
                code.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
                code.focus();
            }
        });
        add(steps, qr, manual, code, confirmButton);
    }

    private void showRecoveryCodes(List<String> codes) {
        removeAll();
        add(recoveryCodes(codes, this));
        Div next = new Div();
        afterCodes.accept(next);
        add(next);
    }

    /** The recovery codes under a heading, as a list that can be copied. */
    static Component recoveryCodes(List<String> codes, Component translator) {
        Div box = new Div();
        box.add(new H2(translator.getTranslation("secondFactor.recovery.heading")),
                new Paragraph(translator.getTranslation("secondFactor.recovery.explanation")));
        OrderedList list = new OrderedList();
        list.setId("recovery-codes");
        list.addClassName("recovery-codes");
        codes.forEach(c -> list.add(new ListItem(new Code(c))));
        box.add(list);
        return box;
    }

    static TextField codeField(String label) {
        TextField code = new TextField(label);
        code.setId("totp-code");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(20);
        code.getElement().setAttribute("inputmode", "text");
        code.setAutofocus(true);
        return code;
    }
}
