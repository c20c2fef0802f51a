package se.tryggalov.roster.ui;

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
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.Month.OCTOBER;
import static org.assertj.core.api.Assertions.assertThat;
import static se.tryggalov.TestYears.nth;
import static se.tryggalov.jooq.Tables.CALENDAR_ITEM;
import static se.tryggalov.jooq.Tables.SIGNUP_RULE;

/** Självanmälan in the browserless UI: a rule for one break is saved, shown, refused without a break, removed. */
@IntegrationTest
class SignupSettingsViewTest extends KaribuViewTest {

    @Autowired
    TestYears years;
    @Autowired
    CalendarService calendar;
    @Autowired
    DSLContext dsl;
    @Autowired
    SecurityContexts contexts;

    @Test
    void aCoordinatorSetsARuleForOneBreakAndRemovesIt() {
        SchoolYear year = years.claim();
        RosterTestData.plan(calendar, systemAuthentication, year);
        RosterTestData data = new RosterTestData(dsl, contexts);
        LocalDate day = nth(FRIDAY, OCTOBER, 2, year);
        String title = RosterTestData.unique("ssv");
        long item = dsl.insertInto(CALENDAR_ITEM).set(CALENDAR_ITEM.SCHOOL_YEAR_ID, data.schoolYearId(year))
                .set(CALENDAR_ITEM.KIND, "KEY_DATE").set(CALENDAR_ITEM.CODE, "CUSTOM").set(CALENDAR_ITEM.TITLE, title)
                .set(CALENDAR_ITEM.FIRST_DAY, day).set(CALENDAR_ITEM.LAST_DAY, day)
                .set(CALENDAR_ITEM.RISK_LEVEL, (short) 3).set(CALENDAR_ITEM.STATUS, "CONFIRMED")
                .set(CALENDAR_ITEM.SOURCE, "MANUAL").returning(CALENDAR_ITEM.ID).fetchSingle(CALENDAR_ITEM.ID);
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo("signup-settings");
        SignupSettingsView view = _get(SignupSettingsView.class);

        // no break chosen: refused, nothing saved
        view.saveBreakRule();
        assertThat(dsl.fetchCount(SIGNUP_RULE, SIGNUP_RULE.CALENDAR_ITEM_ID.eq(item))).isZero();

        view.breakChoice.setValue(item);
        view.breakOpen.setValue(true);
        view.breakDays.setValue(10);
        view.breakApproval.setValue(true);
        view.saveBreakRule();

        var rule = dsl.selectFrom(SIGNUP_RULE).where(SIGNUP_RULE.CALENDAR_ITEM_ID.eq(item)).fetchSingle();
        assertThat(rule.getOpensDaysBefore()).isEqualTo(10);
        assertThat(rule.getNeedsApproval()).isTrue();
        assertThat(rule.getActivityType()).isNull();
        assertThat(view.breakRules.getElement().getTextRecursively())
                .contains(title, "öppnar 10 dagar före passet", "samordnaren godkänner");
        assertNoRawTranslationKeys();

        _click(_get(com.vaadin.flow.component.button.Button.class,
                s -> s.withId("signup-break-remove-" + rule.getId())));
        assertThat(dsl.fetchCount(SIGNUP_RULE, SIGNUP_RULE.CALENDAR_ITEM_ID.eq(item))).isZero();
        useLocale(Locale.ENGLISH);
        assertNoRawTranslationKeys();
    }
}
