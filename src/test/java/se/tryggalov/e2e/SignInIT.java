package se.tryggalov.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.security.AccountService;
import se.tryggalov.security.NewAccount;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.Translations;

import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in and out in a real browser: each role's menu in both languages, wrong passwords, throttling, a page
 * the role may not open. Screenshots go to target/screenshots.
 * <p>
 * Failed sign-ins in this class: 1 (wrong password) + 5 (throttling: from the 5th failure on, the account is
 * locked and further attempts are refused without being counted) = 6 of the 30 a client address may make in
 * 15 minutes.
 */
class SignInIT extends BrowserTest {

    private static final Properties SV = bundle("sv");
    private static final Properties EN = bundle("en");

    @Autowired
    AccountService accounts;

    @BeforeAll
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(DEFAULT_TIMEOUT_MS);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"admin", "coordinator", "partner", "volunteer", "viewer"})
    void eachRoleSeesExactlyItsOwnMenuInSwedishThenEnglish(String username) {
        Role role = MenuExpectations.DEMO_USERS.get(username);
        List<String> keys = MenuExpectations.fromAnnotations(role);
        assertThat(keys).as("menu of %s from the views' annotations", role)
                .containsSubsequence(MenuExpectations.REQUIRED.get(role));
        if (role != Role.ADMIN) {
            assertThat(keys).as("menu of %s", role).doesNotContainAnyElementsOf(MenuExpectations.ADMIN_ONLY);
        }
        List<String> swedish = keys.stream().map(k -> text(SV, k)).toList();
        List<String> english = keys.stream().map(k -> text(EN, k)).toList();

        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            signIn(page, username, DEMO_PASSWORD);
            boolean switched = false;
            try {
                assertThat(page.locator("html")).hasAttribute("lang", "sv");
                assertThat(menuLabels(page)).isEqualTo(swedish);
                assertThat(page.locator("#switch-language")).hasText(text(SV, "language.switchTo.en"));
                screenshot(page, username + "-sv");

                page.locator("#switch-language").click();
                switched = true;
                // the page reloads in English
                assertThat(page.locator("html")).hasAttribute("lang", "en");
                assertThat(menuItems(page).first()).containsText(english.getFirst());
                waitForVaadin(page);
                assertThat(menuLabels(page)).isEqualTo(english);
                assertThat(page.locator("#logout")).hasText(text(EN, "nav.logout"));
                screenshot(page, username + "-en");
            } finally {
                if (switched) {
                    switchBackToSwedish(page);
                }
            }
            // the choice is kept in the account: a new tab opens in Swedish again
            Page second = context.newPage();
            open(second, "/");
            assertThat(second.locator("html")).hasAttribute("lang", "sv");
            assertThat(menuLabels(second)).isEqualTo(swedish);
        }
    }

    private void switchBackToSwedish(Page page) {
        page.locator("#switch-language").click();
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        assertThat(menuItems(page).first()).containsText(text(SV, "nav.overview"));
        waitForVaadin(page);
    }

    @Test
    void phoneShowsTheMenuInADrawerBehindTheToggle() {
        List<String> swedish = MenuExpectations.fromAnnotations(Role.COORDINATOR).stream().map(k -> text(SV, k)).toList();
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            signIn(page, "coordinator", DEMO_PASSWORD);
            Locator layout = page.locator("vaadin-app-layout");
            assertThat(layout).hasAttribute("overlay", "");
            assertThat(layout).not().hasAttribute("drawer-opened", "");
            assertThat(sideNav(page)).not().isInViewport();

            Locator toggle = page.locator("vaadin-drawer-toggle");
            assertThat(toggle).hasAttribute("aria-label", text(SV, "nav.toggle"));
            openDrawer(page);
            assertThat(toggle).hasAttribute("aria-expanded", "true");
            assertThat(menuLabels(page)).isEqualTo(swedish);
            for (Locator item : menuItems(page).all()) {
                // the coordinator's menu is taller than the phone: the drawer scrolls to every entry
                item.scrollIntoViewIfNeeded();
                assertThat(item).isInViewport();
            }
            screenshot(page, "phone-coordinator-drawer-open-sv");
        }
    }

    @Test
    void wrongPasswordShowsTheLoginErrorAndStaysOnLogin() {
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            open(page, "/login");
            assertThat(errorTitle(page)).not().isVisible();

            submitLogin(page, "coordinator", "not-the-password");

            assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
            assertThat(loginForm(page)).hasAttribute("error", "");
            assertThat(errorTitle(page)).isVisible();
            assertThat(errorTitle(page)).hasText(text(SV, "login.error.title"));
            assertThat(errorDescription(page)).hasText(text(SV, "login.error.message"));
            assertThat(sideNav(page)).hasCount(0);
            screenshot(page, "login-wrong-password-sv");
        }
    }

    @Test
    void tenWrongPasswordsInARowBlockSigningIn() {
        String username = "e2e-throttle-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "rätt häst batteri häftklammer";
        accounts.createAccountAtStartup(new NewAccount(username, "Spärrtest E2E", null, Set.of(Role.VOLUNTEER),
                Translations.SWEDISH, null, password, false));

        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            open(page, "/login");
            for (int attempt = 1; attempt <= 10; attempt++) {
                submitLogin(page, username, "fel lösenord nummer " + attempt);
                assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
                if (attempt == 1) {
                    assertThat(errorTitle(page)).hasText(text(SV, "login.error.title"));
                }
            }
            assertThat(errorTitle(page)).hasText(text(SV, "login.throttled.title"));
            assertThat(errorDescription(page)).containsText("Inloggningen är tillfälligt spärrad.");
            screenshot(page, "login-throttled-sv");

            // while blocked, even the right password is refused (and, being blocked, is not checked at all)
            submitLogin(page, username, password);
            assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
            assertThat(errorTitle(page)).hasText(text(SV, "login.throttled.title"));
        }
    }

    @Test
    void volunteerOpeningUsersGetsTheNotAllowedPage() {
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            signIn(page, "volunteer", DEMO_PASSWORD);
            open(page, "/users");

            assertThat(page).hasURL(Pattern.compile(".*/users$"));
            assertThat(page.locator("h1")).hasText(text(SV, "error.notAllowed.title"));
            assertThat(page.getByText(text(SV, "error.notAllowed.message"))).isVisible();
            assertThat(page.locator("#users")).hasCount(0);
            assertThat(page.getByText(text(SV, "users.create"))).hasCount(0);
            screenshot(page, "volunteer-users-not-allowed-sv");
        }
    }

    @Test
    void signOutReturnsToTheLoginPage() {
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            signIn(page, "viewer", DEMO_PASSWORD);
            assertThat(page.locator(".signed-in-user")).hasText("viewer");

            page.locator("#logout").click();

            assertThat(page).hasURL(Pattern.compile(".*/login$"));
            assertThat(loginForm(page)).isVisible();
            assertThat(sideNav(page)).hasCount(0);

            // the session is really over: a signed-in page sends us back to sign in
            open(page, "/organisations");
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
            assertThat(loginForm(page)).isVisible();
        }
    }

    private Locator menuItems(Page page) {
        return sideNav(page).locator("vaadin-side-nav-item");
    }

    private Locator errorTitle(Page page) {
        return loginForm(page).locator("[part='error-message-title']");
    }

    private Locator errorDescription(Page page) {
        return loginForm(page).locator("[part='error-message-description']");
    }
}
