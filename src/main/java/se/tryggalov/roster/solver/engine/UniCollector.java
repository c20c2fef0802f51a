package se.tryggalov.roster.solver.engine;

import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/** A constraint collector from its three functions: a new tally, count one in (returning its undo), the result. */
record UniCollector<A, C, R>(Supplier<C> supplier, BiFunction<C, A, Runnable> accumulator, Function<C, R> finisher)
        implements UniConstraintCollector<A, C, R> {
}
