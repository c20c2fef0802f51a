package se.tryggalov.roster.solver.engine;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.util.List;

/** The planning solution: the seats to fill and the facts they are filled from. */
@PlanningSolution
public class RosterPlan {

    @ProblemFactCollectionProperty
    List<ShiftFact> shifts;
    @ProblemFactCollectionProperty
    List<PersonFact> people;
    @ProblemFactCollectionProperty
    List<OrgFact> organisations;
    @ProblemFactCollectionProperty
    List<PublishedFact> published;
    @PlanningEntityCollectionProperty
    List<Seat> seats;
    @ConstraintConfigurationProvider
    RosterWeights weights;
    @PlanningScore
    HardMediumSoftLongScore score;
    /**
     * Who walks where as the current step started, kept by {@link GroupMoveFactory} and read by
     * {@link FreePeopleFilter}; null outside local search.
     */
    Occupancy stepOccupancy;
    /** What the exact phase did (issue #23), for the benchmark; null when it did not run. */
    ExactMediumPhase.Report exactReport;
    /** CP-SAT beside the local search in a long solve by the clock; null otherwise. Shared by the plan's copies. */
    ExactBeside beside;

    public RosterPlan() {
    }

    RosterPlan(List<ShiftFact> shifts, List<PersonFact> people, List<OrgFact> organisations,
               List<PublishedFact> published, List<Seat> seats, RosterWeights weights) {
        this.shifts = shifts;
        this.people = people;
        this.organisations = organisations;
        this.published = published;
        this.seats = seats;
        this.weights = weights;
    }

    public List<Seat> getSeats() {
        return seats;
    }

    public ExactMediumPhase.Report getExactReport() {
        ExactMediumPhase.Report besides = beside == null ? null : beside.reportFor(score);
        return besides != null ? besides : exactReport;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }
}
