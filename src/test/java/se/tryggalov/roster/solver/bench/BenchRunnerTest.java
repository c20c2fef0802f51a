package se.tryggalov.roster.solver.bench;

import org.junit.jupiter.api.Test;

import se.tryggalov.roster.solver.engine.SearchConfig;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchRunnerTest {

    /** Best scores as the runner keeps them: millis, hard, medium, soft, evaluations. */
    private static final List<long[]> BESTS = List.of(
            new long[] {900, 0, -168, -150_000, 0},
            new long[] {5_000, 0, -104, -157_000, 100_000},
            new long[] {12_000, 0, -96, -157_100, 400_000},
            new long[] {29_000, 0, -96, -157_035, 850_000},
            new long[] {40_000, 0, -96, -156_900, 1_200_000});

    @Test
    void withinHalfPercentIsTheFirstBestWithTheKnownLevelsAndASoftScoreAtMostHalfAPercentBehind() {
        // -156 254 less 0.5 % (781) is -157 035: the medium level of the second best is not there yet, the third's
        // soft level is 65 short
        assertThat(BenchRunner.withinHalfPercent("0/-96/-156254", BESTS))
                .isEqualTo("\"withinHalfPercent\":{\"ms\":29000,\"evals\":850000},");
    }

    @Test
    void withinHalfPercentIsNullWhenNeverReachedAndLeftOutWithoutABestKnown() {
        assertThat(BenchRunner.withinHalfPercent("0/-96/-155000", BESTS)).isEqualTo("\"withinHalfPercent\":null,");
        assertThat(BenchRunner.withinHalfPercent(null, BESTS)).isEmpty();
    }

    @Test
    void aSearchWrittenOutIsReadOrRefusedWithItsForm() {
        SearchConfig search = BenchRunner.written("x:TABU:9:400:free-swap,group@3");
        assertThat(search).extracting(SearchConfig::acceptor, SearchConfig::acceptorSize,
                SearchConfig::acceptedCountLimit, SearchConfig::moves, SearchConfig::pickEarly)
                .containsExactly("TABU", 9, 400, "free-swap,group@3", true);
        assertThatThrownBy(() -> BenchRunner.written("x:TABU:9")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x:ACCEPTOR:size:movesPerStep:moves");
    }
}
