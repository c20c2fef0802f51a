package se.tryggalov.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.tryggalov.security.PendingSignIn;
import se.tryggalov.security.SecondFactorService;
import se.tryggalov.shared.i18n.UserMessageException;

/**
 * The second step of a password sign-in: the code from the authenticator app (or a recovery code), or, for an
 * administrator or coordinator who has none yet, enrolling one before the first page. Nobody is signed in here:
 * the page works only with the pending sign-in that a right password left in this browser's session.
 */
@Route(value = "second-factor", autoLayout = false)
@AnonymousAllowed
public class SecondFactorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Back to the login page (its route), which starts the sign-in again. */
    private static final String LOGIN_ROUTE = "login";

    private final SecondFactorService secondFactors;
    private boolean enrolling;

    SecondFactorView(SecondFactorService secondFactors) {
        this.secondFactors = secondFactors;
        addClassName("login-view");
        addClassName("second-factor-view");
    }

    static PendingSignIn pending() {
        VaadinSession session = VaadinSession.getCurrent();
        Object value = session == null ? null : session.getSession().getAttribute(PendingSignIn.ATTRIBUTE);
        return value instanceof PendingSignIn p ? p : null;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PendingSignIn pending = pending();
        if (pending == null) {
            event.forwardTo(LoginView.class);
            return;
        }
        removeAll();
        enrolling = secondFactors.mustEnrol(pending);
        H1 title = new H1(getTranslation(enrolling ? "secondFactor.enrol.title" : "secondFactor.code.title"));
        add(title);
        Div body = new Div();
        body.addClassName("second-factor-body");
        add(body);
        try {
            if (enrolling) {
                body.add(new Paragraph(getTranslation("secondFactor.enrol.required")));
                body.add(new SecondFactorEnrolmentPanel(secondFactors.startEnrolment(pending),
                        code -> {
                            var recoveryCodes = secondFactors.confirmEnrolment(pending, code);
                            storeAgain(pending);
                            return recoveryCodes;
                        },
                        next -> next.add(continueLink())));
            } else {
                body.add(codeForm(pending));
            }
        } catch (UserMessageException e) {
            body.removeAll();
            body.add(new Paragraph(getTranslation(e.messageKey(), e.arguments())));
        }
        Anchor cancel = new Anchor(LOGIN_ROUTE, getTranslation("secondFactor.cancel"));
        cancel.setId("second-factor-cancel");
        add(new Paragraph(cancel));
    }

    private Div codeForm(PendingSignIn pending) {
        Paragraph help = new Paragraph(getTranslation("secondFactor.code.help"));
        TextField code = SecondFactorEnrolmentPanel.codeField(getTranslation("secondFactor.code.labelOrRecovery"));
        Button signIn = new Button(getTranslation("secondFactor.code.submit"));
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn.setId("totp-submit");
        signIn.addClickShortcut(Key.ENTER);
        signIn.addClickListener(e -> {
            try {
                secondFactors.verify(pending, code.getValue());
                storeAgain(pending);
                UI.getCurrent().getPage().setLocation(PendingSignIn.COMPLETE_PATH);
            } catch (UserMessageException ex) {
                code.setInvalid(true);
                code.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
                code.clear();
                code.focus();
            }
        });
        Div form = new Div(help, code, signIn);
        form.addClassName("second-factor-form");
        return form;
    }

    /** Sets the changed pending sign-in again, so that a session store that copies attributes (a cluster) saves it. */
    private static void storeAgain(PendingSignIn pending) {
        VaadinSession.getCurrent().getSession().setAttribute(PendingSignIn.ATTRIBUTE, pending);
    }

    /** A full page load, not a Vaadin navigation: the sign-in is completed by the server at this address. */
    private Anchor continueLink() {
        Anchor next = new Anchor(PendingSignIn.COMPLETE_PATH, getTranslation("secondFactor.recovery.continue"));
        next.setRouterIgnore(true);
        next.setId("totp-continue");
        next.addClassName("button-link");
        return next;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(enrolling ? "secondFactor.enrol.title" : "secondFactor.code.title") + " – "
                + getTranslation("app.name");
    }
}
