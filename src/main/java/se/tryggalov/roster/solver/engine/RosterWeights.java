package se.tryggalov.roster.solver.engine;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import se.tryggalov.roster.solver.SolverSettings;

/**
 * The weight of every constraint for one solve: the catalogue's default times the municipality's multiplier, zero
 * when switched off (OptaPlanner then skips the constraint).
 */
@ConstraintConfiguration
public class RosterWeights {

    @ConstraintWeight(ConstraintCatalog.AVAILABILITY)
    HardMediumSoftLongScore availability = HardMediumSoftLongScore.ZERO;

    @ConstraintWeight(ConstraintCatalog.QUALIFICATION)
    HardMediumSoftLongScore qualification = HardMediumSoftLongScore.ZERO;

    @ConstraintWeight(ConstraintCatalog.AGE_RULE)
    HardMediumSoftLongScore ageRule = HardMediumSoftLongScore.ZERO;

    @ConstraintWeight(ConstraintCatalog.ONE_SHIFT_PER_EVENING)
    HardMediumSoftLongScore oneShiftPerEvening = HardMediumSoftLongScore.ZERO;

    @ConstraintWeight(ConstraintCatalog.OVERLAPPING_SHIFTS)
    HardMediumSoftLongScore overlappingShifts = HardMediumSoftLongScore.ZERO;

    @ConstraintWeight(ConstraintCatalog.GROUP_MINIMUM)
    HardMediumSoftLongScore groupMinimum = HardMediumSoftLongScore.ZERO;

    @ConstraintWeight(ConstraintCatalog.LEAD_IN_GROUP)
    HardMediumSoftLongScore leadInGroup = HardMediumSoftLongScore.ZERO;

    @ConstraintWeight(ConstraintCatalog.YOUTH_WITH_ADULTS)
    HardMediumSoftLongScore youthWithAdults = HardMediumSoftLongScore.ZERO;

    @ConstraintWeight(ConstraintCatalog.NIGHTS_PER_MONTH)
    HardMediumSoftLongScore nightsPerMonth = HardMediumSoftLongScore.ZERO;

    @ConstraintWeight(ConstraintCatalog.NIGHTS_PER_WEEKEND)
    HardMediumSoftLongScore nightsPerWeekend = HardMediumSoftLongScore.ZERO;

    @ConstraintWeight(ConstraintCatalog.REST_BETWEEN_SHIFTS)
    HardMediumSoftLongScore restBetweenShifts = HardMediumSoftLongScore.ZERO;

    @ConstraintWeight(ConstraintCatalog.WEEKLY_REST)
    HardMediumSoftLongScore weeklyRest = HardMediumSoftLongScore.ZERO;

    @ConstraintWeight(ConstraintCatalog.UNCOVERED_NEED)
    HardMediumSoftLongScore uncoveredNeed = HardMediumSoftLongScore.ZERO;

    @ConstraintWeight(ConstraintCatalog.FAIR_NIGHTS)
    HardMediumSoftLongScore fairNights = HardMediumSoftLongScore.ZERO;

    @ConstraintWeight(ConstraintCatalog.FAIR_HIGH_RISK_NIGHTS)
    HardMediumSoftLongScore fairHighRiskNights = HardMediumSoftLongScore.ZERO;

    @ConstraintWeight(ConstraintCatalog.FAIR_ORGANISATIONS)
    HardMediumSoftLongScore fairOrganisations = HardMediumSoftLongScore.ZERO;

    @ConstraintWeight(ConstraintCatalog.HOME_DISTRICT)
    HardMediumSoftLongScore homeDistrict = HardMediumSoftLongScore.ZERO;

    @ConstraintWeight(ConstraintCatalog.MIXED_GENDER)
    HardMediumSoftLongScore mixedGender = HardMediumSoftLongScore.ZERO;

    @ConstraintWeight(ConstraintCatalog.NEW_WITH_EXPERIENCED)
    HardMediumSoftLongScore newWithExperienced = HardMediumSoftLongScore.ZERO;

    @ConstraintWeight(ConstraintCatalog.STABLE_TEAMS)
    HardMediumSoftLongScore stableTeams = HardMediumSoftLongScore.ZERO;

    @ConstraintWeight(ConstraintCatalog.KEEP_PUBLISHED)
    HardMediumSoftLongScore keepPublished = HardMediumSoftLongScore.ZERO;

    @ConstraintWeight(ConstraintCatalog.YOUTH_WALKERS)
    HardMediumSoftLongScore youthWalkers = HardMediumSoftLongScore.ZERO;

    /** The catalogue's default weights. */
    public RosterWeights() {
        for (ConstraintCatalog.Entry entry : ConstraintCatalog.ALL) {
            set(entry.name(), score(entry.level(), entry.defaultWeight()));
        }
    }

