package se.tryggalov.activity;

/** An activity's stored values, checked: what the repository writes. */
record ActivityValues(Long calendarItemId, ActivityType type, Purpose purpose, String title, Long organisationId,
                      long districtId, Long venueId, String meetingPoint, String description, String planMeasure,
                      Long ruleId, String ruleKey) {
}
