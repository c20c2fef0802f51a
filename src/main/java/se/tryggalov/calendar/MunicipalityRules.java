package se.tryggalov.calendar;

import java.time.DayOfWeek;
import java.util.Objects;

/**
 * The rules one municipality plans its year by. All editable; {@link #forCounty(County)} gives
 * the defaults.
 *
 * @param winterSportsBreakWeek ISO week of sportlov (defaults to the county's)
 * @param meetingDay            weekday the proposed meetings are put on, before moving off holidays
 */
public record MunicipalityRules(
        County county,
        EasterBreakRule easterBreakRule,
        int winterSportsBreakWeek,
        DayOfWeek meetingDay,
        RiskDefaults riskDefaults,
        CoverageDefaults coverageDefaults) {

    public MunicipalityRules {
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(easterBreakRule, "easterBreakRule");
        Objects.requireNonNull(meetingDay, "meetingDay");
        Objects.requireNonNull(riskDefaults, "riskDefaults");
        Objects.requireNonNull(coverageDefaults, "coverageDefaults");
        // Sportlov is week 7–10 in practice; allow a little slack for outliers, no more,
        // since a week outside February/March would collide with other breaks.
        if (winterSportsBreakWeek < 6 || winterSportsBreakWeek > 11) {
            throw new IllegalArgumentException("Sportlov week must be 6..11: " + winterSportsBreakWeek);
        }
        if (meetingDay == DayOfWeek.SATURDAY || meetingDay == DayOfWeek.SUNDAY) {
            throw new IllegalArgumentException("Meetings go on a weekday, not " + meetingDay);
        }
    }

    /** County defaults, the Stockholm påsklov heuristic, Tuesday meetings, the DOMAIN.md risk table. */
    public static MunicipalityRules forCounty(County county) {
        return new MunicipalityRules(county, EasterBreakRule.STOCKHOLM_HEURISTIC,
                county.defaultWinterSportsBreakWeek(), DayOfWeek.TUESDAY,
                RiskDefaults.standard(), CoverageDefaults.standard());
    }

    public MunicipalityRules withEasterBreakRule(EasterBreakRule rule) {
        return new MunicipalityRules(county, rule, winterSportsBreakWeek, meetingDay, riskDefaults, coverageDefaults);
    }

    public MunicipalityRules withWinterSportsBreakWeek(int week) {
        return new MunicipalityRules(county, easterBreakRule, week, meetingDay, riskDefaults, coverageDefaults);
    }

    public MunicipalityRules withMeetingDay(DayOfWeek day) {
        return new MunicipalityRules(county, easterBreakRule, winterSportsBreakWeek, day, riskDefaults, coverageDefaults);
    }

    public MunicipalityRules withRiskDefaults(RiskDefaults risk) {
        return new MunicipalityRules(county, easterBreakRule, winterSportsBreakWeek, meetingDay, risk, coverageDefaults);
    }

    public MunicipalityRules withCoverageDefaults(CoverageDefaults coverage) {
        return new MunicipalityRules(county, easterBreakRule, winterSportsBreakWeek, meetingDay, riskDefaults, coverage);
    }
}
