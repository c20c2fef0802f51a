package se.tryggalov.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.web.WebAttributes;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.security.ThrottledExceptions;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class LoginViewTest extends KaribuViewTest {

    private static JsonNode i18n() {
        return (JsonNode) _get(LoginForm.class).getElement().getPropertyRaw("i18n");
    }

    private static String i18n(String group, String field) {
        return i18n().path(group).path(field).asString();
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
        assertThat(i18n("form", "title")).isEqualTo("Logga in");
        assertThat(i18n("form", "username")).isEqualTo("Användarnamn");
        assertThat(i18n("form", "password")).isEqualTo("Lösenord");
        assertThat(i18n("form", "submit")).isEqualTo("Logga in");
        assertThat(_get(Button.class, s -> s.withId("switch-language")).getText()).isEqualTo("English");
        assertThat(_get(LoginForm.class).isError()).isFalse();
    }

    @Test
    void showsTheEnglishFormWithTheEnglishLocale() {
        navigateTo(LoginView.class);
        useLocale(Locale.ENGLISH);

        assertThat(i18n("form", "title")).isEqualTo("Sign in");
        assertThat(i18n("form", "username")).isEqualTo("Username");
        assertThat(i18n("form", "password")).isEqualTo("Password");
        assertThat(i18n("form", "submit")).isEqualTo("Sign in");
        assertThat(_get(Button.class, s -> s.withId("switch-language")).getText()).isEqualTo("Svenska");
    }

    @Test
    void aFailedLoginShowsTheLoginError() {
        navigateTo("login", "error");

        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(i18n("errorMessage", "title")).isEqualTo("Fel användarnamn eller lösenord");
        assertThat(i18n("errorMessage", "message")).isEqualTo("Kontrollera att du skrivit rätt och försök igen.");
    }

    @Test
    void aThrottledLoginSaysHowManyMinutesToWait() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                ThrottledExceptions.retryAfter(Duration.ofSeconds(150)));

        navigateTo("login", "error");

        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(i18n("errorMessage", "title")).isEqualTo("För många misslyckade försök");
        assertThat(i18n("errorMessage", "message"))
                .isEqualTo("Inloggningen är tillfälligt spärrad. Försök igen om 3 minuter.");
    }

    @Test
    void aThrottledLoginSaysMinutesInEnglishToo() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                ThrottledExceptions.retryAfter(Duration.ofSeconds(30)));
        navigateTo("login", "error");
        useLocale(Locale.ENGLISH);

        assertThat(i18n("errorMessage", "title")).isEqualTo("Too many failed attempts");
        assertThat(i18n("errorMessage", "message")).isEqualTo("Signing in is blocked for now. Try again in 1 minute.");
    }

    @Test
    void aWrongPasswordAfterAnEarlierThrottleShowsTheOrdinaryError() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new org.springframework.security.authentication.BadCredentialsException("bad"));
        navigateTo("login", "error");

        assertThat(i18n("errorMessage", "title")).isEqualTo("Fel användarnamn eller lösenord");
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
