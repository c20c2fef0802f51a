package se.tryggalov.demo;

import org.springframework.stereotype.Component;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.coverage.CoverageHistory;
import se.tryggalov.coverage.CoverageService;
import se.tryggalov.shared.time.Zones;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard's "how coverage grew" for the demo: four weeks of plausible history for the period the dashboard
 * opens on and for the coming break (through
 * the coverage feature's service, which owns the table) and today's snapshot of every coming period.
 */
@Component
class DemoCoverage {

    static final int HISTORY_DAYS = 28;

    private final CoverageHistory history;
    private final CoverageService coverage;
    private final CalendarService calendar;
    private final Clock clock;

    DemoCoverage(CoverageHistory history, CoverageService coverage, CalendarService calendar, Clock clock) {
        this.history = history;
        this.coverage = coverage;
        this.calendar = calendar;
        this.clock = clock;
    }

    void load() {
        // the period the dashboard opens on (the next break or raised-risk date), and the next break if that differs
        coverage.nextPeriod().ifPresent(p -> history.seedDemoHistory(p.year(), p.item().id(), HISTORY_DAYS));
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        SchoolYear current = calendar.currentYear();
        for (SchoolYear year : List.of(current, current.next())) {
            if (calendar.plan(year).isEmpty()) {
                continue;
            }
            for (CalendarItem item : coverage.periods(year)) {
                if (item.kind() == ItemKind.BREAK && !item.lastDay().isBefore(today)) {
                    history.seedDemoHistory(year, item.id(), HISTORY_DAYS);
                    history.snapshotComing();
                    return;
                }
            }
        }
        history.snapshotComing();
    }
}
