package se.tryggalov.roster;

import org.jooq.DSLContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import static se.tryggalov.jooq.Tables.ACTIVITY;
import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.CALENDAR_ITEM;
import static se.tryggalov.jooq.Tables.SHIFT;
import static se.tryggalov.jooq.Tables.SHIFT_ASSIGNMENT;
import static se.tryggalov.jooq.Tables.SIGNUP_RULE;
import static se.tryggalov.jooq.Tables.VOLUNTEER;

/**
 * Test data for self sign-up, written straight into the test database: a break of the claimed year with its own
 * sign-up rule (open at once, so the far-future claimed year can be signed up for), shifts in it, people.
 */
final class SignupTestData {

    private final DSLContext dsl;

    SignupTestData(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A break of the year made for this test, so its sign-up rule touches no other test. */
    long testBreak(long schoolYearId, LocalDate first, LocalDate last) {
        return dsl.insertInto(CALENDAR_ITEM).set(CALENDAR_ITEM.SCHOOL_YEAR_ID, schoolYearId)
                .set(CALENDAR_ITEM.KIND, "KEY_DATE").set(CALENDAR_ITEM.CODE, "CUSTOM")
                .set(CALENDAR_ITEM.TITLE, RosterTestData.unique("signup-test"))
                .set(CALENDAR_ITEM.FIRST_DAY, first).set(CALENDAR_ITEM.LAST_DAY, last)
                .set(CALENDAR_ITEM.RISK_LEVEL, (short) 3).set(CALENDAR_ITEM.STATUS, "CONFIRMED")
                .set(CALENDAR_ITEM.SOURCE, "MANUAL")
                .returning(CALENDAR_ITEM.ID).fetchSingle(CALENDAR_ITEM.ID);
    }

    void rule(long calendarItemId, boolean open, Integer opensDaysBefore, boolean needsApproval) {
        dsl.insertInto(SIGNUP_RULE).set(SIGNUP_RULE.CALENDAR_ITEM_ID, calendarItemId).set(SIGNUP_RULE.OPEN, open)
                .set(SIGNUP_RULE.OPENS_DAYS_BEFORE, opensDaysBefore).set(SIGNUP_RULE.NEEDS_APPROVAL, needsApproval)
                .execute();
    }

    void inBreak(long activityId, long calendarItemId) {
        dsl.update(ACTIVITY).set(ACTIVITY.CALENDAR_ITEM_ID, calendarItemId).where(ACTIVITY.ID.eq(activityId)).execute();
    }

    void times(long shiftId, LocalTime start, LocalTime end) {
        dsl.update(SHIFT).set(SHIFT.STARTS_AT, start).set(SHIFT.ENDS_AT, end).where(SHIFT.ID.eq(shiftId)).execute();
    }

    /** Moves a shift to start at the given local time (in Stockholm), two hours long. */
    void startAt(long shiftId, LocalDateTime start) {
        dsl.update(SHIFT).set(SHIFT.DAY, start.toLocalDate()).set(SHIFT.STARTS_AT, start.toLocalTime())
                .set(SHIFT.ENDS_AT, start.toLocalTime().plusHours(2)).where(SHIFT.ID.eq(shiftId)).execute();
    }

    void status(long shiftId, String status) {
        dsl.update(SHIFT).set(SHIFT.STATUS, status).where(SHIFT.ID.eq(shiftId)).execute();
    }

    void deleteShift(long shiftId) {
        dsl.deleteFrom(SHIFT).where(SHIFT.ID.eq(shiftId)).execute();
    }

    void volunteerStatus(long userId, String status) {
        dsl.update(VOLUNTEER).set(VOLUNTEER.STATUS, status).where(VOLUNTEER.USER_ID.eq(userId)).execute();
    }

    void youth(long userId) {
        dsl.update(VOLUNTEER).set(VOLUNTEER.ADULT_CONFIRMED, false).set(VOLUNTEER.YOUTH_WALKER, true)
                .where(VOLUNTEER.USER_ID.eq(userId)).execute();
    }

    void qualifications(long shiftId, String... kinds) {
        dsl.update(SHIFT).set(SHIFT.QUALIFICATIONS, kinds).where(SHIFT.ID.eq(shiftId)).execute();
    }

    void email(long userId, String email) {
        dsl.update(APP_USER).set(APP_USER.EMAIL, email).where(APP_USER.ID.eq(userId)).execute();
    }

    String status(long shiftId, long userId) {
        return dsl.select(SHIFT_ASSIGNMENT.STATUS).from(SHIFT_ASSIGNMENT)
                .where(SHIFT_ASSIGNMENT.SHIFT_ID.eq(shiftId).and(SHIFT_ASSIGNMENT.USER_ID.eq(userId)))
                .fetchOptional(SHIFT_ASSIGNMENT.STATUS).orElse(null);
    }

    long assignmentId(long shiftId, long userId) {
        return dsl.select(SHIFT_ASSIGNMENT.ID).from(SHIFT_ASSIGNMENT)
                .where(SHIFT_ASSIGNMENT.SHIFT_ID.eq(shiftId).and(SHIFT_ASSIGNMENT.USER_ID.eq(userId)))
                .fetchSingle(SHIFT_ASSIGNMENT.ID);
    }

    int rows(long shiftId) {
        return dsl.fetchCount(SHIFT_ASSIGNMENT, SHIFT_ASSIGNMENT.SHIFT_ID.eq(shiftId));
    }

    int holding(long shiftId) {
        return dsl.fetchCount(SHIFT_ASSIGNMENT, SHIFT_ASSIGNMENT.SHIFT_ID.eq(shiftId)
                .and(SHIFT_ASSIGNMENT.STATUS.in(AssignmentStatus.HOLDING_NAMES)));
    }
}
