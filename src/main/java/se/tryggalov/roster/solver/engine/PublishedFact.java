package se.tryggalov.roster.solver.engine;

/** A person on a shift in the roster as last published: re-planning keeps it when it can. */
public record PublishedFact(ShiftFact shift, PersonFact person) {
}
