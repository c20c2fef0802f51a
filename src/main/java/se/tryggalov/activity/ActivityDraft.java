package se.tryggalov.activity;

import se.tryggalov.calendar.SchoolYear;

/**
 * What a coordinator enters for an activity. {@code calendarItemId} is the break or key date it belongs to (null:
 * term time of the school year); its shifts must fall inside it. {@code venueId} must be a venue of the district.
 */
public record ActivityDraft(SchoolYear schoolYear, Long calendarItemId, ActivityType type, Purpose purpose,
                            String title, Long organisationId, Long districtId, Long venueId, String meetingPoint,
                            String description, String planMeasure) {

    public static ActivityDraft of(Activity a) {
        return new ActivityDraft(a.schoolYear(), a.calendarItemId(), a.type(), a.purpose(), a.title(),
                a.organisationId(), a.districtId(), a.venueId(), a.meetingPoint(), a.description(), a.planMeasure());
    }
}
