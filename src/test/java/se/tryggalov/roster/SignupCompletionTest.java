package se.tryggalov.roster;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.TestYears;
import se.tryggalov.activity.ActivityService;
import se.tryggalov.activity.Shift;
import se.tryggalov.activity.ShiftDraft;
import se.tryggalov.activity.ShiftRef;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.roster.solver.AvailableWindow;
import se.tryggalov.roster.solver.PlannedAssignment;
import se.tryggalov.roster.solver.ProblemShift;
import se.tryggalov.roster.solver.RosterProblem;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.volunteer.QualificationKind;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.Month.NOVEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.tryggalov.TestYears.nth;
import static se.tryggalov.jooq.Tables.ACTIVITY;
import static se.tryggalov.jooq.Tables.ORGANISATION_CONTACT;
import static se.tryggalov.jooq.Tables.OUTBOX_EMAIL;
import static se.tryggalov.jooq.Tables.SHIFT;
import static se.tryggalov.jooq.Tables.SHIFT_ASSIGNMENT;
import static se.tryggalov.jooq.Tables.VOLUNTEER;
import static se.tryggalov.jooq.Tables.VOLUNTEER_QUALIFICATION;

/**
 * What issue #15's closing note left open, on the real database: the open-shift list and the sign-up refuse by one
 * rule; the board's approval answers; the database's own refusals named by the service that caused them; "I can't
 * come" told to the shift's own coordinators and its organisation's contacts; training evenings that record a
 * qualification when attendance is marked.
 */
@IntegrationTest
class SignupCompletionTest {

    static SchoolYear year;
    static LocalDate friday;

    @Autowired
    ShiftSignupService signups;
    @Autowired
    RosterService roster;
    @Autowired
    ActivityService activities;
    @Autowired
    WalkLogService walkLogs;
    @Autowired
    CalendarService calendar;
    @Autowired
    SystemAuthentication system;
    @Autowired
    DSLContext dsl;
    @Autowired
    SecurityContexts contexts;

    RosterTestData data;
    SignupTestData signupData;
    long organisation;
    long district;
    long activity;
    long testBreak;

    @BeforeAll
    static void claimAYear(@Autowired TestYears years) {
        year = years.claim();
        friday = nth(FRIDAY, NOVEMBER, 1, year);
    }

    @BeforeEach
    void setUp() {
        data = new RosterTestData(dsl, contexts);
        signupData = new SignupTestData(dsl);
        RosterTestData.plan(calendar, system, year);
        organisation = data.organisation("sc-org");
        district = data.district("sc-district");
        activity = data.activity(year, district, organisation, "Nattvandring");
        testBreak = signupData.testBreak(data.schoolYearId(year), friday.minusDays(7), friday.plusDays(90));
        signupData.inBreak(activity, testBreak);
        signupData.rule(testBreak, true, null, false);
    }

    private <T> T as(RosterTestData.Person person, Supplier<T> work) {
        return data.as(person.username(), work, Role.VOLUNTEER);
    }

    private <T> T asCoordinator(Supplier<T> work) {
        return data.as("coordinator", work, Role.COORDINATOR);
    }

    private void runAsCoordinator(Runnable work) {
        data.run("coordinator", work, Role.COORDINATOR);
    }

    private static String key(Throwable e) {
        return ((UserMessageException) e).messageKey();
    }

    private long smallShift(LocalDate day, int group) {
        return data.shift(activity, day, group, 1, 2, 2, false, "OPEN", "PEOPLE");
    }

    private void monthlyLimit(RosterTestData.Person person, int nights) {
        dsl.update(VOLUNTEER).set(VOLUNTEER.MAX_NIGHTS_PER_MONTH, (short) nights)
                .set(VOLUNTEER.MAX_NIGHTS_PER_WEEKEND, (short) 3)
                .where(VOLUNTEER.USER_ID.eq(person.id())).execute();
    }

    // ---- one rule for the list and the sign-up ------------------------------------------------------------------

