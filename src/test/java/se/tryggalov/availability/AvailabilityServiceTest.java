package se.tryggalov.availability;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.tryggalov.IntegrationTest;
import se.tryggalov.TestYears;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.time.Zones;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.tryggalov.TestYears.date;
import static se.tryggalov.TestYears.inWeek;
import static se.tryggalov.TestYears.nth;

/**
 * Answers, patterns and who may set them, on real PostgreSQL. Works in a school year the class claims, with its own
 * people.
 */
@IntegrationTest
class AvailabilityServiceTest {

    static SchoolYear year;

    @Autowired
    AvailabilityService availability;
    @Autowired
    CalendarService calendar;
    @Autowired
    SystemAuthentication system;
    @Autowired
    DSLContext dsl;
    @Autowired
    SecurityContexts contexts;

    AvailabilityTestData data;
    AvailabilityTestData.Person walker;
    long organisation;

    @BeforeAll
    static void claimAYear(@Autowired TestYears years) {
        year = years.claim();
    }

    @BeforeEach
    void setUp() {
        data = new AvailabilityTestData(dsl, contexts);
        if (calendar.plan(year).isEmpty()) {
            system.runAs(() -> calendar.generate(year), Role.COORDINATOR);
        }
        organisation = data.organisation("avail-org");
        walker = data.activeVolunteer("walker", organisation);
    }

    private List<CandidateEvening> candidates() {
        return data.as(walker, () -> availability.candidates(year), Role.VOLUNTEER);
    }

    private LocalDate someEvening() {
        return candidates().get(3).date();
    }

    private void asWalker(Runnable work) {
        data.run(walker, work, Role.VOLUNTEER);
    }

    private static String errorKey(Throwable e) {
        return ((UserMessageException) e).messageKey();
    }

    // ---- candidate evenings --------------------------------------------------------------------------------

    @Test
    void candidateEveningsAreTheDatesWithRiskTwoOrMoreAndBreakNightsBelongToTheirBreak() {
        List<CandidateEvening> evenings = candidates();

        assertThat(evenings).isNotEmpty().allSatisfy(e -> assertThat(e.riskLevel()).isGreaterThanOrEqualTo(2));
        assertThat(evenings).extracting(CandidateEvening::date).isSorted();
        // Walpurgis night (risk 5) and an ordinary term-time Friday (risk 2) are both asked about.
        assertThat(evenings).anySatisfy(e -> {
            assertThat(e.date()).isEqualTo(date(year, Month.APRIL, 30));
            assertThat(e.riskLevel()).isEqualTo(5);
        });
        // Höstlov is week 44: its Friday and the Saturday after are break nights.
        LocalDate friday = inWeek(44, DayOfWeek.FRIDAY, year);
        CandidateEvening autumnFriday = evenings.stream().filter(e -> e.date().equals(friday))
                .findFirst().orElseThrow();
        assertThat(autumnFriday.inBreak()).hasValueSatisfying(b -> assertThat(b.code()).isEqualTo("AUTUMN"));
        assertThat(evenings.stream().filter(e -> e.date().equals(friday.plusDays(1))).findFirst())
                .hasValueSatisfying(e -> assertThat(e.isBreakNight()).isTrue());
        LocalDate september = nth(DayOfWeek.FRIDAY, Month.SEPTEMBER, 2, year);
        assertThat(evenings.stream().filter(e -> e.date().equals(september)).findFirst())
                .as("an ordinary September Friday").hasValueSatisfying(e -> assertThat(e.isBreakNight()).isFalse());
    }

    // ---- answering -----------------------------------------------------------------------------------------

    @Test
    void aVolunteerAnswersAnEveningChangesTheAnswerAndClearsIt() {
        LocalDate day = someEvening();

        asWalker(() -> availability.answer(walker.id(), day, AvailabilityState.AVAILABLE));
        assertThat(data.stored(walker.id(), day)).hasValue(new AvailabilityTestData.Stored("AVAILABLE", null, null, null));

        asWalker(() -> availability.answer(walker.id(), day, AvailabilityState.MAYBE));
        assertThat(data.stored(walker.id(), day)).hasValueSatisfying(s -> assertThat(s.state()).isEqualTo("MAYBE"));

        asWalker(() -> availability.answer(walker.id(), day, null));
        assertThat(data.stored(walker.id(), day)).isEmpty();
    }

