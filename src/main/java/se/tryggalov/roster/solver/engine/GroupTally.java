package se.tryggalov.roster.solver.engine;

import org.optaplanner.core.api.score.stream.bi.BiConstraintCollector;
import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

import java.util.Arrays;

/**
 * What one group (shift) is made of, kept up to date seat by seat: one collector that every group-level rule reads
 * (minimum, lead, youth walkers, uncovered need, mixed genders, new walkers, stable teams), where one node per rule
 * counted the same seats again. The score is the same; a change of one seat is counted once instead of six times.
 */
final class GroupTally {

    private static final Runnable NOTHING = () -> { };

    /** Seats of one shift, people or empty, to the group they make. */
    static final UniConstraintCollector<Seat, GroupTally, Group> GROUP = new UniCollector<>(GroupTally::new,
            GroupTally::add, GroupTally::group);

    /** Every group, to the number of times two people walk together again (a pair's evenings together minus one). */
    static final BiConstraintCollector<ShiftFact, Group, Teams, Long> REPEATED_PAIRS = new BiCollector<>(Teams::new,
            (teams, shift, group) -> teams.add(group.members()), teams -> teams.repeats);

    private int adults;
    private int youth;
    private int leads;
    private int experienced;
    private int told;
    /** The genders told in the group, each with how many told it; the first {@code gendersTold} count. */
    private String[] genders = new String[2];
    private int[] genderCounts = new int[2];
    private int gendersTold;
    private PersonFact[] members = new PersonFact[6];
    private int size;

    private Runnable add(Seat seat) {
        PersonFact p = seat.person;
        if (p == null) {
            return NOTHING;
        }
        boolean lead = p.isLeadFor(seat.shift);
        count(p, lead, 1);
        if (size == members.length) {
            members = Arrays.copyOf(members, size * 2);
        }
        members[size++] = p;
        return () -> {
            count(p, lead, -1);
            for (int i = 0; i < size; i++) {
                if (members[i] == p) {
                    members[i] = members[--size];
                    members[size] = null;
                    return;
                }
            }
        };
    }

    private void count(PersonFact p, boolean lead, int d) {
        if (p.adult) {
            adults += d;
        }
        if (p.youthWalker) {
            youth += d;
        }
        if (lead) {
            leads += d;
        }
        if (p.experienced) {
            experienced += d;
        }
        if (p.gender != null) {
            told += d;
            countGender(p.gender, d);
        }
    }

    private void countGender(String gender, int d) {
        for (int i = 0; i < gendersTold; i++) {
            if (genders[i].equals(gender)) {
                genderCounts[i] += d;
                if (genderCounts[i] == 0) {
                    gendersTold--;
                    genders[i] = genders[gendersTold];
                    genderCounts[i] = genderCounts[gendersTold];
                    genders[gendersTold] = null;
                }
                return;
            }
        }
        if (gendersTold == genders.length) {
            genders = Arrays.copyOf(genders, gendersTold * 2);
            genderCounts = Arrays.copyOf(genderCounts, gendersTold * 2);
        }
        genders[gendersTold] = gender;
        genderCounts[gendersTold++] = d;
    }

    private Group group() {
        return new Group(adults, youth, leads, experienced, told, gendersTold, Arrays.copyOf(members, size));
    }

    /**
     * A group as it stands: its adults (who count toward the minimum and the need), youth walkers, valid leads,
     * experienced walkers, people who told their gender and how many genders they told, and its members.
     */
    record Group(int adults, int youth, int leads, int experienced, int told, int genders, PersonFact[] members) {

        int people() {
            return members.length;
        }

        /** The members who have not walked before. */
        PersonFact[] newcomers() {
            return Arrays.stream(members).filter(p -> !p.experienced).toArray(PersonFact[]::new);
        }
    }

    /** How often each pair of people walks together (by person index, the lower first), and the repeats in all. */
    static final class Teams {

        private int[][] together = new int[0][];
        private long repeats;

        private Runnable add(PersonFact[] members) {
            if (members.length < 2) {
                return NOTHING;
            }
            change(members, 1);
            return () -> change(members, -1);
        }

        private void change(PersonFact[] members, int d) {
            for (int i = 0; i < members.length; i++) {
                for (int j = i + 1; j < members.length; j++) {
                    int a = Math.min(members[i].index, members[j].index);
                    int b = Math.max(members[i].index, members[j].index);
                    if (a == b) {
                        continue; // one person twice on a shift is a hard rule's business, not a team
                    }
                    int[] row = row(a, b);
                    int before = row[b];
                    row[b] = before + d;
                    if (d > 0 && before >= 1) {
                        repeats++;
                    } else if (d < 0 && before >= 2) {
                        repeats--;
                    }
                }
            }
        }

        private int[] row(int a, int b) {
            if (a >= together.length) {
                together = Arrays.copyOf(together, Math.max(a + 1, together.length * 2));
            }
            int[] row = together[a];
            if (row == null || b >= row.length) {
                row = row == null ? new int[Math.max(b + 1, 16)] : Arrays.copyOf(row, Math.max(b + 1, row.length * 2));
                together[a] = row;
            }
            return row;
        }
    }
}
