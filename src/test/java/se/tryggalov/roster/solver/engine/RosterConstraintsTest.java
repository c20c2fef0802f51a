package se.tryggalov.roster.solver.engine;

import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import se.tryggalov.roster.solver.AvailableWindow;
import se.tryggalov.roster.solver.ProblemPerson;
import se.tryggalov.roster.solver.ProblemShift;
import se.tryggalov.roster.solver.SolverSettings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One test per constraint, each with a case it penalises (or rewards) and one it leaves alone. */
class RosterConstraintsTest {

    private static final LocalDate FRI = LocalDate.of(2027, 2, 26);
    private static final LocalDate SAT = FRI.plusDays(1);
    private static final LocalDate MON = FRI.plusDays(3);

    private final ConstraintVerifier<RosterConstraints, RosterPlan> verifier =
            ConstraintVerifier.build(new RosterConstraints(), RosterPlan.class, Seat.class);
    private final AtomicInteger indexes = new AtomicInteger();
    private final AtomicLong seatIds = new AtomicLong();

    // ---- fixtures ----------------------------------------------------------------------------------------------

    private ShiftFact shift(LocalDate evening, long district) {
        return shift(evening, district, 3, 3, 3, false, Set.of());
    }

    private ShiftFact shift(LocalDate evening, long district, int risk, int min, int needed, boolean lead,
                            Set<String> qualifications) {
        int i = indexes.incrementAndGet();
        return new ShiftFact(i, new ProblemShift(i, evening, evening.atTime(21, 0), evening.plusDays(1).atTime(1, 0),
                district, "D" + district, 1, risk, min, needed, 5, lead, true, qualifications));
    }

    private ShiftFact shiftAt(LocalDateTime start, LocalDateTime end) {
        int i = indexes.incrementAndGet();
        return new ShiftFact(i, new ProblemShift(i, start.toLocalDate(), start, end, 1, "D1", 1, 3, 1, 1, 5, false,
                false, Set.of()));
    }

    private final class P {
        boolean adult = true;
        boolean youth;
        boolean experienced = true;
        boolean paid;
        String gender;
        Set<Long> homes = Set.of();
        Set<Long> orgs = Set.of(1L);
        Map<String, LocalDate> quals = new HashMap<>();
        Integer month;
        Integer weekend;
        List<AvailableWindow> windows = new ArrayList<>();

        P on(LocalDate... evenings) {
            for (LocalDate d : evenings) {
                windows.add(new AvailableWindow(d, null, null));
            }
            return this;
        }

        P window(LocalDate d, LocalDateTime from, LocalDateTime to) {
            windows.add(new AvailableWindow(d, from, to));
            return this;
        }

        P qual(String q, LocalDate until) {
            quals.put(q, until);
            return this;
        }

        P youth() {
            adult = false;
            youth = true;
            return this;
        }

        P gender(String g) {
            gender = g;
            return this;
        }

        P fresh() {
            experienced = false;
            return this;
        }

        PersonFact build() {
            int i = indexes.incrementAndGet();
            List<OrgFact> own = orgs.stream().map(o -> new OrgFact(o, 10)).toList();
            return new PersonFact(i, new ProblemPerson(i, "P" + i, orgs, homes, gender, adult, youth, experienced,
                    paid, quals, month, weekend, windows), own, SolverSettings.defaults());
        }
    }

    private P p() {
        return new P();
    }

    private Seat seat(ShiftFact shift, PersonFact person) {
        Seat seat = new Seat(seatIds.incrementAndGet(), shift, 0, List.of());
        seat.person = person;
        return seat;
    }

    private Seat[] group(ShiftFact shift, PersonFact... people) {
        Seat[] seats = new Seat[people.length];
        for (int i = 0; i < people.length; i++) {
            seats[i] = seat(shift, people[i]);
        }
        return seats;
    }

    // ---- hard --------------------------------------------------------------------------------------------------

