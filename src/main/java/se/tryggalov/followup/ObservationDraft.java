package se.tryggalov.followup;

import java.time.LocalDateTime;

/** What the form (or an import row) supplies: where, what, when (Stockholm time), how many and a short note. */
public record ObservationDraft(Long districtId, Long venueId, ObservationCategory category, LocalDateTime observedAt,
                               Integer count, String note) {
}
