package se.tryggalov.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
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
import static org.assertj.core.api.Assertions.assertThat;
import static se.tryggalov.jooq.Tables.SHIFT_ASSIGNMENT;
import static se.tryggalov.jooq.Tables.WALK_LOG;
import static se.tryggalov.jooq.Tables.WALK_LOG_COUNT;

/** The lead checks the group in and files the walk log in the browserless UI; a note about a person is refused. */
@IntegrationTest
class CheckInViewTest extends KaribuViewTest {

    @Autowired
    TestYears years;
    @Autowired
    CalendarService calendar;
    @Autowired
    DSLContext dsl;
    @Autowired
    SecurityContexts contexts;

    @Test
    void theLeadMarksWhoCameAndFilesTheWalkLog() {
        RosterTestData data = new RosterTestData(dsl, contexts);
        SchoolYear year = years.claim();
        RosterTestData.plan(calendar, systemAuthentication, year);
        long organisation = data.organisation("ci-org");
        long activity = data.activity(year, data.district("ci-district"), organisation, "Nattvandring vid stationen");
        LocalDate day = LocalDate.of(2022, 3, 4); // the walk has happened
        long shift = data.shift(activity, day, 1, 1, 3, 3, true, "PUBLISHED", "PEOPLE");
        var lead = data.volunteer("ci-lead", true, organisation);
        var absent = data.volunteer("ci-absent", false, organisation);
        long leadPlace = data.assign(shift, lead.id(), "CONFIRMED", false);
        long absentPlace = data.assign(shift, absent.id(), "CONFIRMED", false);
        signInAs(lead.username(), Role.VOLUNTEER);

        navigateTo("check-in/" + shift);
        assertNoRawTranslationKeys();
        _get(Checkbox.class, s -> s.withId("present-" + absentPlace)).setValue(false);
        _get(IntegerField.class, s -> s.withId("count-GRAFFITI")).setValue(4);
        _get(TextArea.class, s -> s.withId("walk-note")).setValue("Ring 070-123 45 67 om klottret");
        _click(_get(Button.class, s -> s.withId("walk-file")));
        assertThat(dsl.fetchCount(WALK_LOG, WALK_LOG.SHIFT_ID.eq(shift))).as("a phone number is refused").isZero();

        _get(TextArea.class, s -> s.withId("walk-note")).setValue("Klotter på gångbron, anmält");
        _click(_get(Button.class, s -> s.withId("walk-file")));

        assertThat(dsl.fetchCount(WALK_LOG, WALK_LOG.SHIFT_ID.eq(shift))).isEqualTo(1);
        assertThat(dsl.select(WALK_LOG_COUNT.COUNT).from(WALK_LOG_COUNT).join(WALK_LOG)
                .on(WALK_LOG.ID.eq(WALK_LOG_COUNT.WALK_LOG_ID))
                .where(WALK_LOG.SHIFT_ID.eq(shift).and(WALK_LOG_COUNT.CATEGORY.eq("GRAFFITI")))
                .fetchSingle(WALK_LOG_COUNT.COUNT)).isEqualTo(4);
        assertThat(dsl.select(SHIFT_ASSIGNMENT.STATUS).from(SHIFT_ASSIGNMENT).where(SHIFT_ASSIGNMENT.ID.eq(absentPlace))
                .fetchSingle(SHIFT_ASSIGNMENT.STATUS)).isEqualTo("NO_SHOW");
        assertThat(dsl.select(SHIFT_ASSIGNMENT.HOURS).from(SHIFT_ASSIGNMENT).where(SHIFT_ASSIGNMENT.ID.eq(leadPlace))
                .fetchSingle(SHIFT_ASSIGNMENT.HOURS)).isEqualByComparingTo("4.00");
        useLocale(Locale.ENGLISH);
        assertNoRawTranslationKeys();
    }

    @Test
    void aWalkerWhoDoesNotLeadTheGroupIsToldSo() {
        RosterTestData data = new RosterTestData(dsl, contexts);
        SchoolYear year = years.claim();
        RosterTestData.plan(calendar, systemAuthentication, year);
        long organisation = data.organisation("ci-org2");
        long activity = data.activity(year, data.district("ci-district2"), organisation, "Nattvandring");
        long shift = data.shift(activity, LocalDate.of(2022, 3, 5), 1, 1, 3, 3, true, "PUBLISHED", "PEOPLE");
        var walker = data.volunteer("ci-walker", false, organisation);
        data.assign(shift, walker.id(), "CONFIRMED", false);
        signInAs(walker.username(), Role.VOLUNTEER);

        navigateTo("check-in/" + shift);

        assertThat(_get(Paragraph.class, s -> s.withId("check-in-problem")).getText())
                .isEqualTo("Bara gruppledaren på passet eller en samordnare kan checka in gruppen och lämna loggboken.");
    }

    @Test
    void aCoordinatorMarksAttendanceAtATrainingEveningAndTheQualificationIsRecorded() {
        RosterTestData data = new RosterTestData(dsl, contexts);
        SchoolYear year = years.claim();
        RosterTestData.plan(calendar, systemAuthentication, year);
        long organisation = data.organisation("ci-org3");
        long activity = data.activity(year, data.district("ci-district3"), organisation, "Grundkurs");
        dsl.update(se.tryggalov.jooq.Tables.ACTIVITY).set(se.tryggalov.jooq.Tables.ACTIVITY.ACTIVITY_TYPE, "TRAINING")
                .set(se.tryggalov.jooq.Tables.ACTIVITY.GRANTS_QUALIFICATION, "FIRST_AID")
                .set(se.tryggalov.jooq.Tables.ACTIVITY.GRANTS_VALID_MONTHS, (short) 36)
                .where(se.tryggalov.jooq.Tables.ACTIVITY.ID.eq(activity)).execute();
        LocalDate day = LocalDate.of(2022, 3, 11);
        long shift = data.shift(activity, day, 1, 1, 10, 10, false, "PUBLISHED", "PEOPLE");
        var trainee = data.volunteer("ci-trainee", false, organisation);
        var absent = data.volunteer("ci-away", false, organisation);
        data.assign(shift, trainee.id(), "CONFIRMED", false);
        long absentPlace = data.assign(shift, absent.id(), "CONFIRMED", false);
        signInAs("coordinator", Role.COORDINATOR);

        navigateTo("check-in/" + shift);
        assertNoRawTranslationKeys();
        _get(Checkbox.class, s -> s.withId("present-" + absentPlace)).setValue(false);
        _click(_get(Button.class, s -> s.withId("walk-file")));

        var q = se.tryggalov.jooq.Tables.VOLUNTEER_QUALIFICATION;
        assertThat(dsl.select(q.OBTAINED_ON, q.EXPIRES_ON).from(q)
                .where(q.USER_ID.eq(trainee.id()).and(q.KIND.eq("FIRST_AID"))).fetchSingle())
                .satisfies(r -> {
                    assertThat(r.value1()).isEqualTo(day);
                    assertThat(r.value2()).isEqualTo(day.plusMonths(36));
                });
        assertThat(dsl.fetchCount(q, q.USER_ID.eq(absent.id()).and(q.KIND.eq("FIRST_AID")))).isZero();
    }
}
