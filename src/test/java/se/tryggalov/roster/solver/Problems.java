package se.tryggalov.roster.solver;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small hand-made problems for tests: a fluent builder so each test states only what matters to it. */
public final class Problems {

    public static final LocalDate FRIDAY = LocalDate.of(2027, 2, 26);
    public static final long ALBY = 1;
    public static final long FITTJA = 2;

    private final List<ProblemShift> shifts = new ArrayList<>();
    private final List<ProblemPerson> people = new ArrayList<>();
    private final List<PlannedAssignment> fixed = new ArrayList<>();
    private final List<PlannedAssignment> published = new ArrayList<>();
    private SolverSettings settings = SolverSettings.defaults();

    public static Problems problem() {
        return new Problems();
    }

    public static ProblemShift shift(long id, LocalDate evening, long district, int risk, int min, int needed, int max,
                                     boolean lead) {
        return new ProblemShift(id, evening, evening.atTime(21, 0), evening.plusDays(1).atTime(1, 0), district,
                district == ALBY ? "Alby" : district == FITTJA ? "Fittja" : "District " + district, 100, risk, min,
                needed, max, lead, true, Set.of());
    }

    public static ProblemPerson person(long id, boolean lead, LocalDate... evenings) {
        Map<String, LocalDate> q = new HashMap<>();
        q.put("BASIC_TRAINING", null);
        if (lead) {
            q.put("LEAD", null);
        }
        List<AvailableWindow> windows = new ArrayList<>();
        for (LocalDate d : evenings) {
            windows.add(new AvailableWindow(d, null, null));
        }
        return new ProblemPerson(id, "Person " + id, Set.of(10L), Set.of(), null, true, false, true, false, q, null,
                null, windows);
    }

    public Problems shift(ProblemShift s) {
        shifts.add(s);
        return this;
    }

    public Problems person(ProblemPerson p) {
        people.add(p);
        return this;
    }

    public Problems fixed(long shiftId, long personId) {
        fixed.add(new PlannedAssignment(shiftId, personId));
        return this;
    }

    public Problems published(long shiftId, long personId) {
        published.add(new PlannedAssignment(shiftId, personId));
        return this;
    }

    public Problems settings(SolverSettings s) {
        settings = s;
        return this;
    }

    public RosterProblem build() {
        return new RosterProblem("test", shifts, people, fixed, published, settings);
    }

    public static LocalDateTime at(LocalDate d, int hour) {
        return d.atTime(LocalTime.of(hour, 0));
    }

    private Problems() {
    }
}
