package se.tryggalov.roster;

import org.jooq.DSLContext;
import se.tryggalov.SignedIn;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.SecurityContexts;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static se.tryggalov.jooq.Tables.ACTIVITY;
import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.APP_USER_ROLE;
import static se.tryggalov.jooq.Tables.AUDIT_LOG;
import static se.tryggalov.jooq.Tables.AVAILABILITY;
import static se.tryggalov.jooq.Tables.DISTRICT;
import static se.tryggalov.jooq.Tables.ORGANISATION;
import static se.tryggalov.jooq.Tables.SCHOOL_YEAR;
import static se.tryggalov.jooq.Tables.SHIFT;
import static se.tryggalov.jooq.Tables.SHIFT_ASSIGNMENT;
import static se.tryggalov.jooq.Tables.SOLVE_JOB;
import static se.tryggalov.jooq.Tables.VOLUNTEER;
import static se.tryggalov.jooq.Tables.VOLUNTEER_DISTRICT;
import static se.tryggalov.jooq.Tables.VOLUNTEER_ORGANISATION;
import static se.tryggalov.jooq.Tables.VOLUNTEER_QUALIFICATION;

/**
 * Districts, activities, shifts, volunteers, availability and assignments written straight into the shared test
 * database (the activity feature is built elsewhere), each with a unique name, in a school year the test claimed
 * from {@link se.tryggalov.TestYears}. Accounts get a hash no password matches: they are used through a security
 * context only.
 */
public final class RosterTestData {

    public record Person(long id, String username) {
    }

    public record StoredAssignment(long id, long shiftId, long userId, String status, String source, boolean pinned) {
    }

    private final DSLContext dsl;
    private final SecurityContexts contexts;

    public RosterTestData(DSLContext dsl, SecurityContexts contexts) {
        this.dsl = dsl;
        this.contexts = contexts;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The school year planned from the rules (once; tests share the database). */
    public static synchronized void plan(CalendarService calendar, SystemAuthentication system, SchoolYear year) {
        if (system.callAs(() -> calendar.plan(year).isEmpty(), Role.COORDINATOR)) {
            system.runAs(() -> calendar.generate(year), Role.COORDINATOR);
        }
    }

    public long schoolYearId(SchoolYear year) {
        return dsl.select(SCHOOL_YEAR.ID).from(SCHOOL_YEAR).where(SCHOOL_YEAR.START_YEAR.eq(year.startYear()))
                .fetchSingle(SCHOOL_YEAR.ID);
    }

    public long district(String prefix) {
        return dsl.insertInto(DISTRICT).set(DISTRICT.NAME, unique(prefix)).set(DISTRICT.SORT_ORDER, 900)
                .returning(DISTRICT.ID).fetchSingle(DISTRICT.ID);
    }

    public long organisation(String prefix) {
        return dsl.insertInto(ORGANISATION).set(ORGANISATION.NAME, unique(prefix)).set(ORGANISATION.KIND, "NIGHT_WALKERS")
                .returning(ORGANISATION.ID).fetchSingle(ORGANISATION.ID);
    }

    public long activity(SchoolYear year, long districtId, Long organisationId, String title) {
        return dsl.insertInto(ACTIVITY)
                .set(ACTIVITY.SCHOOL_YEAR_ID, schoolYearId(year))
                .set(ACTIVITY.ACTIVITY_TYPE, "NIGHT_WALK")
                .set(ACTIVITY.PURPOSE, "PREVENTIVE")
                .set(ACTIVITY.TITLE, title)
                .set(ACTIVITY.ORGANISATION_ID, organisationId)
                .set(ACTIVITY.DISTRICT_ID, districtId)
                .returning(ACTIVITY.ID).fetchSingle(ACTIVITY.ID);
    }

    /** A night-walking group 21:00-01:00 of 3-5 (4 wanted) with a lead, risk 3, open. */
    public long shift(long activityId, LocalDate day, int groupNo) {
        return shift(activityId, day, groupNo, 3, 4, 5, true, "OPEN", "PEOPLE");
    }

    public long shift(long activityId, LocalDate day, int groupNo, int min, int needed, int max, boolean lead,
                      String status, String staffing) {
        return dsl.insertInto(SHIFT)
                .set(SHIFT.ACTIVITY_ID, activityId)
                .set(SHIFT.DAY, day)
                .set(SHIFT.STARTS_AT, LocalTime.of(21, 0))
                .set(SHIFT.ENDS_AT, LocalTime.of(1, 0))
                .set(SHIFT.GROUP_NO, (short) groupNo)
                .set(SHIFT.MIN_SIZE, (short) min)
                .set(SHIFT.PEOPLE_NEEDED, (short) needed)
                .set(SHIFT.MAX_SIZE, (short) max)
                .set(SHIFT.LEAD_REQUIRED, lead)
                .set(SHIFT.RISK_LEVEL, (short) 3)
                .set(SHIFT.STATUS, status)
                .set(SHIFT.STAFFING, staffing)
                .returning(SHIFT.ID).fetchSingle(SHIFT.ID);
    }

    public String shiftStatus(long shiftId) {
        return dsl.select(SHIFT.STATUS).from(SHIFT).where(SHIFT.ID.eq(shiftId)).fetchSingle(SHIFT.STATUS);
    }

    public Person account(String prefix, Long organisationId, Role... roles) {
        String username = unique(prefix).toLowerCase();
        long id = dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, "Test " + username)
                .set(APP_USER.PASSWORD_HASH, "{noop}" + UUID.randomUUID())
                .set(APP_USER.ORGANISATION_ID, organisationId)
                .returning(APP_USER.ID).fetchSingle(APP_USER.ID);
        for (Role role : roles) {
            dsl.insertInto(APP_USER_ROLE).set(APP_USER_ROLE.USER_ID, id).set(APP_USER_ROLE.ROLE, role.name()).execute();
        }
        return new Person(id, username);
    }