    @Test
    void theListOffersExactlyWhatTheSignUpAccepts() {
        LocalDate monday = friday.plusDays(3);
        long taken = smallShift(monday, 1);
        long sameMonth = smallShift(monday.plusDays(1), 1);
        long nextMonth = smallShift(monday.plusDays(35), 1);
        long cancelledBefore = smallShift(monday.plusDays(36), 1);
        var anna = walker("rule");
        monthlyLimit(anna, 1);
        SignupResult held = as(anna, () -> signups.signUp(cancelledBefore));
        data.run(anna.username(), () -> signups.cancel(held.assignmentId(), 0), Role.VOLUNTEER);
        as(anna, () -> signups.signUp(taken));

        List<Long> listed = as(anna, () -> signups.openShifts(new ShiftSignupService.Filter(testBreak, null, null)))
                .stream().map(OpenShift::shiftId).toList();

        // the month is full (her own limit of one night): neither listed nor accepted
        assertThat(listed).doesNotContain(taken, sameMonth);
        assertThatThrownBy(() -> as(anna, () -> signups.signUp(sameMonth)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("signup.error.monthLimit"));
        // a cancelled place is no bar: listed, and the sign-up takes it again
        assertThat(listed).contains(nextMonth, cancelledBefore);
        assertThat(as(anna, () -> signups.signUp(nextMonth)).status()).isEqualTo(AssignmentStatus.CONFIRMED);
        assertThat(signupData.status(sameMonth, anna.id())).isNull();
    }

    @Test
    void theListNamesTheBreakAndFiltersByIt() {
        long inBreak = smallShift(friday.plusDays(4), 1);
        long otherBreak = signupData.testBreak(data.schoolYearId(year), friday.plusDays(4), friday.plusDays(4));
        signupData.rule(otherBreak, true, null, false);
        long otherActivity = data.activity(year, district, organisation, "Annan kväll");
        signupData.inBreak(otherActivity, otherBreak);
        long elsewhere = data.shift(otherActivity, friday.plusDays(4), 1, 1, 2, 2, false, "OPEN", "PEOPLE");
        var anna = walker("break");

        List<OpenShift> filtered = as(anna, () -> signups.openShifts(
                new ShiftSignupService.Filter(otherBreak, null, null)));

        assertThat(filtered).extracting(OpenShift::shiftId).containsExactly(elsewhere);
        assertThat(filtered.getFirst().breakTitle()).startsWith("signup-test");
        assertThat(as(anna, () -> signups.openShifts(new ShiftSignupService.Filter(testBreak, null, null))))
                .extracting(OpenShift::shiftId).contains(inBreak).doesNotContain(elsewhere);
    }

    // ---- approval on the board -------------------------------------------------------------------------------------

    @Test
    void aRejectedSignUpGivesThePlaceToTheWaitlist() {
        long approvalBreak = signupData.testBreak(data.schoolYearId(year), friday.plusDays(5), friday.plusDays(5));
        long approvalActivity = data.activity(year, district, organisation, "Med godkännande");
        signupData.inBreak(approvalActivity, approvalBreak);
        long shift = data.shift(approvalActivity, friday.plusDays(5), 1, 1, 1, 1, false, "OPEN", "PEOPLE");
        runAsCoordinator(() -> signups.saveRule(new SignupRule(null, null, approvalBreak, true, null, true, 0)));
        var anna = walker("pending");
        var bert = walker("waiting");

        SignupResult pending = as(anna, () -> signups.signUp(shift));
        assertThat(pending.status()).isEqualTo(AssignmentStatus.PENDING);
        as(bert, () -> signups.joinWaitlist(shift));
        var board = asCoordinator(() -> roster.board(new RosterScope(year, ScopeKind.RANGE, null,
                friday.plusDays(5), friday.plusDays(5))));
        assertThat(board.shifts()).filteredOn(s -> s.id() == shift).singleElement()
                .satisfies(s -> assertThat(s.people()).extracting(BoardPerson::status)
                        .containsExactly(AssignmentStatus.PENDING));

        runAsCoordinator(() -> signups.reject(pending.assignmentId(), 0));

        assertThat(signupData.status(shift, anna.id())).isEqualTo("CANCELLED");
        assertThat(signupData.status(shift, bert.id())).isEqualTo("OFFERED");
        assertThatThrownBy(() -> runAsCoordinator(() -> signups.approve(pending.assignmentId(), 1)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.changedByOthers"));
        // the rule for the break was saved through the service and can be removed again
        SignupRule rule = asCoordinator(() -> signups.rules()).stream()
                .filter(r -> Long.valueOf(approvalBreak).equals(r.calendarItemId())).findFirst().orElseThrow();
        assertThat(rule.needsApproval()).isTrue();
        runAsCoordinator(() -> signups.deleteRule(rule.id()));
        assertThat(asCoordinator(() -> signups.rules())).noneMatch(r -> r.id().equals(rule.id()));
        // a forged break id is refused on the server, nothing saved
        int rules = asCoordinator(() -> signups.rules()).size();
        assertThatThrownBy(() -> runAsCoordinator(() -> signups.saveRule(
                new SignupRule(null, null, Long.MAX_VALUE, true, null, false, 0))))
                .satisfies(e -> assertThat(key(e)).isEqualTo("signup.error.chooseBreak"));
        assertThat(asCoordinator(() -> signups.rules())).hasSize(rules);
    }

    // ---- the database's refusals, named ------------------------------------------------------------------------------

    @Test
    void loweringTheMaximumBelowThePlacesTakenIsNamedAndChangesNothing() {
        long shift = data.shift(activity, friday.plusDays(6), 1, 1, 2, 3, false, "OPEN", "PEOPLE");
        as(walker("first"), () -> signups.signUp(shift));
        as(walker("second"), () -> signups.signUp(shift));
        as(walker("third"), () -> signups.signUp(shift));
        Shift before = asCoordinator(() -> activities.shift(shift)).orElseThrow();
        ShiftDraft smaller = new ShiftDraft(before.day(), before.startsAt(), before.endsAt(), before.groupNo(), 1, 2, 2,
                before.leadRequired(), before.adultsOnly(), before.qualifications(), null, before.status(),
                before.staffing());

        assertThatThrownBy(() -> runAsCoordinator(() -> activities.updateShift(shift, smaller, before.version())))
                .satisfies(e -> assertThat(key(e)).isEqualTo("activities.error.maxBelowPlaces"));

        assertThat(asCoordinator(() -> activities.shift(shift)).orElseThrow())
                .satisfies(s -> {
                    assertThat(s.maxSize()).isEqualTo(3);
                    assertThat(s.version()).isEqualTo(before.version());
                });
        assertThat(signupData.holding(shift)).isEqualTo(3);
    }

    @Test
    void placingOrMovingAPersonOntoAnOverlappingShiftIsNamedAndChangesNothing() {
        LocalDate day = friday.plusDays(7);
        long early = smallShift(day, 1); // 21:00-01:00
        long late = smallShift(day, 2);
        signupData.times(late, LocalTime.of(23, 0), LocalTime.of(2, 0));
        long nextEvening = smallShift(day.plusDays(1), 1);
        var anna = data.volunteer("overlap", false, organisation);
        var cleo = data.volunteer("moved", false, organisation);
        as(anna, () -> signups.signUp(early));

        // placing Anna on a second shift at an overlapping time: the exclusion constraint refuses, the service names it
        assertThatThrownBy(() -> runAsCoordinator(() -> roster.add(late, anna.id())))
                .satisfies(e -> assertThat(key(e)).isEqualTo("roster.error.overlappingShift"));
        assertThat(signupData.rows(late)).isZero();

        // moving Cleo's place of the next evening onto the early shift, while she holds the late one
        runAsCoordinator(() -> roster.add(late, cleo.id()));
        runAsCoordinator(() -> roster.add(nextEvening, cleo.id()));
        long cleoNext = signupData.assignmentId(nextEvening, cleo.id());
        int versionBefore = data.version(cleoNext);

        assertThatThrownBy(() -> runAsCoordinator(() -> roster.move(cleoNext, versionBefore, early)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("roster.error.overlappingShift"));

        assertThat(signupData.status(nextEvening, cleo.id())).isEqualTo("PROPOSED");
        assertThat(data.version(cleoNext)).isEqualTo(versionBefore);
        assertThat(signupData.status(early, cleo.id())).isNull();
        assertThat(signupData.status(late, cleo.id())).isEqualTo("PROPOSED");
        assertThat(signupData.holding(early)).isEqualTo(1);
    }

    @Test
    void timesThatMakeSomeonesShiftsOverlapAreNamedAndChangeNothing() {
        LocalDate day = friday.plusDays(8);
        long early = smallShift(day, 1);
        signupData.times(early, LocalTime.of(18, 0), LocalTime.of(20, 0));
        long late = smallShift(day, 2);
        var anna = data.volunteer("times", false, organisation);
        dsl.update(VOLUNTEER).set(VOLUNTEER.MAX_NIGHTS_PER_MONTH, (short) 31)
                .where(VOLUNTEER.USER_ID.eq(anna.id())).execute();
        // two shifts the same evening, one after the other: placed by a coordinator (no one-per-evening rule there)
        runAsCoordinator(() -> roster.add(early, anna.id()));
        runAsCoordinator(() -> roster.add(late, anna.id()));
        int version = dsl.select(SHIFT.VERSION).from(SHIFT).where(SHIFT.ID.eq(early)).fetchSingle(SHIFT.VERSION);

        assertThatThrownBy(() -> runAsCoordinator(() -> activities.changeTimes(
                List.of(new ShiftRef(early, version)), LocalTime.of(20, 0), LocalTime.of(23, 0))))
                .satisfies(e -> assertThat(key(e)).isEqualTo("activities.error.peopleOverlap"));

        assertThat(dsl.select(SHIFT.ENDS_AT, SHIFT.VERSION).from(SHIFT).where(SHIFT.ID.eq(early)).fetchSingle())
                .satisfies(r -> {
                    assertThat(r.value1()).isEqualTo(LocalTime.of(20, 0));
                    assertThat(r.value2()).isEqualTo(version);
                });
        assertThat(signupData.holding(early) + signupData.holding(late)).isEqualTo(2);
    }

    // ---- "I can't come" reaches the shift's own people ------------------------------------------------------------

    @Test
    void iCantComeTellsTheResponsibleCoordinatorsAndTheOrganisationsContactsOnly() {
        LocalDateTime soon = LocalDateTime.now(java.time.Clock.system(se.tryggalov.shared.time.Zones.STOCKHOLM))
                .plusHours(3).withSecond(0).withNano(0);
        long shift = smallShift(friday.plusDays(9), 1);
        signupData.startAt(shift, soon);
        try {
            var own = data.account("sc-own-coord", organisation, Role.COORDINATOR);
            signupData.email(own.id(), own.username() + "@example.org");
            long otherOrganisation = data.organisation("sc-other");
            var other = data.account("sc-other-coord", otherOrganisation, Role.COORDINATOR);
            signupData.email(other.id(), other.username() + "@example.org");
            String contactMail = ("contact-" + RosterTestData.unique("c")).toLowerCase() + "@example.org";
            dsl.insertInto(ORGANISATION_CONTACT).set(ORGANISATION_CONTACT.ORGANISATION_ID, organisation)
                    .set(ORGANISATION_CONTACT.NAME, "Kontakt Person").set(ORGANISATION_CONTACT.EMAIL, contactMail)
                    .execute();
            dsl.insertInto(ORGANISATION_CONTACT).set(ORGANISATION_CONTACT.ORGANISATION_ID, organisation)
                    .set(ORGANISATION_CONTACT.NAME, "Utan Adress").execute();
            var anna = walker("late");
            SignupResult held = as(anna, () -> signups.signUp(shift));

            data.run(anna.username(), () -> signups.cannotCome(held.assignmentId(), 0), Role.VOLUNTEER);

            // the "I can't come" mail (a coordinator may also get the notifications' "below its minimum")
            assertThat(cannotComeMailsTo(own.username() + "@example.org")).isEqualTo(1);
            assertThat(cannotComeMailsTo(contactMail)).isEqualTo(1);
            assertThat(cannotComeMailsTo(other.username() + "@example.org")).isZero();
            assertThat(dsl.select(OUTBOX_EMAIL.SUBJECT).from(OUTBOX_EMAIL)
                    .where(OUTBOX_EMAIL.RECIPIENT.eq(contactMail)).fetchSingle(OUTBOX_EMAIL.SUBJECT))
                    .startsWith("Återbud till pass");
        } finally {
            signupData.deleteShift(shift);
        }
    }

    // ---- training evenings ---------------------------------------------------------------------------------------------

    @Test
    void attendingATrainingEveningRecordsItsQualificationWithDateAndExpiry() {
        long training = data.activity(year, district, organisation, "Fördjupningskväll");
        dsl.update(ACTIVITY).set(ACTIVITY.ACTIVITY_TYPE, "TRAINING").where(ACTIVITY.ID.eq(training)).execute();
        signupData.inBreak(training, testBreak);
        runAsCoordinator(() -> activities.setTrainingGrant(training, QualificationKind.LEAD, 24, 0));
        long evening = data.shift(training, friday.plusDays(10), 1, 1, 10, 10, false, "OPEN", "PEOPLE");
        var trainer = data.volunteer("trainer", true, organisation);
        var anna = walker("trainee");
        var absent = walker("absent");
        assertThat(as(anna, () -> signups.openShifts(new ShiftSignupService.Filter(testBreak, null, null))))
                .extracting(OpenShift::shiftId).contains(evening);
        SignupResult trainerPlace = as(trainer, () -> signups.signUp(evening));
        SignupResult annaPlace = as(anna, () -> signups.signUp(evening));
        as(absent, () -> signups.signUp(evening));
        // the evening has passed: a past date of its own (the people are new, so nothing of theirs overlaps)
        LocalDate day = LocalDate.of(2022, 1, 1).plusDays(Math.floorMod(UUID.randomUUID().hashCode(), 300));
        dsl.update(SHIFT).set(SHIFT.DAY, day).where(SHIFT.ID.eq(evening)).execute();

        data.run(trainer.username(), () -> walkLogs.file(evening, new WalkReport(
                Set.of(trainerPlace.assignmentId(), annaPlace.assignmentId()), day.atTime(21, 0),
                day.plusDays(1).atTime(0, 30), null, Map.of(), null)), Role.VOLUNTEER);

        assertThat(dsl.select(VOLUNTEER_QUALIFICATION.OBTAINED_ON, VOLUNTEER_QUALIFICATION.EXPIRES_ON)
                .from(VOLUNTEER_QUALIFICATION).where(VOLUNTEER_QUALIFICATION.USER_ID.eq(anna.id())
                        .and(VOLUNTEER_QUALIFICATION.KIND.eq("LEAD"))).fetchSingle())
                .satisfies(q -> {
                    assertThat(q.value1()).isEqualTo(day);
                    assertThat(q.value2()).isEqualTo(day.plusMonths(24));
                });
        assertThat(dsl.fetchCount(VOLUNTEER_QUALIFICATION, VOLUNTEER_QUALIFICATION.USER_ID.eq(absent.id())
                .and(VOLUNTEER_QUALIFICATION.KIND.eq("LEAD")))).isZero();
        // the trainer's lead training without expiry lasts longer: kept as it was
        assertThat(dsl.select(VOLUNTEER_QUALIFICATION.EXPIRES_ON).from(VOLUNTEER_QUALIFICATION)
                .where(VOLUNTEER_QUALIFICATION.USER_ID.eq(trainer.id()).and(VOLUNTEER_QUALIFICATION.KIND.eq("LEAD")))
                .fetchSingle(VOLUNTEER_QUALIFICATION.EXPIRES_ON)).isNull();
        // a night walk gives no training
        assertThatThrownBy(() -> runAsCoordinator(() -> activities.setTrainingGrant(activity, QualificationKind.LEAD,
                12, 0))).satisfies(e -> assertThat(key(e)).isEqualTo("activities.error.notTraining"));
    }

    /**
     * Training evenings are not the solver's: it is given neither the evening nor its places, and whoever holds a
     * place there is not free for a walk that evening.
     */
    @Test
    void theSolverLeavesTrainingEveningsAndTheirPeopleAlone() {
        long training = data.activity(year, district, organisation, "Kurs för solvern");
        dsl.update(ACTIVITY).set(ACTIVITY.ACTIVITY_TYPE, "TRAINING").where(ACTIVITY.ID.eq(training)).execute();
        signupData.inBreak(training, testBreak);
        LocalDate day = friday.plusDays(17);
        long course = data.shift(training, day, 1, 1, 10, 10, false, "OPEN", "PEOPLE");
        long walk = data.shift(activity, day, 1, 2, 3, 4, false, "OPEN", "PEOPLE");
        var anna = walker("course");
        var bertil = walker("free");
        data.available(anna.id(), day, day.plusDays(1));
        data.available(bertil.id(), day);
        as(anna, () -> signups.signUp(course));

        RosterProblem problem = data.as("coordinator", () -> roster.problem(RosterScope.ofRange(year, day,
                day.plusDays(1))), Role.COORDINATOR);

        assertThat(problem.shifts()).extracting(ProblemShift::id).contains(walk).doesNotContain(course);
        assertThat(problem.fixed()).extracting(PlannedAssignment::shiftId).doesNotContain(course);
        assertThat(problem.people()).filteredOn(p -> p.id() == anna.id()).singleElement()
                .satisfies(p -> assertThat(p.availability()).extracting(AvailableWindow::evening)
                        .containsExactly(day.plusDays(1)));
        assertThat(problem.people()).filteredOn(p -> p.id() == bertil.id()).singleElement()
                .satisfies(p -> assertThat(p.availability()).extracting(AvailableWindow::evening)
                        .containsExactly(day));
    }

    private RosterTestData.Person walker(String prefix) {
        return data.volunteer(prefix, false, organisation);
    }

    private int cannotComeMailsTo(String recipient) {
        return dsl.fetchCount(OUTBOX_EMAIL, OUTBOX_EMAIL.RECIPIENT.eq(recipient)
                .and(OUTBOX_EMAIL.SUBJECT.startsWith("Återbud till pass")));
    }
}
