package se.tryggalov.roster.solver.engine;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.tryggalov.roster.solver.PlannedAssignment;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tryggalov.roster.solver.Problems.ALBY;
import static se.tryggalov.roster.solver.Problems.FITTJA;
import static se.tryggalov.roster.solver.Problems.FRIDAY;
import static se.tryggalov.roster.solver.Problems.person;
import static se.tryggalov.roster.solver.Problems.problem;
import static se.tryggalov.roster.solver.Problems.shift;

/**
 * The filter on OptaPlanner's change and swap moves lets through exactly the moves whose people could take the
 * seats: not someone who already walks that evening or has no night left that weekend (one by default).
 */
class FreePeopleFilterTest {

    private static final LocalDate NEXT_FRIDAY = FRIDAY.plusDays(7);
    private static final LocalDate NEXT_SATURDAY = FRIDAY.plusDays(8);

    private RosterPlan plan;
    private Occupancy occupancy;

    @BeforeEach
    void roster() {
        // Friday: 1 in Alby, 2 and 4 in Fittja; next Friday: 3 and 4 in Alby; next Saturday nobody yet
        plan = PlanBuilder.build(problem()
                .shift(shift(1, FRIDAY, ALBY, 3, 1, 2, 2, false))
                .shift(shift(2, FRIDAY, FITTJA, 3, 1, 2, 2, false))
                .shift(shift(3, NEXT_FRIDAY, ALBY, 3, 1, 2, 2, false))
                .shift(shift(4, NEXT_SATURDAY, ALBY, 3, 1, 2, 2, false))
                .person(person(1, false, FRIDAY, NEXT_FRIDAY, NEXT_SATURDAY))
                .person(person(2, false, FRIDAY, NEXT_FRIDAY, NEXT_SATURDAY))
                .person(person(3, false, FRIDAY, NEXT_FRIDAY, NEXT_SATURDAY))
                .person(person(4, false, FRIDAY, NEXT_FRIDAY, NEXT_SATURDAY))
                .person(person(5, false, FRIDAY, NEXT_FRIDAY, NEXT_SATURDAY))
                .build(), List.of(new PlannedAssignment(1, 1), new PlannedAssignment(2, 2),
                new PlannedAssignment(2, 4), new PlannedAssignment(3, 3), new PlannedAssignment(3, 4)));
        occupancy = new Occupancy(plan);
    }

    @Test
    void aChangeTakesOnlySomeoneWhoIsFreeThatEveningAndHasANightLeft() {
        Seat emptyFridayAlby = seat(1, null);
        assertThat(FreePeopleFilter.change(occupancy, emptyFridayAlby, who(5))).isTrue();
        assertThat(FreePeopleFilter.change(occupancy, emptyFridayAlby, who(3))).isTrue();
        assertThat(FreePeopleFilter.change(occupancy, emptyFridayAlby, who(2)))
                .as("2 walks in Fittja that Friday").isFalse();
        assertThat(FreePeopleFilter.change(occupancy, seat(4, null), who(3)))
                .as("3 walks the Friday of that weekend").isFalse();
        assertThat(FreePeopleFilter.change(occupancy, seat(4, null), who(1))).isTrue();
        assertThat(FreePeopleFilter.change(occupancy, seat(2, who(2)), null))
                .as("emptying a seat is always scored").isTrue();
    }

    @Test
    void aSwapNeedsBothPeopleToBeAbleToTakeTheOtherPlace() {
        assertThat(FreePeopleFilter.swap(occupancy, seat(1, who(1)), seat(3, who(3))))
                .as("1 and 3 change Fridays").isTrue();
        assertThat(FreePeopleFilter.swap(occupancy, seat(1, who(1)), seat(2, who(2))))
                .as("two groups of the same evening").isTrue();
        assertThat(FreePeopleFilter.swap(occupancy, seat(3, who(4)), seat(1, who(1))))
                .as("4 would walk in Alby and Fittja that Friday").isFalse();
        assertThat(FreePeopleFilter.swap(occupancy, seat(1, null), seat(3, who(3))))
                .as("3 to a free seat on a Friday 3 is free").isTrue();
        assertThat(FreePeopleFilter.swap(occupancy, seat(1, null), seat(4, null))).isTrue();
        assertThat(FreePeopleFilter.swap(occupancy, seat(2, who(2)), seat(2, who(4))))
                .as("within one group nothing changes").isFalse();
    }

    private PersonFact who(long id) {
        return plan.people.stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    /** The seat of the shift the person sits on, or the shift's first empty seat. */
    private Seat seat(long shiftId, PersonFact person) {
        return plan.seats.stream().filter(s -> s.shift.id == shiftId && s.person == person).findFirst().orElseThrow();
    }
}
