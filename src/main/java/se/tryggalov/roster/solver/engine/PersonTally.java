package se.tryggalov.roster.solver.engine;

import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The shifts one person walks, kept up to date seat by seat: one collector that every person-level rule reads
 * (one shift an evening, overlaps, rest, nights a month and a weekend, weekly rest, fair shares), where a join and a
 * group per rule went over the same seats again. A person walks a handful of shifts, so each rule works out its
 * matches from the sorted list when it changes.
 */
final class PersonTally {

    /** Seats of one person to the shifts they walk. */
    static final UniConstraintCollector<Seat, PersonTally, Walks> WALKS = new UniConstraintCollector<>() {
        @Override
        public Supplier<PersonTally> supplier() {
            return PersonTally::new;
        }

        @Override
        public BiFunction<PersonTally, Seat, Runnable> accumulator() {
            return PersonTally::add;
        }

        @Override
        public Function<PersonTally, Walks> finisher() {
            return tally -> new Walks(tally.person, Arrays.copyOf(tally.shifts, tally.size));
        }
    };

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

    /** The shifts a person walks, by start; a shift twice when the person sits twice on it. */
    record Walks(PersonFact person, ShiftFact[] shifts) {

        int nights() {
            return shifts.length;
        }

        int highRiskNights() {
            int n = 0;
            for (ShiftFact s : shifts) {
                if (s.riskLevel >= RosterConstraints.HIGH_RISK) {
                    n++;
                }
            }
            return n;
        }

        /** Pairs of shifts (the earlier first) on the same evening, or overlapping on different evenings. */
        List<ShiftFact[]> clashes(boolean sameEvening) {
            List<ShiftFact[]> pairs = List.of();
            for (int i = 0; i < shifts.length; i++) {
                for (int j = i + 1; j < shifts.length; j++) {
                    ShiftFact a = shifts[i];
                    ShiftFact b = shifts[j];
                    boolean same = a.evening.equals(b.evening);
                    if (sameEvening ? same : !same && a.overlaps(b)) {
                        pairs = add(pairs, new ShiftFact[] {a, b});
                    }
                }
            }
            return pairs;
        }

        /** Pairs of shifts that do not overlap but leave less than {@code minutes} of rest between them. */
        List<ShiftFact[]> shortRests(long minutes) {
            List<ShiftFact[]> pairs = List.of();
            for (int i = 0; i < shifts.length; i++) {
                for (int j = i + 1; j < shifts.length; j++) {
                    ShiftFact a = shifts[i];
                    ShiftFact b = shifts[j];
                    if (a.startMinute < b.startMinute && !a.overlaps(b) && a.restMinutesTo(b) < minutes) {
                        pairs = add(pairs, new ShiftFact[] {a, b});
                    }
                }
            }
            return pairs;
        }

        /**
         * Per key (a month, a weekend, a week, as {@code key} gives it; negative for none) that holds at least
         * {@code atLeast} shifts: the key and its shifts. The keys grow with time, so the shifts of one key are
         * next to each other in the list.
         */
        List<Bucket> buckets(java.util.function.ToLongFunction<ShiftFact> key, int atLeast) {
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
