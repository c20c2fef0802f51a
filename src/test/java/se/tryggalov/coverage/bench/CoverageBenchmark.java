package se.tryggalov.coverage.bench;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.SignedIn;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.coverage.CoverageCell;
import se.tryggalov.coverage.CoverageGrid;
import se.tryggalov.coverage.CoverageService;
import se.tryggalov.security.Role;
import se.tryggalov.shared.SecurityContexts;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server time of the coverage read model on the demo year (issue #17): the steering group's dashboard for the whole
 * school year (the grid and the spread of evenings) and the viewer's "tonight" (Southside). Not part of the test run
 * (its name ends in Benchmark): run it with {@code bench/coverage.sh}; it appends a line to
 * {@code bench/results/coverage.jsonl} with the median and p90 in ms and the machine's load average.
 */
@IntegrationTest
class CoverageBenchmark {

    static final int WARMUP = 5;
    static final int ROUNDS = Integer.getInteger("rounds", 30);

    @Autowired
    CoverageService coverage;
    @Autowired
    se.tryggalov.coverage.CoverageHistory history;
    @Autowired
    CalendarService calendar;
    @Autowired
    SecurityContexts contexts;

    @Test
    void dashboardAndTonightOnTheDemoYear() throws IOException {
        SchoolYear year = calendar.currentYear();
        CoverageGrid grid = as("coordinator", () -> coverage.grid(year, null), Role.COORDINATOR);
        assertThat(grid.cells()).isNotEmpty();
        double[] dashboard = time(() -> as("coordinator", () -> {
            CoverageGrid g = coverage.grid(year, null);
            coverage.fairness(g.firstDay(), g.lastDay());
            return g;
        }, Role.COORDINATOR));
        // the default view: the coming break with its chart data, the history ("how coverage grew") included
        CoverageService.Period next = as("coordinator", () -> coverage.nextPeriod().orElseThrow(), Role.COORDINATOR);
        double[] breakView = time(() -> as("coordinator", () -> {
            CoverageGrid g = coverage.grid(next.year(), next.item().id());
            coverage.fairness(g.firstDay(), g.lastDay());
            return history.growth(next.year(), next.item().id());
        }, Role.COORDINATOR));
        double[] tonight = time(() -> as("viewer", coverage::tonightsCover, Role.VIEWER));
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        StringBuilder periods = new StringBuilder();
        for (CalendarItem item : as("coordinator", () -> coverage.periods(year), Role.COORDINATOR)) {
            CoverageGrid g = as("coordinator", () -> coverage.grid(year, item.id()), Role.COORDINATOR);
            long openable = g.gaps().stream().filter(c -> !c.openable().isEmpty()).count();
            periods.append("%n  %s %s..%s need=%d covered=%d gaps=%d openableGaps=%d commitments=%d seats=%d/%d"
                    .formatted(item.code(), item.firstDay(), item.lastDay(), g.need(), g.covered(), g.gaps().size(),
                            openable, g.cells().stream().mapToInt(CoverageCell::commitmentUnits).sum(),
                            g.seatsBooked(), g.seatsNeeded()));
        }
        String line = ("{\"at\":\"%s\",\"year\":\"%s\",\"cells\":%d,\"shiftsDays\":%d,\"dashboardMedianMs\":%.1f,"
                + "\"dashboardP90Ms\":%.1f,\"tonightMedianMs\":%.1f,\"tonightP90Ms\":%.1f,\"rounds\":%d,"
                + "\"loadAverage1m\":%.2f,\"cpus\":%d,\"breakWithHistory\":\"%s\",\"breakMedianMs\":%.1f,"
                + "\"breakP90Ms\":%.1f}").formatted(Instant.now(), year.label(), grid.cells().size(),
                grid.days().size(), median(dashboard), p90(dashboard), median(tonight), p90(tonight), ROUNDS, load,
                Runtime.getRuntime().availableProcessors(), next.item().code(), median(breakView), p90(breakView));
        System.out.println("COVERAGE BENCH " + line + periods);
        Path out = Path.of("bench/results/coverage.jsonl");
        Files.writeString(out, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private <T> T as(String username, Supplier<T> work, Role role) {
        return SignedIn.as(contexts, username, work, role);
    }

    private static double[] time(Supplier<?> work) {
        for (int i = 0; i < WARMUP; i++) {
            work.get();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            work.get();
            ms.add((System.nanoTime() - start) / 1e6);
        }
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static double p90(double[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.9) - 1];
    }
}
