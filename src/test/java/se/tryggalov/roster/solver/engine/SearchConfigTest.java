package se.tryggalov.roster.solver.engine;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The search the benchmark chose, as the solver gets it. */
class SearchConfigTest {

    @Test
    void theChosenSearchFiltersOptaPlannersMovesAndSwapsHalfOfTheTime() {
        List<MoveSelectorConfig> selectors = moveSelectors(SearchConfig.DEFAULT);

        assertThat(selectors).hasSize(3);
        assertThat(selectors.get(0)).isInstanceOf(ChangeMoveSelectorConfig.class);
        assertThat(selectors.get(1)).isInstanceOf(SwapMoveSelectorConfig.class);
        assertThat(selectors.get(2)).isInstanceOf(MoveIteratorFactoryConfig.class);
        assertThat(selectors.subList(0, 2)).allSatisfy(s -> assertThat(s.getFilterClass())
                .isEqualTo(FreePeopleFilter.class));
        assertThat(selectors).extracting(MoveSelectorConfig::getFixedProbabilityWeight)
                .containsExactly(0.5, null, 0.5);
    }

    @Test
    void anUnknownMoveKindIsRefused() {
        SearchConfig typo = new SearchConfig("typo", "GROUPS", "TABU", 7, 500, "free-change,swapp", null);
        assertThatThrownBy(() -> typo.solverConfig(1, Duration.ofSeconds(1), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("swapp");
    }

    @Test
    void aSmallRosterGetsAShorterTabuList() {
        assertThat(SearchConfig.DEFAULT.sizedFor(1_575).acceptorSize()).isEqualTo(7);
        assertThat(SearchConfig.DEFAULT.sizedFor(56).acceptorSize()).isEqualTo(7);
        assertThat(SearchConfig.DEFAULT.sizedFor(16).acceptorSize()).isEqualTo(2);
        assertThat(SearchConfig.DEFAULT.sizedFor(3).acceptorSize()).isEqualTo(1);
        assertThat(SearchConfig.OPTAPLANNER_DEFAULT.sizedFor(16)).isSameAs(SearchConfig.OPTAPLANNER_DEFAULT);
    }

    private static List<MoveSelectorConfig> moveSelectors(SearchConfig search) {
        LocalSearchPhaseConfig localSearch = (LocalSearchPhaseConfig) search
                .solverConfig(1, Duration.ofSeconds(1), null).getPhaseConfigList().getLast();
        return ((UnionMoveSelectorConfig) localSearch.getMoveSelectorConfig()).getMoveSelectorList();
    }
}
