package se.tryggalov.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.WebAttributes;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.security.PendingSignIn;
import se.tryggalov.security.PendingSignIns;
import se.tryggalov.security.Role;

import java.time.Clock;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SecondFactorViewTest extends KaribuViewTest {

    @Autowired
    Clock clock;

    private void pendingFor(String username) {
        PendingSignIn pending = PendingSignIns.afterPassword(applicationContext, username, clock.instant());
        VaadinSession.getCurrent().getSession().setAttribute(PendingSignIn.ATTRIBUTE, pending);
    }

    @Test
    void withoutARightPasswordFirstTheCodePageShowsTheLoginPage() {
        navigateTo("second-factor");
        expectView(LoginView.class);
    }

    @Test
    void aRightPasswordOfACoordinatorLeadsFromTheLoginErrorToEnrolment() {
        String username = createUser("tf-view", "a long enough passphrase", Role.COORDINATOR);
        PendingSignIn pending = PendingSignIns.afterPassword(applicationContext, username, clock.instant());
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                PendingSignIns.required(pending));

        navigateTo("login", "error");

        expectView(SecondFactorView.class);
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(PendingSignIn.ATTRIBUTE)).isSameAs(pending);
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).isNull();
        Image qr = _get(Image.class, s -> s.withId("totp-qr"));
        assertThat(qr.getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat(qr.getAlt()).hasValue(t("secondFactor.enrol.qrAlt"));
        assertThat(_get(Code.class, s -> s.withId("totp-secret")).getText()).matches("[A-Z2-7 ]{32,}");
    }

    @Test
    void aWrongCodeShowsATranslatedMessageOnTheField() {
        String username = createUser("tf-view", "a long enough passphrase", Role.COORDINATOR);
        pendingFor(username);
        navigateTo(SecondFactorView.class);
        TextField code = _get(TextField.class, s -> s.withId("totp-code"));
        setValueAsUser(code, "12x");

        _click(_get(Button.class, s -> s.withId("totp-confirm")));

        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo(t("secondFactor.error.wrongCode"));
        assertThat(_find(Anchor.class, s -> s.withId("totp-continue"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void showsNoRawTranslationKey(String language) {
        String username = createUser("tf-view", "a long enough passphrase", Role.ADMIN);
        pendingFor(username);
        navigateTo(SecondFactorView.class);
        useLocale(Locale.forLanguageTag(language));
        assertNoRawTranslationKeys();
    }

    @Test
    void theLoginPageHasNoSingleSignOnButtonWithoutAProvider() {
        navigateTo(LoginView.class);
        assertThat(_find(Anchor.class, s -> s.withId("single-sign-on"))).isEmpty();
    }
}
