package se.tryggalov.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.assertj.core.api.SoftAssertions;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.security.Role;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.CALENDAR_ITEM;
import static se.tryggalov.jooq.Tables.ORGANISATION;
import static se.tryggalov.jooq.Tables.ORGANISATION_CONTACT;
import static se.tryggalov.jooq.Tables.SHIFT;
import static se.tryggalov.jooq.Tables.SHIFT_ASSIGNMENT;
import static se.tryggalov.jooq.Tables.VOLUNTEER;

/**
 * Every route for every demo role (issue #20): each page of the role's menu (read from the side navigation, as
 * {@link AccessibilityIT} does) plus the pages reached through a parameter (a person, an organisation, a break, a
 * shift's check-in, the roster's rules) is opened
 * <ul>
 * <li>at 360 × 740 px, where neither {@code <html>} nor {@code <body>} may be wider than 360 px (nor the app
 * layout's content area scroll sideways on its own): a page that scrolls
 * sideways is reported with the element reaching furthest right (wide tables must scroll inside their own region);
 * </li>
 * <li>at 360 px and at 1366 px with axe (WCAG 2.1 A/AA plus the experimental label-content-name-mismatch rule),
 * failing on serious or critical violations.</li>
 * </ul>
 * With {@code -Dit.screenshots=true} each phone page is saved as {@code target/screenshots/route-<role>-<path>.png}.
 * The roles to walk can be narrowed for a quicker run with {@code -Dit.roles=admin,volunteer} (default: all five
 * demo users).
 * <p>
 * Failed sign-ins in this class: none.
 */
class EveryRouteIT extends BrowserTest {

    /**
     * The element reaching furthest right among those the page itself has to scroll to (nothing inside an element
     * that clips or scrolls its overflow, nothing fixed), with its two nearest ancestors, across open shadow roots.
     */
    private static final String WIDEST = """
            () => {
              const all = [];
              const walk = root => root.querySelectorAll('*').forEach(e => {
                all.push(e); if (e.shadowRoot) walk(e.shadowRoot); });
              walk(document);
              const up = e => e.assignedSlot || e.parentElement || (e.parentNode && e.parentNode.host) || null;
              const layout = document.querySelector('vaadin-app-layout');
              const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
              const page = new Set([document.body, document.documentElement, content]);
              const clipped = e => {
                for (let p = up(e); p && !page.has(p); p = up(p)) {
                  const s = getComputedStyle(p);
                  if (s.overflowX !== 'visible' || s.position === 'fixed') return true;
                }
                return false;
              };
              const name = e => e ? e.localName + (e.id ? '#' + e.id : '')
                  + (typeof e.className === 'string' && e.className.trim()
                     ? '.' + e.className.trim().split(/\\s+/).slice(0, 3).join('.') : '') : '';
              let best = null, right = -1;
              for (const e of all) {
                if (getComputedStyle(e).position === 'fixed') continue;
                const r = e.getBoundingClientRect();
                if (r.width === 0 || r.right + scrollX <= right || clipped(e)) continue;
                best = e; right = r.right + scrollX;
              }
              if (!best) return 'nothing';
              const p1 = up(best), p2 = p1 && up(p1);
              const text = (best.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
              return Math.round(right) + ' px: ' + name(best) + ' in ' + name(p1) + ' in ' + name(p2)
                  + (text ? ' "' + text + '"' : '');
            }""";

    /**
     * The widths of {@code <html>} and {@code <body>} and how far the app layout's content area (which may scroll
     * on its own) reaches past its visible width: a page must not scroll sideways in either.
     */
    private static final String PAGE_WIDTHS = """
            () => {
              const layout = document.querySelector('vaadin-app-layout');
              const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
              return [document.documentElement.scrollWidth, document.body.scrollWidth,
                  content ? content.scrollWidth - content.clientWidth : 0];
            }""";


    /** Whether to save every phone page as a picture (off in CI, where nobody looks at them). */
    private static final boolean SCREENSHOTS_WANTED = Boolean.getBoolean("it.screenshots");

    @Autowired
    DSLContext dsl;