    /** An ACTIVE adult volunteer in the organisations, with basic training (and lead training when asked). */
    public Person volunteer(String prefix, boolean lead, long... organisations) {
        return volunteer(prefix, "ACTIVE", lead, Arrays.stream(organisations).boxed().toList(), List.of());
    }

    public Person volunteer(String prefix, String status, boolean lead, Collection<Long> organisations,
                            Collection<Long> districts) {
        Person person = account(prefix, null, Role.VOLUNTEER);
        dsl.insertInto(VOLUNTEER)
                .set(VOLUNTEER.USER_ID, person.id())
                .set(VOLUNTEER.STATUS, status)
                .set(VOLUNTEER.ADULT_CONFIRMED, true)
                .set(VOLUNTEER.GENDER, "FEMALE")
                .execute();
        for (long organisation : organisations) {
            dsl.insertInto(VOLUNTEER_ORGANISATION).set(VOLUNTEER_ORGANISATION.USER_ID, person.id())
                    .set(VOLUNTEER_ORGANISATION.ORGANISATION_ID, organisation).execute();
        }
        for (long district : districts) {
            dsl.insertInto(VOLUNTEER_DISTRICT).set(VOLUNTEER_DISTRICT.USER_ID, person.id())
                    .set(VOLUNTEER_DISTRICT.DISTRICT_ID, district).execute();
        }
        qualification(person.id(), "BASIC_TRAINING", LocalDate.of(2020, 1, 1), null);
        if (lead) {
            qualification(person.id(), "LEAD", LocalDate.of(2020, 1, 1), null);
        }
        return person;
    }

    public void qualification(long userId, String kind, LocalDate obtained, LocalDate expires) {
        dsl.insertInto(VOLUNTEER_QUALIFICATION).set(VOLUNTEER_QUALIFICATION.USER_ID, userId)
                .set(VOLUNTEER_QUALIFICATION.KIND, kind).set(VOLUNTEER_QUALIFICATION.OBTAINED_ON, obtained)
                .set(VOLUNTEER_QUALIFICATION.EXPIRES_ON, expires).execute();
    }

    public void available(long userId, LocalDate... days) {
        for (LocalDate day : days) {
            dsl.insertInto(AVAILABILITY).set(AVAILABILITY.USER_ID, userId).set(AVAILABILITY.DAY, day)
                    .set(AVAILABILITY.STATE, "AVAILABLE").execute();
        }
    }

    public void answer(long userId, LocalDate day, String state, LocalTime from, LocalTime to) {
        dsl.insertInto(AVAILABILITY).set(AVAILABILITY.USER_ID, userId).set(AVAILABILITY.DAY, day)
                .set(AVAILABILITY.STATE, state).set(AVAILABILITY.FROM_TIME, from).set(AVAILABILITY.TO_TIME, to)
                .execute();
    }

    public long assign(long shiftId, long userId, String status, boolean pinned) {
        return dsl.insertInto(SHIFT_ASSIGNMENT)
                .set(SHIFT_ASSIGNMENT.SHIFT_ID, shiftId)
                .set(SHIFT_ASSIGNMENT.USER_ID, userId)
                .set(SHIFT_ASSIGNMENT.STATUS, status)
                .set(SHIFT_ASSIGNMENT.SOURCE, "SIGNUP")
                .set(SHIFT_ASSIGNMENT.PINNED, pinned)
                .set(SHIFT_ASSIGNMENT.WAITLIST_POSITION, "WAITLISTED".equals(status) ? 1 : null)
                .returning(SHIFT_ASSIGNMENT.ID).fetchSingle(SHIFT_ASSIGNMENT.ID);
    }

