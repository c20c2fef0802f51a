package se.tryggalov.roster;

import se.tryggalov.roster.solver.RosterSolution;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The date × district board of one scope: its evenings that have shifts, the districts with shifts, every shift
 * with its people, and (for coordinators) the solver's evaluation of the roster as it stands: score, gaps and the
 * rules it breaks. {@code evaluation} is empty when the reader may not see it or the solver could not score it.
 */
public record RosterBoard(RosterScope scope, List<LocalDate> days, List<RosterDistrict> districts,
                          List<BoardShift> shifts, Optional<RosterSolution> evaluation) {

    public RosterBoard {
        days = List.copyOf(days);
        districts = List.copyOf(districts);
        shifts = List.copyOf(shifts);
    }

    public List<BoardShift> cell(LocalDate day, long districtId) {
        return shifts.stream().filter(s -> s.day().equals(day) && s.districtId() == districtId).toList();
    }

    public Optional<BoardShift> shift(long id) {
        return shifts.stream().filter(s -> s.id() == id).findFirst();
    }

    public long proposedCount() {
        return shifts.stream().flatMap(s -> s.people().stream())
                .filter(p -> p.status() == AssignmentStatus.PROPOSED).count();
    }

    public long assignedCount() {
        return shifts.stream().mapToLong(BoardShift::staffed).sum();
    }

    public long emptyCount() {
        return shifts.stream().filter(BoardShift::empty).count();
    }
}