    @BeforeAll
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(DEFAULT_TIMEOUT_MS);
    }

    /** The demo users to walk: all five, or those named in the system property {@code it.roles}. */
    static Stream<String> users() {
        String only = System.getProperty("it.roles", "").strip();
        List<String> all = List.of("admin", "coordinator", "partner", "viewer", "volunteer");
        if (only.isEmpty()) {
            return all.stream();
        }
        List<String> chosen = Arrays.stream(only.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        assertThat(all).as("-Dit.roles names demo users").containsAll(chosen);
        return chosen.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("users")
    void noPageScrollsSidewaysOnAPhoneAxeFindsNothingSeriousAtEitherWidthAndNothingIsInEnglish(String user) {
        Role role = MenuExpectations.DEMO_USERS.get(user);
        List<String> paths = new ArrayList<>(menuPaths(user));
        assertThat(paths).as("menu of %s", user).hasSizeGreaterThanOrEqualTo(2);
        paths.addAll(parameterised(user, role));

        List<String> overflowing = new ArrayList<>();
        List<String> axe = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> english = new ArrayList<>();
        try (BrowserContext phone = phone(); BrowserContext desktop = wideDesktop()) {
            Page small = phone.newPage();
            Page wide = desktop.newPage();
            signIn(small, user, DEMO_PASSWORD);
            signIn(wide, user, DEMO_PASSWORD);
            small.evaluate(MARK_PAGE);
            wide.evaluate(MARK_PAGE);
            for (String path : paths) {
                long t0 = System.nanoTime();
                follow(small, path);
                if (small.locator("#not-allowed, #not-found").count() > 0) {
                    skipped.add(path);
                    continue;
                }
                settle(small);
                long t1 = System.nanoTime();
                List<?> widths = (List<?>) small.evaluate(PAGE_WIDTHS);
                int html = ((Number) widths.get(0)).intValue();
                int body = ((Number) widths.get(1)).intValue();
                int contentPastEdge = ((Number) widths.get(2)).intValue();
                if (html > PHONE_WIDTH || body > PHONE_WIDTH || contentPastEdge > 0) {
                    overflowing.add(String.format("%s %s: html %d px, body %d px, layout content %d px past its edge;"
                            + " widest: %s", user, path, html, body, contentPastEdge, small.evaluate(WIDEST)));
                }
                long t2 = System.nanoTime();
                Axe.checkWithLabelInName(small, user + " " + path + " (360 px)", axe);
                long t3 = System.nanoTime();
                if (SCREENSHOTS_WANTED) { // -Dit.screenshots=true: every phone page as a picture, to read by eye
                    small.screenshot(new Page.ScreenshotOptions()
                            .setPath(SCREENSHOTS.resolve("route-" + user + "-" + fileName(path) + ".png")));
                }

                long t4 = System.nanoTime();
                follow(wide, path);
                settle(wide);
                long t5 = System.nanoTime();
                Axe.checkWithLabelInName(wide, user + " " + path + " (1366 px)", axe);
                long t6 = System.nanoTime();
                // the same visit checks that no component speaks its built-in English on a Swedish page
                english.addAll(ComponentTextsIT.englishTexts(wide, user + " " + path));
                long t7 = System.nanoTime();
                System.out.printf("[routes-time] %s %s: open %d, widths %d, axe %d, open %d, axe %d, english %d ms%n",
                        user, path, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                        (t5 - t4) / 1_000_000, (t6 - t5) / 1_000_000, (t7 - t6) / 1_000_000);
            }
        }
        System.out.printf("[routes] %s: %d pages, %d not open to the role %s, %d scroll sideways at 360 px%n", user,
                paths.size(), skipped.size(), skipped, overflowing.size());
        overflowing.forEach(line -> System.out.println("[routes] OVERFLOW " + line));

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(overflowing).as("pages of %s wider than %d px (page | widths | widest element)", user,
                PHONE_WIDTH).isEmpty();
        soft.assertThat(english).as("English built-in component texts on Swedish pages of %s", user).isEmpty();
        soft.assertThat(axe.stream().filter(line -> Axe.FAILING_IMPACTS.contains(line.split(" \\| ")[2])).toList())
                .as("serious or critical axe violations for %s (page | rule | impact | target | help | fix)", user)
                .isEmpty();
        soft.assertAll();
    }

    /** The paths of the role's menu entries, in menu order. */
    private List<String> menuPaths(String user) {
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            signIn(page, user, DEMO_PASSWORD);
            Locator items = sideNav(page).locator("vaadin-side-nav-item");
            Set<String> paths = new LinkedHashSet<>();
            for (int i = 0; i < items.count(); i++) {
                paths.add("/" + items.nth(i).getAttribute("path"));
            }
            return List.copyOf(paths);
        }
    }

    /**
     * Pages behind a parameter, with demo data the role may see; a page the role may not open shows the
     * not-allowed view and is skipped (and listed).
     */
    private List<String> parameterised(String user, Role role) {
        List<String> paths = new ArrayList<>();
        Long breakId = dsl.select(CALENDAR_ITEM.ID).from(CALENDAR_ITEM).where(CALENDAR_ITEM.KIND.eq("BREAK"))
                .orderBy(CALENDAR_ITEM.FIRST_DAY.desc()).limit(1).fetchOne(CALENDAR_ITEM.ID);
        Long volunteer = dsl.select(VOLUNTEER.USER_ID).from(VOLUNTEER).orderBy(VOLUNTEER.USER_ID).limit(1)
                .fetchOne(VOLUNTEER.USER_ID);
        Long organisation = role == Role.PARTNER_CONTACT
                ? dsl.select(ORGANISATION_CONTACT.ORGANISATION_ID).from(ORGANISATION_CONTACT).join(APP_USER)
                .on(APP_USER.ID.eq(ORGANISATION_CONTACT.USER_ID)).where(APP_USER.USERNAME.eq(user)).limit(1)
                .fetchOne(ORGANISATION_CONTACT.ORGANISATION_ID)
                : dsl.select(ORGANISATION.ID).from(ORGANISATION).orderBy(ORGANISATION.ID).limit(1)
                .fetchOne(ORGANISATION.ID);
        Long shift = dsl.select(SHIFT_ASSIGNMENT.SHIFT_ID).from(SHIFT_ASSIGNMENT).join(APP_USER)
                .on(APP_USER.ID.eq(SHIFT_ASSIGNMENT.USER_ID)).where(APP_USER.USERNAME.eq(user)).limit(1)
                .fetchOne(SHIFT_ASSIGNMENT.SHIFT_ID);
        if (shift == null) {
            shift = dsl.select(SHIFT.ID).from(SHIFT).orderBy(SHIFT.DAY.desc()).limit(1).fetchOne(SHIFT.ID);
        }
        Map<String, Object> ids = new java.util.HashMap<>();
        ids.put("break", breakId);
        ids.put("volunteer", volunteer);
        ids.put("organisation", organisation);
        ids.put("shift", shift);
        if (role != Role.VOLUNTEER) {
            if (volunteer != null) {
                paths.add("/volunteers/" + volunteer);
            }
            if (organisation != null) {
                paths.add("/organisations/" + organisation);
            }
            if (breakId != null) {
                paths.add("/plan?break=" + breakId);
                paths.add("/plan/board?break=" + breakId);
                paths.add("/coverage?period=" + breakId);
            }
            paths.add("/roster/settings");
            paths.add("/observations/import");
        }
        if (shift != null && (role == Role.VOLUNTEER || role == Role.COORDINATOR || role == Role.ADMIN)) {
            paths.add("/check-in/" + shift);
        }
        System.out.printf("[routes] %s: ids %s%n", user, ids);
        return paths;
    }

    /** Marks the page, so that a full page load (which would lose the mark) shows. */
    private static final String MARK_PAGE = "() => { window.__everyRouteWalk = true; }";

    /**
     * Moves the signed-in page to {@code path} as a link inside the app does ({@code <a router-link>}, Vaadin's
     * client-side navigation: one round trip, no page load), and waits for Vaadin. A walk of 125 pages at two widths
     * spent about 3.5 s a page on page loads (2026-12-07); the pages under test are the same either way, since each
     * page of the app is reached through the menu's links this way. Fails when the page was loaded anew instead.
     */
    private void follow(Page page, String path) {
        String target = url(path);
        if (!target.equals(page.url())) {
            page.waitForResponse(response -> response.url().contains("v-r=uidl"), () -> page.evaluate("""
                    href => {
                      const a = document.createElement('a');
                      a.setAttribute('router-link', '');
                      a.href = href;
                      a.textContent = 'walk';
                      document.body.appendChild(a);
                      a.click();
                      a.remove();
                    }""", target));
        }
        waitForVaadin(page);
        if (page.locator("#not-allowed, #not-found").count() == 0) { // a refused page may show at another address
            assertThat(page.url()).as("address after following a link to %s", path).isEqualTo(target);
        }
        assertThat(page.evaluate("() => window.__everyRouteWalk === true"))
                .as("%s opened without a page load (Vaadin's client-side navigation)", path).isEqualTo(true);
    }

    /** Waits for Vaadin and for lazy parts (grids, the wheel) to have laid out. */
    private void settle(Page page) {
        waitForVaadin(page);
        page.waitForFunction("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"
                + ".then(() => true)");
        waitForVaadin(page);
    }

    private static String fileName(String path) {
        String name = path.replaceAll("^/", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
        return name.isEmpty() ? "overview" : name;
    }
}
