package se.tryggalov.roster.solver;

import java.util.List;

/**
 * Everything the solver needs, nothing from the database model. {@code fixed} are confirmed sign-ups and pinned
 * assignments: never moved. {@code published} is the roster as last published: re-planning changes as little of
 * it as it can.
 */
public record RosterProblem(String name, List<ProblemShift> shifts, List<ProblemPerson> people,
                            List<PlannedAssignment> fixed, List<PlannedAssignment> published,
                            SolverSettings settings) {

    public RosterProblem {
        shifts = List.copyOf(shifts);
        people = List.copyOf(people);
        fixed = List.copyOf(fixed);
        published = List.copyOf(published);
        settings = settings == null ? SolverSettings.defaults() : settings;
    }
}
