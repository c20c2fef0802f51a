package se.tryggalov.roster.solver.engine;

import java.util.Comparator;

/**
 * For OptaPlanner's first-fit-decreasing construction (benchmarked against the group construction): a seat is
 * harder the riskier its evening and the fewer people could take it.
 */
public class SeatDifficulty implements Comparator<Seat> {

    private static final Comparator<Seat> ORDER = Comparator.comparingLong((Seat s) -> s.shift.riskWeight)
            .thenComparingInt(s -> -s.candidates.size())
            .thenComparingLong(s -> -s.id);

    @Override
    public int compare(Seat a, Seat b) {
        return ORDER.compare(a, b);
    }
}
