package se.tryggalov.roster;

/**
 * What writing a solver result did: proposals added, earlier proposals replaced, and proposals left out because
 * the roster changed by hand while the solver ran (a full group, a person already out that evening).
 */
public record SaveResult(int inserted, int replaced, int skipped) {
}
