package se.tryggalov.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1 A/AA checks with axe-core on the login page, every page in the admin's and the volunteer's menus and
 * the roster's rules and limits (reached from the roster page, not the menu),
 * on a desktop and with the phone layout's drawer open. Violations of impact "serious" or "critical" fail the
 * test; every violation found (any impact) is printed and listed in the failure message.
 * <p>
 * Failed sign-ins in this class: 1 (the login page showing its error).
 */
class AccessibilityIT extends BrowserTest {

    @BeforeAll
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(DEFAULT_TIMEOUT_MS);
    }

    @Test
    void loginPageHasNoSeriousViolations() {
        List<String> report = new ArrayList<>();
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            open(page, "/login");
            assertThat(loginForm(page)).isVisible();
            check(page, "login (sv)", report);

            submitLogin(page, "admin", "wrong password for the accessibility check");
            assertThat(loginForm(page)).hasAttribute("error", "");
            check(page, "login with error (sv)", report);
        }
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            open(page, "/login");
            check(page, "login on phone (sv)", report);
        }
        assertNoSeriousViolations(report);
    }

    // every page of every role's menu, at 360 and 1366 px with label-in-name on: EveryRouteIT

    /**
     * The check itself finds what it exists to find, in the light DOM and inside a shadow root, with label-in-name
     * on (so an empty report from the walks means something): an image without a text alternative, a button
     * without a name in a shadow root, a button whose name hides its visible text.
     */
    @Test
    void theCheckFindsPlantedViolations() {
        List<String> report = new ArrayList<>();
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            open(page, "/login");
            assertThat(loginForm(page)).isVisible();
            page.evaluate("""
                    () => {
                      const img = document.createElement('img');
                      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
                      img.id = 'planted-image';
                      document.body.appendChild(img);
                      const host = document.createElement('div');
                      host.attachShadow({ mode: 'open' }).innerHTML = '<button id="planted-empty"></button>';
                      document.body.appendChild(host);
                      const hidden = document.createElement('button');
                      hidden.id = 'planted-mismatch';
                      hidden.setAttribute('aria-label', 'Spara');
                      hidden.textContent = 'Skicka in ansökan';
                      document.body.appendChild(hidden);
                    }""");
            Axe.checkWithLabelInName(page, "planted", report);
        }
        org.assertj.core.api.Assertions.assertThat(report)
                .anySatisfy(line -> org.assertj.core.api.Assertions.assertThat(line)
                        .contains("| image-alt |", "#planted-image"))
                .anySatisfy(line -> org.assertj.core.api.Assertions.assertThat(line)
                        .contains("| button-name |", "#planted-empty"))
                .anySatisfy(line -> org.assertj.core.api.Assertions.assertThat(line)
                        .contains("| label-content-name-mismatch |", "#planted-mismatch"));
    }

    @Test
    void notAllowedPageHasNoSeriousViolations() {
        assertNoSeriousViolations(checkOnePage("volunteer", "/users", "volunteer /users (not allowed)", null,
                "#not-allowed"));
    }

    @Test
    void notFoundPageInsideTheMenuHasNoSeriousViolationsOnADesktopAndAPhone() {
        List<String> report = checkOnePage("coordinator", "/volunteers/abc",
                "coordinator /volunteers/abc (not found)", "not-found-sv", "#not-found", "vaadin-side-nav");
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            signIn(page, "coordinator", DEMO_PASSWORD);
            open(page, "/organisations/-1");
            assertThat(page.locator("#not-found")).isVisible();
            check(page, "coordinator /organisations/-1 (not found, phone)", report);
            screenshot(page, "not-found-phone-sv");
        }
        assertNoSeriousViolations(report);
    }

    @Test
    void theRosterRulesAndLimitsPageHasNoSeriousViolations() {
        assertNoSeriousViolations(checkOnePage("admin", "/roster/settings", "admin /roster/settings (rules and limits)",
                "roster-settings-sv", "#limit-weeklyRest", "#roster-settings-save"));
    }

    /**
     * Signs in on a desktop, opens the path, waits until the given elements show and checks the page with axe
     * (and takes a screenshot when a name is given): a page the menus do not lead to.
     */
    private List<String> checkOnePage(String user, String path, String where, String screenshot, String... shown) {
        List<String> report = new ArrayList<>();
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            signIn(page, user, DEMO_PASSWORD);
            open(page, path);
            for (String selector : shown) {
                assertThat(page.locator(selector)).isVisible();
            }
            check(page, where, report);
            if (screenshot != null) {
                screenshot(page, screenshot);
            }
        }
        return report;
    }

    @Test
    void phoneLayoutWithOpenDrawerHasNoSeriousViolations() {
        List<String> report = new ArrayList<>();
        for (String user : List.of("admin", "volunteer")) {
            try (BrowserContext context = phone()) {
                Page page = context.newPage();
                signIn(page, user, DEMO_PASSWORD);
                check(page, user + " / on phone, drawer closed", report);
                openDrawer(page);
                assertThat(sideNav(page).locator("vaadin-side-nav-item").first()).isInViewport();
                check(page, user + " / on phone, drawer open", report);
                screenshot(page, "phone-" + user + "-drawer-open-sv");
            }
        }
        assertNoSeriousViolations(report);
    }

    private static void check(Page page, String where, List<String> report) {
        Axe.check(page, where, report);
    }

    private static void assertNoSeriousViolations(List<String> report) {
        Axe.assertNoSeriousViolations(report);
    }
}
