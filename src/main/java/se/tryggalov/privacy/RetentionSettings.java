package se.tryggalov.privacy;

import java.time.OffsetDateTime;

/**
 * What the archive rules allow (table data_retention), and how the last retention run went. {@code lastRun} is
 * null before the first run.
 */
public record RetentionSettings(int availabilityMonths, int inactiveProfileMonths, int invitationDays,
                                boolean keepHistory, int version, OffsetDateTime lastRunAt,
                                RetentionSummary lastRun) {

    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 120;
    public static final int MIN_INVITATION_DAYS = 1;
    public static final int MAX_INVITATION_DAYS = 90;
}
