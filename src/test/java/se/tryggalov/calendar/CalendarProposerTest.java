package se.tryggalov.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class CalendarProposerTest {

    private static final SwedishHolidays HOLIDAYS = new SwedishHolidays();
    private static final CalendarProposer PROPOSER = new CalendarProposer(HOLIDAYS);
    private static final MunicipalityRules STOCKHOLM = MunicipalityRules.forCounty(County.STOCKHOLM);

    private static CalendarProposal stockholm(int startYear) {
        return PROPOSER.propose(SchoolYear.of(startYear), STOCKHOLM);
    }

    // --- breaks ---------------------------------------------------------------------------

    @Test
    void stockholmSportlov2027IsWeekNineFirstToFifthOfMarch() {
        assertThat(stockholm(2026).breakOf(BreakKind.WINTER_SPORTS)).isEqualTo(new SchoolBreak(
                BreakKind.WINTER_SPORTS, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 5)));
    }

    @Test
    void vastraGotalandSportlov2027IsWeekSeven() {
        var proposal = PROPOSER.propose(SchoolYear.of(2026), MunicipalityRules.forCounty(County.VASTRA_GOTALAND));
        assertThat(proposal.breakOf(BreakKind.WINTER_SPORTS)).isEqualTo(new SchoolBreak(
                BreakKind.WINTER_SPORTS, LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 19)));
    }

    @Test
    void municipalityCanMoveSportlovAwayFromItsCountyWeek() {
        var rules = MunicipalityRules.forCounty(County.VASTRA_GOTALAND).withWinterSportsBreakWeek(10);
        assertThat(PROPOSER.propose(SchoolYear.of(2026), rules).breakOf(BreakKind.WINTER_SPORTS).firstDay())
                .isEqualTo(LocalDate.of(2027, 3, 8));
    }

    @Test
    void hostlov2026IsWeekFortyFour() {
        assertThat(stockholm(2026).breakOf(BreakKind.AUTUMN)).isEqualTo(new SchoolBreak(
                BreakKind.AUTUMN, LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 30)));
    }

    @Test
    void hostlov2027IsWeekFortyFourInNovember() {
        assertThat(stockholm(2027).breakOf(BreakKind.AUTUMN)).isEqualTo(new SchoolBreak(
                BreakKind.AUTUMN, LocalDate.of(2027, 11, 1), LocalDate.of(2027, 11, 5)));
    }

    @Test
    void paasklov2026UnderStockholmHeuristicIsEasterMondayToFriday() {
        assertThat(stockholm(2025).breakOf(BreakKind.EASTER)).isEqualTo(new SchoolBreak(
                BreakKind.EASTER, LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 10)));
    }

    @Test
    void paasklov2028UnderStockholmHeuristicIsHolyWeek() {
        assertThat(stockholm(2027).breakOf(BreakKind.EASTER)).isEqualTo(new SchoolBreak(
                BreakKind.EASTER, LocalDate.of(2028, 4, 10), LocalDate.of(2028, 4, 14)));
    }

    @Test
    void paasklovFollowsAFixedRuleWhenChosen() {
        var rules = STOCKHOLM.withEasterBreakRule(EasterBreakRule.WEEK_BEFORE_EASTER);
        assertThat(PROPOSER.propose(SchoolYear.of(2025), rules).breakOf(BreakKind.EASTER)).isEqualTo(new SchoolBreak(
                BreakKind.EASTER, LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 3)));
    }

    @Test
    void jullovAndSommarlovFillTheGapsBetweenTerms() {
        var p = stockholm(2026);
        assertThat(p.breakOf(BreakKind.CHRISTMAS)).isEqualTo(new SchoolBreak(
                BreakKind.CHRISTMAS, LocalDate.of(2026, 12, 19), LocalDate.of(2027, 1, 10)));
        // Next autumn term starts Wednesday 18 August 2027.
        assertThat(p.breakOf(BreakKind.SUMMER)).isEqualTo(new SchoolBreak(
                BreakKind.SUMMER, LocalDate.of(2027, 6, 12), LocalDate.of(2027, 8, 17)));
        assertThat(p.firstDay()).isEqualTo(LocalDate.of(2026, 8, 18));
        assertThat(p.lastDay()).isEqualTo(LocalDate.of(2027, 8, 17));
    }

    @Test
    void ownTermDatesMoveJullovAndSommarlov() {
        var terms = new TermDates(LocalDate.of(2026, 8, 20), LocalDate.of(2026, 12, 22),
                LocalDate.of(2027, 1, 7), LocalDate.of(2027, 6, 10));
        var p = PROPOSER.propose(SchoolYear.of(2026), STOCKHOLM, terms);
        assertThat(p.breakOf(BreakKind.CHRISTMAS).firstDay()).isEqualTo(LocalDate.of(2026, 12, 23));
        assertThat(p.breakOf(BreakKind.CHRISTMAS).lastDay()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(p.breakOf(BreakKind.SUMMER).firstDay()).isEqualTo(LocalDate.of(2027, 6, 11));
        assertThat(p.keyDatesOn(LocalDate.of(2027, 6, 10))).extracting(KeyDate::kind)
                .contains(KeyDateKind.SCHOOL_END_SUMMER);
    }

    // --- whole years ----------------------------------------------------------------------

    @ParameterizedTest(name = "school year starting {0}")
    @ValueSource(ints = {2025, 2026, 2027, 2028})
    void breaksAreOrderedAndNeverOverlap(int startYear) {
        var p = stockholm(startYear);
        assertThat(p.breaks()).extracting(SchoolBreak::kind).containsExactly(BreakKind.values());
        for (SchoolBreak b : p.breaks()) {
            assertThat(b.lastDay()).as(b.kind().name()).isAfterOrEqualTo(b.firstDay());
            for (SchoolBreak other : p.breaks()) {
                if (other != b) {
                    assertThat(b.overlaps(other)).as(b.kind() + " vs " + other.kind()).isFalse();
                }
            }
        }
    }

    @ParameterizedTest(name = "school year starting {0}")
    @ValueSource(ints = {2025, 2026, 2027, 2028})
    void hasAtLeast178SchoolDays(int startYear) {
        for (County county : County.values()) {
            var p = PROPOSER.propose(SchoolYear.of(startYear), MunicipalityRules.forCounty(county));
            assertThat(p.schoolDays()).as(county.name()).isGreaterThanOrEqualTo(178);
        }
    }

    @ParameterizedTest(name = "school year starting {0}")
    @ValueSource(ints = {2025, 2026, 2027, 2028})
    void newYearsEveIsRiskFive(int startYear) {
        var p = stockholm(startYear);
        assertThat(p.riskLevel(LocalDate.of(startYear, 12, 31))).isEqualTo(5);
        assertThat(p.dayType(LocalDate.of(startYear, 12, 31))).isEqualTo(DayType.EVE);
    }

    @ParameterizedTest(name = "school year starting {0}")
    @ValueSource(ints = {2025, 2026, 2027, 2028})
    void everyFridayAndSaturdayOfSportlovPaasklovAndHostlovIsAtLeastRiskThree(int startYear) {
        for (County county : new County[] {County.STOCKHOLM, County.VASTRA_GOTALAND, County.SKANE, County.NORRBOTTEN}) {
            var p = PROPOSER.propose(SchoolYear.of(startYear), MunicipalityRules.forCounty(county));
            for (BreakKind kind : new BreakKind[] {BreakKind.WINTER_SPORTS, BreakKind.EASTER, BreakKind.AUTUMN}) {
                SchoolBreak b = p.breakOf(kind);
                // The break itself and the weekend after it.
                b.firstDay().datesUntil(b.lastDay().plusDays(2))
                        .filter(d -> d.getDayOfWeek() == DayOfWeek.FRIDAY || d.getDayOfWeek() == DayOfWeek.SATURDAY)
                        .forEach(d -> assertThat(p.riskLevel(d)).as(county + " " + kind + " " + d).isGreaterThanOrEqualTo(3));
            }
        }
    }

    @ParameterizedTest(name = "school year starting {0}")
    @ValueSource(ints = {2025, 2026, 2027, 2028})
    void meetingsNeverFallOnWeekendsOrDaysOff(int startYear) {
        for (DayOfWeek meetingDay : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY}) {
            var p = PROPOSER.propose(SchoolYear.of(startYear), STOCKHOLM.withMeetingDay(meetingDay));
            assertThat(p.meetings()).allSatisfy(m -> {
                assertThat(m.date().getDayOfWeek()).as(m.toString()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                assertThat(HOLIDAYS.isNonWorkingDay(m.date())).as(m.toString()).isFalse();
                // The summer follow-up lies in the next school year, so ask the holidays, not p.dayType.
                assertThat(HOLIDAYS.on(m.date())).as(m.toString()).noneMatch(h -> h.dayType() == DayType.STATUTORY_HOLIDAY);
            });
        }
    }

    @ParameterizedTest(name = "school year starting {0}")
    @ValueSource(ints = {2025, 2026, 2027, 2028})
    void everyBreakGetsCoordinationThreeWeeksBeforeCheckInTheWeekBeforeAndFollowUpAfter(int startYear) {
        var p = stockholm(startYear);
        for (SchoolBreak b : p.breaks()) {
            var forBreak = p.meetings().stream().filter(m -> m.relatedBreak() == b.kind()).toList();
            var coordination = forBreak.stream().filter(m -> m.kind() == MeetingKind.COORDINATION).toList();
            var checkIn = forBreak.stream().filter(m -> m.kind() == MeetingKind.CHECK_IN).toList();
            var followUp = forBreak.stream().filter(m -> m.kind() == MeetingKind.FOLLOW_UP).toList();
            assertThat(coordination).hasSize(1);
            assertThat(checkIn).hasSize(1);
            assertThat(followUp).hasSize(1);
            assertThat(ChronoUnit.DAYS.between(coordination.getFirst().date(), b.firstDay())).as(b.kind().name()).isBetween(14L, 24L);
            assertThat(ChronoUnit.DAYS.between(checkIn.getFirst().date(), b.firstDay())).as(b.kind().name()).isBetween(1L, 10L);
            assertThat(ChronoUnit.DAYS.between(b.lastDay(), followUp.getFirst().date())).as(b.kind().name()).isBetween(7L, 16L);
        }
    }

    @Test
    void steeringGroupMeetsThreeTimesAWeekBeforeTheCoordinationMeetings() {
        var p = stockholm(2026);
        assertThat(p.meetings()).filteredOn(m -> m.kind() == MeetingKind.STEERING_GROUP)
                .extracting(Meeting::date, Meeting::relatedBreak)
                .containsExactly(
                        tuple(LocalDate.of(2026, 9, 29), BreakKind.AUTUMN),
                        tuple(LocalDate.of(2027, 2, 2), BreakKind.WINTER_SPORTS),
                        tuple(LocalDate.of(2027, 5, 18), BreakKind.SUMMER));
    }

    @Test
    void meetingPlannedOnGoodFridayMovesToMaundyThursday() {
        // Friday meetings; påsklov 2027 starts Monday 29 March, so the check-in would be Good Friday 26 March.
        var p = PROPOSER.propose(SchoolYear.of(2026), STOCKHOLM.withMeetingDay(DayOfWeek.FRIDAY));
        assertThat(p.meetings()).filteredOn(m -> m.relatedBreak() == BreakKind.EASTER && m.kind() == MeetingKind.CHECK_IN)
                .extracting(Meeting::date).containsExactly(LocalDate.of(2027, 3, 25));
    }

    @Test
    void meetingsAreTiedToTheStockholm2026Breaks() {
        var p = stockholm(2026);
        assertThat(p.meetings()).filteredOn(m -> m.relatedBreak() == BreakKind.AUTUMN)
                .extracting(Meeting::kind, Meeting::date)
                .containsExactly(
                        tuple(MeetingKind.STEERING_GROUP, LocalDate.of(2026, 9, 29)),
                        tuple(MeetingKind.COORDINATION, LocalDate.of(2026, 10, 6)),
                        tuple(MeetingKind.CHECK_IN, LocalDate.of(2026, 10, 20)),
                        tuple(MeetingKind.FOLLOW_UP, LocalDate.of(2026, 11, 10)));
    }

    // --- day types and risk ---------------------------------------------------------------

    @Test
    void walpurgisEve2026IsAThursdayEveWithRiskFive() {
        var p = stockholm(2025);
        LocalDate valborg = LocalDate.of(2026, 4, 30);
        assertThat(valborg.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(p.dayType(valborg)).isEqualTo(DayType.EVE);
        assertThat(p.riskLevel(valborg)).isEqualTo(5);
        assertThat(p.suggestedGroups(valborg)).isEqualTo(3);
        assertThat(p.isSchoolDay(valborg)).isTrue();
    }

    @Test
    void walpurgisEve2027IsAFridayEveWithRiskFive() {
        var p = stockholm(2026);
        LocalDate valborg = LocalDate.of(2027, 4, 30);
        assertThat(valborg.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(p.dayType(valborg)).isEqualTo(DayType.EVE);
        assertThat(p.riskLevel(valborg)).isEqualTo(5);
    }

    @Test
    void midsummerEveIsAnEveWithRiskFour() {
        assertThat(stockholm(2025).dayType(LocalDate.of(2026, 6, 19))).isEqualTo(DayType.EVE);
        assertThat(stockholm(2025).riskLevel(LocalDate.of(2026, 6, 19))).isEqualTo(4);
        assertThat(stockholm(2026).riskLevel(LocalDate.of(2027, 6, 25))).isEqualTo(4);
    }

    @Test
    void dayTypesOfTheStockholm2026Calendar() {
        var p = stockholm(2026);
        assertThat(p.dayType(LocalDate.of(2026, 9, 15))).isEqualTo(DayType.ORDINARY);
        assertThat(p.dayType(LocalDate.of(2026, 9, 19))).isEqualTo(DayType.WEEKEND);
        assertThat(p.dayType(LocalDate.of(2026, 10, 27))).isEqualTo(DayType.BREAK_DAY);
        assertThat(p.dayType(LocalDate.of(2026, 10, 30))).as("allhelgonaafton in höstlov").isEqualTo(DayType.EVE);
        assertThat(p.dayType(LocalDate.of(2026, 12, 25))).isEqualTo(DayType.STATUTORY_HOLIDAY);
        assertThat(p.dayType(LocalDate.of(2027, 3, 29))).as("Easter Monday in påsklov").isEqualTo(DayType.STATUTORY_HOLIDAY);
        assertThat(p.dayType(LocalDate.of(2027, 7, 14))).isEqualTo(DayType.BREAK_DAY);
    }

    @Test
    void riskLevelsOfOrdinaryAndBreakDays() {
        var p = stockholm(2026);
        assertThat(p.riskLevel(LocalDate.of(2026, 9, 15))).as("term Tuesday").isZero();
        assertThat(p.riskLevel(LocalDate.of(2026, 9, 18))).as("term Friday").isEqualTo(2);
        assertThat(p.riskLevel(LocalDate.of(2026, 9, 19))).as("term Saturday").isEqualTo(2);
        assertThat(p.riskLevel(LocalDate.of(2026, 9, 20))).as("term Sunday").isZero();
        assertThat(p.riskLevel(LocalDate.of(2027, 3, 2))).as("sportlov Tuesday").isEqualTo(1);
        assertThat(p.riskLevel(LocalDate.of(2027, 7, 14))).as("summer Wednesday").isEqualTo(1);
        assertThat(p.riskLevel(LocalDate.of(2027, 7, 16))).as("summer Friday").isEqualTo(2);
    }

    @Test
    void riskLevelsOfTheStockholm2026KeyDates() {
        var p = stockholm(2026);
        assertThat(p.riskLevel(LocalDate.of(2027, 2, 26))).as("last school day before sportlov").isEqualTo(4);
        assertThat(p.riskLevel(LocalDate.of(2026, 10, 23))).as("last school day before höstlov").isEqualTo(4);
        assertThat(p.riskLevel(LocalDate.of(2026, 10, 31))).as("Halloween Saturday").isEqualTo(4);
        assertThat(p.riskLevel(LocalDate.of(2027, 6, 11))).as("skolavslutning").isEqualTo(5);
        assertThat(p.riskLevel(LocalDate.of(2027, 6, 12))).as("first summer Saturday").isEqualTo(3);
        assertThat(p.riskLevel(LocalDate.of(2027, 8, 14))).as("last summer Saturday").isEqualTo(3);
        assertThat(p.riskLevel(LocalDate.of(2027, 6, 5))).as("studenten Saturday").isEqualTo(4);
        assertThat(p.riskLevel(LocalDate.of(2027, 3, 25))).as("Maundy Thursday, eve of Easter").isEqualTo(3);
        assertThat(p.riskLevel(LocalDate.of(2027, 2, 27))).as("Saturday starting sportlov").isEqualTo(3);
    }

    @Test
    void keyDatesListTheRiskEventsWithTheirLevels() {
        var p = stockholm(2026);
        assertThat(p.keyDates()).contains(
                new KeyDate(LocalDate.of(2027, 4, 30), KeyDateKind.WALPURGIS_EVE, 5),
                new KeyDate(LocalDate.of(2026, 12, 31), KeyDateKind.NEW_YEARS_EVE, 5),
                new KeyDate(LocalDate.of(2027, 6, 11), KeyDateKind.SCHOOL_END_SUMMER, 5),
                new KeyDate(LocalDate.of(2026, 12, 18), KeyDateKind.SCHOOL_END_CHRISTMAS, 3),
                new KeyDate(LocalDate.of(2026, 12, 13), KeyDateKind.LUCIA, 2),
                new KeyDate(LocalDate.of(2027, 3, 5), KeyDateKind.BREAK_FRIDAY_OR_SATURDAY, 3),
                new KeyDate(LocalDate.of(2027, 3, 6), KeyDateKind.BREAK_FRIDAY_OR_SATURDAY, 3));
        assertThat(p.keyDates()).isSorted().doesNotHaveDuplicates();
        assertThat(p.keyDates()).allSatisfy(k -> assertThat(p.covers(k.date())).as(k.toString()).isTrue());
    }

    @Test
    void editedRiskDefaultsChangeTheRiskLevels() {
        var rules = STOCKHOLM.withRiskDefaults(RiskDefaults.standard()
                .with(KeyDateKind.LUCIA, 5)
                .withOrdinaryFridaySaturday(1));
        var p = PROPOSER.propose(SchoolYear.of(2026), rules);
        assertThat(p.riskLevel(LocalDate.of(2026, 12, 13))).isEqualTo(5);
        assertThat(p.riskLevel(LocalDate.of(2026, 9, 18))).isEqualTo(1);
    }

    @Test
    void schoolDaysExcludeBreaksWeekendsAndHolidays() {
        var p = stockholm(2026);
        assertThat(p.isSchoolDay(LocalDate.of(2026, 8, 18))).isTrue();
        assertThat(p.isSchoolDay(LocalDate.of(2026, 8, 17))).isFalse();
        assertThat(p.isSchoolDay(LocalDate.of(2026, 10, 27))).isFalse();
        assertThat(p.isSchoolDay(LocalDate.of(2027, 5, 6))).as("Ascension Day").isFalse();
        assertThat(p.isSchoolDay(LocalDate.of(2027, 5, 7))).isTrue();
        // Autumn: 18 Aug–18 Dec 2026 is 89 weekdays, minus höstlov 5 = 84.
        // Spring: 11 Jan–11 Jun 2027 is 110 weekdays, minus sportlov 5, påsklov 5,
        // Good Friday 26 Mar and Ascension 6 May = 98.
        assertThat(p.schoolDays()).isEqualTo(182);
    }

    @Test
    void datesOutsideTheProposalAreRejected() {
        var p = stockholm(2026);
        assertThatThrownBy(() -> p.dayType(LocalDate.of(2026, 8, 17))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.riskLevel(LocalDate.of(2027, 8, 18))).isInstanceOf(IllegalArgumentException.class);
    }
}