    @Test
    void aTimeWindowMayEndAfterMidnightStaysWithAYesOrMaybeAndGoesWithANo() {
        LocalDate day = someEvening();
        TimeWindow late = new TimeWindow(LocalTime.of(21, 0), LocalTime.of(1, 30));

        asWalker(() -> availability.answer(walker.id(), day, AvailabilityState.AVAILABLE, late));
        assertThat(data.stored(walker.id(), day)).hasValue(
                new AvailabilityTestData.Stored("AVAILABLE", LocalTime.of(21, 0), LocalTime.of(1, 30), null));
        assertThat(late.endsAfterMidnight()).isTrue();

        asWalker(() -> availability.answer(walker.id(), day, AvailabilityState.MAYBE)); // a tap keeps the window
        assertThat(data.stored(walker.id(), day)).hasValue(
                new AvailabilityTestData.Stored("MAYBE", LocalTime.of(21, 0), LocalTime.of(1, 30), null));

        asWalker(() -> availability.answer(walker.id(), day, AvailabilityState.UNAVAILABLE));
        assertThat(data.stored(walker.id(), day)).hasValue(new AvailabilityTestData.Stored("UNAVAILABLE", null, null, null));
    }

    @Test
    void aTimeWindowNeedsAYesOrMaybeAndTwoDifferentTimes() {
        LocalDate day = someEvening();

        assertThatThrownBy(() -> asWalker(() -> availability.answer(walker.id(), day, AvailabilityState.UNAVAILABLE,
                new TimeWindow(LocalTime.of(21, 0), null))))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("availability.error.windowNeedsYes"));
        assertThatThrownBy(() -> asWalker(() -> availability.answer(walker.id(), day, AvailabilityState.AVAILABLE,
                new TimeWindow(LocalTime.of(21, 0), LocalTime.of(21, 0)))))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("availability.error.windowEmpty"));
        assertThat(data.stored(walker.id(), day)).isEmpty();
    }

    @Test
    void aPastEveningIsRefusedAndNothingIsStored() {
        LocalDate yesterday = LocalDate.now(Zones.STOCKHOLM).minusDays(1);

        assertThatThrownBy(() -> asWalker(() -> availability.answer(walker.id(), yesterday, AvailabilityState.AVAILABLE)))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("availability.error.past"));
        assertThat(data.answerCount(walker.id())).isZero();
    }

    @Test
    void aPausedVolunteerCannotBeGivenAvailabilityNotEvenByACoordinator() {
        AvailabilityTestData.Person paused = data.volunteer("paused", "PAUSED", true, List.of(organisation), List.of());
        LocalDate day = someEvening();

        assertThatThrownBy(() -> data.run(paused, () -> availability.answer(paused.id(), day, AvailabilityState.AVAILABLE),
                Role.VOLUNTEER))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("availability.error.notActive.PAUSED"));
        assertThatThrownBy(() -> data.as("coordinator", () -> availability.applyPattern(paused.id(), year,
                AvailabilityPattern.of(AvailabilityPattern.Kind.ALL), AvailabilityState.AVAILABLE), Role.COORDINATOR))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("availability.error.notActive.PAUSED"));
        AvailabilityTestData.Person invited = data.volunteer("invited", "INVITED", true, List.of(organisation), List.of());
        assertThatThrownBy(() -> data.as("coordinator", () -> {
            availability.answer(invited.id(), day, AvailabilityState.MAYBE);
            return null;
        }, Role.COORDINATOR)).satisfies(e -> assertThat(errorKey(e)).isEqualTo("availability.error.notActive.INVITED"));
        assertThat(data.answerCount(paused.id()) + data.answerCount(invited.id())).isZero();
    }

    // ---- patterns ------------------------------------------------------------------------------------------

    @Test
    void aPatternIsAppliedOnceAsAnswersThatCanThenBeAdjustedDateByDate() {
        List<LocalDate> breakFridays = candidates().stream()
                .filter(e -> e.isBreakNight() && e.weekday() == DayOfWeek.FRIDAY).map(CandidateEvening::date).toList();
        assertThat(breakFridays).hasSizeGreaterThanOrEqualTo(4);

        int changed = data.as(walker, () -> availability.applyPattern(walker.id(), year,
                AvailabilityPattern.of(AvailabilityPattern.Kind.BREAK_FRIDAYS), AvailabilityState.AVAILABLE), Role.VOLUNTEER);

        assertThat(changed).isEqualTo(breakFridays.size());
        assertThat(data.storedDays(walker.id(), "AVAILABLE")).containsExactlyElementsOf(breakFridays);

        // "not in July": July's evenings become a no, the rest stays.
        int july = data.as(walker, () -> availability.applyPattern(walker.id(), year,
                AvailabilityPattern.month(Month.JULY), AvailabilityState.UNAVAILABLE), Role.VOLUNTEER);
        assertThat(july).isPositive();
        assertThat(data.storedDays(walker.id(), "UNAVAILABLE")).hasSize(july)
                .allSatisfy(d -> assertThat(d.getMonth()).isEqualTo(Month.JULY));
        assertThat(data.storedDays(walker.id(), "AVAILABLE"))
                .containsExactlyElementsOf(breakFridays.stream().filter(d -> d.getMonth() != Month.JULY).toList());

        // One evening adjusted by hand; the pattern is not a rule that would put it back.
        LocalDate first = breakFridays.getFirst();
        asWalker(() -> availability.answer(walker.id(), first, AvailabilityState.MAYBE));
        assertThat(data.stored(walker.id(), first)).hasValueSatisfying(s -> assertThat(s.state()).isEqualTo("MAYBE"));

        int cleared = data.as(walker, () -> availability.applyPattern(walker.id(), year,
                AvailabilityPattern.of(AvailabilityPattern.Kind.ALL), null), Role.VOLUNTEER);
        assertThat(cleared).isEqualTo(candidates().size());
        assertThat(data.answerCount(walker.id())).isZero();
    }

    @Test
    void theHighRiskPatternPicksEveryEveningWithRiskFourOrFive() {
        int changed = data.as(walker, () -> availability.applyPattern(walker.id(), year,
                AvailabilityPattern.of(AvailabilityPattern.Kind.HIGH_RISK), AvailabilityState.MAYBE), Role.VOLUNTEER);

        List<LocalDate> expected = candidates().stream().filter(e -> e.riskLevel() >= 4).map(CandidateEvening::date).toList();
        assertThat(expected).contains(date(year, Month.APRIL, 30), date(year, Month.DECEMBER, 31));
        assertThat(changed).isEqualTo(expected.size());
        assertThat(data.storedDays(walker.id(), "MAYBE")).containsExactlyElementsOf(expected);
    }

    // ---- who may --------------------------------------------------------------------------------------------

    @Test
    void aVolunteerCannotSetAnotherPersonsAvailabilityNorReadIt() {
        AvailabilityTestData.Person other = data.activeVolunteer("other", organisation);
        LocalDate day = someEvening();

        assertThatThrownBy(() -> asWalker(() -> availability.answer(other.id(), day, AvailabilityState.AVAILABLE)))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("error.notFound"));
        assertThatThrownBy(() -> data.as(walker, () -> availability.sheet(other.id(), year), Role.VOLUNTEER))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("error.notFound"));
        assertThat(data.answerCount(other.id())).isZero();
    }

    @Test
    void aPartnerContactEntersForTheirOwnOrganisationOnlyAndTheChangeIsAuditedWithoutTheAnswer() {
        long otherOrganisation = data.organisation("avail-other-org");
        AvailabilityTestData.Person contact = data.account("contact", organisation, Role.PARTNER_CONTACT);
        AvailabilityTestData.Person stranger = data.account("stranger", otherOrganisation, Role.PARTNER_CONTACT);
        LocalDate day = someEvening();

        assertThatThrownBy(() -> data.run(stranger, () -> availability.answer(walker.id(), day, AvailabilityState.AVAILABLE),
                Role.PARTNER_CONTACT)).satisfies(e -> assertThat(errorKey(e)).isEqualTo("error.notFound"));
        assertThat(data.answerCount(walker.id())).isZero();
        assertThat(data.as(stranger, () -> availability.reachablePeople(), Role.PARTNER_CONTACT))
                .extracting(ReachablePerson::userId).doesNotContain(walker.id());

        data.run(contact, () -> availability.answer(walker.id(), day, AvailabilityState.AVAILABLE), Role.PARTNER_CONTACT);

        assertThat(data.stored(walker.id(), day)).hasValueSatisfying(s -> {
            assertThat(s.state()).isEqualTo("AVAILABLE");
            assertThat(s.enteredBy()).isEqualTo(contact.id());
        });
        assertThat(data.auditDetails("AVAILABILITY_CHANGED", walker.id())).containsExactly("set=1");
        assertThat(data.as(contact, () -> availability.reachablePeople(), Role.PARTNER_CONTACT))
                .extracting(ReachablePerson::userId).containsExactly(walker.id());
        // The volunteer sees that someone else entered it.
        AvailabilitySheet sheet = data.as(walker, () -> availability.sheet(walker.id(), year), Role.VOLUNTEER);
        assertThat(sheet.evenings()).filteredOn(e -> e.evening().date().equals(day)).singleElement()
                .satisfies(e -> assertThat(e.answer().enteredByOther()).isTrue());
    }

    @Test
    void aCoordinatorAppliesAPatternOnSomeonesBehalfAndTheAuditSaysHowManyOnly() {
        AvailabilityTestData.Person coordinator = data.account("coord", null, Role.COORDINATOR);

        int changed = data.as(coordinator, () -> availability.applyPattern(walker.id(), year,
                AvailabilityPattern.of(AvailabilityPattern.Kind.FRIDAYS_AND_SATURDAYS), AvailabilityState.AVAILABLE),
                Role.COORDINATOR);

        assertThat(changed).isGreaterThan(50);
        assertThat(data.storedDays(walker.id(), "AVAILABLE")).hasSize(changed)
                .allSatisfy(d -> assertThat(d.getDayOfWeek()).isIn(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY));
        assertThat(data.stored(walker.id(), data.storedDays(walker.id(), "AVAILABLE").getFirst()))
                .hasValueSatisfying(s -> assertThat(s.enteredBy()).isEqualTo(coordinator.id()));
        assertThat(data.auditDetails("AVAILABILITY_CHANGED", walker.id())).containsExactly("set=" + changed);

        data.as(coordinator, () -> availability.sheet(walker.id(), year), Role.COORDINATOR);
        assertThat(data.auditDetails("PERSON_VIEWED", walker.id())).containsExactly("availability");
    }

    @Test
    void theVolunteersOwnAnswersAreNotAuditedAndCarryNoEnteredBy() {
        LocalDate day = someEvening();
        asWalker(() -> availability.answer(walker.id(), day, AvailabilityState.AVAILABLE));
        data.as(walker, () -> availability.sheet(walker.id(), year), Role.VOLUNTEER);

        assertThat(data.stored(walker.id(), day)).hasValueSatisfying(s -> assertThat(s.enteredBy()).isNull());
        assertThat(data.auditDetails("AVAILABILITY_CHANGED", walker.id())).isEmpty();
        assertThat(data.auditDetails("PERSON_VIEWED", walker.id())).isEmpty();
    }

    @Test
    void aViewerIsRefused() {
        AvailabilityTestData.Person viewer = data.account("viewer", null, Role.VIEWER);
        LocalDate day = someEvening();

        assertThatThrownBy(() -> data.run(viewer, () -> availability.answer(walker.id(), day, AvailabilityState.AVAILABLE),
                Role.VIEWER)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.as(viewer, () -> availability.sheet(walker.id(), year), Role.VIEWER))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(data.answerCount(walker.id())).isZero();
    }

    @Test
    void twoTabsSavingTheSameEveningLeaveOneAnswer() throws Exception {
        LocalDate day = someEvening();
        Thread other = Thread.ofPlatform().start(() ->
                asWalker(() -> availability.answer(walker.id(), day, AvailabilityState.MAYBE)));
        asWalker(() -> availability.answer(walker.id(), day, AvailabilityState.AVAILABLE));
        other.join();

        assertThat(data.answerCount(walker.id())).isEqualTo(1);
        assertThat(data.stored(walker.id(), day)).hasValueSatisfying(s ->
                assertThat(s.state()).isIn("AVAILABLE", "MAYBE"));
    }
}
