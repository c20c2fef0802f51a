import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The browser side of bench/two-nodes.sh (issue #21): real HTTP through the proxy, Vaadin's own protocol for clicks.
 * Usage: java -cp gson.jar TwoNodesCheck.java COMMAND PROXY_URL ARGS...; prints one "CHECK ..." line per result and
 * exits 1 when a check fails.
 */
public class TwoNodesCheck {

    static final String RUNNING = "Schemat läggs";
    static final String QUEUED = "står i kö";
    static final String STOPPING = "Stoppar";
    static final String STOPPED = "stoppades"; // roster.status.stopped
    static final String INTERRUPTED = "avbröts";

    public static void main(String[] args) throws Exception {
        String base = args[1];
        boolean ok = switch (args[0]) {
            case "sticky" -> sticky(base);
            case "solve" -> solve(base, args[2], args[3]);
            case "kill" -> kill(base, args[2], args[3], args[4]);
            case "race" -> race(base, args[2], args[3], Integer.parseInt(args[4]));
            default -> throw new IllegalArgumentException(args[0]);
        };
        System.exit(ok ? 0 : 1);
    }

    static void check(boolean ok, String what) {
        System.out.println("CHECK " + (ok ? "ok   " : "FAIL ") + what);
    }

    static String status(List<String> texts) {
        for (String t : texts.reversed()) {
            if (t.contains(RUNNING) || t.contains(QUEUED) || t.contains(STOPPING) || t.contains(STOPPED)
                    || t.contains(INTERRUPTED) || t.startsWith("Schemat lades") || t.contains("Ingen schemaläggning")) {
                return t;
            }
        }
        return "(no job status)";
    }

    /** One browser stays on one node; new browsers are spread over both. */
    static boolean sticky(String base) throws Exception {
        VaadinClient browser = new VaadinClient(base);
        boolean signedIn = browser.signIn("admin", "demo");
        Map<String, Integer> nodes = new TreeMap<>();
        for (int i = 0; i < 20; i++) {
            browser.open("/");
            nodes.merge(browser.lastNode, 1, Integer::sum);
        }
        check(signedIn && nodes.size() == 1, "one signed-in browser, 20 page opens: served by " + nodes);
        Map<String, Integer> spread = new TreeMap<>();
        for (int i = 0; i < 20; i++) {
            VaadinClient fresh = new VaadinClient(base);
            fresh.get("/login");
            spread.merge(fresh.lastNode, 1, Integer::sum);
        }
        check(spread.size() == 2, "20 new browsers: first answers from " + spread);
        return signedIn && nodes.size() == 1 && spread.size() == 2;
    }

    /** A solve started on node A is seen (progress) on node B and stopped from there; A sees it stopped. */
    static boolean solve(String base, String from, String to) throws Exception {
        String route = "/roster?from=" + from + "&to=" + to;
        VaadinClient a = new VaadinClient(base).stickTo("a");
        VaadinClient b = new VaadinClient(base).stickTo("b");
        boolean in = a.signIn("coordinator", "demo") & b.signIn("coordinator", "demo");
        VaadinClient.Page onA = a.open(route);
        String nodeA = a.lastNode;
        onA.click("roster-start");
        long started = System.nanoTime();
        String seenOnB = "";
        String nodeB = "";
        VaadinClient.Page onB = null;
        while (System.nanoTime() - started < TimeUnit.SECONDS.toNanos(20)) {
            onB = b.open(route);
            nodeB = b.lastNode;
            seenOnB = status(onB.texts);
            if (seenOnB.contains(RUNNING)) {
                break;
            }
            Thread.sleep(500);
        }
        double seenAfter = (System.nanoTime() - started) / 1e9;
        boolean seen = seenOnB.contains(RUNNING) && !nodeA.equals(nodeB);
        check(seen, String.format("solve started on node %s, progress seen on node %s after %.1f s: \"%s\"",
                nodeA, nodeB, seenAfter, seenOnB));
        if (!seen) {
            return false;
        }
        // stopped at once from the page that showed it running (a solve that ends by itself before the stop reaches
        // it shows nothing)
        long stopAt = System.nanoTime();
        onB.click("roster-stop");
        String onAStatus = "";
        while (System.nanoTime() - stopAt < TimeUnit.SECONDS.toNanos(30)) {
            List<String> polled = onA.poll();
            if (!polled.isEmpty()) {
                onAStatus = status(polled);
            }
            if (onAStatus.contains(STOPPED)) {
                break;
            }
            Thread.sleep(1000);
        }
        if (!onAStatus.contains(STOPPED)) { // the open page's poll said nothing: a reload
            onAStatus = status(a.open(route).texts) + " (after a reload)";
        }
        boolean stopped = onAStatus.contains(STOPPED);
        check(stopped, String.format("stopped from node %s; node %s's open page shows it stopped after %.1f s: \"%s\"",
                b.lastNode, nodeA, (System.nanoTime() - stopAt) / 1e9, onAStatus));
        return in && seen && stopped;
    }

    /** CPU time (ticks) a process has used so far. */
    static long cpuTicks(long pid) throws Exception {
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    /**
     * Starts a solve from node a, finds the node that runs it (db-scheduler lets any node pick the job: the one
     * burning CPU), kills that node with SIGKILL: the other node marks the job interrupted and serves everyone.
     * {@code pids} is "a:PID,b:PID".
     */
    static boolean kill(String base, String from, String to, String pids) throws Exception {
        Map<String, Long> pid = new TreeMap<>();
        for (String p : pids.split(",")) {
            pid.put(p.split(":")[0], Long.parseLong(p.split(":")[1]));
        }
        String route = "/roster?from=" + from + "&to=" + to;
        VaadinClient a = new VaadinClient(base).stickTo("a");
        VaadinClient b = new VaadinClient(base).stickTo("b");
        a.signIn("coordinator", "demo");
        b.signIn("coordinator", "demo");
        VaadinClient.Page onA = a.open(route);
        onA.click("roster-start");
        String seen = "";
        for (int i = 0; i < 40 && !seen.contains(RUNNING); i++) {
            Thread.sleep(500);
            seen = status(b.open(route).texts);
        }
        check(seen.contains(RUNNING), "solve started from node " + a.lastNode + " is running (seen from " + b.lastNode
                + ")");
        long a0 = cpuTicks(pid.get("a"));
        long b0 = cpuTicks(pid.get("b"));
        Thread.sleep(3000);
        long aUsed = cpuTicks(pid.get("a")) - a0;
        long bUsed = cpuTicks(pid.get("b")) - b0;
        String victimName = aUsed >= bUsed ? "a" : "b";
        String survivor = victimName.equals("a") ? "b" : "a";
        System.out.println("CPU over 3 s: node a " + aUsed + " ticks, node b " + bUsed + " ticks: node " + victimName
                + " runs the solve");
        VaadinClient watcher = survivor.equals("a") ? a : b;
        ProcessHandle victim = ProcessHandle.of(pid.get(victimName)).orElseThrow();
        long killedAt = System.nanoTime();
        victim.destroyForcibly();
        victim.onExit().get(30, TimeUnit.SECONDS);
        System.out.println("killed node " + victimName + " (pid " + pid.get(victimName) + ", SIGKILL) mid-solve");
        String afterKill = "";
        while (System.nanoTime() - killedAt < TimeUnit.SECONDS.toNanos(90)) {
            afterKill = status(watcher.open(route).texts);
            if (afterKill.contains(INTERRUPTED)) {
                break;
            }
            Thread.sleep(1000);
        }
        boolean interrupted = afterKill.contains(INTERRUPTED);
        check(interrupted, String.format("node %s shows the job interrupted %.1f s after the kill: \"%s\"",
                watcher.lastNode, (System.nanoTime() - killedAt) / 1e9, afterKill));
        // the users of the dead node: their next request goes to the other node, which asks them to sign in again
        VaadinClient displaced = new VaadinClient(base).stickTo(victimName);
        boolean again = displaced.signIn("volunteer", "demo");
        VaadinClient.Page page = displaced.open("/my-shifts");
        boolean movedOver = again && survivor.equals(displaced.lastNode) && !page.nodesById.isEmpty();
        check(movedOver, "a browser stuck to the dead node " + victimName + " signs in again and is served by node "
                + displaced.lastNode);
        int served = 0;
        for (int i = 0; i < 20; i++) {
            VaadinClient fresh = new VaadinClient(base);
            if (fresh.signIn(i % 2 == 0 ? "coordinator" : "volunteer", "demo") && survivor.equals(fresh.lastNode)) {
                served++;
            }
        }
        check(served == 20, "20 new sign-ins after the kill: " + served + " served by node " + survivor);
        return interrupted && movedOver && served == 20;
    }

    /**
     * The sign-up race across nodes: every racer is a signed-in browser, half of them on each node, all clicking
     * "Anmäl mig" on the same shift at the same instant (a barrier), one shift per round. The script counts what the
     * database holds afterwards.
     */
    static boolean race(String base, String prefix, String shiftIds, int racers) throws Exception {
        List<VaadinClient> browsers = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            VaadinClient c = new VaadinClient(base).stickTo(i % 2 == 0 ? "a" : "b");
            if (!c.signIn(prefix + i, "demo")) {
                throw new IllegalStateException(prefix + i + " could not sign in");
            }
            browsers.add(c);
        }
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
        List<Long> nanos = new ArrayList<>();
        Map<String, Integer> byNode = new TreeMap<>();
        int errors = 0;
        for (String shift : shiftIds.split(",")) {
            List<VaadinClient.Page> pages = new ArrayList<>();
            for (VaadinClient c : browsers) {
                pages.add(c.open("/open-shifts"));
            }
            CyclicBarrier start = new CyclicBarrier(racers);
            List<Future<Long>> clicks = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                VaadinClient.Page page = pages.get(i);
                VaadinClient c = browsers.get(i);
                clicks.add(pool.submit(() -> {
                    start.await();
                    page.click("sign-up-" + shift);
                    synchronized (byNode) {
                        byNode.merge(c.lastNode, 1, Integer::sum);
                    }
                    return c.lastNanos;
                }));
            }
            for (Future<Long> f : clicks) {
                try {
                    nanos.add(f.get(2, TimeUnit.MINUTES));
                } catch (Exception e) {
                    errors++;
                    System.out.println("click failed: " + e.getCause());
                }
            }
        }
        pool.shutdown();
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("RACE clicks=%d errors=%d byNode=%s clickMsP50=%.0f clickMsP99=%.0f%n", sorted.length,
                errors, byNode, sorted.length == 0 ? 0 : sorted[sorted.length / 2] / 1e6,
                sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))] / 1e6);
        return errors == 0;
    }
}
