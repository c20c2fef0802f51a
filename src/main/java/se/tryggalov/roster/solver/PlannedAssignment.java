package se.tryggalov.roster.solver;

/** A person on a shift: a fixed point, a published assignment, or the solver's proposal. */
public record PlannedAssignment(long shiftId, long personId) {
}
