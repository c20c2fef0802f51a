package se.tryggalov.roster;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.tryggalov.IntegrationTest;
import se.tryggalov.TestYears;
import se.tryggalov.calendar.BreakKind;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.roster.solver.AvailableWindow;
import se.tryggalov.roster.solver.PlannedAssignment;
import se.tryggalov.roster.solver.ProblemPerson;
import se.tryggalov.roster.solver.ProblemShift;
import se.tryggalov.roster.solver.RosterProblem;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.i18n.UserMessageException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static java.time.DayOfWeek.THURSDAY;
import static java.time.Month.DECEMBER;
import static java.time.Month.SEPTEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.tryggalov.TestYears.date;
import static se.tryggalov.TestYears.firstDay;
import static se.tryggalov.TestYears.lastDay;
import static se.tryggalov.TestYears.nth;

/**
 * The roster service on the real database, in a school year the class claims; each test uses its own evenings so
 * their scopes never overlap.
 */
@IntegrationTest
class RosterServiceTest {

    static SchoolYear year;
    /** The first Thursday of the year's September: each test's evenings are counted from it. */
    static LocalDate thursday;

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
    TestYears years;

    RosterTestData data;
    long district;
    long organisation;
    long activity;

    @BeforeAll
    static void claimAYear(@Autowired TestYears years) {
        year = years.claim();
        thursday = nth(THURSDAY, SEPTEMBER, 1, year);
    }

    @BeforeEach
    void setUp() {
        data = new RosterTestData(dsl, contexts);
        RosterTestData.plan(calendar, system, year);
        district = data.district("rs-district");
        organisation = data.organisation("rs-org");
        activity = data.activity(year, district, organisation, "Nattvandring");
    }

    private <T> T asCoordinator(Supplier<T> work) {
        return data.as("coordinator", work, Role.COORDINATOR);
    }

    private void asCoordinator(Runnable work) {
        data.run("coordinator", work, Role.COORDINATOR);
    }

    private static RosterScope day(LocalDate day) {
        return RosterScope.ofRange(year, day, day);
    }

    private static String messageKey(Throwable e) {
        return ((UserMessageException) e).messageKey();
    }

    // ---- the problem ------------------------------------------------------------------------------------------------

