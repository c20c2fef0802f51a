package se.tryggalov.coverage;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.TestYears;
import se.tryggalov.IntegrationTest;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.roster.RosterTestData;
import se.tryggalov.security.Role;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.time.Zones;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tryggalov.jooq.Tables.COVERAGE_SNAPSHOT;

/**
 * The coverage history on the demo data: the daily job writes one snapshot per coming period, day and district, the
 * same however often it runs; the series read back says what the read model says; the demo seeds a history for the
 * coming break that ends at today's figures.
 */
@IntegrationTest
class CoverageHistoryTest {

    @Autowired
    CoverageJobs jobs;
    @Autowired
    CoverageHistory history;
    @Autowired
    CoverageService coverage;
    @Autowired
    CalendarService calendar;
    @Autowired
    DSLContext dsl;
    @Autowired
    SecurityContexts contexts;
    @Autowired
    Clock clock;
    @Autowired
    TestYears years;
    @Autowired
    SystemAuthentication system;

    record Coming(SchoolYear year, CalendarItem item) {
    }

    private List<Coming> coming(LocalDate today) {
        List<Coming> coming = new ArrayList<>();
        SchoolYear current = calendar.currentYear();
        for (SchoolYear year : List.of(current, current.next())) {
            if (calendar.plan(year).isPresent()) {
                coverage.periods(year).stream().filter(i -> !i.lastDay().isBefore(today))
                        .forEach(i -> coming.add(new Coming(year, i)));
            }
        }
        return coming;
    }

    private int rowsOn(LocalDate day) {
        return dsl.fetchCount(COVERAGE_SNAPSHOT, COVERAGE_SNAPSHOT.TAKEN_ON.eq(day));
    }

    @Test
    void theDailyJobWritesOneSnapshotPerPeriodDayAndDistrictEvenWhenRunTwice() {
        RosterTestData data = new RosterTestData(dsl, contexts);
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        List<Coming> coming = coming(today);
        assertThat(coming).as("the demo plans breaks ahead").isNotEmpty();

        int first = jobs.run();
        int rowsAfterFirst = rowsOn(today);
        int second = jobs.run();

        assertThat(first).isEqualTo(coming.size());
        assertThat(second).isEqualTo(first);
        assertThat(rowsOn(today)).isEqualTo(rowsAfterFirst);
        for (Coming c : coming) {
            CoverageGrid grid = data.as("coordinator", () -> coverage.grid(c.year(), c.item().id()),
                    Role.COORDINATOR);
            assertThat(dsl.fetchCount(COVERAGE_SNAPSHOT, COVERAGE_SNAPSHOT.CALENDAR_ITEM_ID.eq(c.item().id())
                    .and(COVERAGE_SNAPSHOT.TAKEN_ON.eq(today))))
                    .as("rows of %s today", c.item().code()).isEqualTo(grid.districts().size());
            List<CoverageHistory.Point> series = data.as("coordinator", () -> history.growth(c.year(),
                    c.item().id()), Role.COORDINATOR);
            assertThat(series.stream().filter(p -> p.takenOn().equals(today))).hasSize(1);
            CoverageHistory.Point now = series.getLast();
            assertThat(now.takenOn()).isEqualTo(today);
            assertThat(List.of(now.need(), now.covered(), now.seatsNeeded(), now.seatsBooked()))
                    .as("today's point of %s against the read model", c.item().code())
                    .containsExactly(grid.need(), grid.covered(), grid.seatsNeeded(), grid.seatsBooked());
            assertThat(now.daysBefore()).isEqualTo(ChronoUnit.DAYS.between(today, c.item().firstDay()));
        }
    }

    /**
     * The demo's history, seeded for a break of a school year this class claims (the demo's own year is shared with
     * every other test class, whose shifts change its figures while the suite runs).
     */
    @Test
    void theDemoHistoryGrowsTowardsTheBreaksFiguresOfTheDayItIsSeeded() {
        RosterTestData data = new RosterTestData(dsl, contexts);
        SchoolYear year = years.claim();
        RosterTestData.plan(calendar, system, year);
        CalendarItem aBreak = coverage.periods(year).stream().filter(i -> i.kind() == ItemKind.BREAK).findFirst()
                .orElseThrow();
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));

        data.as("coordinator", () -> {
            history.seedDemoHistory(year, aBreak.id(), 28);
            return null;
        }, Role.COORDINATOR);
        CoverageGrid grid = data.as("coordinator", () -> coverage.grid(year, aBreak.id()), Role.COORDINATOR);
        List<CoverageHistory.Point> series = data.as("coordinator", () -> history.growth(year, aBreak.id()),
                Role.COORDINATOR);

        assertThat(grid.need()).as("the break has a need to grow towards").isPositive();
        assertThat(series).hasSize(29);
        assertThat(series).extracting(CoverageHistory.Point::takenOn).isSorted().doesNotHaveDuplicates()
                .startsWith(today.minusDays(28)).endsWith(today);
        assertThat(series).extracting(CoverageHistory.Point::need).containsOnly(grid.need());
        CoverageHistory.Point oldest = series.getFirst();
        CoverageHistory.Point newest = series.getLast();
        assertThat(List.of(newest.need(), newest.covered(), newest.seatsNeeded(), newest.seatsBooked()))
                .as("the last point is the read model of the day it was seeded")
                .containsExactly(grid.need(), grid.covered(), grid.seatsNeeded(), grid.seatsBooked());
        assertThat(oldest.covered()).isLessThanOrEqualTo(newest.covered());
        assertThat(oldest.seatsBooked()).isLessThanOrEqualTo(newest.seatsBooked());
        assertThat(oldest.daysBefore() - newest.daysBefore()).isEqualTo(28);
    }
}
