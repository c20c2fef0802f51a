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
import se.tryggalov.shared.time.Zones;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
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
import static se.tryggalov.jooq.Tables.VOLUNTEER_QUALIFICATION;

/**
 * Issue #15 end to end on a 360 px phone: the demo volunteer finds an open night walk, signs up with one tap, sees it
 * under Mina pass with the gathering point and the lead, and cancels before the deadline; a second volunteer, in line
 * for the full shift, gets the freed place offered and accepts it. axe checks both pages; screenshots in
 * target/screenshots. The shift is made for the test, weeks ahead on a weekday no demo shift of the volunteer uses.
 * A lead then checks in a past walk's group on a phone and files the walk log.
 */
class SignupFlowIT extends BrowserTest {

    static final Properties SV = bundle("sv");
    static final String MEETING_POINT = "Albys Hjärta, vid entrén (e2e)";

    @Autowired
    DSLContext dsl;
    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeAll
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(DEFAULT_TIMEOUT_MS);
    }

    @Test
    void aVolunteerSignsUpSeesTheShiftCancelsItAndTheNextInLineAcceptsTheOffer() {
        long maria = userId("volunteer");
        LocalDate day = freeWeekday(maria);
        String leadName = "Leo" + letters();
        long lead = person("lead-" + letters(), leadName + " Ledare", true);
        String secondUsername = "second-" + letters();
        person(secondUsername, "Sara" + letters() + " Andra", false);
        long shift = shift(day);
        dsl.insertInto(SHIFT_ASSIGNMENT).set(SHIFT_ASSIGNMENT.SHIFT_ID, shift).set(SHIFT_ASSIGNMENT.USER_ID, lead)
                .set(SHIFT_ASSIGNMENT.STATUS, "CONFIRMED").set(SHIFT_ASSIGNMENT.SOURCE, "COORDINATOR").execute();
        List<String> report = new ArrayList<>();

        try (BrowserContext first = phone(); BrowserContext second = phone()) {
            // 1. the demo volunteer finds the open shift and signs up with one tap
            Page page = first.newPage();
            signIn(page, "volunteer", DEMO_PASSWORD);
            open(page, "/open-shifts");
            Locator card = page.locator("#open-shift-" + shift);
            card.scrollIntoViewIfNeeded();
            assertThat(card).containsText(MEETING_POINT);
            assertThat(card).containsText("1 av 2 platser lediga");
            Axe.check(page, "volunteer /open-shifts (phone)", report);
            screenshot(page, "signup-open-shifts-phone-sv");
            page.locator("#sign-up-" + shift).click();
            assertThat(page.locator("vaadin-notification-card").first()).containsText("Du är anmäld");
            assertThat(page.locator("#open-shift-" + shift)).hasCount(0);

            // 2. Mina pass: the gathering point and the lead; cancel before the deadline
            open(page, "/my-shifts");
            Locator mine = page.locator("#my-shift-" + shift);
            mine.scrollIntoViewIfNeeded();
            assertThat(mine).containsText(MEETING_POINT);
            assertThat(mine).containsText("Gruppledare: " + leadName);
            assertThat(mine).containsText(text(SV, "signup.status.CONFIRMED"));
            Axe.check(page, "volunteer /my-shifts (phone)", report);
            screenshot(page, "signup-my-shifts-phone-sv");

            // 3. the second volunteer finds the shift full and joins the waitlist
            Page other = second.newPage();
            signIn(other, secondUsername, "e2e-" + secondUsername);
            open(other, "/open-shifts");
            Locator full = other.locator("#open-shift-" + shift);
            full.scrollIntoViewIfNeeded();
            assertThat(full).containsText(text(SV, "signup.card.full"));
            other.locator("#sign-up-" + shift).click();
            assertThat(other.locator("vaadin-notification-card").first()).containsText("i kö som nummer 1");
            screenshot(other, "signup-waitlisted-phone-sv");

            // 4. the demo volunteer cancels: the place is offered to the second volunteer
            long place = assignment(shift, maria);
            mine.locator("#cancel-" + place).click();
            assertThat(page.locator("#my-shift-" + shift)).hasCount(0);

            open(other, "/my-shifts");
            Locator offer = other.locator("#my-shift-" + shift);
            offer.scrollIntoViewIfNeeded();
            assertThat(offer).containsText(text(SV, "signup.status.OFFERED"));
            Axe.check(other, "second volunteer /my-shifts with an offer (phone)", report);
            screenshot(other, "signup-offer-phone-sv");
            long offered = assignment(shift, userId(secondUsername));
            offer.locator("#accept-" + offered).click();
            assertThat(other.locator("#my-shift-" + shift)).containsText(text(SV, "signup.status.CONFIRMED"));
            screenshot(other, "signup-offer-accepted-phone-sv");
        }
        Axe.assertNoSeriousViolations(report);
    }

    @Test
    void theLeadChecksInTheGroupAndFilesTheWalkLogOnAPhone() {
        String leadUsername = "walklead-" + letters();
        long lead = person(leadUsername, "Lina" + letters() + " Ledare", true);
        long walker = person("walker-" + letters(), "Omar" + letters() + " Vandrare", false);
        long absent = person("absent-" + letters(), "Eva" + letters() + " Borta", false);
        long shift = shift(LocalDate.now(Zones.STOCKHOLM).minusDays(2)); // the walk was the day before yesterday
        dsl.update(SHIFT).set(SHIFT.MAX_SIZE, (short) 3).set(SHIFT.PEOPLE_NEEDED, (short) 3)
                .set(SHIFT.STATUS, "PUBLISHED").where(SHIFT.ID.eq(shift)).execute();
        for (long person : List.of(lead, walker, absent)) {
            dsl.insertInto(SHIFT_ASSIGNMENT).set(SHIFT_ASSIGNMENT.SHIFT_ID, shift).set(SHIFT_ASSIGNMENT.USER_ID, person)
                    .set(SHIFT_ASSIGNMENT.STATUS, "CONFIRMED").set(SHIFT_ASSIGNMENT.SOURCE, "COORDINATOR").execute();
        }
        List<String> report = new ArrayList<>();

        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            signIn(page, leadUsername, "e2e-" + leadUsername);
            open(page, "/my-shifts");
            Locator link = page.locator("#check-in-" + shift);
            link.scrollIntoViewIfNeeded();
            link.click();
            assertThat(page.locator("#walk-file")).isVisible();
            page.locator("#present-" + assignment(shift, absent)).click(); // did not come
            page.locator("#count-GRAFFITI input").fill("3");
            page.locator("#count-BROKEN_GLASS input").fill("1");
            page.locator("#walk-places textarea").fill("Alby centrum, tunnelbanan, gångtunneln");
            page.locator("#walk-note textarea").fill("Krossat glas vid busshållplatsen");
            Axe.check(page, "lead /check-in (phone)", report);
            screenshot(page, "walk-log-phone-sv");
            page.locator("#walk-file").click();
            assertThat(page.locator("vaadin-notification-card").first()).containsText(text(SV, "walklog.filed"));
            screenshot(page, "walk-log-filed-phone-sv");
        }
        Axe.assertNoSeriousViolations(report);
        org.assertj.core.api.Assertions.assertThat(dsl.select(SHIFT_ASSIGNMENT.STATUS).from(SHIFT_ASSIGNMENT)
                .where(SHIFT_ASSIGNMENT.ID.eq(assignment(shift, absent))).fetchSingle(SHIFT_ASSIGNMENT.STATUS))
                .isEqualTo("NO_SHOW");
        org.assertj.core.api.Assertions.assertThat(dsl.fetchCount(se.tryggalov.jooq.Tables.WALK_LOG,
                se.tryggalov.jooq.Tables.WALK_LOG.SHIFT_ID.eq(shift))).isEqualTo(1);
    }

    private static String letters() {
        return UUID.randomUUID().toString().replaceAll("[^a-f]", "").concat("abcdef").substring(0, 6);
    }

    private long userId(String username) {
        return dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchSingle(APP_USER.ID);
    }

    private long assignment(long shift, long user) {
        return dsl.select(SHIFT_ASSIGNMENT.ID).from(SHIFT_ASSIGNMENT)
                .where(SHIFT_ASSIGNMENT.SHIFT_ID.eq(shift).and(SHIFT_ASSIGNMENT.USER_ID.eq(user)))
                .fetchSingle(SHIFT_ASSIGNMENT.ID);
    }

    /** Five to eight weeks ahead, Monday to Thursday, in a month where the demo volunteer has no shift yet. */
    private LocalDate freeWeekday(long user) {
        Set<Integer> busyMonths = Set.copyOf(dsl.selectDistinct(SHIFT.DAY).from(SHIFT_ASSIGNMENT)
                .join(SHIFT).on(SHIFT.ID.eq(SHIFT_ASSIGNMENT.SHIFT_ID))
                .where(SHIFT_ASSIGNMENT.USER_ID.eq(user)).fetch(SHIFT.DAY).stream()
                .map(d -> d.getYear() * 12 + d.getMonthValue()).toList());
        LocalDate day = LocalDate.now(Zones.STOCKHOLM).plusDays(35);
        while (day.getDayOfWeek().getValue() > DayOfWeek.THURSDAY.getValue()
                || busyMonths.contains(day.getYear() * 12 + day.getMonthValue())) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** A volunteer who can sign in with the password "e2e-" + username; a lead when asked. */
    private long person(String username, String name, boolean lead) {
        long id = dsl.insertInto(APP_USER).set(APP_USER.USERNAME, username).set(APP_USER.DISPLAY_NAME, name)
                .set(APP_USER.PASSWORD_HASH, passwordEncoder.encode("e2e-" + username))
                .returning(APP_USER.ID).fetchSingle(APP_USER.ID);
        dsl.insertInto(APP_USER_ROLE).set(APP_USER_ROLE.USER_ID, id).set(APP_USER_ROLE.ROLE, "VOLUNTEER").execute();
        dsl.insertInto(VOLUNTEER).set(VOLUNTEER.USER_ID, id).set(VOLUNTEER.ADULT_CONFIRMED, true)
                .set(VOLUNTEER.PHONE, "070-123 45 67").execute();
        if (lead) {
            dsl.insertInto(VOLUNTEER_QUALIFICATION).set(VOLUNTEER_QUALIFICATION.USER_ID, id)
                    .set(VOLUNTEER_QUALIFICATION.KIND, "LEAD").set(VOLUNTEER_QUALIFICATION.OBTAINED_ON,
                            LocalDate.of(2020, 1, 1)).execute();
        }
        return id;
    }

    /** An open night walk for two in Alby on the day (the demo opens night walks for sign-up 60 days before). */
    private long shift(LocalDate day) {
        long district = dsl.select(DISTRICT.ID).from(DISTRICT).where(DISTRICT.NAME.eq("Alby")).fetchSingle(DISTRICT.ID);
        int startYear = day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1; // the demo plans this year
        long year = dsl.select(SCHOOL_YEAR.ID).from(SCHOOL_YEAR).where(SCHOOL_YEAR.START_YEAR.eq(startYear))
                .fetchSingle(SCHOOL_YEAR.ID);
        long activity = dsl.insertInto(ACTIVITY).set(ACTIVITY.SCHOOL_YEAR_ID, year)
                .set(ACTIVITY.ACTIVITY_TYPE, "NIGHT_WALK").set(ACTIVITY.PURPOSE, "PREVENTIVE")
                .set(ACTIVITY.TITLE, "Nattvandring Alby (e2e)").set(ACTIVITY.DISTRICT_ID, district)
                .set(ACTIVITY.MEETING_POINT, MEETING_POINT)
                .returning(ACTIVITY.ID).fetchSingle(ACTIVITY.ID);
        return dsl.insertInto(SHIFT).set(SHIFT.ACTIVITY_ID, activity).set(SHIFT.DAY, day)
                .set(SHIFT.STARTS_AT, LocalTime.of(21, 0)).set(SHIFT.ENDS_AT, LocalTime.of(1, 0))
                .set(SHIFT.MIN_SIZE, (short) 1).set(SHIFT.PEOPLE_NEEDED, (short) 2).set(SHIFT.MAX_SIZE, (short) 2)
                .set(SHIFT.RISK_LEVEL, (short) 3).set(SHIFT.STATUS, "OPEN").set(SHIFT.STAFFING, "PEOPLE")
                .returning(SHIFT.ID).fetchSingle(SHIFT.ID);
    }
}
