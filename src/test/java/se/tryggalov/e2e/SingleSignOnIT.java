package se.tryggalov.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Single sign-on end to end: a real OpenID Connect provider (NAV's mock-oauth2-server, on a local port) issues
 * signed ID tokens with the claims the test enqueues; the app discovers it from its issuer address, signs the
 * person in with the role its group claim maps to, and refuses someone whose groups map to no role.
 */
class SingleSignOnIT extends BrowserTest {

    private static final String ISSUER = "municipality";
    private static final String CLIENT_ID = "trygga-lov";
    private static final Properties SV = bundle("sv");
    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        String registration = "spring.security.oauth2.client.registration.municipality.";
        properties.add(registration + "client-id", () -> CLIENT_ID);
        properties.add(registration + "client-secret", () -> "test-secret");
        properties.add(registration + "scope", () -> "openid,profile,email");
        properties.add("spring.security.oauth2.client.provider.municipality.issuer-uri",
                () -> PROVIDER.issuerUrl(ISSUER).toString());
        properties.add("trygga.sso.display-name", () -> "Kommunens inloggning");
        properties.add("trygga.sso.role-claim", () -> "groups");
        properties.add("trygga.sso.role-mapping.trygga-coordinators", () -> "COORDINATOR");
        properties.add("trygga.sso.role-mapping.trygga-readers", () -> "VIEWER");
    }

    @BeforeAll
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(DEFAULT_TIMEOUT_MS);
    }

    @AfterAll
    void stopProvider() {
        PROVIDER.shutdown();
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "q");
    }

    private static void nextSignIn(String subject, Map<String, Object> claims) {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of(CLIENT_ID), claims, 3600));
    }

    @Test
    void aCoordinatorSignsInThroughTheProviderWithTheRoleFromTheGroupClaim() {
        String tag = tag();
        nextSignIn("subject-" + tag, Map.of("groups", List.of("everyone", "trygga-coordinators"),
                "name", "Siv Samordnare", "email", "siv." + tag + "@kommun.example"));
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            open(page, "/login");
            assertThat(page.locator("#single-sign-on")).hasText(
                    text(SV, "login.sso.button").replace("{0}", "Kommunens inloggning"));
            page.waitForNavigation(() -> page.locator("#single-sign-on").click());
            waitForVaadin(page);
            assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
            assertThat(sideNav(page)).isAttached();

            open(page, "/account");
            assertThat(page.locator("#account-summary")).containsText("Siv Samordnare");
            assertThat(page.locator("#account-summary")).containsText(text(SV, "role.COORDINATOR"));
            assertThat(page.locator("#second-factor-settings")).containsText(text(SV, "account.secondFactor.singleSignOn"));
            screenshot(page, "single-sign-on-coordinator");
        }

        // the provider decides the roles at every sign-in: moved to the readers' group, the same person is a viewer
        nextSignIn("subject-" + tag, Map.of("groups", List.of("trygga-readers"), "name", "Siv Samordnare"));
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            open(page, "/login");
            page.waitForNavigation(() -> page.locator("#single-sign-on").click());
            waitForVaadin(page);
            open(page, "/account");
            assertThat(page.locator("#account-summary")).containsText(text(SV, "role.VIEWER"));
            assertThat(page.locator("#account-summary")).not().containsText(text(SV, "role.COORDINATOR"));
        }
    }

    @Test
    void someoneWhoseGroupsMapToNoRoleIsRefusedWithAMessage() {
        nextSignIn("subject-" + tag(), Map.of("groups", List.of("kitchen-staff"), "name", "Nils Nobody"));
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            open(page, "/login");
            page.waitForNavigation(() -> page.locator("#single-sign-on").click());
            waitForVaadin(page);
            assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
            assertThat(loginForm(page)).hasAttribute("error", "");
            assertThat(loginForm(page).locator("[part='error-message-description'], [part='error-message'] p").first())
                    .containsText(text(SV, "login.sso.noRole"));
            open(page, "/");
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
        }
    }
}
