package se.tryggalov.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.WebAttributes;
import com.vaadin.flow.component.html.Anchor;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import se.tryggalov.security.LoginThrottledException;
import se.tryggalov.security.PendingSignIn;
import se.tryggalov.security.SecondFactorRequiredException;
import se.tryggalov.security.SingleSignOn;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.ui.UiLocales;

import java.util.Locale;

/**
 * Sign-in. A wrong password and a throttled account get different messages: the second says how long to wait.
 * The language can be switched before signing in.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    LoginView(@Value("${trygga.demo.enabled:false}") boolean demo, SingleSignOn singleSignOn) {
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(null));

        Locale other = Translations.ENGLISH.equals(getLocale()) ? Translations.SWEDISH : Translations.ENGLISH;
        Button language = new Button(getTranslation("language.switchTo." + other.getLanguage()), new Icon(VaadinIcon.GLOBE));
        language.getElement().setAttribute("lang", other.getLanguage());
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("switch-language");
        language.addClickListener(e -> {
            UI ui = UI.getCurrent();
            UiLocales.apply(ui, other);
            ui.getPage().reload();
        });

        H1 title = new H1(getTranslation("app.name"));
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("tagline");
        add(title, tagline, form);
        singleSignOn.provider().ifPresent(provider -> add(singleSignOnButton(provider)));
        if (demo) {
            Paragraph hint = new Paragraph(getTranslation("login.demoHint"));
            hint.addClassName("demo-hint");
            hint.setId("demo-hint");
            add(hint);
        }
        add(new Footer(language));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object last = VaadinSession.getCurrent() == null ? null
                    : VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (last instanceof SecondFactorRequiredException required) {
                // the password was right: the code (or enrolment) comes next, before anyone is signed in
                VaadinSession.getCurrent().getSession().removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
                VaadinSession.getCurrent().getSession().setAttribute(PendingSignIn.ATTRIBUTE, required.pending());
                event.forwardTo(RouteConfiguration.forSessionScope().getUrl(SecondFactorView.class),
                        QueryParameters.empty());
                return;
            }
            if (last instanceof OAuth2AuthenticationException refused
                    && SingleSignOn.REFUSED.equals(refused.getError().getErrorCode())) {
                form.setI18n(singleSignOnRefused(refused.getError().getDescription()));
                form.setError(true);
                return;
            }
            form.setI18n(i18n(last instanceof LoginThrottledException throttled ? throttled : null));
            form.setError(true);
        }
    }

    /** A link, not a Vaadin navigation: the browser goes to the provider and comes back signed in. */
    private Anchor singleSignOnButton(SingleSignOn.Provider provider) {
        Anchor link = new Anchor(provider.authorizationPath(),
                getTranslation("login.sso.button", provider.displayName()));
        link.setRouterIgnore(true);
        link.setId("single-sign-on");
        link.addClassName("button-link");
        link.addClassName("single-sign-on");
        return link;
    }

    private LoginI18n singleSignOnRefused(String reasonKey) {
        LoginI18n i18n = i18n(null);
        i18n.getErrorMessage().setTitle(getTranslation("login.sso.refusedTitle"));
        i18n.getErrorMessage().setMessage(getTranslation(
                "login.sso.disabled".equals(reasonKey) ? "login.sso.disabled" : "login.sso.noRole"));
        return i18n;
    }

    private LoginI18n i18n(LoginThrottledException throttled) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        f.setForgotPassword(getTranslation("component.login.forgotPassword"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (throttled != null) {
            error.setTitle(getTranslation("login.throttled.title"));
            error.setMessage(getTranslation("login.throttled.message", throttled.retryAfterMinutes()));
        } else {
            error.setTitle(getTranslation("login.error.title"));
            error.setMessage(getTranslation("login.error.message"));
        }
        error.setUsername(getTranslation("login.error.usernameRequired"));
        error.setPassword(getTranslation("login.error.passwordRequired"));
        i18n.setAdditionalInformation(null);
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.name");
    }
}
