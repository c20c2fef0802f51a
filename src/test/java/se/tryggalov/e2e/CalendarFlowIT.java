package se.tryggalov.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.ItemStatus;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.calendar.YearPlan;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar issue's main flow in a real browser: a coordinator proposes next school year, moves two breaks,
 * confirms the year, and sees the wheel change; the calendar's tabs and dialogs are checked with axe.
 */
class CalendarFlowIT extends BrowserTest {

    private static final Properties SV = bundle("sv");

    @Autowired
    CalendarService calendar;
    @Autowired
    SystemAuthentication system;

    @BeforeAll
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(DEFAULT_TIMEOUT_MS);
    }

    private YearPlan plan(SchoolYear year) {
        return system.callAs(() -> calendar.plan(year).orElseThrow(), Role.COORDINATOR);
    }

    private static CalendarItem breakOf(YearPlan plan, String code) {
        return plan.itemsOf(ItemKind.BREAK).stream().filter(b -> code.equals(b.code())).findFirst().orElseThrow();
    }

    private Locator wheelItem(Page page, String nameKey) {
        return page.locator("#annual-wheel [role=button][aria-label^='" + text(SV, nameKey) + "']");
    }

    /** Opens a break from the wheel with the keyboard, sets its dates in the dialog and saves. */
    private void moveBreak(Page page, String nameKey, LocalDate first, LocalDate last) {
        Locator item = wheelItem(page, nameKey);
        item.focus();
        item.press("Enter");
        Locator dialog = page.locator("vaadin-dialog-overlay[opened]");
        assertThat(dialog).isVisible();
        Locator firstDay = page.getByLabel(text(SV, "calendar.item.firstDay"));
        Locator lastDay = page.getByLabel(text(SV, "calendar.item.lastDay"));
        lastDay.fill(last.toString());
        lastDay.press("Enter");
        firstDay.fill(first.toString());
        firstDay.press("Enter");
        waitForVaadin(page);
        page.locator("#save-item").click();
        assertThat(page.locator("#calendar-item-dialog")).not().isAttached();
        waitForVaadin(page);
    }

    @Test
    void aCoordinatorProposesNextYearMovesTwoBreaksConfirmsItAndTheWheelFollows() {
        SchoolYear next = system.callAs(calendar::currentYear, Role.COORDINATOR).next();
        List<String> axe = new ArrayList<>();
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            signIn(page, "coordinator", DEMO_PASSWORD);
            open(page, "/calendar?year=" + next.startYear());
            assertThat(page.locator("#calendar-empty")).isVisible();

            page.locator("#generate").click();
            waitForVaadin(page);
            assertThat(page.locator("#generation-result")).isVisible();
            assertThat(wheelItem(page, "calendar.break.WINTER_SPORTS")).hasCount(1);
            screenshot(page, "calendar-proposal-" + next.startYear());
            Axe.check(page, "calendar wheel with a proposal", axe);

            YearPlan proposed = plan(next);
            CalendarItem sport = breakOf(proposed, "WINTER_SPORTS");
            CalendarItem easter = breakOf(proposed, "EASTER");
            String sportLabelBefore = wheelItem(page, "calendar.break.WINTER_SPORTS").getAttribute("aria-label");
            // The municipality decided sportlov a week later and påsklov a week earlier than the rules.
            LocalDate sportFirst = sport.firstDay().plusWeeks(1);
            LocalDate easterFirst = easter.firstDay().minusWeeks(1);
            moveBreak(page, "calendar.break.WINTER_SPORTS", sportFirst, sportFirst.plusDays(4));
            moveBreak(page, "calendar.break.EASTER", easterFirst, easterFirst.plusDays(4));

            page.locator("#confirm-all").click();
            waitForVaadin(page);
            assertThat(page.locator("#calendar-status")).hasText(text(SV, "calendar.status.confirmedYear"));
            assertThat(wheelItem(page, "calendar.break.WINTER_SPORTS")).not().hasAttribute("aria-label", sportLabelBefore);
            screenshot(page, "calendar-confirmed-" + next.startYear());

            YearPlan confirmed = plan(next);
            assertThat(breakOf(confirmed, "WINTER_SPORTS").firstDay()).isEqualTo(sportFirst);
            assertThat(breakOf(confirmed, "EASTER").firstDay()).isEqualTo(easterFirst);
            assertThat(confirmed.items()).allSatisfy(i -> assertThat(i.status()).isEqualTo(ItemStatus.CONFIRMED));

            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(text(SV, "calendar.tab.year")).setExact(true)).click();
            waitForVaadin(page);
            Axe.check(page, "calendar year view", axe);
            screenshot(page, "calendar-year-view");
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(text(SV, "calendar.tab.list")).setExact(true)).click();
            waitForVaadin(page);
            Axe.check(page, "calendar list", axe);
            page.locator("#calendar-exchange").click();
            waitForVaadin(page);
            page.locator("#renew-feed").click(); // the address is shown once, when it is made
            waitForVaadin(page);
            assertThat(page.locator("#feed-address")).isVisible();
            Axe.check(page, "calendar share and import dialog", axe);
        }
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            signIn(page, "volunteer", DEMO_PASSWORD);
            open(page, "/calendar?year=" + next.startYear());
            assertThat(wheelItem(page, "calendar.break.WINTER_SPORTS")).hasCount(1);
            assertThat(page.locator("#generate")).not().isVisible();
            screenshot(page, "calendar-phone-volunteer");
            Axe.check(page, "calendar on a phone (volunteer)", axe);
        }
        Axe.assertNoSeriousViolations(axe);
    }
}
