package se.tryggalov.coverage;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.security.Role;
import se.tryggalov.shared.time.Zones;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * How coverage grew as a break approached: once a day (and after a roster is published) the read model of every
 * coming break and raised-risk date is written down per district ({@code coverage_snapshot}), and the dashboard
 * draws the period's series: days before its first evening against the share of the need covered. Written through
 * {@link CoverageService#grid}, so a snapshot says what the heat map said that day.
 */
@Service
public class CoverageHistory {

    /** One day of a period's history, the districts summed. */
    public record Point(LocalDate takenOn, long daysBefore, int need, int covered, int seatsNeeded,
                        int seatsBooked) {

        /** Covered share of the need in per cent (100 when nothing is needed). */
        public int percent() {
            return need == 0 ? 100 : Math.min(100, covered * 100 / need);
        }

        /** Booked share of the places in groups staffed by people, in per cent (0 when there are none). */
        public int bookedPercent() {
            return seatsNeeded == 0 ? 0 : Math.min(100, seatsBooked * 100 / seatsNeeded);
        }
    }

    private final CoverageService coverage;
    private final CalendarService calendar;
    private final CoverageSnapshotRepository snapshots;
    private final Clock clock;

    CoverageHistory(CoverageService coverage, CalendarService calendar, CoverageSnapshotRepository snapshots,
                    Clock clock) {
        this.coverage = coverage;
        this.calendar = calendar;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.STOCKHOLM));
    }

    /**
     * Today's snapshot of every break and raised-risk date of this school year and the next that has not ended.
     * Run twice on a day, the second replaces the first (one row per period, day and district). Returns how many
     * periods were written.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public int snapshotComing() {
        LocalDate today = today();
        SchoolYear current = calendar.currentYear();
        int written = 0;
        for (SchoolYear year : List.of(current, current.next())) {
            if (calendar.plan(year).isEmpty()) {
                continue;
            }
            for (CalendarItem item : coverage.periods(year)) {
                if (!item.lastDay().isBefore(today)) {
                    snapshots.save(item.id(), today, rows(coverage.grid(year, item.id())));
                    written++;
                }
            }
        }
        return written;
    }

    /** Per district: the need, what covers it (at most the need), the places and the places booked. */
    static List<CoverageSnapshotRepository.Row> rows(CoverageGrid grid) {
        List<CoverageSnapshotRepository.Row> rows = new ArrayList<>();
        for (CoverageGrid.District d : grid.districts()) {
            int need = 0;
            int covered = 0;
            int seatsNeeded = 0;
            int seatsBooked = 0;
            for (CoverageCell c : grid.cells()) {
                if (c.districtId() == d.id()) {
                    need += c.need();
                    covered += Math.min(c.need(), c.covered());
                    seatsNeeded += c.seatsNeeded();
                    seatsBooked += c.seatsBooked();
                }
            }
            rows.add(new CoverageSnapshotRepository.Row(d.id(), need, covered, seatsNeeded, seatsBooked));
        }
        return rows;
    }

    /** The period's history, oldest day first; days before its first evening (0 on it, negative during it). */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public List<Point> growth(SchoolYear year, long calendarItemId) {
        LocalDate first = coverage.period(year, calendarItemId).firstDay();
        return snapshots.series(calendarItemId).stream()
                .map(d -> new Point(d.takenOn(), ChronoUnit.DAYS.between(d.takenOn(), first), d.need(), d.covered(),
                        d.seatsNeeded(), d.seatsBooked()))
                .toList();
    }

    /**
     * Demo data only: a plausible history for a period, {@code days} days back from today, growing towards today's
     * read model (little covered four weeks before, most of it in the last week), and today's own snapshot.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void seedDemoHistory(SchoolYear year, long calendarItemId, int days) {
        LocalDate today = today();
        List<CoverageSnapshotRepository.Row> now = rows(coverage.grid(year, calendarItemId));
        for (int back = days; back >= 1; back--) {
            double share = Math.pow(1.0 - (double) back / (days + 1), 1.6);
            int step = back;
            snapshots.save(calendarItemId, today.minusDays(back), now.stream()
                    .map(r -> new CoverageSnapshotRepository.Row(r.districtId(), r.need(),
                            scaled(r.covered(), share, step + (int) r.districtId()),
                            r.seatsNeeded(), scaled(r.seatsBooked(), share, step * 3 + (int) r.districtId())))
                    .toList());
        }
        snapshots.save(calendarItemId, today, now);
    }

    /** {@code value × share}, give or take one on some days, never above {@code value} nor below 0. */
    private static int scaled(int value, double share, int salt) {
        int wobble = Math.floorMod(salt * 7, 5) == 0 ? 1 : 0;
        return Math.max(0, Math.min(value, (int) Math.round(value * share) - wobble));
    }
}