    public List<StoredAssignment> assignments(long shiftId) {
        return dsl.selectFrom(SHIFT_ASSIGNMENT).where(SHIFT_ASSIGNMENT.SHIFT_ID.eq(shiftId))
                .orderBy(SHIFT_ASSIGNMENT.ID)
                .fetch(r -> new StoredAssignment(r.getId(), r.getShiftId(), r.getUserId(), r.getStatus(),
                        r.getSource(), r.getPinned()));
    }

    public int version(long assignmentId) {
        return dsl.select(SHIFT_ASSIGNMENT.VERSION).from(SHIFT_ASSIGNMENT).where(SHIFT_ASSIGNMENT.ID.eq(assignmentId))
                .fetchSingle(SHIFT_ASSIGNMENT.VERSION);
    }

    /** A job row as a crashed or busy instance would have left it. */
    public long job(SchoolYear year, RosterScope scope, SolveJobStatus status, OffsetDateTime requestedAt,
                    OffsetDateTime heartbeatAt) {
        return dsl.insertInto(SOLVE_JOB)
                .set(SOLVE_JOB.SCHOOL_YEAR_ID, schoolYearId(year))
                .set(SOLVE_JOB.SCOPE_KIND, scope.kind().name())
                .set(SOLVE_JOB.FIRST_DAY, scope.firstDay())
                .set(SOLVE_JOB.LAST_DAY, scope.lastDay())
                .set(SOLVE_JOB.SCOPE_KEY, scope.key())
                .set(SOLVE_JOB.STATUS, status.name())
                .set(SOLVE_JOB.SECONDS_LIMIT, 30)
                .set(SOLVE_JOB.REQUESTED_AT, requestedAt)
                .set(SOLVE_JOB.STARTED_AT, status == SolveJobStatus.QUEUED ? null : requestedAt)
                .set(SOLVE_JOB.HEARTBEAT_AT, heartbeatAt)
                .returning(SOLVE_JOB.ID).fetchSingle(SOLVE_JOB.ID);
    }

    /** A solve of the scope that finished at {@code finishedAt}, having left the given score and covered share. */
    public long finishedJob(SchoolYear year, RosterScope scope, OffsetDateTime finishedAt, String score,
                            double coveredShare) {
        long id = job(year, scope, SolveJobStatus.FINISHED, finishedAt.minusSeconds(30), finishedAt);
        dsl.update(SOLVE_JOB).set(SOLVE_JOB.FINISHED_AT, finishedAt).set(SOLVE_JOB.BEST_SCORE, score)
                .set(SOLVE_JOB.COVERED_SHARE, java.math.BigDecimal.valueOf(coveredShare))
                .where(SOLVE_JOB.ID.eq(id)).execute();
        return id;
    }

    /** Ends a job a test made, so the next start for its dates is allowed. */
    public void finishJob(long jobId) {
        dsl.update(SOLVE_JOB).set(SOLVE_JOB.STATUS, SolveJobStatus.STOPPED.name())
                .where(SOLVE_JOB.ID.eq(jobId).and(SOLVE_JOB.STATUS.in("QUEUED", "RUNNING"))).execute();
    }

    public String districtName(long districtId) {
        return dsl.select(DISTRICT.NAME).from(DISTRICT).where(DISTRICT.ID.eq(districtId)).fetchSingle(DISTRICT.NAME);
    }

    public String jobStatus(long jobId) {
        return dsl.select(SOLVE_JOB.STATUS).from(SOLVE_JOB).where(SOLVE_JOB.ID.eq(jobId)).fetchSingle(SOLVE_JOB.STATUS);
    }

    public List<String> auditDetails(String action, String subjectId) {
        return dsl.select(AUDIT_LOG.DETAILS).from(AUDIT_LOG)
                .where(AUDIT_LOG.ACTION.eq(action).and(AUDIT_LOG.SUBJECT_ID.eq(subjectId)))
                .orderBy(AUDIT_LOG.ID).fetch(AUDIT_LOG.DETAILS);
    }

    public <T> T as(String username, Supplier<T> work, Role... roles) {
        return SignedIn.as(contexts, username, work, roles);
    }

    public void run(String username, Runnable work, Role... roles) {
        as(username, () -> {
            work.run();
            return null;
        }, roles);
    }
}