    @Test
    void theProblemHoldsTheScopesOpenShiftsThePeopleWhoSaidYesAndTheFixedPoints() {
        LocalDate day = thursday;
        long open = data.shift(activity, day, 1);
        data.shift(activity, day, 2, 3, 4, 5, true, "CANCELLED", "PEOPLE");
        data.shift(activity, day, 3, 3, 4, 5, true, "OPEN", "ORGANISATION");
        data.shift(activity, day.plusDays(1), 1);
        var alice = data.volunteer("alice", true, organisation);
        data.answer(alice.id(), day, "AVAILABLE", LocalTime.of(20, 0), LocalTime.of(0, 30));
        long past = data.shift(activity, LocalDate.of(2020, 3, 6), 1, 1, 1, 1, false, "PUBLISHED", "PEOPLE");
        data.assign(past, alice.id(), "CONFIRMED", false);
        var bob = data.volunteer("bob", false, organisation);
        data.available(bob.id(), day);
        data.qualification(bob.id(), "FIRST_AID", LocalDate.of(year.startYear() - 1, 1, 1),
                date(year, DECEMBER, 31));
        var paused = data.volunteer("paused", "PAUSED", false, List.of(organisation), List.of());
        data.available(paused.id(), day);
        var unavailable = data.volunteer("carl", false, organisation);
        data.answer(unavailable.id(), day, "MAYBE", null, null);
        var confirmed = data.volunteer("dora", false, organisation);
        data.assign(open, confirmed.id(), "CONFIRMED", false);
        var pinned = data.volunteer("eve", false, organisation);
        data.available(pinned.id(), day);
        data.assign(open, pinned.id(), "PROPOSED", true);
        var proposed = data.volunteer("fred", false, organisation);
        data.available(proposed.id(), day);
        data.assign(open, proposed.id(), "PROPOSED", false);

        RosterProblem problem = asCoordinator(() -> roster.problem(day(day)));

        assertThat(problem.name()).isEqualTo(year.startYear() + ":" + day + ".." + day);
        assertThat(problem.shifts()).extracting(ProblemShift::id).containsExactly(open);
        ProblemShift shift = problem.shifts().getFirst();
        assertThat(shift.start()).isEqualTo(day.atTime(21, 0));
        assertThat(shift.end()).isEqualTo(day.plusDays(1).atTime(1, 0));
        assertThat(shift.districtId()).isEqualTo(district);
        assertThat(shift.organisationId()).isEqualTo(organisation);
        assertThat(List.of(shift.minSize(), shift.peopleNeeded(), shift.maxSize())).containsExactly(3, 4, 5);
        assertThat(shift.leadRequired()).isTrue();
        assertThat(problem.people()).extracting(ProblemPerson::id)
                .containsExactlyInAnyOrder(alice.id(), bob.id(), confirmed.id(), pinned.id(), proposed.id());
        ProblemPerson a = person(problem, alice.id());
        assertThat(a.experienced()).isTrue();
        assertThat(a.adult()).isTrue();
        assertThat(a.gender()).isEqualTo("FEMALE");
        assertThat(a.organisationIds()).containsExactly(organisation);
        assertThat(a.qualifications()).containsEntry("LEAD", null);
        assertThat(a.availability()).containsExactly(
                new AvailableWindow(day, day.atTime(20, 0), day.plusDays(1).atTime(0, 30)));
        ProblemPerson b = person(problem, bob.id());
        assertThat(b.experienced()).isFalse();
        assertThat(b.qualifications()).containsEntry("FIRST_AID", date(year, DECEMBER, 31));
        assertThat(b.availability()).containsExactly(new AvailableWindow(day, null, null));
        assertThat(person(problem, confirmed.id()).availability()).isEmpty();
        assertThat(problem.fixed()).containsExactlyInAnyOrder(new PlannedAssignment(open, confirmed.id()),
                new PlannedAssignment(open, pinned.id()));
        assertThat(problem.published()).isEmpty();
    }

    /**
     * Issue #20: in a year whose walks all lie ahead every walker was "new without anyone experienced", walk
     * leaders included. A valid lead qualification makes a person experienced; an expired one does not.
     */
    @Test
    void aWalkLeaderCountsAsExperiencedBeforeTheirFirstWalkANewWalkerDoesNot() {
        LocalDate day = thursday.plusWeeks(9);
        data.shift(activity, day, 1);
        var leader = data.volunteer("exp-lead", true, organisation);
        var newcomer = data.volunteer("exp-new", false, organisation);
        var lapsed = data.volunteer("exp-lapsed", false, organisation);
        data.qualification(lapsed.id(), "LEAD", LocalDate.of(2019, 1, 1), day.minusDays(1));
        for (var p : List.of(leader, newcomer, lapsed)) {
            data.available(p.id(), day);
        }

        RosterProblem problem = asCoordinator(() -> roster.problem(day(day)));

        assertThat(person(problem, leader.id()).experienced()).isTrue();
        assertThat(person(problem, newcomer.id()).experienced()).isFalse();
        assertThat(person(problem, lapsed.id()).experienced()).as("a lead qualification that has expired").isFalse();
    }

