package se.tryggalov.availability;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How many ACTIVE adult volunteers said yes (and maybe) per date and home district, for the people the caller may
 * see. A person with several home districts counts in each of them; people without a home district count under
 * "anywhere"; the day's total counts each person once. Counts only: no names.
 */
public record AvailabilityCounts(LocalDate from, LocalDate to, QualificationFilter qualification,
                                 List<DistrictColumn> districts, List<Day> days) {

    public AvailabilityCounts {
        districts = List.copyOf(districts);
        days = List.copyOf(days);
    }

    public record DistrictColumn(long id, String name) {
    }

    /** Yes and maybe answers in one cell. */
    public record Cell(int available, int maybe) {

        public static final Cell EMPTY = new Cell(0, 0);

        public boolean isEmpty() {
            return available == 0 && maybe == 0;
        }
    }

    /** One date: risk level (0 when the date is not planned), a cell per district id, "anywhere" and the total. */
    public record Day(LocalDate date, int riskLevel, Map<Long, Cell> byDistrict, Cell anywhere, Cell total) {

        public Day {
            byDistrict = Map.copyOf(byDistrict);
        }

        public Cell district(long districtId) {
            return byDistrict.getOrDefault(districtId, Cell.EMPTY);
        }
    }
}
