package se.tryggalov.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.TestYears;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.roster.RosterTestData;
import se.tryggalov.security.Role;
import se.tryggalov.shared.SecurityContexts;

import java.time.LocalDate;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.Month.OCTOBER;
import static org.assertj.core.api.Assertions.assertThat;
import static se.tryggalov.TestYears.nth;
import static se.tryggalov.jooq.Tables.ACTIVITY;
import static se.tryggalov.jooq.Tables.CALENDAR_ITEM;
import static se.tryggalov.jooq.Tables.SHIFT_ASSIGNMENT;
import static se.tryggalov.jooq.Tables.SIGNUP_RULE;

/** Lediga pass and Mina pass in the browserless UI: find a shift, sign up, see it, cancel it. */
@IntegrationTest
class OpenShiftsViewTest extends KaribuViewTest {

    @Autowired
    TestYears years;
    @Autowired
    CalendarService calendar;
    @Autowired
    DSLContext dsl;
    @Autowired
    SecurityContexts contexts;

    @Test
    void aVolunteerSignsUpWithOneTapSeesTheShiftUnderMyShiftsAndCancelsIt() {
        RosterTestData data = new RosterTestData(dsl, contexts);
        SchoolYear year = years.claim();
        RosterTestData.plan(calendar, systemAuthentication, year);
        long organisation = data.organisation("os-org");
        long activity = data.activity(year, data.district("os-district"), organisation, "Nattvandring vid torget");
        LocalDate day = nth(FRIDAY, OCTOBER, 2, year);
        long item = dsl.insertInto(CALENDAR_ITEM).set(CALENDAR_ITEM.SCHOOL_YEAR_ID, data.schoolYearId(year))
                .set(CALENDAR_ITEM.KIND, "KEY_DATE").set(CALENDAR_ITEM.CODE, "CUSTOM")
                .set(CALENDAR_ITEM.TITLE, RosterTestData.unique("os")).set(CALENDAR_ITEM.FIRST_DAY, day)
                .set(CALENDAR_ITEM.LAST_DAY, day).set(CALENDAR_ITEM.RISK_LEVEL, (short) 3)
                .set(CALENDAR_ITEM.STATUS, "CONFIRMED").set(CALENDAR_ITEM.SOURCE, "MANUAL")
                .returning(CALENDAR_ITEM.ID).fetchSingle(CALENDAR_ITEM.ID);
        dsl.update(ACTIVITY).set(ACTIVITY.CALENDAR_ITEM_ID, item).set(ACTIVITY.MEETING_POINT, "Torget vid biblioteket")
                .where(ACTIVITY.ID.eq(activity)).execute();
        dsl.insertInto(SIGNUP_RULE).set(SIGNUP_RULE.CALENDAR_ITEM_ID, item).set(SIGNUP_RULE.OPEN, true).execute();
        long shift = data.shift(activity, day, 1, 1, 3, 3, false, "OPEN", "PEOPLE");
        var lead = data.volunteer("leader", true, organisation);
        data.assign(shift, lead.id(), "CONFIRMED", false);
        var me = data.volunteer("walker", false, organisation);
        signInAs(me.username(), Role.VOLUNTEER);

        navigateTo("open-shifts");
        // the far-future claimed year is beyond the default months: choose its date
        _get(OpenShiftsView.class).day.setValue(day);
        String card = _get(ListItem.class, s -> s.withId("open-shift-" + shift)).getElement().getTextRecursively();
        assertThat(card).contains("Nattvandring vid torget", "Torget vid biblioteket", "2 av 3 platser lediga",
                "Risk 3 av 5", "Gruppledare: Test");
        assertNoRawTranslationKeys();
        _click(_get(Button.class, s -> s.withId("sign-up-" + shift)));

        assertThat(dsl.select(SHIFT_ASSIGNMENT.STATUS).from(SHIFT_ASSIGNMENT)
                .where(SHIFT_ASSIGNMENT.SHIFT_ID.eq(shift).and(SHIFT_ASSIGNMENT.USER_ID.eq(me.id())))
                .fetchSingle(SHIFT_ASSIGNMENT.STATUS)).isEqualTo("CONFIRMED");
        assertThat(_find(ListItem.class, s -> s.withId("open-shift-" + shift))).as("taken: gone from the list").isEmpty();

        navigateTo("my-shifts");
        String mine = _get(ListItem.class, s -> s.withId("my-shift-" + shift)).getElement().getTextRecursively();
        assertThat(mine).contains("Bekräftat", "Torget vid biblioteket", "Gruppledare: Test", "Avboka");
        assertNoRawTranslationKeys();
        long assignment = dsl.select(SHIFT_ASSIGNMENT.ID).from(SHIFT_ASSIGNMENT)
                .where(SHIFT_ASSIGNMENT.SHIFT_ID.eq(shift).and(SHIFT_ASSIGNMENT.USER_ID.eq(me.id())))
                .fetchSingle(SHIFT_ASSIGNMENT.ID);
        _click(_get(Button.class, s -> s.withId("cancel-" + assignment)));

        assertThat(dsl.select(SHIFT_ASSIGNMENT.STATUS).from(SHIFT_ASSIGNMENT).where(SHIFT_ASSIGNMENT.ID.eq(assignment))
                .fetchSingle(SHIFT_ASSIGNMENT.STATUS)).isEqualTo("CANCELLED");
        assertThat(_find(ListItem.class, s -> s.withId("my-shift-" + shift))).isEmpty();
        useLocale(Locale.ENGLISH);
        assertNoRawTranslationKeys();
    }

