package se.tryggalov.roster.solver.engine;

import org.optaplanner.core.api.domain.lookup.PlanningId;
import se.tryggalov.roster.solver.ProblemShift;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Set;

/** The solver's view of a shift (one group on one evening). */
public final class ShiftFact {

    @PlanningId
    final Integer index;
    final long id;
    final LocalDate evening;
    /** The evening as a day number, for quick same-evening checks. */
    final long eveningDay;
    final LocalDateTime start;
    final LocalDateTime end;
    /** Minutes since the epoch (local time), for overlap and rest checks. */
    final long startMinute;
    final long endMinute;
    final long districtId;
    final String districtName;
    final long organisationId;
    final int riskLevel;
    final long riskWeight;
    final int minSize;
    final int peopleNeeded;
    final int maxSize;
    final boolean leadRequired;
    final boolean adultsOnly;
    final Set<String> qualifications;
    /** year * 12 + month of the evening. */
    final int monthKey;
    /** ISO week-based year * 100 + week for Friday, Saturday and Sunday evenings; -1 on weekdays. */
    final int weekendKey;
    /** Minutes since the epoch of the Monday 00:00 that starts the shift's week (for the weekly rest). */
    final long weekStartMinute;

    ShiftFact(int index, ProblemShift s) {
        this.index = index;
        this.id = s.id();
        this.evening = s.evening();
        this.eveningDay = s.evening().toEpochDay();
        this.start = s.start();
        this.end = s.end();
        this.startMinute = s.start().toEpochSecond(ZoneOffset.UTC) / 60;
        this.endMinute = s.end().toEpochSecond(ZoneOffset.UTC) / 60;
        this.districtId = s.districtId();
        this.districtName = s.districtName();
        this.organisationId = s.organisationId();
        this.riskLevel = s.riskLevel();
        this.riskWeight = riskWeight(s.riskLevel());
        this.minSize = s.minSize();
        this.peopleNeeded = s.peopleNeeded();
        this.maxSize = s.maxSize();
        this.leadRequired = s.leadRequired();
        this.adultsOnly = s.adultsOnly();
        this.qualifications = s.qualifications();
        this.monthKey = s.evening().getYear() * 12 + s.evening().getMonthValue() - 1;
        this.weekendKey = weekendKey(s.evening());
        this.weekStartMinute = s.start().toLocalDate().with(DayOfWeek.MONDAY).atStartOfDay()
                .toEpochSecond(ZoneOffset.UTC) / 60;
    }

    /** 1, 2, 4, 8, 16 for risk levels 1..5: an empty Valborg group (risk 5) weighs as much as 16 quiet ones. */
    public static long riskWeight(int riskLevel) {
        int level = Math.max(1, Math.min(5, riskLevel));
        return 1L << (level - 1);
    }

    static int weekendKey(LocalDate evening) {
        DayOfWeek d = evening.getDayOfWeek();
        if (d != DayOfWeek.FRIDAY && d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY) {
            return -1;
        }
        return evening.get(IsoFields.WEEK_BASED_YEAR) * 100 + evening.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    boolean sameEvening(ShiftFact other) {
        return eveningDay == other.eveningDay;
    }

    boolean overlaps(ShiftFact other) {
        return startMinute < other.endMinute && other.startMinute < endMinute;
    }

    /** Minutes of rest between this shift and the other (negative when they overlap). */
    long restMinutesTo(ShiftFact other) {
        return startMinute < other.startMinute ? other.startMinute - endMinute : startMinute - other.endMinute;
    }

    /**
     * The longest unbroken time without work within the week (Monday 00:00 to Monday 00:00) that starts at
     * {@code weekStart}, given the shifts that start in it; a shift running into the next week counts up to its end.
     */
    static long longestRestInWeek(long weekStart, java.util.List<ShiftFact> shifts) {
        long[][] spans = new long[shifts.size()][];
        for (int i = 0; i < spans.length; i++) {
            spans[i] = new long[] {shifts.get(i).startMinute, shifts.get(i).endMinute};
        }
        java.util.Arrays.sort(spans, java.util.Comparator.comparingLong(a -> a[0]));
        long longest = 0;
        long free = weekStart;
        for (long[] span : spans) {
            longest = Math.max(longest, span[0] - free);
            free = Math.max(free, span[1]);
        }
        return Math.max(longest, weekStart + WEEK_MINUTES - free);
    }

    static final long WEEK_MINUTES = 7 * 24 * 60;

    public long id() {
        return id;
    }

    @Override
    public String toString() {
        return "shift" + id;
    }
}
