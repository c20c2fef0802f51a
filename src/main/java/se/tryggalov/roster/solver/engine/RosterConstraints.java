package se.tryggalov.roster.solver.engine;

import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.bi.BiConstraintStream;

import java.time.YearMonth;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

import static se.tryggalov.roster.solver.engine.ConstraintCatalog.*;

/**
 * The rules of night walking as constraint streams (Bavet). Hard: who may walk where and when, and groups that may
 * walk; medium: the risk-weighted need left uncovered; soft: fairness and wishes. Every constraint's weight comes
 * from {@link RosterWeights} (so a municipality can switch it off or weigh it differently) and every match carries a
 * {@link Why} for violations and gap explanations.
 */
public class RosterConstraints implements ConstraintProvider {

    static final int HIGH_RISK = 4;

    // One instance of each lambda, so Bavet can share the nodes built from them.
    private static final Function<Seat, ShiftFact> SHIFT = Seat::getShift;
    private static final Function<Seat, PersonFact> PERSON = Seat::getPerson;
    private static final Predicate<Seat> HAS_ADULT = Seat::hasAdult;
    private static final BiPredicate<Seat, Seat> LOWER_ID_FIRST = (a, b) -> a.id < b.id;
    private static final Predicate<Seat> IS_YOUTH = s -> s.person != null && s.person.youthWalker;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
                availability(f), qualification(f), ageRule(f), oneShiftPerEvening(f), overlappingShifts(f),
                groupMinimum(f), leadInGroup(f), youthWithAdults(f), nightsPerMonth(f), nightsPerWeekend(f),
                restBetweenShifts(f), weeklyRest(f), uncoveredNeed(f), fairNights(f), fairHighRiskNights(f),
                fairOrganisations(f), homeDistrict(f), mixedGender(f), newWithExperienced(f), stableTeams(f),
                keepPublished(f), youthWalkers(f)};
    }

    // ---- hard --------------------------------------------------------------------------------------------------

    Constraint availability(ConstraintFactory f) {
        return f.forEach(Seat.class)
                .filter(s -> !s.person.availableFor(s.shift))
                .penalizeConfigurable()
                .justifyWith((s, score) -> Why.of(s.shift, s.person, s.person.name, day(s.shift), s.shift.districtName))
                .asConstraint(AVAILABILITY);
    }

    Constraint qualification(ConstraintFactory f) {
        return f.forEach(Seat.class)
                .filter(s -> s.person.missingQualification(s.shift) != null)
                .penalizeConfigurable()
                .justifyWith((s, score) -> Why.of(s.shift, s.person, s.person.name,
                        s.person.missingQualification(s.shift), day(s.shift), s.shift.districtName))
                .asConstraint(QUALIFICATION);
    }

    Constraint ageRule(ConstraintFactory f) {
        return f.forEach(Seat.class)
                .filter(s -> !s.person.ageAllowed(s.shift))
                .penalizeConfigurable()
                .justifyWith((s, score) -> Why.of(s.shift, s.person, s.person.name, day(s.shift), s.shift.districtName))
                .asConstraint(AGE_RULE);
    }

    Constraint oneShiftPerEvening(ConstraintFactory f) {
        return samePerson(f)
                .filter((a, b) -> a.shift.evening.equals(b.shift.evening))
                .penalizeConfigurable()
                .justifyWith((a, b, score) -> Why.of(b.shift, a.person, a.person.name, day(a.shift)))
                .asConstraint(ONE_SHIFT_PER_EVENING);
    }

    Constraint overlappingShifts(ConstraintFactory f) {
        return samePerson(f)
                .filter((a, b) -> !a.shift.evening.equals(b.shift.evening) && a.shift.overlaps(b.shift))
                .penalizeConfigurable()
                .justifyWith((a, b, score) -> Why.of(b.shift, a.person, a.person.name, day(a.shift), day(b.shift)))
                .asConstraint(OVERLAPPING_SHIFTS);
    }

    /**
     * Every pair of seats held by the same person, once. A hash join and an id filter rather than
     * forEachUniquePair, whose ordered index costs more on every change than the few seats per person are worth.
     */
    private static BiConstraintStream<Seat, Seat> samePerson(ConstraintFactory f) {
        return f.forEach(Seat.class).join(Seat.class, Joiners.equal(PERSON)).filter(LOWER_ID_FIRST);
    }

    /** A group walks with at least its minimum of adults, or not at all. */
    Constraint groupMinimum(ConstraintFactory f) {
        return f.forEach(Seat.class)
                .filter(HAS_ADULT)
                .groupBy(SHIFT, ConstraintCollectors.count())
                .filter((shift, adults) -> adults < shift.minSize)
                .penalizeConfigurable((shift, adults) -> shift.minSize - adults)
                .justifyWith((shift, adults, score) -> Why.of(shift, null, shift.districtName, day(shift), adults,
                        shift.minSize))
                .asConstraint(GROUP_MINIMUM);
    }

    Constraint leadInGroup(ConstraintFactory f) {
        return f.forEach(Seat.class)
                .filter(s -> s.shift.leadRequired)
                .groupBy(SHIFT, ConstraintCollectors.conditionally(s -> s.person.isLeadFor(s.shift),
                        ConstraintCollectors.count()))
                .filter((shift, leads) -> leads == 0)
                .penalizeConfigurable()
                .justifyWith((shift, leads, score) -> Why.of(shift, null, shift.districtName, day(shift)))
                .asConstraint(LEAD_IN_GROUP);
    }

    /** Youth walkers walk only in a group that already has its minimum of adults. */
    Constraint youthWithAdults(ConstraintFactory f) {
        return f.forEachIncludingNullVars(Seat.class)
                .groupBy(SHIFT, ConstraintCollectors.conditionally(HAS_ADULT, ConstraintCollectors.count()),
                        ConstraintCollectors.conditionally(IS_YOUTH, ConstraintCollectors.count()))
                .filter((shift, adults, youth) -> youth > 0 && adults < shift.minSize)
                .penalizeConfigurable((shift, adults, youth) -> youth)
                .justifyWith((shift, adults, youth, score) -> Why.of(shift, null, shift.districtName, day(shift),
                        youth))
                .asConstraint(YOUTH_WITH_ADULTS);
    }

    Constraint nightsPerMonth(ConstraintFactory f) {
        return f.forEach(Seat.class)
                .groupBy(PERSON, s -> s.shift.monthKey, ConstraintCollectors.count())
                .filter((person, month, nights) -> nights > person.maxNightsPerMonth)
                .penalizeConfigurable((person, month, nights) -> nights - person.maxNightsPerMonth)
                .justifyWith((person, month, nights, score) -> Why.of(null, person, person.name, nights,
                        person.maxNightsPerMonth, YearMonth.of(month / 12, month % 12 + 1).toString()))
                .asConstraint(NIGHTS_PER_MONTH);
    }

    Constraint nightsPerWeekend(ConstraintFactory f) {
        return f.forEach(Seat.class)
                .filter(s -> s.shift.weekendKey >= 0)
                .groupBy(PERSON, s -> s.shift.weekendKey, ConstraintCollectors.count())
                .filter((person, week, nights) -> nights > person.maxNightsPerWeekend)
                .penalizeConfigurable((person, week, nights) -> nights - person.maxNightsPerWeekend)
                .justifyWith((person, week, nights, score) -> Why.of(null, person, person.name, nights,
                        person.maxNightsPerWeekend, String.format("%d-W%02d", week / 100, week % 100)))
                .asConstraint(NIGHTS_PER_WEEKEND);
    }

    Constraint restBetweenShifts(ConstraintFactory f) {
        return f.forEach(Seat.class)
                .filter(s -> s.person.paidStaff)
                .join(f.forEach(Seat.class).filter(s -> s.person.paidStaff), Joiners.equal(PERSON))
                .filter((a, b) -> a.shift.startMinute < b.shift.startMinute && !a.shift.overlaps(b.shift)
                        && a.shift.restMinutesTo(b.shift) < a.person.dailyRestMinutes)
                .penalizeConfigurable()
                .justifyWith((a, b, score) -> Why.of(b.shift, a.person, a.person.name, day(a.shift), day(b.shift),
                        Math.max(0, a.shift.restMinutesTo(b.shift)) / 60))
                .asConstraint(REST_BETWEEN_SHIFTS);
    }

    /**
     * Paid staff: in every week (Monday to Monday, by the shifts' start) an unbroken rest of the weekly hours
     * (36 by default); penalised by the whole hours missing.
     */
    Constraint weeklyRest(ConstraintFactory f) {
        return f.forEach(Seat.class)
                .filter(s -> s.person.paidStaff)
                .groupBy(PERSON, s -> s.shift.weekStartMinute, ConstraintCollectors.toList(SHIFT))
                .filter((person, week, shifts) -> shifts.size() > 1
                        && ShiftFact.longestRestInWeek(week, shifts) < person.weeklyRestMinutes)
                .penalizeConfigurable((person, week, shifts) -> (int) Math.ceilDiv(
                        person.weeklyRestMinutes - ShiftFact.longestRestInWeek(week, shifts), 60))
                .justifyWith((person, week, shifts, score) -> Why.of(null, person, person.name,
                        java.time.LocalDateTime.ofEpochSecond(week * 60, 0, java.time.ZoneOffset.UTC).toLocalDate(),
                        ShiftFact.longestRestInWeek(week, shifts) / 60, person.weeklyRestMinutes / 60))
                .asConstraint(WEEKLY_REST);
    }

    // ---- medium ------------------------------------------------------------------------------------------------

    /** Adults missing below the need, times the evening's risk weight; a group below its minimum covers nothing. */
    Constraint uncoveredNeed(ConstraintFactory f) {
        return f.forEachIncludingNullVars(Seat.class)
                .groupBy(SHIFT, ConstraintCollectors.conditionally(HAS_ADULT, ConstraintCollectors.count()))
                .filter((shift, adults) -> missing(shift, adults) > 0)
                .penalizeConfigurableLong((shift, adults) -> missing(shift, adults) * shift.riskWeight)
                .justifyWith((shift, adults, score) -> Why.of(shift, null, shift.districtName, day(shift),
                        missing(shift, adults), shift.riskLevel))
                .asConstraint(UNCOVERED_NEED);
    }

    /** Adults still needed for the shift to be fully staffed, counting a group that may not walk as empty. */
    static int missing(ShiftFact shift, int adults) {
        int covered = adults >= shift.minSize ? Math.min(adults, shift.peopleNeeded) : 0;
        return shift.peopleNeeded - covered;
    }

    // ---- soft --------------------------------------------------------------------------------------------------

    /** Squared nights per person: the tenth night of one person costs more than a first night of another. */
    Constraint fairNights(ConstraintFactory f) {
        return f.forEach(Seat.class)
                .groupBy(PERSON, ConstraintCollectors.count())
                .penalizeConfigurableLong((person, nights) -> (long) nights * nights)
                .justifyWith((person, nights, score) -> Why.of(null, person, person.name, nights))
                .asConstraint(FAIR_NIGHTS);
    }

    Constraint fairHighRiskNights(ConstraintFactory f) {
        return f.forEach(Seat.class)
                .filter(s -> s.shift.riskLevel >= HIGH_RISK)
                .groupBy(PERSON, ConstraintCollectors.count())
                .penalizeConfigurableLong((person, nights) -> (long) nights * nights)
                .justifyWith((person, nights, score) -> Why.of(null, person, person.name, nights))
                .asConstraint(FAIR_HIGH_RISK_NIGHTS);
    }

    /** Squared nights per organisation, per ten members: big organisations carry more, but in proportion. */
    Constraint fairOrganisations(ConstraintFactory f) {
        return f.forEach(Seat.class)
                .flattenLast(s -> s.person.organisations)
                .groupBy(org -> org, ConstraintCollectors.count())
                .penalizeConfigurableLong((org, nights) -> (long) nights * nights * 10 / org.members)
                .justifyWith((org, nights, score) -> new Why(null, null, java.util.List.of(org.id, nights)))
                .asConstraint(FAIR_ORGANISATIONS);
    }

    Constraint homeDistrict(ConstraintFactory f) {
        return f.forEach(Seat.class)
                .filter(s -> !s.person.isHome(s.shift))
                .penalizeConfigurable()
                .justifyWith((s, score) -> Why.of(s.shift, s.person, s.person.name, s.shift.districtName, day(s.shift)))
                .asConstraint(HOME_DISTRICT);
    }

    /** A group of two or more people who told their gender should not be all one gender. */
    Constraint mixedGender(ConstraintFactory f) {
        return f.forEach(Seat.class)
                .filter(s -> s.person.gender != null)
                .groupBy(SHIFT, ConstraintCollectors.countDistinct(s -> s.person.gender), ConstraintCollectors.count())
                .filter((shift, genders, told) -> told >= 2 && genders == 1)
                .penalizeConfigurable()
                .justifyWith((shift, genders, told, score) -> Why.of(shift, null, shift.districtName, day(shift)))
                .asConstraint(MIXED_GENDER);
    }

    Constraint newWithExperienced(ConstraintFactory f) {
        return f.forEach(Seat.class)
                .filter(s -> !s.person.experienced)
                .ifNotExists(Seat.class, Joiners.equal(SHIFT),
                        Joiners.filtering((a, b) -> b.person != null && b.person.experienced))
                .penalizeConfigurable()
                .justifyWith((s, score) -> Why.of(s.shift, s.person, s.person.name, s.shift.districtName, day(s.shift)))
                .asConstraint(NEW_WITH_EXPERIENCED);
    }

    /** Two people who walk together again: a small bonus per repeated evening together. */
    Constraint stableTeams(ConstraintFactory f) {
        return f.forEach(Seat.class).join(Seat.class, Joiners.equal(SHIFT)).filter(LOWER_ID_FIRST)
                .groupBy((a, b) -> Pair.of(a.person, b.person), ConstraintCollectors.countBi())
                .filter((pair, times) -> times > 1)
                .rewardConfigurable((pair, times) -> times - 1)
                .justifyWith((pair, times, score) -> Why.of(null, pair.first(), pair.first().name,
                        pair.second().name, times))
                .asConstraint(STABLE_TEAMS);
    }

    Constraint keepPublished(ConstraintFactory f) {
        return f.forEach(PublishedFact.class)
                .ifNotExists(Seat.class, Joiners.equal(PublishedFact::shift, SHIFT),
                        Joiners.equal(PublishedFact::person, PERSON))
                .penalizeConfigurable()
                .justifyWith((p, score) -> Why.of(p.shift(), p.person(), p.person().name, p.shift().districtName,
                        day(p.shift())))
                .asConstraint(KEEP_PUBLISHED);
    }

    Constraint youthWalkers(ConstraintFactory f) {
        return f.forEach(Seat.class)
                .filter(s -> s.person.youthWalker)
                .rewardConfigurable()
                .justifyWith((s, score) -> Why.of(s.shift, s.person, s.person.name, s.shift.districtName, day(s.shift)))
                .asConstraint(YOUTH_WALKERS);
    }

    private static String day(ShiftFact shift) {
        return shift.evening.toString();
    }

    /** Two people, the lower index first, so a pair is the same whichever seat each sits in. */
    record Pair(PersonFact first, PersonFact second) {
        static Pair of(PersonFact a, PersonFact b) {
            return a.index <= b.index ? new Pair(a, b) : new Pair(b, a);
        }
    }
}
