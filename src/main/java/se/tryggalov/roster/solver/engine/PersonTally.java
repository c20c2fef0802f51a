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
            for (ShiftFact s : shifts) {
                if (s.riskLevel >= RosterConstraints.HIGH_RISK) {
                    high++;
                }
            }
            highRiskNights = high;
            List<ShiftFact[]> same = List.of();
            List<ShiftFact[]> overlap = List.of();
            List<ShiftFact[]> rest = List.of();
            for (int i = 0; i < shifts.length; i++) {
                for (int j = i + 1; j < shifts.length; j++) {
                    ShiftFact a = shifts[i];
                    ShiftFact b = shifts[j];
                    if (a.evening.equals(b.evening)) {
                        same = add(same, new ShiftFact[] {a, b});
                    } else if (a.overlaps(b)) {
                        overlap = add(overlap, new ShiftFact[] {a, b});
                    }
                    if (person.paidStaff && a.startMinute < b.startMinute && !a.overlaps(b)
                            && a.restMinutesTo(b) < person.dailyRestMinutes) {
                        rest = add(rest, new ShiftFact[] {a, b});
                    }
                }
            }
            sameEvening = same;
            overlapping = overlap;
            shortRests = rest;
            overMonth = buckets(s -> s.monthKey, person.maxNightsPerMonth + 1);
            overWeekend = buckets(s -> s.weekendKey, person.maxNightsPerWeekend + 1);
            List<Bucket> weeks = List.of();
            if (person.paidStaff) {
                for (Bucket week : buckets(s -> s.weekStartMinute, 2)) {
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
         * Per key (a month, a weekend, a week, as {@code key} gives it; negative for none) that holds at least
         * {@code atLeast} shifts: the key and its shifts. The keys grow with time, so the shifts of one key are
         * next to each other in the list.
         */
        private List<Bucket> buckets(java.util.function.ToLongFunction<ShiftFact> key, int atLeast) {
            if (shifts.length < atLeast) {
                return List.of();
            }
            List<Bucket> found = List.of();
            int from = 0;
            while (from < shifts.length) {
                long k = key.applyAsLong(shifts[from]);
                int to = from + 1;
                while (to < shifts.length && key.applyAsLong(shifts[to]) == k) {
                    to++;
                }
                if (k >= 0 && to - from >= atLeast) {
                    found = add(found, new Bucket(k, List.of(Arrays.copyOfRange(shifts, from, to))));
                }
                from = to;
            }
            return found;
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
