package se.tryggalov.roster;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.TestClock;
import se.tryggalov.TestYears;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.roster.solver.PlannedAssignment;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.time.Zones;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.Month.NOVEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.tryggalov.TestYears.nth;
import static se.tryggalov.jooq.Tables.OUTBOX_EMAIL;

/** Volunteers' own sign-ups, cancellations, waitlist offers and answers to proposals, on the real database. */
@IntegrationTest
class ShiftSignupServiceTest {

    static SchoolYear year;
    static LocalDate friday;

    @Autowired
    ShiftSignupService signups;
    @Autowired
    RosterService roster;
    @Autowired
    CalendarService calendar;
    @Autowired
    SystemAuthentication system;
    @Autowired
    DSLContext dsl;
    @Autowired
    SecurityContexts contexts;
    @Autowired
    TestClock clock; // read, never advanced: other tests' jobs run on real time

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
        organisation = data.organisation("su-org");
        district = data.district("su-district");
        activity = data.activity(year, district, organisation, "Nattvandring");
        testBreak = signupData.testBreak(data.schoolYearId(year), friday.minusDays(7), friday.plusDays(60));
        signupData.inBreak(activity, testBreak);
        signupData.rule(testBreak, true, null, false); // open at once: the claimed year is far ahead
    }

    private <T> T as(RosterTestData.Person person, Supplier<T> work) {
        return data.as(person.username(), work, Role.VOLUNTEER);
    }

    private void run(RosterTestData.Person person, Runnable work) {
        data.run(person.username(), work, Role.VOLUNTEER);
    }

    private RosterTestData.Person walker(String prefix) {
        return data.volunteer(prefix, false, organisation);
    }

    /** Nights a month and a weekend never stop this person: only the overlap may. */
    private void noLimits(RosterTestData.Person person) {
        dsl.update(se.tryggalov.jooq.Tables.VOLUNTEER)
                .set(se.tryggalov.jooq.Tables.VOLUNTEER.MAX_NIGHTS_PER_MONTH, (short) 31)
                .set(se.tryggalov.jooq.Tables.VOLUNTEER.MAX_NIGHTS_PER_WEEKEND, (short) 3)
                .where(se.tryggalov.jooq.Tables.VOLUNTEER.USER_ID.eq(person.id())).execute();
    }

    private static String key(Throwable e) {
        return ((UserMessageException) e).messageKey();
    }

    /** A shift of 1-2 people with free places, 21:00-01:00, in the test break. */
    private long smallShift(LocalDate day, int group) {
        return data.shift(activity, day, group, 1, 2, 2, false, "OPEN", "PEOPLE");
    }

    // ---- sign up ----------------------------------------------------------------------------------------------------

    @Test
    void aVolunteerFindsAnOpenShiftSignsUpAndIsRefusedTheSecondTime() {
        long shift = smallShift(friday, 1);
        var anna = walker("anna");

        List<OpenShift> open = as(anna, () -> signups.openShifts(new ShiftSignupService.Filter(testBreak, null, null)));
        assertThat(open).extracting(OpenShift::shiftId).containsExactly(shift);
        assertThat(open.getFirst().placesLeft()).isEqualTo(2);

        SignupResult result = as(anna, () -> signups.signUp(shift));
        assertThat(result.status()).isEqualTo(AssignmentStatus.CONFIRMED);
        assertThatThrownBy(() -> as(anna, () -> signups.signUp(shift)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("signup.error.twice"));
        assertThat(signupData.rows(shift)).isEqualTo(1);
        assertThat(as(anna, () -> signups.openShifts(ShiftSignupService.Filter.NONE)))
                .extracting(OpenShift::shiftId).doesNotContain(shift);
        List<MyShiftCard> mine = as(anna, () -> signups.myShifts(false));
        assertThat(mine).extracting(MyShiftCard::shiftId).contains(shift);
    }

    @Test
    void aRuleThatAsksForApprovalKeepsTheSignUpPendingButHoldsThePlace() {
        long otherBreak = signupData.testBreak(data.schoolYearId(year), friday, friday);
        signupData.rule(otherBreak, true, null, true);
        long otherActivity = data.activity(year, district, organisation, "Nattvandring med godkännande");
        signupData.inBreak(otherActivity, otherBreak);
        long shift = data.shift(otherActivity, friday, 1, 1, 1, 1, false, "OPEN", "PEOPLE");
        var anna = walker("pending");

        SignupResult pending = as(anna, () -> signups.signUp(shift));
        assertThat(pending.status()).isEqualTo(AssignmentStatus.PENDING);
        assertThatThrownBy(() -> as(walker("late"), () -> signups.signUp(shift)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("signup.error.full"));

        data.run("coordinator", () -> signups.approve(pending.assignmentId(), 0), Role.COORDINATOR);
        assertThat(signupData.status(shift, anna.id())).isEqualTo("CONFIRMED");
        assertThatThrownBy(() -> data.run("coordinator", () -> signups.approve(pending.assignmentId(), 0),
                Role.COORDINATOR)).satisfies(e -> assertThat(key(e)).isEqualTo("error.changedByOthers"));
    }

    @Test
    void everyRefusalHasItsMessageAndChangesNothing() {
        LocalDate day = friday.plusDays(7);
        long shift = smallShift(day, 1);
        var paused = walker("paused");
        signupData.volunteerStatus(paused.id(), "PAUSED");
        var anonymised = walker("anon");
        signupData.volunteerStatus(anonymised.id(), "ANONYMISED");
        var youth = walker("youth");
        signupData.youth(youth.id());
        var untrained = walker("untrained");
        long firstAidShift = smallShift(day, 2);
        signupData.qualifications(firstAidShift, "FIRST_AID");
        var busy = walker("busy");
        long sameEvening = smallShift(day, 3);
        run(busy, () -> signups.signUp(sameEvening));
        long draft = data.shift(activity, day, 4, 1, 2, 2, false, "DRAFT", "PEOPLE");
        long closedBreak = signupData.testBreak(data.schoolYearId(year), day, day);
        signupData.rule(closedBreak, false, null, false);
        long closedActivity = data.activity(year, district, organisation, "Stängd");
        signupData.inBreak(closedActivity, closedBreak);
        long closed = data.shift(closedActivity, day, 1, 1, 2, 2, false, "OPEN", "PEOPLE");
        long laterBreak = signupData.testBreak(data.schoolYearId(year), day, day);
        signupData.rule(laterBreak, true, 14, false);
        long laterActivity = data.activity(year, district, organisation, "Öppnar senare");
        signupData.inBreak(laterActivity, laterBreak);
        long notYet = data.shift(laterActivity, day, 1, 1, 2, 2, false, "OPEN", "PEOPLE");
        var anna = walker("refused");

        assertThatThrownBy(() -> as(paused, () -> signups.signUp(shift)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("signup.error.notActive"));
        assertThatThrownBy(() -> as(anonymised, () -> signups.signUp(shift)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("signup.error.notActive"));
        assertThatThrownBy(() -> as(youth, () -> signups.signUp(shift)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("signup.error.adultsOnly"));
        assertThatThrownBy(() -> as(untrained, () -> signups.signUp(firstAidShift)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("signup.error.qualifications"));
        assertThatThrownBy(() -> as(busy, () -> signups.signUp(shift)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("signup.error.busyThatEvening"));
        assertThatThrownBy(() -> as(anna, () -> signups.signUp(draft)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("signup.error.noSuchShift"));
        assertThatThrownBy(() -> as(anna, () -> signups.signUp(Long.MAX_VALUE)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("signup.error.noSuchShift"));
        assertThatThrownBy(() -> as(anna, () -> signups.signUp(closed)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("signup.error.closed"));
        assertThatThrownBy(() -> as(anna, () -> signups.signUp(notYet)))
                .satisfies(e -> {
                    assertThat(key(e)).isEqualTo("signup.error.notYetOpen");
                    assertThat(((UserMessageException) e).arguments()).containsExactly(day.minusDays(14).toString());
                });
        long past = data.shift(activity, LocalDate.of(2020, 3, 6), 1, 1, 2, 2, false, "OPEN", "PEOPLE");
        assertThatThrownBy(() -> as(anna, () -> signups.signUp(past)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("signup.error.started"));

        assertThat(List.of(shift, firstAidShift, draft, closed, notYet, past)).allSatisfy(
                id -> assertThat(signupData.rows(id)).as("rows of shift " + id).isZero());
        assertThat(signupData.rows(sameEvening)).isEqualTo(1);
        assertThat(as(youth, () -> signups.openShifts(ShiftSignupService.Filter.NONE)))
                .extracting(OpenShift::shiftId).doesNotContain(shift);
    }

    @Test
    void aPersonsOwnMonthlyLimitIsKept() {
        var anna = walker("limit");
        dsl.update(se.tryggalov.jooq.Tables.VOLUNTEER).set(se.tryggalov.jooq.Tables.VOLUNTEER.MAX_NIGHTS_PER_MONTH,
                (short) 1).where(se.tryggalov.jooq.Tables.VOLUNTEER.USER_ID.eq(anna.id())).execute();
        LocalDate monday = friday.plusDays(17);
        long first = smallShift(monday, 1);
        long second = smallShift(monday.plusDays(1), 1);
        run(anna, () -> signups.signUp(first));

        assertThatThrownBy(() -> as(anna, () -> signups.signUp(second)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("signup.error.monthLimit"));
        assertThat(signupData.rows(second)).isZero();
    }

    @Test
    void twoTabsSigningUpAtOnceGiveOnePlace() throws Exception {
        long shift = smallShift(friday.plusDays(14), 1);
        var anna = walker("tabs");
        List<String> answers = race(8, () -> as(anna, () -> signups.signUp(shift)).status().name());

        assertThat(answers).filteredOn("CONFIRMED"::equals).hasSize(1);
        assertThat(answers).filteredOn(a -> !a.equals("CONFIRMED")).containsOnly("signup.error.twice");
        assertThat(signupData.rows(shift)).isEqualTo(1);
    }

    @Test
    void onePersonRacingForTwoOverlappingShiftsGetsOne() throws Exception {
        LocalDate day = friday.plusDays(21);
        long early = smallShift(day, 1);
        long late = smallShift(day, 2);
        signupData.times(late, LocalTime.of(22, 0), LocalTime.of(2, 0));
        var anna = walker("overlap");
        noLimits(anna);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<String>> answers = new ArrayList<>();
        for (long shift : List.of(early, late)) {
            answers.add(pool.submit(() -> {
                start.await();
                try {
                    return as(anna, () -> signups.signUp(shift)).status().name();
                } catch (UserMessageException e) {
                    return e.messageKey();
                }
            }));
        }
        List<String> results = new ArrayList<>();
        for (Future<String> f : answers) {
            results.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(results).containsExactlyInAnyOrder("CONFIRMED", "signup.error.busyThatEvening");
        assertThat(signupData.holding(early) + signupData.holding(late)).isEqualTo(1);
    }

    private List<String> race(int threads, Callable<String> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    return work.call();
                } catch (UserMessageException e) {
                    return e.messageKey();
                }
            }));
        }
        List<String> results = new ArrayList<>();
        for (Future<String> f : futures) {
            results.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return results;
    }

    // ---- the waitlist ---------------------------------------------------------------------------------------------

    @Test
    void aCancellationBeforeTheDeadlineOffersThePlaceToTheFirstInLineWhoAccepts() {
        long shift = data.shift(activity, friday.plusDays(28), 1, 1, 1, 1, false, "OPEN", "PEOPLE");
        var anna = walker("holder");
        var bert = walker("first-in-line");
        var cleo = walker("second-in-line");
        signupData.email(bert.id(), RosterTestData.unique("bert").toLowerCase() + "@example.org");
        SignupResult held = as(anna, () -> signups.signUp(shift));
        assertThatThrownBy(() -> as(bert, () -> signups.signUp(shift)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("signup.error.full"));
        assertThat(as(bert, () -> signups.joinWaitlist(shift)).waitlistPosition()).isEqualTo(1);
        assertThat(as(cleo, () -> signups.joinWaitlist(shift)).waitlistPosition()).isEqualTo(2);

        run(anna, () -> signups.cancel(held.assignmentId(), 0));

        assertThat(signupData.status(shift, anna.id())).isEqualTo("CANCELLED");
        assertThat(signupData.status(shift, bert.id())).isEqualTo("OFFERED");
        assertThat(signupData.status(shift, cleo.id())).isEqualTo("WAITLISTED");
        assertThat(mailsTo(bert.id())).isEqualTo(1);
        MyShiftCard offer = as(bert, () -> signups.myShifts(false)).stream()
                .filter(c -> c.shiftId() == shift).findFirst().orElseThrow();
        assertThat(offer.status()).isEqualTo(AssignmentStatus.OFFERED);
        assertThat(offer.offerExpiresAt()).isNotNull();
        run(bert, () -> signups.accept(offer.assignmentId(), offer.version()));
        assertThat(signupData.status(shift, bert.id())).isEqualTo("CONFIRMED");
    }

    @Test
    void anUnansweredOfferPassesToTheNextInLine() {
        long shift = data.shift(activity, friday.plusDays(35), 1, 1, 1, 1, false, "OPEN", "PEOPLE");
        var anna = walker("gone");
        var bert = walker("silent");
        var cleo = walker("next");
        SignupResult held = as(anna, () -> signups.signUp(shift));
        run(bert, () -> signups.joinWaitlist(shift));
        run(cleo, () -> signups.joinWaitlist(shift));
        run(anna, () -> signups.cancel(held.assignmentId(), 0));
        assertThat(signupData.status(shift, bert.id())).isEqualTo("OFFERED");

        // the offer's time runs out (set in the row: moving the shared clock 12 h would upset other tests' jobs)
        dsl.update(se.tryggalov.jooq.Tables.SHIFT_ASSIGNMENT)
                .set(se.tryggalov.jooq.Tables.SHIFT_ASSIGNMENT.OFFER_EXPIRES_AT,
                        java.time.OffsetDateTime.now(clock).minusMinutes(1))
                .where(se.tryggalov.jooq.Tables.SHIFT_ASSIGNMENT.ID.eq(signupData.assignmentId(shift, bert.id())))
                .execute();
        int expired = system.callAs(() -> signups.expireOffers(), Role.COORDINATOR);

        assertThat(expired).isGreaterThanOrEqualTo(1);
        assertThat(signupData.status(shift, bert.id())).isEqualTo("EXPIRED");
        assertThat(signupData.status(shift, cleo.id())).isEqualTo("OFFERED");
        assertThat(signupData.holding(shift)).isEqualTo(1);
    }

    // ---- proposals ------------------------------------------------------------------------------------------------

    @Test
    void aDeclinedProposalGoesToTheWaitlistAndAnAcceptedOneIsConfirmed() {
        LocalDate day = friday.plusDays(42);
        long shift = data.shift(activity, day, 1, 1, 1, 1, false, "PUBLISHED", "PEOPLE");
        long other = data.shift(activity, day.plusDays(1), 1, 1, 1, 1, false, "PUBLISHED", "PEOPLE");
        var anna = walker("proposed");
        var bert = walker("waiting");
        long proposal = data.assign(shift, anna.id(), "PROPOSED", true);
        long second = data.assign(other, anna.id(), "PROPOSED", true);
        run(bert, () -> signups.joinWaitlist(shift));

        run(anna, () -> signups.decline(proposal, 0));
        assertThat(signupData.status(shift, anna.id())).isEqualTo("DECLINED");
        assertThat(signupData.status(shift, bert.id())).isEqualTo("OFFERED");
        RosterBoard board = data.as("coordinator", () -> roster.board(RosterScope.ofRange(year, day, day)),
                Role.COORDINATOR);
        assertThat(board.shifts()).filteredOn(b -> b.id() == shift).singleElement().satisfies(b -> {
            assertThat(b.dropped()).extracting(BoardPerson::userId, BoardPerson::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(anna.id(), AssignmentStatus.DECLINED));
            assertThat(b.people()).extracting(BoardPerson::status).containsExactly(AssignmentStatus.OFFERED);
        });

        assertThat(as(anna, () -> signups.answerAllProposals(true))).isEqualTo(1);
        assertThat(signupData.status(other, anna.id())).isEqualTo("CONFIRMED");
        assertThat(data.version(second)).isEqualTo(1);
    }

    @Test
    void theSolverSeesSignUpsAsFixed() {
        LocalDate day = friday.plusDays(49);
        long shift = smallShift(day, 1);
        var anna = walker("fixed");
        run(anna, () -> signups.signUp(shift));

        var problem = data.as("coordinator", () -> roster.problem(RosterScope.ofRange(year, day, day)),
                Role.COORDINATOR);

        assertThat(problem.fixed()).contains(new PlannedAssignment(shift, anna.id()));
    }

    // ---- deadlines and races with the coordinator ------------------------------------------------------------------

    @Test
    void afterTheDeadlineCancellingIsRefusedAndICantComeTellsTheCoordinator() {
        LocalDateTime soon = LocalDateTime.now(clock.withZone(Zones.STOCKHOLM)).plusHours(3).withSecond(0).withNano(0);
        long shift = smallShift(friday.plusDays(56), 1);
        signupData.startAt(shift, soon); // within the 24 h deadline: a real date, the shift is removed afterwards
        try {
            var anna = walker("latecomer");
            var coordinator = data.account("su-coord", null, Role.COORDINATOR);
            signupData.email(coordinator.id(), coordinator.username() + "@example.org");
            SignupResult held = as(anna, () -> signups.signUp(shift));

            assertThatThrownBy(() -> as(anna, () -> {
                signups.cancel(held.assignmentId(), 0);
                return null;
            })).satisfies(e -> assertThat(key(e)).isEqualTo("signup.error.pastDeadline"));
            assertThat(signupData.status(shift, anna.id())).isEqualTo("CONFIRMED");

            run(anna, () -> signups.cannotCome(held.assignmentId(), 0));

            assertThat(signupData.status(shift, anna.id())).isEqualTo("LATE_CANCELLED");
            // the late cancellation's own mail (the group now under its minimum within a week also tells them: #16)
            assertThat(dsl.fetchCount(OUTBOX_EMAIL, OUTBOX_EMAIL.USER_ID.eq(coordinator.id())
                    .and(OUTBOX_EMAIL.SUBJECT.startsWith("Återbud till pass")))).isEqualTo(1);
            assertThatThrownBy(() -> as(anna, () -> signups.signUp(shift)))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("signup.error.toldCannotCome"));
        } finally {
            signupData.deleteShift(shift);
        }
    }

    @Test
    void aCoordinatorRemovingAPersonWhileTheyCancelEndsWithOneWinner() throws Exception {
        for (int round = 0; round < 5; round++) {
            long shift = smallShift(friday.plusDays(63 + round), 1);
            var anna = walker("contested");
            SignupResult held = as(anna, () -> signups.signUp(shift));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CyclicBarrier start = new CyclicBarrier(2);
            Future<String> volunteer = pool.submit(() -> {
                start.await();
                try {
                    run(anna, () -> signups.cancel(held.assignmentId(), 0));
                    return "ok";
                } catch (UserMessageException e) {
                    return e.messageKey();
                }
            });
            Future<String> coordinator = pool.submit(() -> {
                start.await();
                try {
                    data.run("coordinator", () -> roster.remove(held.assignmentId(), 0), Role.COORDINATOR);
                    return "ok";
                } catch (UserMessageException e) {
                    return e.messageKey();
                }
            });
            List<String> results = List.of(volunteer.get(60, TimeUnit.SECONDS), coordinator.get(60, TimeUnit.SECONDS));
            pool.shutdown();

            assertThat(results).containsExactlyInAnyOrder("ok", "error.changedByOthers");
            assertThat(signupData.status(shift, anna.id())).isEqualTo("CANCELLED");
            assertThat(data.version(held.assignmentId())).isEqualTo(1);
        }
    }

    private int mailsTo(long userId) {
        return dsl.fetchCount(OUTBOX_EMAIL, OUTBOX_EMAIL.USER_ID.eq(userId));
    }
}
