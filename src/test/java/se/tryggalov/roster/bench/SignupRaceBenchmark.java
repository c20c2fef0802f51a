package se.tryggalov.roster.bench;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.TestYears;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.roster.RosterTestData;
import se.tryggalov.roster.ShiftSignupService;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.i18n.UserMessageException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static java.time.DayOfWeek.MONDAY;
import static java.time.Month.SEPTEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static se.tryggalov.TestYears.nth;
import static se.tryggalov.jooq.Tables.ACTIVITY;
import static se.tryggalov.jooq.Tables.CALENDAR_ITEM;
import static se.tryggalov.jooq.Tables.SHIFT;
import static se.tryggalov.jooq.Tables.SHIFT_ASSIGNMENT;
import static se.tryggalov.jooq.Tables.SIGNUP_RULE;
import static se.tryggalov.jooq.Tables.VOLUNTEER;

/**
 * The sign-up race (issue #15), through {@link ShiftSignupService} on the real database: 200 volunteers sign up at
 * the same instant for a shift with 5 free places, 50 times; and one person races for two overlapping shifts, 50
 * times. Counts what won, what each loser was told and what the database holds afterwards, and the server-side
 * time of each sign-up call (p50/p99). Not part of the test run (its name ends in Benchmark): run it with
 * {@code bench/signup-race.sh}; it appends a line to {@code bench/results/signup-race.jsonl}.
 */
@IntegrationTest
class SignupRaceBenchmark {

    static final int PEOPLE = 200;
    static final int PLACES = 5;
    static final int ROUNDS = Integer.getInteger("rounds", 50);

    @Autowired
    ShiftSignupService signups;
    @Autowired
    DSLContext dsl;
    @Autowired
    SecurityContexts contexts;
    @Autowired
    CalendarService calendar;
    @Autowired
    SystemAuthentication system;
    @Autowired
    TestYears years;

