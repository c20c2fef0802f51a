package se.tryggalov.roster.solver.engine;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import java.util.Iterator;
import java.util.Random;

/**
 * The solver's own moves, in four families: whole groups ({@link WholeGroupMoves}: open, close, moveGroup), one
 * person to another group ({@link RelocationMoves}: relocate, pull), single seats staffed with free people
 * ({@link StaffingMoves}: fill, trim, replace, rebalance), and moves that keep everyone's nights
 * ({@link TeamMoves}: exchange, teammate). This class only keeps who walks where up to date and picks the kind.
 * Random selection only.
 */
public class GroupMoveFactory implements MoveIteratorFactory<RosterPlan, SeatsMove> {

    /**
     * How often each kind is tried, cumulated, in the order of {@link Moves#next()}: open 10, close 2, moveGroup 10,
     * relocate 6, pull 6, fill 6, trim 4, replace 6, rebalance 10, exchange 12, teammate 28 (in hundredths). Chosen
     * by benchmark: once the medium level is reached early, what is left at 30 s is mostly stable teams and home
     * districts (bench/README.md).
     */
    private static final double[] MIX = cumulated(10, 2, 10, 6, 6, 6, 4, 6, 10, 12, 28);

    private static double[] cumulated(int... weights) {
        double[] cum = new double[weights.length];
        double total = java.util.Arrays.stream(weights).sum();
        double c = 0;
        for (int i = 0; i < weights.length; i++) {
            c += weights[i] / total;
            cum[i] = c;
        }
        return cum;
    }

    private RosterPlan structuresOf;
    private MoveContext.Structure structure;
    /** Who sat where when the last step started, so the occupancy follows the roster by its differences only. */
    private Occupancy occupancy;
    private PersonFact[] seen;

    @Override
    public long getSize(ScoreDirector<RosterPlan> scoreDirector) {
        return scoreDirector.getWorkingSolution().seats.size();
    }

    @Override
    public Iterator<SeatsMove> createOriginalMoveIterator(ScoreDirector<RosterPlan> scoreDirector) {
        throw new UnsupportedOperationException("Group moves are for random selection only");
    }

    @Override
    public Iterator<SeatsMove> createRandomMoveIterator(ScoreDirector<RosterPlan> scoreDirector, Random random) {
        RosterPlan plan = scoreDirector.getWorkingSolution();
        if (structuresOf != plan) {
            structuresOf = plan;
            structure = new MoveContext.Structure(plan);
            occupancy = new Occupancy(plan);
            seen = new PersonFact[plan.seats.size()];
            for (int i = 0; i < seen.length; i++) {
                seen[i] = plan.seats.get(i).person;
            }
        } else {
            for (int i = 0; i < seen.length; i++) {
                Seat seat = plan.seats.get(i);
                if (seat.person != seen[i]) {
                    if (seen[i] != null) {
                        occupancy.remove(seen[i], seat.shift);
                    }
                    if (seat.person != null) {
                        occupancy.add(seat.person, seat.shift);
                    }
                    seen[i] = seat.person;
                }
            }
        }
        plan.stepOccupancy = occupancy;
        Moves moves = new Moves(new MoveContext(plan, structure, occupancy, random));
        SeatsMove offer = plan.beside == null ? null : plan.beside.step(scoreDirector);
        return offer == null ? moves : new Offered(offer, moves);
    }

    /** CP-SAT's roster ({@link ExactBeside}) first, then the usual moves. */
    private static final class Offered implements Iterator<SeatsMove> {

        private SeatsMove first;
        private final Iterator<SeatsMove> rest;

        Offered(SeatsMove first, Iterator<SeatsMove> rest) {
            this.first = first;
            this.rest = rest;
        }

        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public SeatsMove next() {
            if (first == null) {
                return rest.next();
            }
            SeatsMove move = first;
            first = null;
            return move;
        }
    }

    private static final class Moves implements Iterator<SeatsMove> {

        private final Random random;
        private final WholeGroupMoves groups;
        private final RelocationMoves relocations;
        private final StaffingMoves staffing;
        private final TeamMoves teams;

        Moves(MoveContext context) {
            this.random = context.random;
            this.groups = new WholeGroupMoves(context);
            this.relocations = new RelocationMoves(context);
            this.staffing = new StaffingMoves(context);
            this.teams = new TeamMoves(context);
        }

        @Override
        public boolean hasNext() {
            return true;
        }

        /** A move of a kind drawn by {@link #MIX}; a kind that finds nothing to do lets another draw try. */
        @Override
        public SeatsMove next() {
            for (int attempt = 0; attempt < 20; attempt++) {
                double r = random.nextDouble();
                int kind = 0;
                while (kind < MIX.length - 1 && r >= MIX[kind]) {
                    kind++;
                }
                SeatsMove move = switch (kind) {
                    case 0 -> groups.open();
                    case 1 -> groups.close();
                    case 2 -> groups.moveGroup();
                    case 3 -> relocations.relocate();
                    case 4 -> relocations.pull();
                    case 5 -> staffing.fill();
                    case 6 -> staffing.trim();
                    case 7 -> staffing.replace();
                    case 8 -> staffing.rebalance();
                    case 9 -> teams.exchange();
                    default -> teams.teammate();
                };
                if (move != null) {
                    return move;
                }
            }
            return new SeatsMove("none", new Seat[0], new PersonFact[0]);
        }
    }
}
