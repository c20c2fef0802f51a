package se.tryggalov.notify;

import org.jooq.DSLContext;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.roster.RosterTestData;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.SecurityContexts;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Supplier;

import static se.tryggalov.jooq.Tables.ACTIVITY;
import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.SHIFT;
import static se.tryggalov.jooq.Tables.SHIFT_ASSIGNMENT;
import static se.tryggalov.jooq.Tables.VOLUNTEER;

/** A published group with a lead (with a phone), a walker and the person whose feed is read. */
final class FeedTestData {

    final RosterTestData data;
    final DSLContext dsl;
    final long organisation;
    final long district;
    final long activity;

    FeedTestData(DSLContext dsl, SecurityContexts contexts, CalendarService calendar, SystemAuthentication system,
                 SchoolYear year, String tag) {
        this.dsl = dsl;
        this.data = new RosterTestData(dsl, contexts);
        RosterTestData.plan(calendar, system, year);
        organisation = data.organisation("feed-org-" + tag);
        district = data.district("feed-district-" + tag);
        activity = data.activity(year, district, organisation, "Nattvandring");
        dsl.update(ACTIVITY).set(ACTIVITY.MEETING_POINT, "Alby centrum, vid fontänen")
                .set(ACTIVITY.DESCRIPTION, "Reflexväst").where(ACTIVITY.ID.eq(activity)).execute();
    }

    long publishedShift(LocalDate day) {
        long shift = data.shift(activity, day, 1, 1, 3, 5, false, "PUBLISHED", "PEOPLE");
        return shift;
    }

    RosterTestData.Person person(String prefix, String displayName, boolean lead, String phone) {
        RosterTestData.Person person = data.volunteer(prefix, lead, organisation);
        dsl.update(APP_USER).set(APP_USER.DISPLAY_NAME, displayName).where(APP_USER.ID.eq(person.id())).execute();
        if (phone != null) {
            dsl.update(VOLUNTEER).set(VOLUNTEER.PHONE, phone).where(VOLUNTEER.USER_ID.eq(person.id())).execute();
        }
        return person;
    }

    long confirm(long shiftId, RosterTestData.Person person) {
        return data.assign(shiftId, person.id(), "CONFIRMED", false);
    }

    void times(long shiftId, LocalTime start, LocalTime end) {
        dsl.update(SHIFT).set(SHIFT.STARTS_AT, start).set(SHIFT.ENDS_AT, end).where(SHIFT.ID.eq(shiftId)).execute();
    }

    void assignmentStatus(long assignmentId, String status) {
        dsl.update(SHIFT_ASSIGNMENT).set(SHIFT_ASSIGNMENT.STATUS, status).where(SHIFT_ASSIGNMENT.ID.eq(assignmentId))
                .execute();
    }

    <T> T as(RosterTestData.Person person, Supplier<T> work) {
        return data.as(person.username(), work, Role.VOLUNTEER);
    }
}