    @Test
    void twoHundredVolunteersRaceForFivePlaces() throws Exception {
        SchoolYear year = years.claim();
        RosterTestData data = new RosterTestData(dsl, contexts);
        RosterTestData.plan(calendar, system, year);
        long organisation = data.organisation("race-org");
        long activity = data.activity(year, data.district("race-district"), organisation, "Nattvandring");
        LocalDate first = nth(MONDAY, SEPTEMBER, 1, year);
        long item = dsl.insertInto(CALENDAR_ITEM).set(CALENDAR_ITEM.SCHOOL_YEAR_ID, data.schoolYearId(year))
                .set(CALENDAR_ITEM.KIND, "KEY_DATE").set(CALENDAR_ITEM.CODE, "CUSTOM")
                .set(CALENDAR_ITEM.TITLE, RosterTestData.unique("race")).set(CALENDAR_ITEM.FIRST_DAY, first)
                .set(CALENDAR_ITEM.LAST_DAY, first.plusDays(ROUNDS * 2L)).set(CALENDAR_ITEM.RISK_LEVEL, (short) 3)
                .set(CALENDAR_ITEM.STATUS, "CONFIRMED").set(CALENDAR_ITEM.SOURCE, "MANUAL")
                .returning(CALENDAR_ITEM.ID).fetchSingle(CALENDAR_ITEM.ID);
        dsl.update(ACTIVITY).set(ACTIVITY.CALENDAR_ITEM_ID, item).where(ACTIVITY.ID.eq(activity)).execute();
        dsl.insertInto(SIGNUP_RULE).set(SIGNUP_RULE.CALENDAR_ITEM_ID, item).set(SIGNUP_RULE.OPEN, true).execute();
        List<RosterTestData.Person> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            RosterTestData.Person p = data.volunteer("racer", false, organisation);
            dsl.update(VOLUNTEER).set(VOLUNTEER.MAX_NIGHTS_PER_MONTH, (short) 31)
                    .set(VOLUNTEER.MAX_NIGHTS_PER_WEEKEND, (short) 3).where(VOLUNTEER.USER_ID.eq(p.id())).execute();
            people.add(p);
        }

        ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);
        List<Long> nanos = new ArrayList<>();
        Map<String, Integer> answers = new TreeMap<>();
        int roundsWithExactlyFive = 0;
        int overbooked = 0;
        for (int round = 0; round < ROUNDS; round++) {
            LocalDate day = first.plusDays(round);
            long shift = data.shift(activity, day, 1, 1, PLACES, PLACES, false, "OPEN", "PEOPLE");
            CyclicBarrier start = new CyclicBarrier(PEOPLE);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (RosterTestData.Person p : people) {
                futures.add(pool.submit(() -> {
                    start.await();
                    long t0 = System.nanoTime();
                    String answer;
                    try {
                        data.as(p.username(), () -> signups.signUp(shift), Role.VOLUNTEER);
                        answer = "CONFIRMED";
                    } catch (UserMessageException e) {
                        answer = e.messageKey();
                    }
                    return new Outcome(answer, System.nanoTime() - t0);
                }));
            }
            int won = 0;
            for (Future<Outcome> f : futures) {
                Outcome o = f.get(5, TimeUnit.MINUTES);
                nanos.add(o.nanos());
                answers.merge(o.answer(), 1, Integer::sum);
                if (o.answer().equals("CONFIRMED")) {
                    won++;
                }
            }
            int held = dsl.fetchCount(SHIFT_ASSIGNMENT, SHIFT_ASSIGNMENT.SHIFT_ID.eq(shift)
                    .and(SHIFT_ASSIGNMENT.STATUS.in("PROPOSED", "CONFIRMED", "PENDING", "OFFERED")));
            if (won == PLACES && held == PLACES) {
                roundsWithExactlyFive++;
            }
            if (held > PLACES) {
                overbooked++;
            }
        }

        // one person, two overlapping shifts (21:00-01:00 and 23:00-02:00), at the same instant
        RosterTestData.Person racer = people.getFirst();
        int overlapRoundsWithAtMostOne = 0;
        Map<String, Integer> overlapAnswers = new TreeMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            LocalDate day = first.plusDays(ROUNDS + 1 + round);
            long a = data.shift(activity, day, 1, 1, PLACES, PLACES, false, "OPEN", "PEOPLE");
            long b = data.shift(activity, day, 2, 1, PLACES, PLACES, false, "OPEN", "PEOPLE");
            dsl.update(SHIFT).set(SHIFT.STARTS_AT, LocalTime.of(23, 0)).set(SHIFT.ENDS_AT, LocalTime.of(2, 0))
                    .where(SHIFT.ID.eq(b)).execute();
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<String>> futures = new ArrayList<>();
            for (long shift : new long[]{a, b}) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        data.as(racer.username(), () -> signups.signUp(shift), Role.VOLUNTEER);
                        return "CONFIRMED";
                    } catch (UserMessageException e) {
                        return e.messageKey();
                    }
                }));
            }
            for (Future<String> f : futures) {
                overlapAnswers.merge(f.get(1, TimeUnit.MINUTES), 1, Integer::sum);
            }
            int held = dsl.fetchCount(SHIFT_ASSIGNMENT, SHIFT_ASSIGNMENT.SHIFT_ID.in(a, b)
                    .and(SHIFT_ASSIGNMENT.USER_ID.eq(racer.id()))
                    .and(SHIFT_ASSIGNMENT.STATUS.in("PROPOSED", "CONFIRMED", "PENDING", "OFFERED")));
            if (held <= 1) {
                overlapRoundsWithAtMostOne++;
            }
        }
        pool.shutdown();

        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        double p50 = percentile(sorted, 0.50);
        double p99 = percentile(sorted, 0.99);
        double max = sorted[sorted.length - 1] / 1e6;
        String line = String.format(java.util.Locale.ROOT,
                "{\"at\":\"%s\",\"rounds\":%d,\"people\":%d,\"places\":%d,\"roundsWithExactly5\":%d,"
                        + "\"roundsOverbooked\":%d,\"answers\":%s,\"signUpMsP50\":%.1f,\"signUpMsP99\":%.1f,"
                        + "\"signUpMsMax\":%.1f,\"overlapRoundsWithAtMostOne\":%d,\"overlapAnswers\":%s,"
                        + "\"cores\":%d,\"loadAverage\":\"%s\"}",
                Instant.now(), ROUNDS, PEOPLE, PLACES, roundsWithExactlyFive, overbooked, json(answers), p50, p99, max,
                overlapRoundsWithAtMostOne, json(overlapAnswers), Runtime.getRuntime().availableProcessors(), loadAverage());
        System.out.println("SIGNUP RACE " + line);
        Path results = Path.of(System.getProperty("bench.results", "bench/results/signup-race.jsonl"));
        try {
            Files.createDirectories(results.getParent());
            Files.writeString(results, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.out.println("Could not write " + results + ": " + e);
        }

        assertThat(roundsWithExactlyFive).isEqualTo(ROUNDS);
        assertThat(overbooked).isZero();
        assertThat(answers.keySet()).containsOnly("CONFIRMED", "signup.error.full");
        assertThat(overlapRoundsWithAtMostOne).isEqualTo(ROUNDS);
    }

    /** The machine's 1, 5 and 15 minute load (other builds share it), for reading the timings. */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private record Outcome(String answer, long nanos) {
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static String json(Map<String, Integer> counts) {
        StringBuilder b = new StringBuilder("{");
        counts.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return b.append('}').toString();
    }

    @SuppressWarnings("unused")
    private static String list(long[] values) {
        return Arrays.toString(values);
    }
}
