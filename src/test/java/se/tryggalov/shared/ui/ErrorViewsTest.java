package se.tryggalov.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.admin.ui.UsersView;
import se.tryggalov.security.Role;
import se.tryggalov.security.ui.LoginView;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ErrorViewsTest extends KaribuViewTest {

    /** A page that fails while opening, registered for one test only. */
    @AnonymousAllowed
    public static class FailingView extends Main {
        public FailingView() {
            throw new IllegalStateException("simulated failure while opening a page");
        }
    }

    private static String heading() {
        return _get(H1.class).getText();
    }

    @Test
    void aVolunteerOpeningUsersSeesTheNotAllowedPageInsteadOfTheUserList() {
        signInAs("volunteer", Role.VOLUNTEER);

        navigateTo("users");

        _assertNone(UsersView.class);
        _get(NotAllowedView.class);
        assertThat(heading()).isEqualTo("Ingen behörighet");
        assertThat(_get(Paragraph.class).getText())
                .isEqualTo("Din roll ger inte tillgång till den här sidan. Kontakta samordnaren om du behöver den.");
        assertThat(_get(Anchor.class).getText()).isEqualTo("Till startsidan");
    }

    @Test
    void aCoordinatorIsNotAllowedIntoTheAuditLog() {
        signInAs("coordinator", Role.COORDINATOR);

        navigateTo("audit-log");

        _assertNone(se.tryggalov.admin.ui.AuditLogView.class);
        _get(NotAllowedView.class);
    }

    @Test
    void anAnonymousVisitorOpeningUsersIsSentToTheLogin() {
        navigateTo("users");

        _assertNone(UsersView.class);
        expectView(LoginView.class);
    }

    @Test
    void anUnknownAddressShowsTheNotFoundPage() {
        signInAs("viewer", Role.VIEWER);

        navigateTo("no-such-page");

        _get(NotFoundView.class);
        assertThat(heading()).isEqualTo("Sidan finns inte");
        assertThat(_get(Paragraph.class).getText())
                .isEqualTo("Adressen leder inte till någon sida. Kontrollera länken eller gå till startsidan.");
    }

    @Test
    void aSignedInUserKeepsTheMenuOnTheNotFoundPage() {
        signInAs("viewer", Role.VIEWER);

        navigateTo("no-such-page");

        assertThat(_get(NotFoundView.class).getParent()).containsInstanceOf(MainLayout.class);
        _get(Button.class, spec -> spec.withId("logout"));
    }

    @Test
    void aVisitorWhoHasNotSignedInIsOfferedTheLoginOnTheNotFoundPage() {
        navigateTo("no-such-page");

        _get(NotFoundView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("login-link")).getHref()).isEqualTo("login");
        _assertNone(Button.class, spec -> spec.withId("logout"));
    }

    @Test
    void anUnknownAddressShowsTheNotFoundPageInEnglish() {
        signInAs("viewer", Role.VIEWER);
        navigateTo("no-such-page");
        useLocale(Locale.ENGLISH);

        assertThat(heading()).isEqualTo("Page not found");
    }

    @Test
    void aPageThatFailsToOpenShowsTheUnexpectedErrorPageWithAReference() {
        RouteConfiguration.forSessionScope().setRoute("failing-page", FailingView.class);

        navigateTo("failing-page");

        _get(UnexpectedErrorView.class);
        assertThat(heading()).isEqualTo("Något gick fel");
        assertThat(_get(Paragraph.class).getText())
                .matches("Något gick fel hos oss\\. Inga ändringar sparades\\. Ange referens [0-9a-f]{8} om du kontaktar supporten\\.");
    }

    @Test
    void theRawKeyCheckFindsAMissingTranslation() {
        navigateTo(LoginView.class);
        UI.getCurrent().add(new Span(UI.getCurrent().getTranslation("no.such.key")));

        assertThatThrownBy(KaribuViewTest::assertNoRawTranslationKeys)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("!no.such.key!");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void theNotAllowedPageShowsNoRawTranslationKey(String language) {
        signInAs("volunteer", Role.VOLUNTEER);
        navigateTo("users");
        useLocale(Locale.forLanguageTag(language));

        _get(NotAllowedView.class);
        assertNoRawTranslationKeys();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void theNotFoundPageShowsNoRawTranslationKey(String language) {
        navigateTo("no-such-page");
        useLocale(Locale.forLanguageTag(language));

        _get(NotFoundView.class);
        assertNoRawTranslationKeys();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void theUnexpectedErrorPageShowsNoRawTranslationKey(String language) {
        RouteConfiguration.forSessionScope().setRoute("failing-page", FailingView.class);
        UI.getCurrent().setLocale(Locale.forLanguageTag(language));
        navigateTo("failing-page");

        _get(UnexpectedErrorView.class);
        assertNoRawTranslationKeys();
    }
}
