package se.tryggalov.roster.solver.engine;

import java.util.Arrays;
import java.util.List;

/**
 * Who walks where in a roster as it stands, for quick "may this person still take that shift?" questions asked by
 * the construction and the group moves (the score stays the judge; this only avoids proposing hopeless changes).
 */
final class Occupancy {

    private final ShiftFact[][] shiftsOf;
    private final int[] count;
    final int[] adults;
    final int[] occupied;
    final int[] leads;

    Occupancy(RosterPlan plan) {
        int people = plan.people.size();
        shiftsOf = new ShiftFact[people][];
        count = new int[people];
        adults = new int[plan.shifts.size()];
        occupied = new int[plan.shifts.size()];
        leads = new int[plan.shifts.size()];
        for (Seat seat : plan.seats) {
            if (seat.person != null) {
                add(seat.person, seat.shift);
            }
        }
    }

    void add(PersonFact person, ShiftFact shift) {
        int i = person.index;
        ShiftFact[] list = shiftsOf[i];
        if (list == null) {
            list = new ShiftFact[4];
        } else if (count[i] == list.length) {
            list = Arrays.copyOf(list, list.length * 2);
        }
        list[count[i]++] = shift;
        shiftsOf[i] = list;
        occupied[shift.index]++;
        if (person.adult) {
            adults[shift.index]++;
        }
        if (person.isLeadFor(shift)) {
            leads[shift.index]++;
        }
    }

    void remove(PersonFact person, ShiftFact shift) {
        int i = person.index;
        ShiftFact[] list = shiftsOf[i];
        for (int k = 0; k < count[i]; k++) {
            if (list[k] == shift) {
                list[k] = list[--count[i]];
                list[count[i]] = null;
                occupied[shift.index]--;
                if (person.adult) {
                    adults[shift.index]--;
                }
                if (person.isLeadFor(shift)) {
                    leads[shift.index]--;
                }
                return;
            }
        }
    }

    /** The shifts the person walks, as an array whose first {@link #nights} entries count. */
    ShiftFact[] shiftsOf(PersonFact person) {
        return shiftsOf[person.index];
    }

    int nights(PersonFact person) {
        return count[person.index];
    }

    int highRiskNights(PersonFact person) {
        int n = 0;
        for (int k = 0; k < count[person.index]; k++) {
            if (shiftsOf[person.index][k].riskLevel >= RosterConstraints.HIGH_RISK) {
                n++;
            }
        }
        return n;
    }

    /** The shift the person walks that evening, or null. */
    ShiftFact onEvening(PersonFact person, ShiftFact shift) {
        for (int k = 0; k < count[person.index]; k++) {
            ShiftFact other = shiftsOf[person.index][k];
            if (other.sameEvening(shift)) {
                return other;
            }
        }
        return null;
    }

    /**
     * Could take the shift without breaking a hard rule, ignoring the shift {@code leaving} (the person is moved
     * away from it in the same change; null for none).
     */
    boolean canTake(PersonFact person, ShiftFact shift, ShiftFact leaving) {
        return blocker(person, shift, leaving) == null;
    }

    enum Blocker { EVENING, REST, MONTH, WEEKEND }

    /** What keeps the person from taking the shift as well, or null when nothing does. */
    Blocker blocker(PersonFact person, ShiftFact shift, ShiftFact leaving) {
        int month = 0;
        int weekend = 0;
        boolean rest = false;
        List<ShiftFact> sameWeek = person.weeklyRestMinutes > 0 ? new java.util.ArrayList<>() : null;
        for (int k = 0; k < count[person.index]; k++) {
            ShiftFact other = shiftsOf[person.index][k];
            if (other == leaving) {
                continue;
            }
            if (other.sameEvening(shift) || other.overlaps(shift)) {
                return Blocker.EVENING;
            }
            if (person.paidStaff && other.restMinutesTo(shift) < person.dailyRestMinutes) {
                rest = true;
            }
            if (sameWeek != null && other.weekStartMinute == shift.weekStartMinute) {
                sameWeek.add(other);
            }
            if (other.monthKey == shift.monthKey) {
                month++;
            }
            if (shift.weekendKey >= 0 && other.weekendKey == shift.weekendKey) {
                weekend++;
            }
        }
        if (month >= person.maxNightsPerMonth) {
            return Blocker.MONTH;
        }
        if (shift.weekendKey >= 0 && weekend >= person.maxNightsPerWeekend) {
            return Blocker.WEEKEND;
        }
        if (sameWeek != null && !sameWeek.isEmpty()) {
            sameWeek.add(shift);
            rest |= ShiftFact.longestRestInWeek(shift.weekStartMinute, sameWeek) < person.weeklyRestMinutes;
        }
        return rest ? Blocker.REST : null;
    }

    static boolean inGroup(List<PersonFact> group, PersonFact person) {
        for (PersonFact p : group) {
            if (p == person) {
                return true;
            }
        }
        return false;
    }
}
