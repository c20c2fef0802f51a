package se.tryggalov.roster.solver.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every constraint by its stable name (used in settings, translations {@code solver.constraint.<name>} and
 * violations {@code solver.violation.<name>}), its level and its default weight.
 */
public final class ConstraintCatalog {

    public enum Level { HARD, MEDIUM, SOFT }

    public record Entry(String name, Level level, long defaultWeight, boolean reward) {
    }

    public static final String AVAILABILITY = "availability";
    public static final String QUALIFICATION = "qualification";
    public static final String AGE_RULE = "ageRule";
    public static final String ONE_SHIFT_PER_EVENING = "oneShiftPerEvening";
    public static final String OVERLAPPING_SHIFTS = "overlappingShifts";
    public static final String GROUP_MINIMUM = "groupMinimum";
    public static final String LEAD_IN_GROUP = "leadInGroup";
    public static final String YOUTH_WITH_ADULTS = "youthWithAdults";
    public static final String NIGHTS_PER_MONTH = "nightsPerMonth";
    public static final String NIGHTS_PER_WEEKEND = "nightsPerWeekend";
    public static final String REST_BETWEEN_SHIFTS = "restBetweenShifts";
    public static final String WEEKLY_REST = "weeklyRest";
    public static final String UNCOVERED_NEED = "uncoveredNeed";
    public static final String FAIR_NIGHTS = "fairNights";
    public static final String FAIR_HIGH_RISK_NIGHTS = "fairHighRiskNights";
    public static final String FAIR_ORGANISATIONS = "fairOrganisations";
    public static final String HOME_DISTRICT = "homeDistrict";
    public static final String MIXED_GENDER = "mixedGender";
    public static final String NEW_WITH_EXPERIENCED = "newWithExperienced";
    public static final String STABLE_TEAMS = "stableTeams";
    public static final String KEEP_PUBLISHED = "keepPublished";
    public static final String YOUTH_WALKERS = "youthWalkers";

    public static final List<Entry> ALL = List.of(
            new Entry(AVAILABILITY, Level.HARD, 1, false),
            new Entry(QUALIFICATION, Level.HARD, 1, false),
            new Entry(AGE_RULE, Level.HARD, 1, false),
            new Entry(ONE_SHIFT_PER_EVENING, Level.HARD, 1, false),
            new Entry(OVERLAPPING_SHIFTS, Level.HARD, 1, false),
            new Entry(GROUP_MINIMUM, Level.HARD, 1, false),
            new Entry(LEAD_IN_GROUP, Level.HARD, 1, false),
            new Entry(YOUTH_WITH_ADULTS, Level.HARD, 1, false),
            new Entry(NIGHTS_PER_MONTH, Level.HARD, 1, false),
            new Entry(NIGHTS_PER_WEEKEND, Level.HARD, 1, false),
            new Entry(REST_BETWEEN_SHIFTS, Level.HARD, 1, false),
            new Entry(WEEKLY_REST, Level.HARD, 1, false),
            new Entry(UNCOVERED_NEED, Level.MEDIUM, 1, false),
            new Entry(FAIR_NIGHTS, Level.SOFT, 10, false),
            new Entry(FAIR_HIGH_RISK_NIGHTS, Level.SOFT, 10, false),
            new Entry(FAIR_ORGANISATIONS, Level.SOFT, 1, false),
            new Entry(HOME_DISTRICT, Level.SOFT, 5, false),
            new Entry(MIXED_GENDER, Level.SOFT, 10, false),
            new Entry(NEW_WITH_EXPERIENCED, Level.SOFT, 20, false),
            new Entry(STABLE_TEAMS, Level.SOFT, 3, true),
            new Entry(KEEP_PUBLISHED, Level.SOFT, 50, false),
            new Entry(YOUTH_WALKERS, Level.SOFT, 15, true));

    public static final Map<String, Entry> BY_NAME;

    static {
        Map<String, Entry> byName = new LinkedHashMap<>();
        ALL.forEach(e -> byName.put(e.name(), e));
        BY_NAME = Map.copyOf(byName);
    }

    private ConstraintCatalog() {
    }
}
