package se.tryggalov.roster.solver.engine;

import se.tryggalov.roster.solver.ShiftGap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Why a shift is short, in terms a steering group understands: looks at everyone who said yes to the evening and
 * sorts them into unavailable for the whole shift, lacking a qualification, already out with another group, at
 * their limit of nights, or free. Codes are translation keys {@code solver.gap.<code>}.
 */
final class GapExplainer {

    static final String NONE_AVAILABLE = "noneAvailable";
    static final String NO_LEAD_AVAILABLE = "noLeadAvailable";
    static final String MISSING_QUALIFICATION = "missingQualification";
    static final String BUSY_ELSEWHERE = "busyElsewhere";
    static final String LIMITS_REACHED = "limitsReached";
    static final String REST_RULE = "restRule";
    static final String BELOW_MINIMUM = "belowMinimum";
    static final String TOO_FEW_AVAILABLE = "tooFewAvailable";
    static final String UNUSED_CANDIDATES = "unusedCandidates";
    static final List<String> CODES = List.of(NONE_AVAILABLE, NO_LEAD_AVAILABLE, MISSING_QUALIFICATION,
            BUSY_ELSEWHERE, LIMITS_REACHED, REST_RULE, BELOW_MINIMUM, TOO_FEW_AVAILABLE, UNUSED_CANDIDATES);

    private GapExplainer() {
    }

    static List<ShiftGap> gaps(RosterPlan plan) {
        Occupancy occupancy = new Occupancy(plan);
        Map<LocalDate, List<PersonFact>> availableOn = new HashMap<>();
        for (PersonFact p : plan.people) {
            p.availability.keySet().forEach(d -> availableOn.computeIfAbsent(d, k -> new ArrayList<>()).add(p));
        }
        Map<ShiftFact, List<PersonFact>> groups = new HashMap<>();
        for (Seat seat : plan.seats) {
            if (seat.person != null) {
                groups.computeIfAbsent(seat.shift, k -> new ArrayList<>()).add(seat.person);
            }
        }
        List<ShiftGap> gaps = new ArrayList<>();
        for (ShiftFact shift : plan.shifts) {
            int adults = occupancy.adults[shift.index];
            int missing = RosterConstraints.missing(shift, adults);
            if (missing > 0) {
                List<PersonFact> group = groups.getOrDefault(shift, List.of());
                gaps.add(new ShiftGap(shift.id, group.size(), missing,
                        reasons(shift, group, adults, occupancy, availableOn.getOrDefault(shift.evening, List.of()))));
            }
        }
        return gaps;
    }

    private static List<ShiftGap.Reason> reasons(ShiftFact shift, List<PersonFact> group, int adults,
                                                 Occupancy occupancy, List<PersonFact> saidYes) {
        String district = shift.districtName;
        String date = shift.evening.toString();
        int available = 0;
        Map<String, Integer> lacking = new TreeMap<>();
        Map<String, Integer> busyIn = new LinkedHashMap<>();
        int atLimit = 0;
        int resting = 0;
        int free = 0;
        int freeLeads = 0;
        for (PersonFact p : saidYes) {
            if (Occupancy.inGroup(group, p) || !p.availableFor(shift) || !p.ageAllowed(shift) || !p.adult) {
                continue;
            }
            available++;
            String q = p.missingQualification(shift);
            if (q != null) {
                lacking.merge(q, 1, Integer::sum);
                continue;
            }
            Occupancy.Blocker blocker = occupancy.blocker(p, shift, null);
            if (blocker == Occupancy.Blocker.EVENING) {
                ShiftFact elsewhere = occupancy.onEvening(p, shift);
                busyIn.merge(elsewhere == null ? district : elsewhere.districtName, 1, Integer::sum);
            } else if (blocker == Occupancy.Blocker.REST) {
                resting++;
            } else if (blocker != null) {
                atLimit++;
            } else {
                free++;
                if (p.isLeadFor(shift)) {
                    freeLeads++;
                }
            }
        }
        List<ShiftGap.Reason> reasons = new ArrayList<>();
        boolean leadMissing = shift.leadRequired && occupancy.leads[shift.index] == 0;
        if (leadMissing && freeLeads == 0) {
            reasons.add(reason(NO_LEAD_AVAILABLE, district, date));
        }
        if (available == 0) {
            reasons.add(reason(NONE_AVAILABLE, district, date));
        }
        lacking.forEach((q, count) -> reasons.add(reason(MISSING_QUALIFICATION, q, count)));
        if (adults > 0 && adults < shift.minSize) {
            reasons.add(reason(BELOW_MINIMUM, adults, shift.minSize));
        } else if (adults == 0 && available > 0 && free < shift.minSize) {
            reasons.add(reason(TOO_FEW_AVAILABLE, free, shift.minSize));
        }
        busyIn.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> reasons.add(reason(BUSY_ELSEWHERE, e.getValue(), e.getKey())));
        if (atLimit > 0) {
            reasons.add(reason(LIMITS_REACHED, atLimit));
        }
        if (resting > 0) {
            reasons.add(reason(REST_RULE, resting));
        }
        if (free > 0 && (adults >= shift.minSize || free + adults >= shift.minSize) && !(leadMissing && freeLeads == 0)) {
            reasons.add(reason(UNUSED_CANDIDATES, free));
        }
        if (reasons.isEmpty()) {
            reasons.add(reason(NONE_AVAILABLE, district, date));
        }
        return reasons;
    }

    private static ShiftGap.Reason reason(String code, Object... args) {
        return new ShiftGap.Reason("solver.gap." + code, List.of(args));
    }
}
