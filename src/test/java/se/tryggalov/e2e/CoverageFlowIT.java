package se.tryggalov.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.shared.time.Zones;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static se.tryggalov.jooq.Tables.ACTIVITY;
import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.APP_USER_ROLE;
import static se.tryggalov.jooq.Tables.CALENDAR_ITEM;
import static se.tryggalov.jooq.Tables.DISTRICT;
import static se.tryggalov.jooq.Tables.SCHOOL_YEAR;
import static se.tryggalov.jooq.Tables.SHIFT;
import static se.tryggalov.jooq.Tables.SHIFT_ASSIGNMENT;
import static se.tryggalov.jooq.Tables.VOLUNTEER;
import static se.tryggalov.jooq.Tables.VOLUNTEER_QUALIFICATION;

/**
 * Issue #17 end to end: the Southside viewer opens Valborg on a 360 px phone and sees each of Tumba's night-walking
 * groups with its lead and a tap-to-call phone, without sideways scrolling; the coordinator opens the dashboard for
 * Valborg, picks Alby's gap and opens its groups for sign-up. axe checks both pages; screenshots in
 * target/screenshots. Tumba's demo groups on Valborg get a lead and two walkers each for the test.
 */
class CoverageFlowIT extends BrowserTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeAll
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(DEFAULT_TIMEOUT_MS);
    }

    @Test
    void theViewerSeesValborgsLeadsOnAPhoneAndTheCoordinatorOpensAGapForSignUp() {
        SchoolYear year = SchoolYear.containing(LocalDate.now(Zones.STOCKHOLM));
        long yearId = dsl.select(SCHOOL_YEAR.ID).from(SCHOOL_YEAR).where(SCHOOL_YEAR.START_YEAR.eq(year.startYear()))
                .fetchSingle(SCHOOL_YEAR.ID);
        var valborg = dsl.select(CALENDAR_ITEM.ID, CALENDAR_ITEM.FIRST_DAY).from(CALENDAR_ITEM)
                .where(CALENDAR_ITEM.SCHOOL_YEAR_ID.eq(yearId).and(CALENDAR_ITEM.CODE.eq("WALPURGIS_EVE")))
                .fetchSingle();
        long valborgId = valborg.value1();
        LocalDate day = valborg.value2();
        long tumba = district("Tumba");
        long alby = district("Alby");
        List<Long> tumbaGroups = walks(tumba, day);
        org.assertj.core.api.Assertions.assertThat(tumbaGroups).as("Tumba's demo groups on Valborg").isNotEmpty();
        List<String> leads = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        for (int g = 0; g < tumbaGroups.size(); g++) {
            String name = "Lea" + letters() + " Ledare";
            String phone = "070-44%d 00 %02d".formatted(g, g);
            leads.add(name);
            phones.add(phone);
            long shift = tumbaGroups.get(g);
            assign(shift, person(name, phone, true));
            assign(shift, person("Walt" + letters() + " Vandrare", "070-888 88 8" + g, false));
            assign(shift, person("Vera" + letters() + " Vandrare", "070-777 77 7" + g, false));
        }
        List<String> report = new ArrayList<>();

        try (BrowserContext phone = phone(); BrowserContext desktop = desktop()) {
            // 1. Southside's viewer on a phone: Valborg, every Tumba group with its lead and phone
            Page page = phone.newPage();
            signIn(page, "viewer", DEMO_PASSWORD);
            open(page, "/coverage?period=" + valborgId);
            for (int g = 0; g < tumbaGroups.size(); g++) {
                Locator card = page.locator("#cover-group-" + tumbaGroups.get(g));
                card.scrollIntoViewIfNeeded();
                assertThat(card).containsText(leads.get(g));
                Locator call = card.locator("a[href^='tel:']");
                assertThat(call).hasText(phones.get(g));
                assertThat(call).hasAttribute("href", "tel:" + phones.get(g).replaceAll("[^0-9]", ""));
                assertThat(card).not().containsText("070-888");
            }
            assertThat(page.locator("#cover-evenings")).not().containsText("Alby");
            Object sideways = page.evaluate("() => { const d = document.documentElement;"
                    + " const cards = [...document.querySelectorAll('.cover-card, .cover-evening, .cover-controls')];"
                    + " return d.scrollWidth > d.clientWidth"
                    + " || cards.some(c => c.getBoundingClientRect().right > window.innerWidth + 0.5); }");
            org.assertj.core.api.Assertions.assertThat(sideways).as("sideways scrolling at 360 px").isEqualTo(false);
            page.locator("#cover-group-" + tumbaGroups.getFirst()).scrollIntoViewIfNeeded();
            Axe.check(page, "viewer /coverage Valborg (phone)", report);
            screenshot(page, "coverage-viewer-valborg-phone-sv");

            // 2. the coordinator's dashboard for Valborg: Alby's gap, opened for sign-up
            List<Long> albyGroups = walks(alby, day);
            org.assertj.core.api.Assertions.assertThat(albyGroups).as("Alby's demo groups on Valborg").isNotEmpty();
            Page board = desktop.newPage();
            signIn(board, "coordinator", DEMO_PASSWORD);
            open(board, "/dashboard?period=" + valborgId);
            assertThat(board.locator("table.heat-map")).containsText("Alby");
            Locator gap = board.locator("#gap-" + day + "-" + alby);
            assertChartsDrawn(board, "heat-chart");
            gap.scrollIntoViewIfNeeded();
            Axe.check(board, "coordinator /dashboard Valborg", report);
            screenshot(board, "coverage-dashboard-valborg-sv");
            gap.locator(".gap-open").click();
            assertThat(board.locator("vaadin-notification-card").first()).containsText(java.util.regex.Pattern
                    .compile("\\d+ (grupp är öppen|grupper är öppna) för anmälan"));
            screenshot(board, "coverage-dashboard-gap-opened-sv");
            org.assertj.core.api.Assertions.assertThat(dsl.select(SHIFT.STATUS).from(SHIFT).where(SHIFT.ID.in(albyGroups))
                    .fetch(SHIFT.STATUS)).containsOnly("OPEN");

            // 3. the dashboard's charts for the coming break (its demo history included), at 1366 and 360 px
            try (BrowserContext wide = context(1366, 900)) {
                Page large = wide.newPage();
                signIn(large, "coordinator", DEMO_PASSWORD);
                open(large, "/dashboard");
                assertChartsDrawn(large, "heat-chart", "contribution-chart", "growth-chart");
                Axe.check(large, "coordinator /dashboard coming break (1366 px)", report);
                screenshot(large, "coverage-dashboard-heat-1366-sv");
                large.locator("#growth-chart").scrollIntoViewIfNeeded();
                screenshot(large, "coverage-dashboard-growth-1366-sv");
                // the same signed-in page on a 360 px phone screen (a third sign-in would end an older session)
                large.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
                open(large, "/dashboard");
                assertChartsDrawn(large, "heat-chart", "contribution-chart", "growth-chart");
                Object chartsFit = large.evaluate("() => [...document.querySelectorAll('tl-chart')]"
                        + ".filter(c => !c.hidden).every(c => c.getBoundingClientRect().right <= window.innerWidth + 0.5)");
                org.assertj.core.api.Assertions.assertThat(chartsFit).as("charts within 360 px").isEqualTo(true);
                Axe.check(large, "coordinator /dashboard coming break (phone)", report);
                large.locator("#heat-chart").scrollIntoViewIfNeeded();
                screenshot(large, "coverage-dashboard-heat-phone-sv");
                large.locator("#growth-chart").scrollIntoViewIfNeeded();
                screenshot(large, "coverage-dashboard-growth-phone-sv");
            }
        }
        Axe.assertNoSeriousViolations(report);
    }

    /** The chart element is defined and each named chart has drawn its SVG into the child it made. */
    private static void assertChartsDrawn(Page page, String... ids) {
        page.waitForFunction("() => customElements.get('tl-chart') !== undefined");
        for (String id : ids) {
            Locator chart = page.locator("#" + id);
            assertThat(chart).hasAttribute("aria-hidden", "true");
            assertThat(chart).hasAttribute("data-rendered", "true");
            assertThat(chart.locator(".tl-chart-box svg").first()).isAttached();
            Object height = chart.evaluate("c => c.querySelector('.tl-chart-box svg').getBoundingClientRect().height");
            org.assertj.core.api.Assertions.assertThat(((Number) height).doubleValue()).as(id + " drawn")
                    .isGreaterThan(50);
        }
    }

    private long district(String name) {
        return dsl.select(DISTRICT.ID).from(DISTRICT).where(DISTRICT.NAME.eq(name)).fetchSingle(DISTRICT.ID);
    }

    /** The demo's night-walking groups (staffed by people, not cancelled) in the district on the evening. */
    private List<Long> walks(long district, LocalDate day) {
        return dsl.select(SHIFT.ID).from(SHIFT).join(ACTIVITY).on(ACTIVITY.ID.eq(SHIFT.ACTIVITY_ID))
                .where(ACTIVITY.DISTRICT_ID.eq(district).and(SHIFT.DAY.eq(day))
                        .and(ACTIVITY.ACTIVITY_TYPE.eq("NIGHT_WALK")).and(SHIFT.STAFFING.eq("PEOPLE"))
                        .and(SHIFT.STATUS.ne("CANCELLED")))
                .orderBy(SHIFT.ID).fetch(SHIFT.ID);
    }

    private void assign(long shift, long user) {
        dsl.insertInto(SHIFT_ASSIGNMENT).set(SHIFT_ASSIGNMENT.SHIFT_ID, shift).set(SHIFT_ASSIGNMENT.USER_ID, user)
                .set(SHIFT_ASSIGNMENT.STATUS, "CONFIRMED").set(SHIFT_ASSIGNMENT.SOURCE, "COORDINATOR").execute();
    }

    private long person(String name, String phone, boolean lead) {
        String username = "cov-" + letters();
        long id = dsl.insertInto(APP_USER).set(APP_USER.USERNAME, username).set(APP_USER.DISPLAY_NAME, name)
                .set(APP_USER.PASSWORD_HASH, passwordEncoder.encode("e2e-" + UUID.randomUUID()))
                .returning(APP_USER.ID).fetchSingle(APP_USER.ID);
        dsl.insertInto(APP_USER_ROLE).set(APP_USER_ROLE.USER_ID, id).set(APP_USER_ROLE.ROLE, "VOLUNTEER").execute();
        dsl.insertInto(VOLUNTEER).set(VOLUNTEER.USER_ID, id).set(VOLUNTEER.ADULT_CONFIRMED, true)
                .set(VOLUNTEER.PHONE, phone).execute();
        if (lead) {
            dsl.insertInto(VOLUNTEER_QUALIFICATION).set(VOLUNTEER_QUALIFICATION.USER_ID, id)
                    .set(VOLUNTEER_QUALIFICATION.KIND, "LEAD").set(VOLUNTEER_QUALIFICATION.OBTAINED_ON,
                            LocalDate.of(2020, 1, 1)).execute();
        }
        return id;
    }

    private static String letters() {
        return UUID.randomUUID().toString().replaceAll("[^a-f]", "").concat("abcdef").substring(0, 6);
    }
}