    private static ProblemPerson person(RosterProblem problem, long id) {
        return problem.people().stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    @Test
    void anAvailabilityWindowEndingBeforeItStartsEndsTheNextMorning() {
        LocalDate day = thursday.plusWeeks(4);
        assertThat(RosterRepository.window(day, null, null)).isEqualTo(new AvailableWindow(day, null, null));
        assertThat(RosterRepository.window(day, LocalTime.of(21, 0), LocalTime.of(2, 0)))
                .isEqualTo(new AvailableWindow(day, day.atTime(21, 0), day.plusDays(1).atTime(2, 0)));
        assertThat(RosterRepository.window(day, LocalTime.of(18, 0), LocalTime.of(23, 0)))
                .isEqualTo(new AvailableWindow(day, day.atTime(18, 0), day.atTime(23, 0)));
        assertThat(RosterRepository.window(day, null, LocalTime.of(1, 0)))
                .isEqualTo(new AvailableWindow(day, day.atTime(12, 0), day.plusDays(1).atTime(1, 0)));
        assertThat(RosterRepository.window(day, LocalTime.of(22, 0), null))
                .isEqualTo(new AvailableWindow(day, day.atTime(22, 0), day.plusDays(1).atTime(12, 0)));
    }

    @Test
    void anEveningOnWhichThePersonCancelledAShiftIsNotOfferedToTheSolver() {
        LocalDate day = thursday.plusDays(1);
        long shift = data.shift(activity, day, 1);
        var person = data.volunteer("cancelled", false, organisation);
        data.available(person.id(), day, day.plusDays(1));
        data.assign(shift, person.id(), "CANCELLED", false);

        RosterProblem problem = asCoordinator(() -> roster.problem(RosterScope.ofRange(year, day, day.plusDays(1))));

        assertThat(person(problem, person.id()).availability()).extracting(AvailableWindow::evening)
                .containsExactly(day.plusDays(1));
    }

    // ---- scopes -------------------------------------------------------------------------------------------------------

    @Test
    void aBreakScopeTakesItsDatesFromTheCalendarAndBadRangesAreRefused() {
        CalendarItem sportlov = system.callAs(() -> calendar.plan(year).orElseThrow(), Role.COORDINATOR)
                .itemsOf(ItemKind.BREAK).stream().filter(i -> i.code().equals(BreakKind.WINTER_SPORTS.name()))
                .findFirst().orElseThrow();

        RosterScope resolved = asCoordinator(() -> roster.resolve(RosterScope.ofBreak(year, sportlov.id())));
        assertThat(resolved.firstDay()).isEqualTo(sportlov.firstDay());
        assertThat(resolved.lastDay()).isEqualTo(sportlov.lastDay());
        RosterScope whole = asCoordinator(() -> roster.resolve(RosterScope.ofYear(year)));
        assertThat(whole.key()).isEqualTo(year.startYear() + ":" + firstDay(year) + ".." + lastDay(year));

        assertThatThrownBy(() -> asCoordinator(() -> roster.resolve(RosterScope.ofRange(year,
                date(year, SEPTEMBER, 10), date(year, SEPTEMBER, 9)))))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("roster.error.endBeforeStart"));
        assertThatThrownBy(() -> asCoordinator(() -> roster.resolve(RosterScope.ofRange(year,
                firstDay(year).minusDays(2), firstDay(year).plusDays(1)))))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("roster.error.outsideYear"));
        assertThatThrownBy(() -> asCoordinator(() -> roster.resolve(RosterScope.ofRange(year, null, null))))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("roster.error.datesRequired"));
        SchoolYear unplanned = years.claim(); // claimed and never given a calendar
        assertThatThrownBy(() -> asCoordinator(() -> roster.resolve(RosterScope.ofYear(unplanned))))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("roster.error.yearNotPlanned"));
        assertThatThrownBy(() -> asCoordinator(() -> roster.resolve(RosterScope.ofBreak(year, -1))))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("error.notFound"));
    }

    // ---- writing a solution -------------------------------------------------------------------------------------------

    @Test
    void savingASolutionReplacesOnlyUnpinnedProposalsAndRespectsHandEditsMadeMeanwhile() {
        LocalDate day = thursday.plusWeeks(1);
        long big = data.shift(activity, day, 1);
        long small = data.shift(activity, day, 2, 1, 1, 1, false, "OPEN", "PEOPLE");
        var confirmed = data.volunteer("c", false, organisation);
        var pinned = data.volunteer("p", false, organisation);
        var unpinned = data.volunteer("u", false, organisation);
        var waitlisted = data.volunteer("w", false, organisation);
        var x = data.volunteer("x", false, organisation);
        var y = data.volunteer("y", false, organisation);
        var z = data.volunteer("z", false, organisation);
        data.assign(big, confirmed.id(), "CONFIRMED", false);
        data.assign(big, pinned.id(), "PROPOSED", true);
        data.assign(big, unpinned.id(), "PROPOSED", false);
        data.assign(big, waitlisted.id(), "WAITLISTED", false);

        SaveResult result = asCoordinator(() -> roster.saveSolution(day(day), List.of(
                new PlannedAssignment(big, confirmed.id()), new PlannedAssignment(big, pinned.id()),
                new PlannedAssignment(big, x.id()), new PlannedAssignment(small, y.id()),
                new PlannedAssignment(small, z.id()), new PlannedAssignment(big, y.id()),
                new PlannedAssignment(big, waitlisted.id()))));

        assertThat(result).isEqualTo(new SaveResult(2, 1, 2));
        assertThat(data.assignments(big)).extracting(a -> a.userId() + " " + a.status() + " " + a.pinned())
                .containsExactlyInAnyOrder(confirmed.id() + " CONFIRMED false", pinned.id() + " PROPOSED true",
                        waitlisted.id() + " WAITLISTED false", x.id() + " PROPOSED false");
        assertThat(data.assignments(big)).filteredOn(a -> a.userId() == x.id())
                .extracting(RosterTestData.StoredAssignment::source).containsExactly("SOLVER");
        assertThat(data.assignments(small)).extracting(RosterTestData.StoredAssignment::userId).containsExactly(y.id());
    }

    // ---- hand edits ---------------------------------------------------------------------------------------------------

    @Test
    void aCoordinatorAddsAPersonAsAPinnedProposalButNeverBeyondTheMaximum() {
        LocalDate day = thursday.plusWeeks(2);
        long shift = data.shift(activity, day, 1, 1, 1, 2, false, "OPEN", "PEOPLE");
        var a = data.volunteer("a", false, organisation);
        var b = data.volunteer("b", false, organisation);
        var c = data.volunteer("c", false, organisation);

        asCoordinator(() -> roster.add(shift, a.id()));
        assertThatThrownBy(() -> asCoordinator(() -> roster.add(shift, a.id())))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("roster.error.alreadyOnShift"));
        asCoordinator(() -> roster.add(shift, b.id()));
        assertThatThrownBy(() -> asCoordinator(() -> roster.add(shift, c.id())))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("roster.error.shiftFull"));
        assertThatThrownBy(() -> asCoordinator(() -> roster.add(shift, -5)))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("error.notFound"));

        assertThat(data.assignments(shift)).extracting(x -> x.userId() + " " + x.status() + " " + x.source() + " " + x.pinned())
                .containsExactly(a.id() + " PROPOSED COORDINATOR true", b.id() + " PROPOSED COORDINATOR true");
        assertThat(data.auditDetails("ROSTER_CHANGED", String.valueOf(shift)))
                .containsExactly("added person " + a.id(), "added person " + b.id());
    }

    @Test
    void twoCoordinatorsTakingTheLastPlaceAtOnceNeverOverbookTheShift() throws Exception {
        LocalDate day = thursday.plusWeeks(2).plusDays(1);
        long shift = data.shift(activity, day, 1, 1, 2, 3, false, "OPEN", "PEOPLE");
        data.assign(shift, data.volunteer("on1", false, organisation).id(), "PROPOSED", false);
        data.assign(shift, data.volunteer("on2", false, organisation).id(), "PROPOSED", false);
        var first = data.volunteer("first", false, organisation);
        var second = data.volunteer("second", false, organisation);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (var person : List.of(first, second)) {
                outcomes.add(pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    try {
                        asCoordinator(() -> roster.add(shift, person.id()));
                        return "added";
                    } catch (UserMessageException e) {
                        return e.messageKey();
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }
            assertThat(results).containsExactlyInAnyOrder("added", "roster.error.shiftFull");
        } finally {
            pool.shutdownNow();
        }
        assertThat(data.assignments(shift)).hasSize(3);
    }

    @Test
    void movingSwappingPinningAndRemovingChangeOnlyWhatWasAskedForAndRefuseStaleVersions() {
        LocalDate day = thursday.plusWeeks(3);
        long one = data.shift(activity, day, 1);
        long two = data.shift(activity, day, 2);
        long full = data.shift(activity, day, 3, 1, 1, 1, false, "OPEN", "PEOPLE");
        var a = data.volunteer("a", false, organisation);
        var b = data.volunteer("b", false, organisation);
        var c = data.volunteer("c", false, organisation);
        var d = data.volunteer("d", false, organisation);
        long aOnOne = data.assign(one, a.id(), "PROPOSED", false);
        long bOnTwo = data.assign(two, b.id(), "CONFIRMED", false);
        long cOnOne = data.assign(one, c.id(), "CONFIRMED", false);
        data.assign(full, d.id(), "PROPOSED", false);

        assertThatThrownBy(() -> asCoordinator(() -> roster.move(aOnOne, data.version(aOnOne), full)))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("roster.error.shiftFull"));
        assertThatThrownBy(() -> asCoordinator(() -> roster.move(aOnOne, data.version(aOnOne) + 1, two)))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("error.changedByOthers"));
        asCoordinator(() -> roster.move(aOnOne, data.version(aOnOne), two));
        assertThat(data.assignments(two)).extracting(x -> x.userId() + " " + x.pinned())
                .containsExactlyInAnyOrder(a.id() + " true", b.id() + " false");

        asCoordinator(() -> roster.swap(aOnOne, data.version(aOnOne), cOnOne, data.version(cOnOne)));
        assertThat(data.assignments(one)).extracting(RosterTestData.StoredAssignment::userId).containsExactly(a.id());
        assertThat(data.assignments(two)).extracting(x -> x.userId() + " " + x.status())
                .containsExactlyInAnyOrder(c.id() + " PROPOSED", b.id() + " CONFIRMED");

        asCoordinator(() -> roster.setPinned(bOnTwo, data.version(bOnTwo), true));
        assertThat(data.assignments(two)).filteredOn(x -> x.userId() == b.id())
                .extracting(RosterTestData.StoredAssignment::pinned).containsExactly(true);

        asCoordinator(() -> roster.remove(aOnOne, data.version(aOnOne)));
        assertThat(data.assignments(one)).isEmpty();
        asCoordinator(() -> roster.remove(bOnTwo, data.version(bOnTwo)));
        assertThat(data.assignments(two)).extracting(x -> x.userId() + " " + x.status())
                .containsExactlyInAnyOrder(c.id() + " PROPOSED", b.id() + " CANCELLED");
        assertThatThrownBy(() -> asCoordinator(() -> roster.remove(bOnTwo, data.version(bOnTwo))))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("error.changedByOthers"));
    }

    @Test
    void candidatesAreThePeopleWhoSaidYesWithThoseOutElsewhereThatEveningLast() {
        LocalDate day = thursday.plusWeeks(5);
        long shift = data.shift(activity, day, 1);
        long other = data.shift(activity, day, 2);
        var free = data.volunteer("free", false, organisation);
        var lead = data.volunteer("lead", true, organisation);
        var busy = data.volunteer("busy", true, organisation);
        var onIt = data.volunteer("on", false, organisation);
        var no = data.volunteer("no", false, organisation);
        data.available(free.id(), day);
        data.available(lead.id(), day);
        data.available(busy.id(), day);
        data.available(onIt.id(), day);
        data.answer(no.id(), day, "UNAVAILABLE", null, null);
        data.assign(other, busy.id(), "PROPOSED", false);
        data.assign(shift, onIt.id(), "PROPOSED", false);

        List<Candidate> candidates = asCoordinator(() -> roster.candidates(shift));

        assertThat(candidates).extracting(Candidate::userId).containsExactly(lead.id(), free.id(), busy.id());
        assertThat(candidates).extracting(Candidate::busy).containsExactly(false, false, true);
        assertThat(candidates).extracting(Candidate::lead).containsExactly(true, false, true);
    }

    // ---- publishing and reading -------------------------------------------------------------------------------------

    @Test
    void publishingConfirmsTheProposalsPublishesTheirShiftsAndTheVolunteerSeesThem() {
        LocalDate day = thursday.plusWeeks(6);
        long staffed = data.shift(activity, day, 1);
        long empty = data.shift(activity, day, 2);
        var walker = data.volunteer("walker", false, organisation);
        long assignment = data.assign(staffed, walker.id(), "PROPOSED", false);

        PublishResult result = asCoordinator(() -> roster.publish(day(day)));

        assertThat(result).isEqualTo(new PublishResult(1, 1));
        assertThat(data.assignments(staffed)).extracting(RosterTestData.StoredAssignment::status)
                .containsExactly("CONFIRMED");
        assertThat(data.shiftStatus(staffed)).isEqualTo("PUBLISHED");
        assertThat(data.shiftStatus(empty)).isEqualTo("OPEN");
        assertThat(data.auditDetails("ROSTER_PUBLISHED", day(day).key()))
                .containsExactly("assignments=1 shifts=1 newly published=1");
        assertThatThrownBy(() -> asCoordinator(() -> roster.publish(day(day))))
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("roster.error.nothingToPublish"));

        List<MyShift> mine = data.as(walker.username(), () -> roster.myShifts(), Role.VOLUNTEER);
        assertThat(mine).extracting(MyShift::shiftId).containsExactly(staffed);
        assertThat(mine.getFirst().activityTitle()).isEqualTo("Nattvandring");
        assertThat(assignment).isPositive();
    }

    @Test
    void aPartnerContactSeesOnlyTheirOwnPeopleByNameAndCannotEdit() {
        LocalDate day = thursday.plusWeeks(7);
        long shift = data.shift(activity, day, 1);
        long otherOrganisation = data.organisation("rs-other");
        var ours = data.volunteer("ours", false, organisation);
        var theirs = data.volunteer("theirs", true, otherOrganisation);
        data.assign(shift, ours.id(), "PROPOSED", false);
        long theirAssignment = data.assign(shift, theirs.id(), "CONFIRMED", false);
        var contact = data.account("rs-contact", organisation, Role.PARTNER_CONTACT);

        RosterBoard partnerView = data.as(contact.username(), () -> roster.board(day(day)), Role.PARTNER_CONTACT);
        BoardShift seen = partnerView.shift(shift).orElseThrow();
        assertThat(seen.people()).extracting(BoardPerson::userId).containsExactly(ours.id());
        assertThat(seen.hiddenPeople()).isEqualTo(1);
        assertThat(seen.staffed()).isEqualTo(2);
        assertThat(partnerView.evaluation()).isEmpty();
        assertThat(data.auditDetails("PERSON_LIST_VIEWED", day(day).key())).contains("roster count=1");

        RosterBoard coordinatorView = asCoordinator(() -> roster.board(day(day)));
        assertThat(coordinatorView.shift(shift).orElseThrow().people()).extracting(BoardPerson::userId)
                .containsExactlyInAnyOrder(ours.id(), theirs.id());
        assertThat(coordinatorView.shift(shift).orElseThrow().people()).filteredOn(p -> p.userId() == theirs.id())
                .extracting(BoardPerson::lead).containsExactly(true);
        assertThat(coordinatorView.districts()).extracting(RosterDistrict::id).containsExactly(district);
        assertThat(coordinatorView.days()).containsExactly(day);

        assertThatThrownBy(() -> data.as(contact.username(), () -> {
            roster.remove(theirAssignment, 0);
            return null;
        }, Role.PARTNER_CONTACT)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.as("volunteer", () -> roster.board(day(day)), Role.VOLUNTEER))
                .isInstanceOf(AccessDeniedException.class);
    }
}
