package se.tryggalov.roster.solver.engine;

import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The shifts one person walks, kept up to date seat by seat: one collector that every person-level rule reads
 * (one shift an evening, overlaps, rest, nights a month and a weekend, weekly rest, fair shares), where a join and a
 * group per rule went over the same seats again. A person walks a handful of shifts, so what they break is worked
 * out from the list, in order of start, once each time it changes ({@link Walks}).
 */
final class PersonTally {

    /** Seats of one person to the shifts they walk. */
    static final UniConstraintCollector<Seat, PersonTally, Walks> WALKS = new UniCollector<>(PersonTally::new,
            PersonTally::add, tally -> new Walks(tally.person, Arrays.copyOf(tally.shifts, tally.size)));

    private PersonFact person;
    /** The first {@code size} entries count, kept in order of start. */
    private ShiftFact[] shifts = new ShiftFact[8];
    private int size;

    private Runnable add(Seat seat) {
        person = seat.person;
        ShiftFact shift = seat.shift;
        if (size == shifts.length) {
            shifts = Arrays.copyOf(shifts, size * 2);
        }
        int at = size;
        while (at > 0 && shifts[at - 1].startMinute > shift.startMinute) {
            shifts[at] = shifts[at - 1];
            at--;
        }
        shifts[at] = shift;
        size++;
        return () -> {
            for (int i = 0; i < size; i++) {
                if (shifts[i] == shift) {
                    System.arraycopy(shifts, i + 1, shifts, i, size - i - 1);
                    shifts[--size] = null;
                    return;
                }
            }
        };
    }

    /**
     * The shifts a person walks, by start (a shift twice when the person sits twice on it), and what they break,
     * worked out once when they change: the rules only look at the lists, which are almost always empty.
     */
    static final class Walks {

        /** Shifts of one evening start within two days of each other ({@code ProblemShift} holds them to it). */
        private static final long SAME_EVENING_SPAN = 2 * 24 * 60;
        private static final int MONTH = 0;
        private static final int WEEKEND = 1;
        private static final int WEEK = 2;

        private final PersonFact person;
        private final ShiftFact[] shifts;
        private final int highRiskNights;
        /** Pairs of shifts (the earlier first) on the same evening; overlapping on different evenings. */
        final List<ShiftFact[]> sameEvening;
        final List<ShiftFact[]> overlapping;
        /** Paid staff: pairs of shifts that do not overlap but leave less than the daily rest between them. */
        final List<ShiftFact[]> shortRests;
        /** Months and weekends with more nights than the person's limit. */
        final List<Bucket> overMonth;
        final List<Bucket> overWeekend;
        /** Paid staff: weeks (Monday 00:00, in minutes) whose longest unbroken rest is below the weekly rest. */
        final List<Bucket> shortWeeks;

        Walks(PersonFact person, ShiftFact[] shifts) {
            this.person = person;
            this.shifts = shifts;
            int high = 0;
            List<ShiftFact[]> same = List.of();
            List<ShiftFact[]> overlap = List.of();
            List<ShiftFact[]> rest = List.of();
            long restNeeded = person.paidStaff ? person.dailyRestMinutes : 0;
            // runs of shifts in one month or one weekend, so the buckets are only made for a person over a limit
            int monthRun = 0;
            int weekendRun = 0;
            boolean overAMonth = false;
            boolean overAWeekend = false;
            for (int i = 0; i < shifts.length; i++) {
                ShiftFact a = shifts[i];
                if (a.riskLevel >= RosterConstraints.HIGH_RISK) {
                    high++;
                }
                monthRun = i > 0 && shifts[i - 1].monthKey == a.monthKey ? monthRun + 1 : 1;
                weekendRun = i > 0 && shifts[i - 1].weekendKey == a.weekendKey ? weekendRun + 1 : 1;
                overAMonth |= monthRun > person.maxNightsPerMonth;
                overAWeekend |= a.weekendKey >= 0 && weekendRun > person.maxNightsPerWeekend;
                // the shifts are in order of start, so the later ones that can still clash with this one are the
                // next few: shifts of one evening start within two days, and only those starting before this one
                // ends (plus the daily rest for paid staff) overlap or cut the rest short
                long horizon = Math.max(a.startMinute + SAME_EVENING_SPAN, a.endMinute + restNeeded);
                for (int j = i + 1; j < shifts.length && shifts[j].startMinute < horizon; j++) {
                    ShiftFact b = shifts[j];
                    boolean overlaps = a.overlaps(b);
                    if (a.sameEvening(b)) {
                        same = add(same, new ShiftFact[] {a, b});
                    } else if (overlaps) {
                        overlap = add(overlap, new ShiftFact[] {a, b});
                    }
                    if (person.paidStaff && a.startMinute < b.startMinute && !overlaps
                            && a.restMinutesTo(b) < person.dailyRestMinutes) {
                        rest = add(rest, new ShiftFact[] {a, b});
                    }
                }
            }
            highRiskNights = high;
            sameEvening = same;
            overlapping = overlap;
            shortRests = rest;
            overMonth = overAMonth ? buckets(MONTH, person.maxNightsPerMonth + 1) : List.of();
            overWeekend = overAWeekend ? buckets(WEEKEND, person.maxNightsPerWeekend + 1) : List.of();
            List<Bucket> weeks = List.of();
            if (person.paidStaff) {
                for (Bucket week : buckets(WEEK, 2)) {
                    if (ShiftFact.longestRestInWeek(week.key(), week.shifts()) < person.weeklyRestMinutes) {
                        weeks = add(weeks, week);
                    }
                }
            }
            shortWeeks = weeks;
        }

        PersonFact person() {
            return person;
        }

        int nights() {
            return shifts.length;
        }

        int highRiskNights() {
            return highRiskNights;
        }

        /**
         * Per key (a month, a weekend, a week, as {@link #key} gives it; negative for none) that holds at least
         * {@code atLeast} shifts: the key and its shifts. The keys grow with time, so the shifts of one key are
         * next to each other in the list.
         */
        private List<Bucket> buckets(int kind, int atLeast) {
            List<Bucket> found = List.of();
            int from = 0;
            // a run of atLeast shifts of one key must start before the last atLeast - 1 shifts
            while (from + atLeast <= shifts.length) {
                long k = key(shifts[from], kind);
                int to = from + 1;
                while (to < shifts.length && key(shifts[to], kind) == k) {
                    to++;
                }
                if (k >= 0 && to - from >= atLeast) {
                    found = add(found, new Bucket(k, List.of(Arrays.copyOfRange(shifts, from, to))));
                }
                from = to;
            }
            return found;
        }

        private static long key(ShiftFact shift, int kind) {
            return switch (kind) {
                case MONTH -> shift.monthKey;
                case WEEKEND -> shift.weekendKey;
                default -> shift.weekStartMinute;
            };
        }

        private static <T> List<T> add(List<T> list, T item) {
            List<T> grown = list.isEmpty() ? new ArrayList<>(2) : list;
            grown.add(item);
            return grown;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Walks w && person == w.person && Arrays.equals(shifts, w.shifts);
        }

        @Override
        public int hashCode() {
            return 31 * person.hashCode() + Arrays.hashCode(shifts);
        }

        @Override
        public String toString() {
            return person + Arrays.toString(shifts);
        }
    }

    /** The shifts of one person that share a key (a month, a weekend, a week). */
    record Bucket(long key, List<ShiftFact> shifts) {
    }
}