    @Test
    void availability() {
        ShiftFact friday = shift(FRI, 1);
        verifier.verifyThat(RosterConstraints::availability).given(seat(friday, p().on(SAT).build())).penalizesBy(1);
        // a window that ends before the shift does is not enough either
        verifier.verifyThat(RosterConstraints::availability)
                .given(seat(friday, p().window(FRI, FRI.atTime(18, 0), FRI.atTime(23, 0)).build())).penalizesBy(1);
        verifier.verifyThat(RosterConstraints::availability).given(seat(friday, p().on(FRI).build())).penalizesBy(0);
        verifier.verifyThat(RosterConstraints::availability)
                .given(seat(friday, p().window(FRI, FRI.atTime(20, 0), SAT.atTime(2, 0)).build())).penalizesBy(0);
    }

    @Test
    void qualification() {
        ShiftFact shift = shift(FRI, 1, 3, 3, 3, false, Set.of("FIRST_AID"));
        verifier.verifyThat(RosterConstraints::qualification).given(seat(shift, p().on(FRI).build())).penalizesBy(1);
        verifier.verifyThat(RosterConstraints::qualification)
                .given(seat(shift, p().on(FRI).qual("FIRST_AID", FRI.minusDays(1)).build())).penalizesBy(1);
        verifier.verifyThat(RosterConstraints::qualification)
                .given(seat(shift, p().on(FRI).qual("FIRST_AID", FRI).build())).penalizesBy(0);
        verifier.verifyThat(RosterConstraints::qualification)
                .given(seat(shift, p().on(FRI).qual("FIRST_AID", null).build())).penalizesBy(0);
    }

    @Test
    void ageRule() {
        ShiftFact adultsOnly = shift(FRI, 1);
        int i = indexes.incrementAndGet();
        ShiftFact open = new ShiftFact(i, new ProblemShift(i, FRI, FRI.atTime(21, 0), SAT.atTime(1, 0), 1, "D1", 1,
                3, 3, 3, 5, false, false, Set.of()));
        PersonFact youth = p().on(FRI).youth().build();
        verifier.verifyThat(RosterConstraints::ageRule).given(seat(adultsOnly, youth)).penalizesBy(1);
        verifier.verifyThat(RosterConstraints::ageRule).given(seat(open, youth)).penalizesBy(0);
        verifier.verifyThat(RosterConstraints::ageRule).given(seat(adultsOnly, p().on(FRI).build())).penalizesBy(0);
    }

    @Test
    void oneShiftPerEvening() {
        PersonFact anna = p().on(FRI, SAT).build();
        ShiftFact alby = shift(FRI, 1);
        verifier.verifyThat(RosterConstraints::oneShiftPerEvening)
                .given(seat(alby, anna), seat(shift(FRI, 2), anna)).penalizesBy(1);
        verifier.verifyThat(RosterConstraints::oneShiftPerEvening)
                .given(seat(alby, anna), seat(shift(SAT, 2), anna)).penalizesBy(0);
    }

    @Test
    void oneShiftPerEveningFindsPairsWithAnotherEveningsShiftStartingBetweenThem() {
        PersonFact anna = p().on(FRI, SAT).build();
        // the extremes a Friday evening allows: starting just after Friday's midnight and late on Saturday
        ShiftFact early = shiftAt(FRI.atTime(0, 30), FRI.atTime(2, 0));
        ShiftFact late = shiftAt(FRI.atTime(21, 0), SAT.atTime(0, 10));
        // Saturday's own evening comes between them in the order of start
        ShiftFact saturday = shiftAt(SAT.atTime(18, 0), SAT.atTime(20, 0));
        int i = indexes.incrementAndGet();
        ShiftFact night = new ShiftFact(i, new ProblemShift(i, FRI, SAT.atTime(23, 0), SAT.plusDays(1).atTime(1, 0),
                1, "D1", 1, 3, 1, 1, 5, false, false, Set.of()));
        verifier.verifyThat(RosterConstraints::oneShiftPerEvening)
                .given(seat(early, anna), seat(late, anna), seat(saturday, anna), seat(night, anna)).penalizesBy(3);
    }

