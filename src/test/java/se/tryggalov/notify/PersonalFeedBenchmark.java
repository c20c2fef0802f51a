package se.tryggalov.notify;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.TestYears;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.roster.RosterTestData;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.i18n.Translations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static java.time.DayOfWeek.MONDAY;
import static java.time.Month.SEPTEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static se.tryggalov.TestYears.nth;

/**
 * The personal feed's server time (issue #16: "well under a second for a person with a year of shifts"): one person
 * on 120 published shifts over a school year, each with a lead and two more walkers; the first fetch (which records
 * every event's sequence) and 100 more (p50, p99, max). Through the service on the embedded PostgreSQL, without
 * HTTP. Not part of the test run (its name ends in Benchmark): run {@code bench/personal-feed.sh}; it appends a line
 * to {@code bench/results/personal-feed.jsonl}.
 */
@IntegrationTest
class PersonalFeedBenchmark {

    static final int SHIFTS = 120;
    static final int FETCHES = 100;

    @Autowired
    PersonalFeedService feeds;
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

    @Test
    void aYearOfShifts() throws IOException {
        SchoolYear year = years.claim();
        FeedTestData data = new FeedTestData(dsl, contexts, calendar, system, year, RosterTestData.unique("b"));
        var me = data.person("bench", "Berit Bench", false, null);
        var lead = data.person("lead", "Lena Ledare", true, "070-123 45 67");
        var other = data.person("other", "Olle Annan", false, null);
        var third = data.person("third", "Tora Tredje", false, null);
        LocalDate first = nth(MONDAY, SEPTEMBER, 2, year);
        for (int i = 0; i < SHIFTS; i++) {
            long shift = data.publishedShift(first.plusDays(2L * i));
            data.confirm(shift, me);
            data.confirm(shift, lead);
            data.confirm(shift, other);
            data.confirm(shift, third);
        }
        String address = data.as(me, () -> feeds.renew(Translations.SWEDISH));
        String secret = address.substring(address.indexOf(PersonalFeedService.FEED_PATH)
                + PersonalFeedService.FEED_PATH.length(), address.indexOf(".ics"));

        long start = System.nanoTime();
        String ics = feeds.feed(secret, Translations.SWEDISH).orElseThrow();
        double firstMs = (System.nanoTime() - start) / 1e6;
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(SHIFTS + 1);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < FETCHES; i++) {
            long t = System.nanoTime();
            feeds.feed(secret, Translations.SWEDISH).orElseThrow();
            times.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(times);
        double p50 = times.get(FETCHES / 2);
        double p99 = times.get((int) Math.ceil(FETCHES * 0.99) - 1);
        double max = times.getLast();
        String line = String.format(java.util.Locale.ROOT,
                "{\"at\":\"%s\",\"shifts\":%d,\"bytes\":%d,\"firstMs\":%.1f,\"p50Ms\":%.1f,\"p99Ms\":%.1f,\"maxMs\":%.1f,"
                        + "\"fetches\":%d,\"cores\":%d}",
                Instant.now(), SHIFTS, ics.length(), firstMs, p50, p99, max, FETCHES,
                Runtime.getRuntime().availableProcessors());
        System.out.println("PERSONAL FEED " + line);
        Path results = Path.of("bench/results/personal-feed.jsonl");
        Files.writeString(results, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        assertThat(p50).as("p50 ms").isLessThan(1000);
    }
}
