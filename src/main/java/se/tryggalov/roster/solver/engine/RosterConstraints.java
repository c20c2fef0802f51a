package se.tryggalov.roster.solver.engine;

import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.bi.BiConstraintStream;

import java.time.YearMonth;
import java.util.function.Function;

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
        return walks(f)
                .filter((person, w) -> !w.sameEvening.isEmpty())
                .flattenLast(w -> w.sameEvening)
                .penalizeConfigurable()
                .justifyWith((person, pair, score) -> Why.of(pair[1], person, person.name, day(pair[0])))
                .asConstraint(ONE_SHIFT_PER_EVENING);
    }

    Constraint overlappingShifts(ConstraintFactory f) {
        return walks(f)
                .filter((person, w) -> !w.overlapping.isEmpty())
                .flattenLast(w -> w.overlapping)
                .penalizeConfigurable()
                .justifyWith((person, pair, score) -> Why.of(pair[1], person, person.name, day(pair[0]),
                        day(pair[1])))
                .asConstraint(OVERLAPPING_SHIFTS);
    }

    /**
     * Every person who walks with the shifts they walk, counted once for all the person-level rules (Bavet shares
     * the node, as every rule builds it from the same function and collector).
     */
    private static BiConstraintStream<PersonFact, PersonTally.Walks> walks(ConstraintFactory f) {
        return f.forEach(Seat.class).groupBy(PERSON, PersonTally.WALKS);
    }

    /**
     * Every shift with the group it makes (adults, youth walkers, leads, ... and its members), counted once for all
     * the group-level rules (Bavet shares the node, as every rule builds it from the same function and collector).
     */
    private static BiConstraintStream<ShiftFact, GroupTally.Group> groups(ConstraintFactory f) {
        return f.forEachIncludingNullVars(Seat.class).groupBy(SHIFT, GroupTally.GROUP);
    }

    /** A group walks with at least its minimum of adults, or not at all. */
    Constraint groupMinimum(ConstraintFactory f) {
        return groups(f)
                .filter((shift, group) -> group.adults() > 0 && group.adults() < shift.minSize)
                .penalizeConfigurable((shift, group) -> shift.minSize - group.adults())
                .justifyWith((shift, group, score) -> Why.of(shift, null, shift.districtName, day(shift),
                        group.adults(), shift.minSize))
                .asConstraint(GROUP_MINIMUM);
    }

    Constraint leadInGroup(ConstraintFactory f) {
        return groups(f)
                .filter((shift, group) -> shift.leadRequired && group.people() > 0 && group.leads() == 0)
                .penalizeConfigurable()
                .justifyWith((shift, group, score) -> Why.of(shift, null, shift.districtName, day(shift)))
                .asConstraint(LEAD_IN_GROUP);
    }

    /** Youth walkers walk only in a group that already has its minimum of adults. */
    Constraint youthWithAdults(ConstraintFactory f) {
        return groups(f)
                .filter((shift, group) -> group.youth() > 0 && group.adults() < shift.minSize)
                .penalizeConfigurable((shift, group) -> group.youth())
                .justifyWith((shift, group, score) -> Why.of(shift, null, shift.districtName, day(shift),
                        group.youth()))
                .asConstraint(YOUTH_WITH_ADULTS);
    }

    Constraint nightsPerMonth(ConstraintFactory f) {
        return walks(f)
                .filter((person, w) -> !w.overMonth.isEmpty())
                .flattenLast(w -> w.overMonth)
                .penalizeConfigurable((person, month) -> month.shifts().size() - person.maxNightsPerMonth)
                .justifyWith((person, month, score) -> Why.of(null, person, person.name, month.shifts().size(),
                        person.maxNightsPerMonth,
                        YearMonth.of((int) month.key() / 12, (int) month.key() % 12 + 1).toString()))
                .asConstraint(NIGHTS_PER_MONTH);
    }

    Constraint nightsPerWeekend(ConstraintFactory f) {
        return walks(f)
                .filter((person, w) -> !w.overWeekend.isEmpty())
                .flattenLast(w -> w.overWeekend)
                .penalizeConfigurable((person, week) -> week.shifts().size() - person.maxNightsPerWeekend)
                .justifyWith((person, week, score) -> Why.of(null, person, person.name, week.shifts().size(),
                        person.maxNightsPerWeekend, String.format("%d-W%02d", week.key() / 100, week.key() % 100)))
                .asConstraint(NIGHTS_PER_WEEKEND);
    }

    Constraint restBetweenShifts(ConstraintFactory f) {
        return walks(f)
                .filter((person, w) -> !w.shortRests.isEmpty())
                .flattenLast(w -> w.shortRests)
                .penalizeConfigurable()
                .justifyWith((person, pair, score) -> Why.of(pair[1], person, person.name, day(pair[0]),
                        day(pair[1]), Math.max(0, pair[0].restMinutesTo(pair[1])) / 60))
                .asConstraint(REST_BETWEEN_SHIFTS);
    }

    /**
     * Paid staff: in every week (Monday to Monday, by the shifts' start) an unbroken rest of the weekly hours
     * (36 by default); penalised by the whole hours missing.
     */
    Constraint weeklyRest(ConstraintFactory f) {
        return walks(f)
                .filter((person, w) -> !w.shortWeeks.isEmpty())
                .flattenLast(w -> w.shortWeeks)
                .penalizeConfigurable((person, week) -> (int) Math.ceilDiv(
                        person.weeklyRestMinutes - ShiftFact.longestRestInWeek(week.key(), week.shifts()), 60))
                .justifyWith((person, week, score) -> Why.of(null, person, person.name,
                        java.time.LocalDateTime.ofEpochSecond(week.key() * 60, 0, java.time.ZoneOffset.UTC)
                                .toLocalDate(),
                        ShiftFact.longestRestInWeek(week.key(), week.shifts()) / 60, person.weeklyRestMinutes / 60))
                .asConstraint(WEEKLY_REST);
    }

    // ---- medium ------------------------------------------------------------------------------------------------

    /** Adults missing below the need, times the evening's risk weight; a group below its minimum covers nothing. */
    Constraint uncoveredNeed(ConstraintFactory f) {
        return groups(f)
                .filter((shift, group) -> missing(shift, group.adults()) > 0)
                .penalizeConfigurableLong((shift, group) -> missing(shift, group.adults()) * shift.riskWeight)
                .justifyWith((shift, group, score) -> Why.of(shift, null, shift.districtName, day(shift),
                        missing(shift, group.adults()), shift.riskLevel))
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
        return walks(f)
                .penalizeConfigurableLong((person, w) -> (long) w.nights() * w.nights())
                .justifyWith((person, w, score) -> Why.of(null, person, person.name, w.nights()))
                .asConstraint(FAIR_NIGHTS);
    }

    Constraint fairHighRiskNights(ConstraintFactory f) {
        return walks(f)
                .filter((person, w) -> w.highRiskNights() > 0)
                .penalizeConfigurableLong((person, w) -> (long) w.highRiskNights() * w.highRiskNights())
                .justifyWith((person, w, score) -> Why.of(null, person, person.name, w.highRiskNights()))
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
        return groups(f)
                .filter((shift, group) -> group.told() >= 2 && group.genders() == 1)
                .penalizeConfigurable()
                .justifyWith((shift, group, score) -> Why.of(shift, null, shift.districtName, day(shift)))
                .asConstraint(MIXED_GENDER);
    }

    /** Each new walker in a group without anyone experienced. */
    Constraint newWithExperienced(ConstraintFactory f) {
        return groups(f)
                .filter((shift, group) -> group.people() > 0 && group.experienced() == 0)
                .flattenLast(group -> java.util.Arrays.asList(group.newcomers()))
                .penalizeConfigurable()
                .justifyWith((shift, p, score) -> Why.of(shift, p, p.name, shift.districtName, day(shift)))
                .asConstraint(NEW_WITH_EXPERIENCED);
    }

    /** Two people who walk together again: a small bonus per repeated evening together (pairs counted by the tally). */
    Constraint stableTeams(ConstraintFactory f) {
        return groups(f)
                .groupBy(GroupTally.REPEATED_PAIRS)
                .filter(repeats -> repeats > 0)
                .rewardConfigurableLong(repeats -> repeats)
                .justifyWith((repeats, score) -> new Why(null, null, java.util.List.of(repeats)))
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
}
