package se.tryggalov.e2e;

import se.tryggalov.shared.time.Zones;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #4 end to end: a partner contact invites a volunteer, the volunteer sets a password from the link, marks
 * an evening available on a phone-sized screen, and the coordinator's count of available people for that date
 * goes up by one. Screenshots in target/screenshots.
 */
class VolunteerFlowIT extends BrowserTest {

    private static final Pattern ANSWER_ID = Pattern.compile("answer-(\\d{4}-\\d{2}-\\d{2})-available");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d+)");

    @BeforeAll
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(DEFAULT_TIMEOUT_MS);
    }

    @Test
    void partnerInvitesVolunteerWhoMarksAvailabilityOnAPhoneAndTheCoordinatorSeesTheCountChange() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "e2e-walker-" + suffix + "@example.org";
        String password = "nattvandring i Alby " + suffix;

        // 1. the partner contact invites a new volunteer and gets the link to pass on
        String invitationPath;
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            signIn(page, "partner", DEMO_PASSWORD);
            open(page, "/volunteers");
            page.locator("#invite-volunteer").click();
            page.locator("#invite-name input").fill("Eva E2E-Vandrare");
            page.locator("#invite-email input").fill(email);
            page.locator("#send-invitation").click();
            Locator link = page.locator("#invitation-link input");
            assertThat(link).isVisible();
            screenshot(page, "partner-invited-volunteer-sv");
            URI uri = URI.create(link.inputValue());
            invitationPath = uri.getPath();
            assertThat(invitationPath).startsWith("/invitation/");
        }

        try (BrowserContext phone = phone(); BrowserContext coordinatorContext = desktop()) {
            // 2. the volunteer opens the link on a phone, confirms 18+, chooses a password and accepts the notice
            Page walker = phone.newPage();
            open(walker, invitationPath);
            walker.locator("#invitation-adult").click();
            walker.locator("#invitation-password input").fill(password);
            walker.locator("#invitation-repeat input").fill(password);
            walker.locator("#invitation-notice").click();
            screenshot(walker, "phone-invitation-sv");
            walker.locator("#accept-invitation").click();
            assertThat(walker).hasURL(Pattern.compile(".*/login$"));

            // 3. signs in with the new password and opens the season's evenings
            signIn(walker, email, password);
            open(walker, "/availability");
            Locator firstYes = walker.locator("[id^='answer-'][id$='-available']").first();
            assertThat(firstYes).isVisible();
            Matcher id = ANSWER_ID.matcher(firstYes.getAttribute("id"));
            assertThat(id.matches()).isTrue();
            LocalDate evening = LocalDate.parse(id.group(1));
            assertThat(evening).isAfterOrEqualTo(LocalDate.now(Zones.STOCKHOLM).minusDays(1));

            // 4. the coordinator looks at that evening's counts before ...
            Page coordinator = coordinatorContext.newPage();
            signIn(coordinator, "coordinator", DEMO_PASSWORD);
            int before = availableOn(coordinator, evening);

            // ... the volunteer taps "yes" (saved at once, no save button) ...
            firstYes.click();
            assertThat(firstYes).hasAttribute("aria-pressed", "true");
            assertNoHorizontalScroll(walker);
            screenshot(walker, "phone-volunteer-availability-sv");

            // ... and after: one more available person on that evening
            assertThat(availableOn(coordinator, evening)).isEqualTo(before + 1);
            screenshot(coordinator, "coordinator-availability-counts-sv");
        }
    }

    /** The row total of available people on one evening in the coordinator's counts table. */
    private int availableOn(Page page, LocalDate evening) {
        open(page, "/availability/overview?from=" + evening + "&to=" + evening);
        Locator table = page.locator("#availability-counts");
        assertThat(table).isVisible();
        List<String> cells = table.locator("vaadin-grid-cell-content").allInnerTexts().stream()
                .map(String::strip).filter(t -> !t.isEmpty()).toList();
        String total = cells.getLast();
        Matcher number = LEADING_NUMBER.matcher(total);
        assertThat(number.find()).as("a count in the last cell of %s", cells).isTrue();
        return Integer.parseInt(number.group(1));
    }

    private static void assertNoHorizontalScroll(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("page wider than the phone").isLessThanOrEqualTo(0);
    }
}
