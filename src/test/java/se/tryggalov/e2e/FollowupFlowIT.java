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

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
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
 * Issue #18 end to end on a 360 px phone: a night-walk lead files the walk log of the evening before yesterday, and
 * the coordinator opens that week's situational picture, where the walk's counts stand in the walk's district
 * (a district of the test's own, so nothing else counts there). axe checks the pages; screenshots in
 * target/screenshots.
 */
class FollowupFlowIT extends BrowserTest {

    static final Properties SV = bundle("sv");

    @Autowired
    DSLContext dsl;
    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeAll
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(DEFAULT_TIMEOUT_MS);
    }

    @Test
    void aLeadFilesAWalkLogOnAPhoneAndItsCountsAppearInThatWeeksPicture() {
        String districtName = "Följdal " + letters();
        long district = dsl.insertInto(DISTRICT).set(DISTRICT.NAME, districtName).set(DISTRICT.SORT_ORDER, 950)
                .returning(DISTRICT.ID).fetchSingle(DISTRICT.ID);
        LocalDate day = LocalDate.now(Zones.STOCKHOLM).minusDays(2);
        String leadUsername = "picturelead-" + letters();
        long lead = person(leadUsername, "Lova" + letters() + " Ledare");
        long shift = shift(district, day);
        dsl.insertInto(SHIFT_ASSIGNMENT).set(SHIFT_ASSIGNMENT.SHIFT_ID, shift).set(SHIFT_ASSIGNMENT.USER_ID, lead)
                .set(SHIFT_ASSIGNMENT.STATUS, "CONFIRMED").set(SHIFT_ASSIGNMENT.SOURCE, "COORDINATOR").execute();
        List<String> report = new ArrayList<>();

        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            signIn(page, leadUsername, "e2e-" + leadUsername);
            open(page, "/check-in/" + shift);
            assertThat(page.locator("#walk-file")).isVisible();
            page.locator("#count-GRAFFITI input").fill("5");
            page.locator("#count-MOPEDS input").fill("2");
            page.locator("#walk-places textarea").fill(districtName + " centrum, stationen");
            screenshot(page, "followup-walk-log-phone-sv");
            page.locator("#walk-file").click();
            assertThat(page.locator("vaadin-notification-card").first()).containsText(text(SV, "walklog.filed"));
        }

        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            signIn(page, "coordinator", DEMO_PASSWORD);
            open(page, "/situation?week=" + day);
            Locator row = page.locator("#picture-districts tr", new Page.LocatorOptions().setHasText(districtName));
            assertThat(row).containsText("7");
            Locator graffiti = page.locator("#picture-categories tr", new Page.LocatorOptions()
                    .setHasText(districtName)).filter(new Locator.FilterOptions()
                    .setHasText(text(SV, "followup.category.GRAFFITI")));
            assertThat(graffiti).containsText("5");
            assertThat(graffiti).containsText(text(SV, "followup.change.new").replace("{0}", "+5"));
            Axe.check(page, "coordinator /situation (phone)", report);
            screenshot(page, "followup-situation-phone-sv");
            open(page, "/observations");
            assertThat(page.locator("#observation-save")).isVisible();
            Axe.check(page, "coordinator /observations (phone)", report);
            screenshot(page, "followup-observations-phone-sv");
            open(page, "/evaluation");
            assertThat(page.locator("#evaluation-table")).isVisible();
            Axe.check(page, "coordinator /evaluation (phone)", report);
            screenshot(page, "followup-evaluation-phone-sv");
        }
        Axe.assertNoSeriousViolations(report);
    }

    private static String letters() {
        return UUID.randomUUID().toString().replaceAll("[^a-f]", "").concat("abcdef").substring(0, 6);
    }

    /** A walk lead who can sign in with the password "e2e-" + username. */
    private long person(String username, String name) {
        long id = dsl.insertInto(APP_USER).set(APP_USER.USERNAME, username).set(APP_USER.DISPLAY_NAME, name)
                .set(APP_USER.PASSWORD_HASH, passwordEncoder.encode("e2e-" + username))
                .returning(APP_USER.ID).fetchSingle(APP_USER.ID);
        dsl.insertInto(APP_USER_ROLE).set(APP_USER_ROLE.USER_ID, id).set(APP_USER_ROLE.ROLE, "VOLUNTEER").execute();
        dsl.insertInto(VOLUNTEER).set(VOLUNTEER.USER_ID, id).set(VOLUNTEER.ADULT_CONFIRMED, true).execute();
        dsl.insertInto(VOLUNTEER_QUALIFICATION).set(VOLUNTEER_QUALIFICATION.USER_ID, id)
                .set(VOLUNTEER_QUALIFICATION.KIND, "LEAD").set(VOLUNTEER_QUALIFICATION.OBTAINED_ON,
                        LocalDate.of(2020, 1, 1)).execute();
        return id;
    }

    /** A published night walk for one in the district on the day (the demo plans the school year holding it). */
    private long shift(long district, LocalDate day) {
        int startYear = day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1;
        long year = dsl.select(SCHOOL_YEAR.ID).from(SCHOOL_YEAR).where(SCHOOL_YEAR.START_YEAR.eq(startYear))
                .fetchSingle(SCHOOL_YEAR.ID);
        long activity = dsl.insertInto(ACTIVITY).set(ACTIVITY.SCHOOL_YEAR_ID, year)
                .set(ACTIVITY.ACTIVITY_TYPE, "NIGHT_WALK").set(ACTIVITY.PURPOSE, "PREVENTIVE")
                .set(ACTIVITY.TITLE, "Nattvandring (e2e lägesbild)").set(ACTIVITY.DISTRICT_ID, district)
                .returning(ACTIVITY.ID).fetchSingle(ACTIVITY.ID);
        return dsl.insertInto(SHIFT).set(SHIFT.ACTIVITY_ID, activity).set(SHIFT.DAY, day)
                .set(SHIFT.STARTS_AT, LocalTime.of(21, 0)).set(SHIFT.ENDS_AT, LocalTime.of(23, 0))
                .set(SHIFT.MIN_SIZE, (short) 1).set(SHIFT.PEOPLE_NEEDED, (short) 1).set(SHIFT.MAX_SIZE, (short) 3)
                .set(SHIFT.RISK_LEVEL, (short) 3).set(SHIFT.STATUS, "PUBLISHED").set(SHIFT.STAFFING, "PEOPLE")
                .returning(SHIFT.ID).fetchSingle(SHIFT.ID);
    }
}