    @Test
    void aShiftStartsOnItsEveningOrTheNightAfter() {
        Set<String> none = Set.of();
        assertThatThrownBy(() -> new ProblemShift(1, SAT, FRI.atTime(23, 0), SAT.atTime(1, 0), 1, "D1", 1, 3, 1, 1,
                5, false, false, none)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProblemShift(1, FRI, FRI.plusDays(2).atTime(0, 30), FRI.plusDays(2).atTime(2, 0),
                1, "D1", 1, 3, 1, 1, 5, false, false, none)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ProblemShift(1, FRI, SAT.atTime(0, 30), SAT.atTime(2, 0), 1, "D1", 1, 3, 1, 1, 5, false,
                false, none).start()).isEqualTo(SAT.atTime(0, 30));
    }

    @Test
    void overlappingShifts() {
        PersonFact anna = p().on(FRI, SAT).build();
        ShiftFact late = shiftAt(FRI.atTime(21, 0), SAT.atTime(3, 0));
        ShiftFact morning = shiftAt(SAT.atTime(2, 0), SAT.atTime(6, 0));
        ShiftFact evening = shiftAt(SAT.atTime(21, 0), SAT.plusDays(1).atTime(1, 0));
        verifier.verifyThat(RosterConstraints::overlappingShifts).given(seat(late, anna), seat(morning, anna))
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraints::overlappingShifts).given(seat(late, anna), seat(evening, anna))
                .penalizesBy(0);
    }

    @Test
    void groupMinimum() {
        ShiftFact shift = shift(FRI, 1);
        PersonFact a = p().on(FRI).build();
        PersonFact b = p().on(FRI).build();
        PersonFact c = p().on(FRI).build();
        verifier.verifyThat(RosterConstraints::groupMinimum).given((Object[]) group(shift, a)).penalizesBy(2);
        verifier.verifyThat(RosterConstraints::groupMinimum)
                .given((Object[]) group(shift, a, b, p().on(FRI).youth().build())).penalizesBy(1);
        verifier.verifyThat(RosterConstraints::groupMinimum).given((Object[]) group(shift, a, b, c)).penalizesBy(0);
        verifier.verifyThat(RosterConstraints::groupMinimum).given(new Seat(1, shift, 0, List.of())).penalizesBy(0);
    }

    @Test
    void leadInGroup() {
        ShiftFact shift = shift(FRI, 1, 3, 3, 3, true, Set.of());
        PersonFact a = p().on(FRI).build();
        PersonFact b = p().on(FRI).build();
        verifier.verifyThat(RosterConstraints::leadInGroup)
                .given((Object[]) group(shift, a, b, p().on(FRI).qual("LEAD", FRI.minusDays(1)).build()))
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraints::leadInGroup)
                .given((Object[]) group(shift, a, b, p().on(FRI).qual("LEAD", null).build())).penalizesBy(0);
    }

    @Test
    void youthWithAdults() {
        ShiftFact shift = shift(FRI, 1);
        PersonFact youth = p().on(FRI).youth().build();
        PersonFact a = p().on(FRI).build();
        PersonFact b = p().on(FRI).build();
        verifier.verifyThat(RosterConstraints::youthWithAdults).given((Object[]) group(shift, a, b, youth))
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraints::youthWithAdults)
                .given((Object[]) group(shift, a, b, p().on(FRI).build(), youth)).penalizesBy(0);
    }

    @Test
    void nightsPerMonth() {
        LocalDate tue = MON.plusDays(1);
        LocalDate wed = MON.plusDays(2);
        PersonFact anna = p().on(MON, tue, wed, FRI).build(); // default: 2 a month
        verifier.verifyThat(RosterConstraints::nightsPerMonth)
                .given(seat(shift(MON, 1), anna), seat(shift(tue, 1), anna), seat(shift(wed, 1), anna))
                .penalizesBy(1);
        // Friday 26 February and Monday 1 March fall in different months
        verifier.verifyThat(RosterConstraints::nightsPerMonth)
                .given(seat(shift(FRI, 1), anna), seat(shift(MON, 1), anna), seat(shift(tue, 1), anna)).penalizesBy(0);
        P own = p().on(MON, tue, wed);
        own.month = 3;
        PersonFact keen = own.build();
        verifier.verifyThat(RosterConstraints::nightsPerMonth)
                .given(seat(shift(MON, 1), keen), seat(shift(tue, 1), keen), seat(shift(wed, 1), keen))
                .penalizesBy(0);
    }

    @Test
    void nightsPerWeekend() {
        PersonFact anna = p().on(FRI, SAT, MON).build(); // default: 1 a weekend
        verifier.verifyThat(RosterConstraints::nightsPerWeekend)
                .given(seat(shift(FRI, 1), anna), seat(shift(SAT, 1), anna)).penalizesBy(1);
        // Monday is no weekend evening
        verifier.verifyThat(RosterConstraints::nightsPerWeekend)
                .given(seat(shift(FRI, 1), anna), seat(shift(MON, 1), anna)).penalizesBy(0);
    }

    @Test
    void restBetweenShifts() {
        P staff = p().on(FRI, SAT);
        staff.paid = true;
        PersonFact worker = staff.build();
        ShiftFact night = shiftAt(FRI.atTime(21, 0), SAT.atTime(2, 30));
        ShiftFact morning = shiftAt(SAT.atTime(10, 0), SAT.atTime(14, 0));
        ShiftFact evening = shiftAt(SAT.atTime(21, 0), SAT.plusDays(1).atTime(1, 0));
        verifier.verifyThat(RosterConstraints::restBetweenShifts).given(seat(night, worker), seat(morning, worker))
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraints::restBetweenShifts).given(seat(night, worker), seat(evening, worker))
                .penalizesBy(0);
        PersonFact volunteer = p().on(FRI, SAT).build();
        verifier.verifyThat(RosterConstraints::restBetweenShifts)
                .given(seat(night, volunteer), seat(morning, volunteer)).penalizesBy(0);
    }

    @Test
    void weeklyRest() {
        LocalDate monday = LocalDate.of(2027, 3, 1);
        P staff = p();
        staff.paid = true;
        PersonFact worker = staff.build();
        PersonFact volunteer = p().build();
        List<Seat> sixEvenings = new ArrayList<>();
        List<Seat> volunteerSix = new ArrayList<>();
        for (int d = 0; d < 6; d++) {
            ShiftFact evening = shiftAt(monday.plusDays(d).atTime(21, 0), monday.plusDays(d + 1).atTime(1, 0));
            sixEvenings.add(seat(evening, worker));
            volunteerSix.add(seat(evening, volunteer));
        }
        // Monday to Saturday evenings: the longest rest is Sunday 01:00 to Monday 00:00, 23 h of 36
        verifier.verifyThat(RosterConstraints::weeklyRest).given(sixEvenings.toArray()).penalizesBy(13);
        // one evening fewer in the middle (Wednesday) leaves 44 h from Tuesday night to Thursday evening
        List<Seat> five = new ArrayList<>(sixEvenings);
        five.remove(2);
        verifier.verifyThat(RosterConstraints::weeklyRest).given(five.toArray()).penalizesBy(0);
        // volunteers have no working-time rules
        verifier.verifyThat(RosterConstraints::weeklyRest).given(volunteerSix.toArray()).penalizesBy(0);
    }

    // ---- medium ------------------------------------------------------------------------------------------------

    @Test
    void uncoveredNeed() {
        ShiftFact valborg = shift(FRI, 1, 5, 3, 4, false, Set.of());
        PersonFact a = p().on(FRI).build();
        PersonFact b = p().on(FRI).build();
        PersonFact c = p().on(FRI).build();
        PersonFact d = p().on(FRI).build();
        Seat empty = new Seat(99, valborg, 4, List.of());
        // three of four: one missing, risk 5 weighs 16
        verifier.verifyThat(RosterConstraints::uncoveredNeed).given(seat(valborg, a), seat(valborg, b),
                seat(valborg, c), empty).penalizesBy(16);
        // two of a minimum of three do not walk: all four missing
        verifier.verifyThat(RosterConstraints::uncoveredNeed).given(seat(valborg, a), seat(valborg, b), empty)
                .penalizesBy(64);
        verifier.verifyThat(RosterConstraints::uncoveredNeed).given(seat(valborg, a), seat(valborg, b),
                seat(valborg, c), seat(valborg, d), empty).penalizesBy(0);
    }

    // ---- soft --------------------------------------------------------------------------------------------------

    @Test
    void fairNights() {
        PersonFact anna = p().on(FRI, MON).build();
        PersonFact bo = p().on(FRI, MON).build();
        verifier.verifyThat(RosterConstraints::fairNights)
                .given(seat(shift(FRI, 1), anna), seat(shift(MON, 1), anna)).penalizesBy(4);
        verifier.verifyThat(RosterConstraints::fairNights)
                .given(seat(shift(FRI, 1), anna), seat(shift(MON, 1), bo)).penalizesBy(2);
        verifier.verifyThat(RosterConstraints::fairNights).given(new Seat(1, shift(FRI, 1), 0, List.of()))
                .penalizesBy(0);
    }

    @Test
    void fairHighRiskNights() {
        PersonFact anna = p().on(FRI, MON).build();
        verifier.verifyThat(RosterConstraints::fairHighRiskNights)
                .given(seat(shift(FRI, 1, 4, 1, 1, false, Set.of()), anna),
                        seat(shift(MON, 1, 5, 1, 1, false, Set.of()), anna)).penalizesBy(4);
        verifier.verifyThat(RosterConstraints::fairHighRiskNights)
                .given(seat(shift(FRI, 1, 3, 1, 1, false, Set.of()), anna)).penalizesBy(0);
    }

    @Test
    void fairOrganisations() {
        // organisation of 10 members: 3 nights cost 3 * 3 * 10 / 10
        PersonFact anna = p().on(FRI, SAT, MON).build();
        verifier.verifyThat(RosterConstraints::fairOrganisations).given(seat(shift(FRI, 1), anna),
                seat(shift(SAT, 1), anna), seat(shift(MON, 1), anna)).penalizesBy(9);
        P none = p().on(FRI);
        none.orgs = Set.of();
        verifier.verifyThat(RosterConstraints::fairOrganisations).given(seat(shift(FRI, 1), none.build()))
                .penalizesBy(0);
    }

    @Test
    void homeDistrict() {
        P fittja = p().on(FRI);
        fittja.homes = Set.of(2L);
        PersonFact local = fittja.build();
        verifier.verifyThat(RosterConstraints::homeDistrict).given(seat(shift(FRI, 1), local)).penalizesBy(1);
        verifier.verifyThat(RosterConstraints::homeDistrict).given(seat(shift(FRI, 2), local)).penalizesBy(0);
        verifier.verifyThat(RosterConstraints::homeDistrict).given(seat(shift(FRI, 1), p().on(FRI).build()))
                .penalizesBy(0);
    }

    @Test
    void mixedGender() {
        ShiftFact shift = shift(FRI, 1);
        verifier.verifyThat(RosterConstraints::mixedGender).given((Object[]) group(shift,
                p().on(FRI).gender("FEMALE").build(), p().on(FRI).gender("FEMALE").build(), p().on(FRI).build()))
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraints::mixedGender).given((Object[]) group(shift,
                p().on(FRI).gender("FEMALE").build(), p().on(FRI).gender("MALE").build(), p().on(FRI).build()))
                .penalizesBy(0);
        // only one told: nothing to judge
        verifier.verifyThat(RosterConstraints::mixedGender).given((Object[]) group(shift,
                p().on(FRI).gender("FEMALE").build(), p().on(FRI).build(), p().on(FRI).build())).penalizesBy(0);
    }

    @Test
    void newWithExperienced() {
        ShiftFact shift = shift(FRI, 1);
        verifier.verifyThat(RosterConstraints::newWithExperienced).given((Object[]) group(shift,
                p().on(FRI).fresh().build(), p().on(FRI).fresh().build())).penalizesBy(2);
        verifier.verifyThat(RosterConstraints::newWithExperienced).given((Object[]) group(shift,
                p().on(FRI).fresh().build(), p().on(FRI).fresh().build(), p().on(FRI).build())).penalizesBy(0);
    }

    @Test
    void stableTeams() {
        PersonFact anna = p().on(FRI, MON).build();
        PersonFact bo = p().on(FRI, MON).build();
        PersonFact cia = p().on(FRI, MON).build();
        ShiftFact friday = shift(FRI, 1);
        ShiftFact monday = shift(MON, 1);
        verifier.verifyThat(RosterConstraints::stableTeams).given(seat(friday, anna), seat(friday, bo),
                seat(monday, bo), seat(monday, anna)).rewardsWith(1);
        verifier.verifyThat(RosterConstraints::stableTeams).given(seat(friday, anna), seat(friday, bo),
                seat(monday, bo), seat(monday, cia)).rewardsWith(0);
        // three people on three evenings together: each of the three pairs walks together twice again
        PersonFact all = p().on(FRI, SAT, MON).build();
        PersonFact three = p().on(FRI, SAT, MON).build();
        PersonFact times = p().on(FRI, SAT, MON).build();
        ShiftFact saturday = shift(SAT, 1);
        verifier.verifyThat(RosterConstraints::stableTeams).given(seat(friday, all), seat(friday, three),
                seat(friday, times), seat(saturday, all), seat(saturday, three), seat(saturday, times),
                seat(monday, all), seat(monday, three), seat(monday, times)).rewardsWith(6);
    }

    @Test
    void keepPublished() {
        ShiftFact shift = shift(FRI, 1);
        PersonFact anna = p().on(FRI).build();
        PersonFact bo = p().on(FRI).build();
        PublishedFact published = new PublishedFact(shift, anna);
        verifier.verifyThat(RosterConstraints::keepPublished).given(published, seat(shift, bo)).penalizesBy(1);
        verifier.verifyThat(RosterConstraints::keepPublished).given(published, seat(shift, anna)).penalizesBy(0);
    }

    @Test
    void youthWalkers() {
        int i = indexes.incrementAndGet();
        ShiftFact open = new ShiftFact(i, new ProblemShift(i, FRI, FRI.atTime(21, 0), SAT.atTime(1, 0), 1, "D1", 1,
                3, 3, 3, 5, false, false, Set.of()));
        verifier.verifyThat(RosterConstraints::youthWalkers).given(seat(open, p().on(FRI).youth().build()))
                .rewardsWith(1);
        verifier.verifyThat(RosterConstraints::youthWalkers).given(seat(open, p().on(FRI).build())).rewardsWith(0);
    }

    @Test
    void everyConstraintOfTheCatalogueIsDefinedAndTested() {
        Set<String> names = new HashSet<>();
        for (var c : new RosterConstraints().defineConstraints(new org.optaplanner.constraint.streams.bavet
                .BavetConstraintFactory<>(org.optaplanner.core.impl.domain.solution.descriptor.SolutionDescriptor
                .buildSolutionDescriptor(RosterPlan.class, Seat.class), org.optaplanner.core.config.solver
                .EnvironmentMode.REPRODUCIBLE))) {
            names.add(c.getConstraintName());
        }
        org.assertj.core.api.Assertions.assertThat(names)
                .containsExactlyInAnyOrderElementsOf(ConstraintCatalog.BY_NAME.keySet());
        Set<String> tests = new HashSet<>();
        for (var m : getClass().getDeclaredMethods()) {
            if (m.isAnnotationPresent(Test.class)) {
                tests.add(m.getName());
            }
        }
        org.assertj.core.api.Assertions.assertThat(tests).containsAll(ConstraintCatalog.BY_NAME.keySet());
    }
}