    @Test
    void theBreakFilterShowsOneBreaksShifts() {
        RosterTestData data = new RosterTestData(dsl, contexts);
        SchoolYear year = years.claim();
        RosterTestData.plan(calendar, systemAuthentication, year);
        long organisation = data.organisation("osb-org");
        long district = data.district("osb-district");
        LocalDate day = nth(FRIDAY, OCTOBER, 3, year);
        long[] items = new long[2];
        long[] shifts = new long[2];
        for (int i = 0; i < 2; i++) {
            long activity = data.activity(year, district, organisation, "Pass " + i);
            items[i] = dsl.insertInto(CALENDAR_ITEM).set(CALENDAR_ITEM.SCHOOL_YEAR_ID, data.schoolYearId(year))
                    .set(CALENDAR_ITEM.KIND, "KEY_DATE").set(CALENDAR_ITEM.CODE, "CUSTOM")
                    .set(CALENDAR_ITEM.TITLE, RosterTestData.unique("osb" + i)).set(CALENDAR_ITEM.FIRST_DAY, day)
                    .set(CALENDAR_ITEM.LAST_DAY, day.plusDays(1)).set(CALENDAR_ITEM.RISK_LEVEL, (short) 3)
                    .set(CALENDAR_ITEM.STATUS, "CONFIRMED").set(CALENDAR_ITEM.SOURCE, "MANUAL")
                    .returning(CALENDAR_ITEM.ID).fetchSingle(CALENDAR_ITEM.ID);
            long item = items[i];
            dsl.update(ACTIVITY).set(ACTIVITY.CALENDAR_ITEM_ID, item).where(ACTIVITY.ID.eq(activity)).execute();
            dsl.insertInto(SIGNUP_RULE).set(SIGNUP_RULE.CALENDAR_ITEM_ID, item).set(SIGNUP_RULE.OPEN, true).execute();
            shifts[i] = data.shift(activity, day.plusDays(i), 1, 1, 3, 3, false, "OPEN", "PEOPLE");
        }
        var me = data.volunteer("breaks", false, organisation);
        signInAs(me.username(), Role.VOLUNTEER);

        navigateTo("open-shifts");
        OpenShiftsView view = _get(OpenShiftsView.class);
        assertThat(view.breakChoice.isVisible()).isTrue();
        view.breakChoice.setValue(items[1]);
        view.refresh();

        assertThat(_find(ListItem.class, s -> s.withId("open-shift-" + shifts[1]))).hasSize(1);
        assertThat(_find(ListItem.class, s -> s.withId("open-shift-" + shifts[0]))).isEmpty();
        assertNoRawTranslationKeys();
        useLocale(Locale.ENGLISH);
        assertNoRawTranslationKeys();
    }
}
