import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load benchmark of bench/load.sh (issue #21): virtual users, each one browser (a virtual thread with its own
 * cookie jar), driving the real HTTP path of the most frequent actions of volunteers:
 * <ol>
 *   <li>sign in: GET /login, POST /login with the form's CSRF token (Argon2id checks the password);</li>
 *   <li>open shifts (Lediga pass): GET /open-shifts and Vaadin's init request that builds the page;</li>
 *   <li>sign up: a click on one of the page's "Anmäl mig" buttons, sent with Vaadin's UIDL protocol;</li>
 *   <li>Mina pass: GET /my-shifts and its init request;</li>
 *   <li>the feed: GET /feeds/calendar/TOKEN.ics (calendar subscriptions poll it without signing in).</li>
 * </ol>
 * Every user signs in once (all within the ramp-up), then repeats 2-5 with a think time of 1-3 s until the end; each
 * page it leaves is closed as a browser does (the unload beacon). Times are client-side response times over the
 * loopback (the server time plus a little), per request kind: count, errors, p50, p95, p99, max.
 * Usage: java -cp gson.jar LoadDriver.java BASE_URL USERS SECONDS RAMP_SECONDS USER_PREFIX FEED_TOKEN
 */
public class LoadDriver {

    record Sample(String kind, long nanos, boolean error) {
    }

    static final ConcurrentLinkedQueue<Sample> SAMPLES = new ConcurrentLinkedQueue<>();
    static final Map<String, AtomicInteger> NOTES = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int users = Integer.parseInt(args[1]);
        Duration length = Duration.ofSeconds(Long.parseLong(args[2]));
        Duration ramp = Duration.ofSeconds(Long.parseLong(args[3]));
        String prefix = args[4];
        String feed = "/feeds/calendar/" + args[5] + ".ics";
        long start = System.nanoTime();
        long end = start + ramp.toNanos() + length.toNanos();
        long measureFrom = start + ramp.toNanos();
        CountDownLatch done = new CountDownLatch(users);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < users; i++) {
                int n = i;
                long startAt = start + ramp.toNanos() * i / users;
                pool.submit(() -> {
                    try {
                        user(base, prefix + n, feed, startAt, end, measureFrom);
                    } catch (Exception e) {
                        note("user gave up: " + e.getClass().getSimpleName() + ": " + e.getMessage());
                    } finally {
                        done.countDown();
                    }
                });
            }
            done.await();
        }
        report(users, (System.nanoTime() - measureFrom) / 1e9, measureFrom);
    }

    static void note(String what) {
        NOTES.computeIfAbsent(what.length() > 120 ? what.substring(0, 120) : what, k -> new AtomicInteger()).incrementAndGet();
    }

    interface Action<T> {
        T run() throws Exception;
    }

    static <T> T timed(String kind, VaadinClient c, Action<T> action) {
        long t0 = System.nanoTime();
        try {
            T result = action.run();
            SAMPLES.add(new Sample(kind, System.nanoTime() - t0, false));
            return result;
        } catch (Exception e) {
            SAMPLES.add(new Sample(kind, System.nanoTime() - t0, true));
            note(kind + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return null;
        }
    }

    static void user(String base, String username, String feed, long startAt, long end, long measureFrom)
            throws Exception {
        Thread.sleep(Math.max(0, (startAt - System.nanoTime()) / 1_000_000));
        VaadinClient c = new VaadinClient(base);
        timed("login page", c, () -> check(c.get("/login").statusCode(), 200));
        Boolean in = timed("sign-in POST", c, () -> {
            if (!c.signInPosted(username, "demo")) {
                throw new IllegalStateException("sign-in refused");
            }
            return true;
        });
        if (in == null) {
            return;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (System.nanoTime() < end) {
            // Lediga pass, and a sign-up on one of them
            timed("open-shifts page", c, () -> check(c.get("/open-shifts").statusCode(), 200));
            VaadinClient.Page shifts = timed("open-shifts init", c, () -> c.open("/open-shifts"));
            think(random, end);
            if (shifts != null) {
                List<String> buttons = new ArrayList<>(shifts.nodesById.keySet().stream()
                        .filter(id -> id.startsWith("sign-up-")).toList());
                if (buttons.isEmpty()) {
                    note("no shift left to sign up for");
                } else {
                    String button = buttons.get(random.nextInt(buttons.size()));
                    timed("sign-up click", c, () -> shifts.click(button));
                }
                timed("page close beacon", c, () -> {
                    shifts.close();
                    return true;
                });
            }
            think(random, end);
            // Mina pass
            timed("my-shifts page", c, () -> check(c.get("/my-shifts").statusCode(), 200));
            VaadinClient.Page mine = timed("my-shifts init", c, () -> c.open("/my-shifts"));
            think(random, end);
            if (mine != null) {
                timed("page close beacon", c, () -> {
                    mine.close();
                    return true;
                });
            }
            // the calendar feed (a phone's subscription)
            timed("feed", c, () -> check(c.get(feed).statusCode(), 200));
            think(random, end);
        }
    }

    static Object check(int status, int expected) {
        if (status != expected) {
            throw new IllegalStateException("HTTP " + status);
        }
        return status;
    }

    static void think(ThreadLocalRandom random, long end) throws InterruptedException {
        long ms = Math.min(1000 + random.nextInt(2000), Math.max(0, (end - System.nanoTime()) / 1_000_000));
        Thread.sleep(ms);
    }

    static void report(int users, double seconds, long measureFrom) {
        Map<String, List<Sample>> byKind = new java.util.TreeMap<>();
        for (Sample s : SAMPLES) {
            byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s);
        }
        System.out.printf(Locale.ROOT, "LOAD users=%d measuredSeconds=%.0f%n", users, seconds);
        System.out.printf(Locale.ROOT, "  %-18s %7s %6s %8s %8s %8s %8s%n", "request", "count", "errors", "p50 ms",
                "p95 ms", "p99 ms", "max ms");
        int total = 0;
        int errors = 0;
        for (var e : byKind.entrySet()) {
            long[] ms = e.getValue().stream().mapToLong(Sample::nanos).sorted().toArray();
            long err = e.getValue().stream().filter(Sample::error).count();
            total += ms.length;
            errors += (int) err;
            System.out.printf(Locale.ROOT, "  %-18s %7d %6d %8.0f %8.0f %8.0f %8.0f%n", e.getKey(), ms.length, err,
                    p(ms, 0.50), p(ms, 0.95), p(ms, 0.99), ms[ms.length - 1] / 1e6);
        }
        System.out.printf(Locale.ROOT, "  all requests: %d, errors %d, %.0f requests/s over the whole run%n", total,
                errors, total / seconds);
        NOTES.forEach((k, v) -> System.out.println("  note: " + v + " x " + k));
    }

    static double p(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
