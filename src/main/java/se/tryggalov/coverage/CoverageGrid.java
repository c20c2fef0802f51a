package se.tryggalov.coverage;

import se.tryggalov.calendar.SchoolYear;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The read model over a period (a break, a key date or the school year): a cell per evening and district, and what
 * each organisation contributes. The dashboard's heat map, its gap list, the overview's sentence and the exports
 * all read this one record, so their numbers agree. Holds no personal data.
 */
public record CoverageGrid(SchoolYear year, Long calendarItemId, LocalDate firstDay, LocalDate lastDay,
                           List<District> districts, List<LocalDate> days, List<CoverageCell> cells,
                           List<Contribution> contributions) {

    public CoverageGrid {
        districts = List.copyOf(districts);
        days = List.copyOf(days);
        cells = List.copyOf(cells);
        contributions = List.copyOf(contributions);
    }

    public record District(long id, String name) {
    }

    /**
     * What one organisation puts into the period: the evenings it is out on, the units (groups of its activities
     * that walk, and units it puts out as a whole) and the hours (people × hours for groups, hours per unit).
     */
    public record Contribution(long organisationId, String organisationName, int evenings, int units, double hours) {
    }

    public Optional<CoverageCell> cell(LocalDate day, long districtId) {
        return cells.stream().filter(c -> c.date().equals(day) && c.districtId() == districtId).findFirst();
    }

    /** The cells with a gap, riskiest first: by weighted gap, then risk, then date and district order. */
    public List<CoverageCell> gaps() {
        List<Long> order = districts.stream().map(District::id).toList();
        return cells.stream().filter(c -> c.gap() > 0)
                .sorted(Comparator.comparingInt(CoverageCell::riskLevel).reversed()
                        .thenComparing(Comparator.comparingInt(CoverageCell::gap).reversed())
                        .thenComparing(CoverageCell::date)
                        .thenComparingInt(c -> order.indexOf(c.districtId())))
                .toList();
    }

    public int need() {
        return cells.stream().mapToInt(CoverageCell::need).sum();
    }

    public int covered() {
        return cells.stream().mapToInt(c -> Math.min(c.need(), c.covered())).sum();
    }

    public int gapUnits() {
        return cells.stream().mapToInt(CoverageCell::gap).sum();
    }

    public int weightedNeed() {
        return cells.stream().mapToInt(CoverageCell::weightedNeed).sum();
    }

    public int weightedGap() {
        return cells.stream().mapToInt(CoverageCell::weightedGap).sum();
    }

    public int seatsNeeded() {
        return cells.stream().mapToInt(CoverageCell::seatsNeeded).sum();
    }

    public int seatsBooked() {
        return cells.stream().mapToInt(CoverageCell::seatsBooked).sum();
    }

    /** Gaps on evenings with at least this risk level. */
    public long gapsAtRisk(int minRisk) {
        return cells.stream().filter(c -> c.gap() > 0 && c.riskLevel() >= minRisk).count();
    }

    public int maxRisk() {
        return cells.stream().mapToInt(CoverageCell::riskLevel).max().orElse(0);
    }
}