    /** Default weights, changed by the settings (unknown names are ignored). */
    public static RosterWeights from(SolverSettings settings) {
        RosterWeights weights = new RosterWeights();
        for (ConstraintCatalog.Entry entry : ConstraintCatalog.ALL) {
            long multiplier = 1;
            SolverSettings.ConstraintSetting setting = settings == null ? null : settings.constraints().get(entry.name());
            if (setting != null) {
                multiplier = setting.enabled() ? Math.max(0, setting.weight()) : 0;
            }
            weights.set(entry.name(), score(entry.level(), entry.defaultWeight() * multiplier));
        }
        return weights;
    }

    static HardMediumSoftLongScore score(ConstraintCatalog.Level level, long weight) {
        return switch (level) {
            case HARD -> HardMediumSoftLongScore.ofHard(weight);
            case MEDIUM -> HardMediumSoftLongScore.ofMedium(weight);
            case SOFT -> HardMediumSoftLongScore.ofSoft(weight);
        };
    }

    void set(String name, HardMediumSoftLongScore weight) {
        switch (name) {
            case ConstraintCatalog.AVAILABILITY -> availability = weight;
            case ConstraintCatalog.QUALIFICATION -> qualification = weight;
            case ConstraintCatalog.AGE_RULE -> ageRule = weight;
            case ConstraintCatalog.ONE_SHIFT_PER_EVENING -> oneShiftPerEvening = weight;
            case ConstraintCatalog.OVERLAPPING_SHIFTS -> overlappingShifts = weight;
            case ConstraintCatalog.GROUP_MINIMUM -> groupMinimum = weight;
            case ConstraintCatalog.LEAD_IN_GROUP -> leadInGroup = weight;
            case ConstraintCatalog.YOUTH_WITH_ADULTS -> youthWithAdults = weight;
            case ConstraintCatalog.NIGHTS_PER_MONTH -> nightsPerMonth = weight;
            case ConstraintCatalog.NIGHTS_PER_WEEKEND -> nightsPerWeekend = weight;
            case ConstraintCatalog.REST_BETWEEN_SHIFTS -> restBetweenShifts = weight;
            case ConstraintCatalog.WEEKLY_REST -> weeklyRest = weight;
            case ConstraintCatalog.UNCOVERED_NEED -> uncoveredNeed = weight;
            case ConstraintCatalog.FAIR_NIGHTS -> fairNights = weight;
            case ConstraintCatalog.FAIR_HIGH_RISK_NIGHTS -> fairHighRiskNights = weight;
            case ConstraintCatalog.FAIR_ORGANISATIONS -> fairOrganisations = weight;
            case ConstraintCatalog.HOME_DISTRICT -> homeDistrict = weight;
            case ConstraintCatalog.MIXED_GENDER -> mixedGender = weight;
            case ConstraintCatalog.NEW_WITH_EXPERIENCED -> newWithExperienced = weight;
            case ConstraintCatalog.STABLE_TEAMS -> stableTeams = weight;
            case ConstraintCatalog.KEEP_PUBLISHED -> keepPublished = weight;
            case ConstraintCatalog.YOUTH_WALKERS -> youthWalkers = weight;
            default -> throw new IllegalArgumentException(name);
        }
    }

    public HardMediumSoftLongScore get(String name) {
        return switch (name) {
            case ConstraintCatalog.AVAILABILITY -> availability;
            case ConstraintCatalog.QUALIFICATION -> qualification;
            case ConstraintCatalog.AGE_RULE -> ageRule;
            case ConstraintCatalog.ONE_SHIFT_PER_EVENING -> oneShiftPerEvening;
            case ConstraintCatalog.OVERLAPPING_SHIFTS -> overlappingShifts;
            case ConstraintCatalog.GROUP_MINIMUM -> groupMinimum;
            case ConstraintCatalog.LEAD_IN_GROUP -> leadInGroup;
            case ConstraintCatalog.YOUTH_WITH_ADULTS -> youthWithAdults;
            case ConstraintCatalog.NIGHTS_PER_MONTH -> nightsPerMonth;
            case ConstraintCatalog.NIGHTS_PER_WEEKEND -> nightsPerWeekend;
            case ConstraintCatalog.REST_BETWEEN_SHIFTS -> restBetweenShifts;
            case ConstraintCatalog.WEEKLY_REST -> weeklyRest;
            case ConstraintCatalog.UNCOVERED_NEED -> uncoveredNeed;
            case ConstraintCatalog.FAIR_NIGHTS -> fairNights;
            case ConstraintCatalog.FAIR_HIGH_RISK_NIGHTS -> fairHighRiskNights;
            case ConstraintCatalog.FAIR_ORGANISATIONS -> fairOrganisations;
            case ConstraintCatalog.HOME_DISTRICT -> homeDistrict;
            case ConstraintCatalog.MIXED_GENDER -> mixedGender;
            case ConstraintCatalog.NEW_WITH_EXPERIENCED -> newWithExperienced;
            case ConstraintCatalog.STABLE_TEAMS -> stableTeams;
            case ConstraintCatalog.KEEP_PUBLISHED -> keepPublished;
            case ConstraintCatalog.YOUTH_WALKERS -> youthWalkers;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
