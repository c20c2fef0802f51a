package se.tryggalov.roster;

/**
 * Self sign-up for one activity type, one break, or one type in one break: open or not, from how many days before
 * the shift (null: as soon as the shift is open), and whether a sign-up waits for a coordinator's approval.
 */
public record SignupRule(Long id, String activityType, Long calendarItemId, boolean open, Integer opensDaysBefore,
                         boolean needsApproval, int version) {
}
