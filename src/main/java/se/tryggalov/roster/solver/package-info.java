/**
 * The roster solver: the only package that imports OptaPlanner. The rest of the application speaks to it in the
 * plain records of this package ({@link se.tryggalov.roster.solver.RosterProblem} in,
 * {@link se.tryggalov.roster.solver.RosterSolution} out), which are also the documented JSON format of the
 * headless {@code solve} command and of the benchmark instances.
 */
package se.tryggalov.roster.solver;
