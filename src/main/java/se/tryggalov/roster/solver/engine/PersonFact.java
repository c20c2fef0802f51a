package se.tryggalov.roster.solver.engine;

import org.optaplanner.core.api.domain.lookup.PlanningId;
import se.tryggalov.roster.solver.AvailableWindow;
import se.tryggalov.roster.solver.ProblemPerson;
import se.tryggalov.roster.solver.SolverSettings;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The solver's view of a person: everything precomputed that the constraints ask about. */
public final class PersonFact {

    public static final String LEAD = "LEAD";

    @PlanningId
    final Integer index;
    final long id;
    final String name;
    final boolean adult;
    final boolean youthWalker;
    final boolean experienced;
    final boolean paidStaff;
    final String gender;
    final List<OrgFact> organisations;
    final Set<Long> homeDistricts;
    final Map<String, LocalDate> qualifications;
    final int maxNightsPerMonth;
    final int maxNightsPerWeekend;
    /** Paid staff: the least rest between two shifts, and the longest unbroken rest due each week; 0 otherwise. */
    final long dailyRestMinutes;
    final long weeklyRestMinutes;
    final Map<LocalDate, AvailableWindow> availability;
    /** Per shift index, filled by the plan builder: available for the whole shift; qualified for it. */
    private BitSet availableShifts;
    private BitSet qualifiedShifts;
    private BitSet leadShifts;

    PersonFact(int index, ProblemPerson p, List<OrgFact> organisations, SolverSettings settings) {
        this.index = index;
        this.id = p.id();
        this.name = p.name();
        this.adult = p.adult();
        this.youthWalker = p.youthWalker() && !p.adult();
        this.experienced = p.experienced();
        this.paidStaff = p.paidStaff();
        this.gender = p.gender() == null || p.gender().isBlank() ? null : p.gender();
        this.organisations = List.copyOf(organisations);
        this.homeDistricts = p.homeDistrictIds();
        this.qualifications = p.qualifications();
        this.maxNightsPerMonth = p.maxNightsPerMonth() != null ? p.maxNightsPerMonth() : settings.defaultMaxNightsPerMonth();
        this.maxNightsPerWeekend = p.maxNightsPerWeekend() != null ? p.maxNightsPerWeekend()
                : settings.defaultMaxNightsPerWeekend();
        this.dailyRestMinutes = paidStaff ? settings.dailyRestHours() * 60L : 0;
        this.weeklyRestMinutes = paidStaff ? settings.weeklyRestHours() * 60L : 0;
        Map<LocalDate, AvailableWindow> byEvening = new HashMap<>();
        for (AvailableWindow w : p.availability()) {
            byEvening.merge(w.evening(), w, PersonFact::wider);
        }
        this.availability = byEvening;
    }

    private static AvailableWindow wider(AvailableWindow a, AvailableWindow b) {
        if (a.from() == null || a.to() == null) {
            return a;
        }
        if (b.from() == null || b.to() == null) {
            return b;
        }
        // two windows on one evening: keep the one that is longer (shifts need one unbroken window)
        long la = java.time.Duration.between(a.from(), a.to()).toMinutes();
        long lb = java.time.Duration.between(b.from(), b.to()).toMinutes();
        return la >= lb ? a : b;
    }

    /** Answers availability and qualification questions about the plan's shifts from a table from now on. */
    void precompute(List<ShiftFact> shifts) {
        BitSet available = new BitSet(shifts.size());
        BitSet qualified = new BitSet(shifts.size());
        BitSet lead = new BitSet(shifts.size());
        for (ShiftFact shift : shifts) {
            available.set(shift.index, windowCovers(shift));
            qualified.set(shift.index, firstMissing(shift) == null);
            lead.set(shift.index, holds(LEAD, shift.evening));
        }
        availableShifts = available;
        qualifiedShifts = qualified;
        leadShifts = lead;
    }

    /** Available over the whole shift. */
    boolean availableFor(ShiftFact shift) {
        return availableShifts != null ? availableShifts.get(shift.index) : windowCovers(shift);
    }

    private boolean windowCovers(ShiftFact shift) {
        AvailableWindow w = availability.get(shift.evening);
        if (w == null) {
            return false;
        }
        return (w.from() == null || !w.from().isAfter(shift.start)) && (w.to() == null || !w.to().isBefore(shift.end));
    }

    /** Holds the qualification, valid on that date (null expiry = valid for ever). */
    boolean holds(String qualification, LocalDate on) {
        if (!qualifications.containsKey(qualification)) {
            return false;
        }
        LocalDate validUntil = qualifications.get(qualification);
        return validUntil == null || !validUntil.isBefore(on);
    }

    /** Holds a lead qualification valid on the shift's evening. */
    boolean isLeadFor(ShiftFact shift) {
        return leadShifts != null ? leadShifts.get(shift.index) : holds(LEAD, shift.evening);
    }

    /** The first required qualification the person lacks on the shift's evening, or null. */
    String missingQualification(ShiftFact shift) {
        return qualifiedShifts != null && qualifiedShifts.get(shift.index) ? null : firstMissing(shift);
    }

    private String firstMissing(ShiftFact shift) {
        for (String q : shift.qualifications) {
            if (!holds(q, shift.evening)) {
                return q;
            }
        }
        return null;
    }

    /** May walk in this shift by age: adults anywhere, youth walkers only where adults-only is not set. */
    boolean ageAllowed(ShiftFact shift) {
        return adult || (youthWalker && !shift.adultsOnly);
    }

    boolean couldTake(ShiftFact shift) {
        return ageAllowed(shift) && availableFor(shift) && missingQualification(shift) == null;
    }

    boolean isHome(ShiftFact shift) {
        return homeDistricts.isEmpty() || homeDistricts.contains(shift.districtId);
    }

    public long id() {
        return id;
    }

    public int index() {
        return index;
    }

    @Override
    public String toString() {
        return "person" + id;
    }
}
