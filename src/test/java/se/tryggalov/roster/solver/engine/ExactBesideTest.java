package se.tryggalov.roster.solver.engine;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * CP-SAT's two steps beside the search rest on how Linux gives threads their priority (issue #23): the first step's
 * thread lowers itself, the threads it starts (CP-SAT's workers) inherit that, and the second step's thread, started
 * by the search's thread, does not.
 */
class ExactBesideTest {

    /** The nice value of the calling thread, from /proc (field 19 of its stat line). */
    private static int niceOfThisThread() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(after[19 - 3]);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int[] inNewThread(java.util.function.Supplier<int[]> work) {
        CompletableFuture<int[]> result = new CompletableFuture<>();
        Thread.ofPlatform().start(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.join();
    }

    @Test
    void theFirstStepsThreadAndWhatItStartsRunAtTheLowestPriorityAndOthersDoNot() {
        assumeTrue(System.getProperty("os.name", "").startsWith("Linux"), "nice is per thread on Linux only");
        int before = niceOfThisThread();
        assumeTrue(before < 19, "the tests already run at the lowest priority");
        int[] seen = inNewThread(() -> {
            boolean lowered = ExactBeside.lowestPriority();
            int own = niceOfThisThread();
            int[] child = inNewThread(() -> new int[]{niceOfThisThread()});
            return new int[]{lowered ? 1 : 0, own, child[0]};
        });
        assertThat(seen[0]).as("setpriority succeeded").isEqualTo(1);
        assertThat(seen[1]).as("the first step's thread").isEqualTo(19);
        assertThat(seen[2]).as("a thread it starts (CP-SAT's workers)").isEqualTo(19);
        assertThat(niceOfThisThread()).as("the thread that started it (the search's)").isEqualTo(before);
        assertThat(inNewThread(() -> new int[]{niceOfThisThread()})[0])
                .as("a thread the search's thread starts (the second step's)").isEqualTo(before);
    }
}
