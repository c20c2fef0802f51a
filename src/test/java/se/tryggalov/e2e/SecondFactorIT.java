package se.tryggalov.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.security.AccountService;
import se.tryggalov.security.NewAccount;
import se.tryggalov.security.Role;
import se.tryggalov.security.Totp;
import se.tryggalov.shared.i18n.Translations;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two-step verification in a real browser: a coordinator without a second factor is asked to enrol before the
 * first page, scans (here: reads the written-out key, as the test plays the authenticator app), confirms with a
 * code, sees the recovery codes once and gets in; the next sign-in asks for a code. The enrolment and code pages
 * pass axe at 360 px. No failed sign-in: the shared per-address limit is not touched.
 */
class SecondFactorIT extends BrowserTest {

    private static final String PASSWORD = "a long enough passphrase for tests";

    @Autowired
    AccountService accounts;
    @Autowired
    Clock clock;

    @BeforeAll
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(DEFAULT_TIMEOUT_MS);
    }

    private String newCoordinator() {
        String username = "tf-" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "k");
        accounts.createAccountAtStartup(new NewAccount(username, "Tora Tvåsteg", null, Set.of(Role.COORDINATOR),
                Translations.SWEDISH, null, PASSWORD, false));
        return username;
    }

    @Test
    void aCoordinatorWithoutASecondFactorEnrolsBeforeTheFirstPageAndIsAskedForACodeNextTime() {
        String username = newCoordinator();
        List<String> report = new ArrayList<>();
        String secret;
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            open(page, "/login");
            submitLogin(page, username, PASSWORD);

            assertThat(page).hasURL(Pattern.compile(".*/second-factor$"));
            assertThat(page.locator("#totp-qr")).isVisible();
            assertThat(page.locator("vaadin-side-nav")).hasCount(0);
            secret = page.locator("#totp-secret").innerText().strip();
            assertThat(secret).matches("[A-Z2-7 ]{32,}");
            Axe.check(page, "second-factor enrolment (360 px)", report);
            screenshot(page, "second-factor-enrol-phone");

            // not signed in yet: any other page leads back to the login page
            Page other = context.newPage();
            open(other, "/");
            assertThat(other).hasURL(Pattern.compile(".*/login$"));
            other.close();

            page.locator("#totp-code input").fill(Totp.codeNow(secret, clock.instant(), 0));
            page.locator("#totp-confirm").click();
            assertThat(page.locator("#recovery-codes li")).hasCount(10);
            Axe.check(page, "recovery codes (360 px)", report);
            page.waitForNavigation(() -> page.locator("#totp-continue").click());
            waitForVaadin(page);
            assertThat(page).not().hasURL(Pattern.compile(".*/(login|second-factor).*"));
            assertThat(sideNav(page)).isAttached();
        }

        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            open(page, "/login");
            submitLogin(page, username, PASSWORD);
            assertThat(page).hasURL(Pattern.compile(".*/second-factor$"));
            assertThat(page.locator("#totp-submit")).isVisible();
            Axe.check(page, "second-factor code (360 px)", report);
            screenshot(page, "second-factor-code-phone");

            // the enrolment's code was for this step: the next step's code is the one the app shows next
            page.locator("#totp-code input").fill(Totp.codeNow(secret, clock.instant(), 1));
            page.waitForNavigation(() -> page.locator("#totp-submit").click());
            waitForVaadin(page);
            assertThat(page).not().hasURL(Pattern.compile(".*/(login|second-factor).*"));
            assertThat(sideNav(page)).isAttached();

            open(page, "/account");
            assertThat(page.locator("#totp-status")).containsText("10");
            assertThat(page.locator("#totp-disable")).hasCount(0);
        }
        Axe.assertNoSeriousViolations(report);
    }

    @Test
    void theCompletionAddressSignsNobodyInWithoutAVerifiedCode() {
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            page.navigate(url("/sign-in/complete"));
            waitForVaadin(page);
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
            open(page, "/second-factor");
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
        }
    }
}
