package se.tryggalov.security.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.WebAttributes;
import se.tryggalov.security.LoginThrottledException;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.ui.UiLocales;

import java.util.Locale;

/**
 * Sign-in as a plain HTML form that the browser posts to {@code /login} itself. Nothing on it talks to the server
 * while the password is posted: Vaadin's login component sent an event of its own at the same moment, and when
 * that request arrived after sign-in had changed the session id it could leave the browser with a fresh,
 * anonymous session (a correct sign-in now and then landed back here). A wrong password and a throttled account
 * get different messages: the second says how long to wait. The language can be switched before signing in.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** A native {@code <form>}: its fields are native inputs, so the browser submits them. */
    @Tag("form")
    static final class NativeForm extends Component implements HasComponents {
    }

    private final Div error = new Div();
    private final H2 errorTitle = new H2();
    private final Paragraph errorMessage = new Paragraph();
    private final Element password = new Element("input");
    private final Element showPassword = new Element("input");
    private final Element submit = new Element("button");
    private final NativeForm form = new NativeForm();

    LoginView(@Value("${trygga.demo.enabled:false}") boolean demo) {
        addClassName("login-view");

        form.setId("login-form");
        form.addClassName("login-card");
        form.getElement().setAttribute("method", "post").setAttribute("action", "login");
        H2 heading = new H2(getTranslation("login.title"));
        heading.addClassName("login-title");

        error.setId("login-error");
        error.addClassName("login-error");
        error.getElement().setAttribute("role", "alert");
        errorTitle.setId("login-error-title");
        errorMessage.setId("login-error-message");
        error.add(errorTitle, errorMessage);
        error.setVisible(false);

        Element username = input("username", "text", "username");
        username.setAttribute("autocapitalize", "none").setAttribute("spellcheck", "false")
                .setAttribute("autofocus", true);
        password.setAttribute("id", "password").setAttribute("name", "password").setAttribute("type", "password")
                .setAttribute("autocomplete", "current-password").setAttribute("required", true);
        showPassword.setAttribute("id", "show-password").setAttribute("type", "checkbox");
        Element showPasswordRow = new Element("div").setAttribute("class", "login-show-password")
                .appendChild(showPassword, label("show-password", "login.showPassword"));
        submit.setAttribute("type", "submit").setAttribute("id", "login-submit")
                .setText(getTranslation("login.submit"));

        form.add(heading, error);
        form.getElement().appendChild(label("username", "login.username"), username,
                label("password", "login.password"), password, showPasswordRow, submit);

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
        if (demo) {
            Paragraph hint = new Paragraph(getTranslation("login.demoHint"));
            hint.addClassName("demo-hint");
            hint.setId("demo-hint");
            add(hint);
        }
        add(new Footer(language));
    }

    private static Element input(String name, String type, String autocomplete) {
        return new Element("input").setAttribute("id", name).setAttribute("name", name).setAttribute("type", type)
                .setAttribute("autocomplete", autocomplete).setAttribute("required", true);
    }

    private Element label(String forId, String key) {
        return new Element("label").setAttribute("for", forId).setText(getTranslation(key));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // Browser-only behaviour: no round trip to the server, least of all while the form is being posted.
        attachEvent.getUI().getPage().executeJs("""
                const [form, password, toggle, submit] = [$0, $1, $2, $3];
                toggle.addEventListener('change', () => password.type = toggle.checked ? 'text' : 'password');
                form.addEventListener('submit', () => { password.type = 'password'; submit.disabled = true; });
                """, form.getElement(), password, showPassword, submit);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object last = VaadinSession.getCurrent() == null ? null
                    : VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (last instanceof LoginThrottledException throttled) {
                errorTitle.setText(getTranslation("login.throttled.title"));
                errorMessage.setText(getTranslation("login.throttled.message", throttled.retryAfterMinutes()));
            } else {
                errorTitle.setText(getTranslation("login.error.title"));
                errorMessage.setText(getTranslation("login.error.message"));
            }
            error.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.name");
    }
}
