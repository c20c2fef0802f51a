package se.tryggalov.activity;

import se.tryggalov.calendar.SchoolYear;

/**
 * An activity (insats): what is done, by whom, where and in which period; its shifts say when. {@code period} is
 * the break or key date it belongs to, null for a term-time activity of the school year. {@code ruleKey} is set on
 * activities made by a coverage rule, a standing commitment or a roll-forward, so doing it again finds them.
 */
public record Activity(long id, SchoolYear schoolYear, PeriodRef period, ActivityType type, Purpose purpose,
                       String title, Long organisationId, String organisationName, long districtId,
                       String districtName, Long venueId, String venueName, String meetingPoint, String description,
                       String planMeasure, Long ruleId, String ruleKey, int shiftCount, int version) {

    /** Made by a coverage rule or a standing commitment (regenerating keeps it up to date). */
    public boolean generated() {
        return ruleKey != null && Keys.isGenerated(ruleKey);
    }

    public Long calendarItemId() {
        return period == null ? null : period.calendarItemId();
    }
}
