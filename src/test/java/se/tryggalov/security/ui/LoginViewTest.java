package se.tryggalov.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.web.WebAttributes;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.security.ThrottledExceptions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class LoginViewTest extends KaribuViewTest {

    /** The texts of the native form's labels, in order, then its submit button. */
    private static List<String> formTexts() {
        Element form = _get(LoginView.NativeForm.class).getElement();
        List<String> texts = new ArrayList<>();
        collect(form, texts);
        return texts;
    }

    private static void collect(Element element, List<String> texts) {
        if (element.isTextNode()) {
            return;
        }
        if (element.getTag().equals("label") || element.getTag().equals("button")) {
            texts.add(element.getText());
        }
        element.getChildren().forEach(child -> collect(child, texts));
    }

    private static Element field(String id) {
        Element form = _get(LoginView.NativeForm.class).getElement();
        return form.getChildren().filter(e -> id.equals(e.getAttribute("id"))).findFirst().orElseThrow();
    }

    private static boolean errorShown() {
        return !_find(Div.class, s -> s.withId("login-error")).isEmpty(); // finds visible components only
    }

    private static String errorTitle() {
        return _get(H2.class, s -> s.withId("login-error-title")).getText();
    }

    private static String errorMessage() {
        return _get(Paragraph.class, s -> s.withId("login-error-message")).getText();
    }

    @Test
    void anonymousVisitorIsSentToTheLoginView() {
        navigateTo("");
        expectView(LoginView.class);
    }

    @Test
    void showsTheSwedishFormByDefault() {
        navigateTo(LoginView.class);

        assertThat(uiLocale().getLanguage()).isEqualTo("sv");
        assertThat(_get(H1.class).getText()).isEqualTo("Trygga lov");
        assertThat(_get(H2.class, s -> s.withClasses("login-title")).getText()).isEqualTo("Logga in");
        assertThat(formTexts()).containsExactly("Användarnamn", "Lösenord", "Visa lösenord", "Logga in");
        assertThat(_get(Button.class, s -> s.withId("switch-language")).getText()).isEqualTo("English");
        assertThat(errorShown()).isFalse();
    }

    @Test
    void theFormIsAPlainPostToLoginThatBrowsersAndPasswordManagersUnderstand() {
        navigateTo(LoginView.class);

        Element form = _get(LoginView.NativeForm.class).getElement();
        assertThat(form.getTag()).isEqualTo("form");
        assertThat(form.getAttribute("method")).isEqualTo("post");
        assertThat(form.getAttribute("action")).isEqualTo("login");
        assertThat(field("username").getAttribute("name")).isEqualTo("username");
        assertThat(field("username").getAttribute("autocomplete")).isEqualTo("username");
        assertThat(field("password").getAttribute("name")).isEqualTo("password");
        assertThat(field("password").getAttribute("type")).isEqualTo("password");
        assertThat(field("password").getAttribute("autocomplete")).isEqualTo("current-password");

    }

    @Test
    void showsTheEnglishFormWithTheEnglishLocale() {
        navigateTo(LoginView.class);
        useLocale(Locale.ENGLISH);

        assertThat(_get(H2.class, s -> s.withClasses("login-title")).getText()).isEqualTo("Sign in");
        assertThat(formTexts()).containsExactly("Username", "Password", "Show password", "Sign in");
        assertThat(_get(Button.class, s -> s.withId("switch-language")).getText()).isEqualTo("Svenska");
    }

    @Test
    void aFailedLoginShowsTheLoginError() {
        navigateTo("login", "error");

        assertThat(errorShown()).isTrue();
        assertThat(errorTitle()).isEqualTo("Fel användarnamn eller lösenord");
        assertThat(errorMessage()).isEqualTo("Kontrollera att du skrivit rätt och försök igen.");
    }

    @Test
    void aThrottledLoginSaysHowManyMinutesToWait() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                ThrottledExceptions.retryAfter(Duration.ofSeconds(150)));

        navigateTo("login", "error");

        assertThat(errorShown()).isTrue();
        assertThat(errorTitle()).isEqualTo("För många misslyckade försök");
        assertThat(errorMessage())
                .isEqualTo("Inloggningen är tillfälligt spärrad. Försök igen om 3 minuter.");
    }

    @Test
    void aThrottledLoginSaysMinutesInEnglishToo() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                ThrottledExceptions.retryAfter(Duration.ofSeconds(30)));
        navigateTo("login", "error");
        useLocale(Locale.ENGLISH);

        assertThat(errorTitle()).isEqualTo("Too many failed attempts");
        assertThat(errorMessage()).isEqualTo("Signing in is blocked for now. Try again in 1 minute.");
    }

    @Test
    void aWrongPasswordAfterAnEarlierThrottleShowsTheOrdinaryError() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new org.springframework.security.authentication.BadCredentialsException("bad"));
        navigateTo("login", "error");

        assertThat(errorTitle()).isEqualTo("Fel användarnamn eller lösenord");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void showsNoRawTranslationKey(String language) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                ThrottledExceptions.retryAfter(Duration.ofMinutes(5)));
        navigateTo("login", "error");
        useLocale(Locale.forLanguageTag(language));

        assertThat(uiLocale().getLanguage()).isEqualTo(language);
        assertNoRawTranslationKeys();
    }
}
