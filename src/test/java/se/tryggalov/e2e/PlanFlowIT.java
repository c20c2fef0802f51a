package se.tryggalov.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.TestYears;
import se.tryggalov.activity.ActivityService;
import se.tryggalov.activity.ShiftFilter;
import se.tryggalov.activity.ShiftStatus;
import se.tryggalov.calendar.BreakKind;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan issue's main flow in a real browser: a coordinator previews and applies the coverage rules for a school
 * year, opens that year's sportlov on the break board, opens a cell with the keyboard, and cancels a shift from the
 * plan list; the board is also looked at on a phone. The pages are checked with axe.
 */
class PlanFlowIT extends BrowserTest {

    private static final Properties SV = bundle("sv");
    /** A school year claimed here, so no other test plans it and the rules have something to create. */
    private SchoolYear year;

    @Autowired
    CalendarService calendar;
    @Autowired
    ActivityService activities;
    @Autowired
    SystemAuthentication system;
    @Autowired
    TestYears years;

    @BeforeAll
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(DEFAULT_TIMEOUT_MS);
    }

    @BeforeAll
    void claimAYear() {
        year = years.claim();
    }

    private CalendarItem sportlov() {
        return system.callAs(() -> {
            if (calendar.plan(year).isEmpty()) {
                calendar.generate(year);
            }
            return calendar.plan(year).orElseThrow().itemsOf(ItemKind.BREAK).stream()
                    .filter(b -> BreakKind.WINTER_SPORTS.name().equals(b.code())).findFirst().orElseThrow();
        }, Role.COORDINATOR);
    }

    private int cancelledIn(CalendarItem period) {
        return system.callAs(() -> activities.count(ShiftFilter.year(year).withBreak(period.id())
                .withStatuses(Set.of(ShiftStatus.CANCELLED))), Role.COORDINATOR);
    }

    @Test
    void aCoordinatorAppliesTheRulesReadsTheBoardAndCancelsAShift() {
        CalendarItem sport = sportlov();
        List<String> axe = new ArrayList<>();
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            signIn(page, "coordinator", DEMO_PASSWORD);

            // the rules: preview, then apply
            open(page, "/plan/rules?year=" + year.startYear());
            assertThat(page.locator("#rules")).isVisible();
            page.locator("#rules-preview").click();
            waitForVaadin(page);
            assertThat(page.locator("#preview-summary")).isVisible();
            assertThat(page.locator("#preview-sources")).isVisible();
            screenshot(page, "plan-rules-preview");
            Axe.check(page, "coverage rules with a preview", axe);
            assertThat(page.locator("#rules-apply")).isEnabled();
            page.locator("#rules-apply").click();
            waitForVaadin(page);
            assertThat(page.locator("#apply-summary")).isVisible();
            screenshot(page, "plan-rules-applied");

            // the board of sportlov: a cell opened with the keyboard
            open(page, "/plan/board?break=" + sport.id());
            assertThat(page.locator("#board-table")).isVisible();
            assertThat(page.locator("#board-summary")).containsText(text(SV, "calendar.break.WINTER_SPORTS"));
            screenshot(page, "plan-board-sportlov");
            Axe.check(page, "break board", axe);
            Locator planned = page.locator("#board-table .board-cell-button:has(.board-lines)").first();
            planned.focus();
            planned.press("Enter");
            waitForVaadin(page);
            // the dialog element itself has no box; its overlay is what shows
            assertThat(page.locator("#board-cell-dialog")).hasAttribute("opened", "");
            assertThat(page.locator("vaadin-dialog-overlay[opened]")).isVisible();
            assertThat(page.locator("#cell-shifts")).isVisible();
            screenshot(page, "plan-board-cell");
            Axe.check(page, "a board cell's shifts", axe);
            page.locator("#cell-close").click();
            waitForVaadin(page);

            // the plan list: select one shift of sportlov and cancel it
            int cancelledBefore = cancelledIn(sport);
            open(page, "/plan?year=" + year.startYear() + "&break=" + sport.id());
            assertThat(page.locator("#shifts")).isVisible();
            assertThat(page.locator("#bulk-cancel")).isDisabled();
            // the first checkbox is the header's "select all"; the next one is the first row's
            page.locator("#shifts vaadin-checkbox").nth(1).click();
            waitForVaadin(page);
            assertThat(page.locator("#selected-count")).hasText(new com.ibm.icu.text.MessageFormat(
                    text(SV, "plan.bulk.selected"), com.ibm.icu.util.ULocale.forLanguageTag("sv")).format(new Object[] {1}));
            screenshot(page, "plan-list-selected");
            Axe.check(page, "plan list with a selection", axe);
            page.locator("#bulk-cancel").click();
            waitForVaadin(page);
            assertThat(cancelledIn(sport)).isEqualTo(cancelledBefore + 1);
            screenshot(page, "plan-list-cancelled");
        }
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            signIn(page, "coordinator", DEMO_PASSWORD);
            open(page, "/plan/board?break=" + sport.id());
            assertThat(page.locator(".board-cell-district").first()).isVisible();
            screenshot(page, "plan-board-phone");
            Axe.check(page, "break board on a phone", axe);
        }
        Axe.assertNoSeriousViolations(axe);
    }
}
