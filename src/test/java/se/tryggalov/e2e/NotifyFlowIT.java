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
import se.tryggalov.roster.RosterService;
import se.tryggalov.roster.RosterTestData;
import se.tryggalov.security.Role;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.time.Zones;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static se.tryggalov.jooq.Tables.ACTIVITY;
import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.APP_USER_ROLE;
import static se.tryggalov.jooq.Tables.DISTRICT;
import static se.tryggalov.jooq.Tables.SCHOOL_YEAR;
import static se.tryggalov.jooq.Tables.SHIFT;
import static se.tryggalov.jooq.Tables.SHIFT_ASSIGNMENT;
import static se.tryggalov.jooq.Tables.VOLUNTEER;

/**
 * Issue #16 end to end on a 360 px phone: a volunteer makes their calendar address under Mina pass (address shown,
 * QR code drawn), a phone calendar (here an HTTP client) reads the feed; a coordinator moves the volunteer to
 * another evening, and the same event comes back with the new time and a higher SEQUENCE; the administrator's outbox
 * lists the mail that told the volunteer. axe checks the pages; screenshots in target/screenshots.
 */
class NotifyFlowIT extends BrowserTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    RosterService roster;
    @Autowired
    SecurityContexts contexts;

    @BeforeAll
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(DEFAULT_TIMEOUT_MS);
    }

    @Test
    void aVolunteerSubscribesACoordinatorMovesTheShiftAndTheFeedAndTheOutboxShowIt() throws Exception {
        String username = "feed-" + letters();
        long person = person(username, "Fia" + letters() + " Flöde");
        LocalDate day = LocalDate.now(Zones.STOCKHOLM).plusDays(40);
        long first = shift(day);
        long second = shift(day.plusDays(1));
        long place = dsl.insertInto(SHIFT_ASSIGNMENT).set(SHIFT_ASSIGNMENT.SHIFT_ID, first)
                .set(SHIFT_ASSIGNMENT.USER_ID, person).set(SHIFT_ASSIGNMENT.STATUS, "CONFIRMED")
                .set(SHIFT_ASSIGNMENT.SOURCE, "COORDINATOR").returning(SHIFT_ASSIGNMENT.ID)
                .fetchSingle(SHIFT_ASSIGNMENT.ID);
        List<String> report = new ArrayList<>();
        String address;

        try (BrowserContext phone = phone()) {
            Page page = phone.newPage();
            signIn(page, username, "e2e-" + username);
            open(page, "/my-shifts");
            assertThat(page.locator("#shift-ics-" + first)).isVisible();
            page.locator("#to-my-calendar").click();
            waitForVaadin(page);
            page.locator("#feed-renew").click();
            Locator field = page.locator("#feed-address input");
            assertThat(field).hasValue(java.util.regex.Pattern.compile(".*/feeds/person/[A-Za-z0-9_-]{43}\\.ics$"));
            Locator qr = page.locator("#feed-qr");
            assertThat(qr).isVisible();
            org.assertj.core.api.Assertions.assertThat(qr.getAttribute("src")).startsWith("data:image/svg+xml;base64,");
            Axe.check(page, "volunteer /my-calendar (phone)", report);
            screenshot(page, "notify-my-calendar-phone-sv");
            address = field.inputValue();
        }
        String path = URI.create(address).getPath();
        String uid = "UID:shift-" + first + "-" + person + "@trygga-lov";
        String before = get(path).replace("\r\n ", "");
        org.assertj.core.api.Assertions.assertThat(before).contains(uid, "SEQUENCE:0", "STATUS:CONFIRMED");

        RosterTestData data = new RosterTestData(dsl, contexts);
        data.run("coordinator", () -> roster.move(place, data.version(place), second), Role.COORDINATOR);

        String after = get(path).replace("\r\n ", "");
        org.assertj.core.api.Assertions.assertThat(after)
                .contains("UID:shift-" + second + "-" + person + "@trygga-lov")
                .contains(uid); // the first evening stays, cancelled
        org.assertj.core.api.Assertions.assertThat(after.substring(after.indexOf(uid)))
                .contains("STATUS:CANCELLED", "SEQUENCE:1");

        // the mail that told them carries a link of their own: it opens their choices on the phone without signing in
        String body = dsl.select(se.tryggalov.jooq.Tables.OUTBOX_EMAIL.BODY).from(se.tryggalov.jooq.Tables.OUTBOX_EMAIL)
                .where(se.tryggalov.jooq.Tables.OUTBOX_EMAIL.USER_ID.eq(person))
                .orderBy(se.tryggalov.jooq.Tables.OUTBOX_EMAIL.ID.desc()).limit(1)
                .fetchSingle(se.tryggalov.jooq.Tables.OUTBOX_EMAIL.BODY);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/notification-choices/[A-Za-z0-9_-]{43}")
                .matcher(body);
        org.assertj.core.api.Assertions.assertThat(link.find()).as("link in " + body).isTrue();
        try (BrowserContext phone = phone()) {
            Page page = phone.newPage();
            open(page, link.group());
            assertThat(page.locator("#switch-off")).isVisible();
            Axe.check(page, "anonymous /notification-choices (phone)", report);
            screenshot(page, "notify-mail-link-phone-sv");
            page.locator("#switch-off").click();
            assertThat(page.locator("#email-SHIFT_CHANGED input")).not().isChecked();
            open(page, link.group().substring(0, link.group().length() - 2) + "zz");
            assertThat(page.locator("#link-invalid")).isVisible();
            Axe.check(page, "anonymous /notification-choices, bad link (phone)", report);
        }

        try (BrowserContext desktop = desktop()) {
            Page page = desktop.newPage();
            signIn(page, "admin", DEMO_PASSWORD);
            open(page, "/notification-settings");
            assertThat(page.locator("#to-outbox")).isVisible();
            Axe.check(page, "admin /notification-settings", report);
            open(page, "/my-calendar");
            assertThat(page.locator("#scope-feeds")).isVisible();
            Axe.check(page, "admin /my-calendar (organisation and venue feeds)", report);
            open(page, "/outbox");
            assertThat(page.locator("#outbox-mails")).containsText(username.replace("-", "") + "@example.org");
            Axe.check(page, "admin /outbox", report);
            screenshot(page, "notify-outbox-desktop-sv");
        }
        Axe.assertNoSeriousViolations(report);
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String letters() {
        return UUID.randomUUID().toString().replaceAll("[^a-f]", "").concat("abcdef").substring(0, 6);
    }

    /** A volunteer with an e-mail address who signs in with the password "e2e-" + username. */
    private long person(String username, String name) {
        long id = dsl.insertInto(APP_USER).set(APP_USER.USERNAME, username).set(APP_USER.DISPLAY_NAME, name)
                .set(APP_USER.EMAIL, username.replace("-", "") + "@example.org")
                .set(APP_USER.PASSWORD_HASH, passwordEncoder.encode("e2e-" + username))
                .returning(APP_USER.ID).fetchSingle(APP_USER.ID);
        dsl.insertInto(APP_USER_ROLE).set(APP_USER_ROLE.USER_ID, id).set(APP_USER_ROLE.ROLE, "VOLUNTEER").execute();
        dsl.insertInto(VOLUNTEER).set(VOLUNTEER.USER_ID, id).set(VOLUNTEER.ADULT_CONFIRMED, true)
                .set(VOLUNTEER.PHONE, "070-123 45 67").execute();
        return id;
    }

    /** A published night walk in Alby on the day. */
    private long shift(LocalDate day) {
        long district = dsl.select(DISTRICT.ID).from(DISTRICT).where(DISTRICT.NAME.eq("Alby")).fetchSingle(DISTRICT.ID);
        int startYear = day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1;
        long year = dsl.select(SCHOOL_YEAR.ID).from(SCHOOL_YEAR).where(SCHOOL_YEAR.START_YEAR.eq(startYear))
                .fetchSingle(SCHOOL_YEAR.ID);
        long activity = dsl.insertInto(ACTIVITY).set(ACTIVITY.SCHOOL_YEAR_ID, year)
                .set(ACTIVITY.ACTIVITY_TYPE, "NIGHT_WALK").set(ACTIVITY.PURPOSE, "PREVENTIVE")
                .set(ACTIVITY.TITLE, "Nattvandring Alby (flöde)").set(ACTIVITY.DISTRICT_ID, district)
                .set(ACTIVITY.MEETING_POINT, "Alby centrum (e2e)")
                .returning(ACTIVITY.ID).fetchSingle(ACTIVITY.ID);
        return dsl.insertInto(SHIFT).set(SHIFT.ACTIVITY_ID, activity).set(SHIFT.DAY, day)
                .set(SHIFT.STARTS_AT, LocalTime.of(21, 0)).set(SHIFT.ENDS_AT, LocalTime.of(1, 0))
                .set(SHIFT.MIN_SIZE, (short) 1).set(SHIFT.PEOPLE_NEEDED, (short) 2).set(SHIFT.MAX_SIZE, (short) 2)
                .set(SHIFT.RISK_LEVEL, (short) 3).set(SHIFT.STATUS, "PUBLISHED").set(SHIFT.STAFFING, "PEOPLE")
                .returning(SHIFT.ID).fetchSingle(SHIFT.ID);
    }
}
