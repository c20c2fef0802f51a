package se.tryggalov.followup;

import java.time.LocalDateTime;

/**
 * One observation as the lists show it: {@code id} is the observation's or (source WALK_LOG) the walk log's. Times
 * are Stockholm local; a walk log's count is at the start of its evening (21:00 unknown, so midnight of the day).
 */
public record Observation(long id, ObservationSource source, long districtId, String districtName, Long venueId,
                          String venueName, ObservationCategory category, LocalDateTime observedAt, int count,
                          String note) {
}
