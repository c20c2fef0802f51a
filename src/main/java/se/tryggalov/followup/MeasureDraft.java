package se.tryggalov.followup;

import java.time.LocalDate;
import java.util.Set;

/** What a coordinator enters for a measure of the action plan. */
public record MeasureDraft(String title, String description, Long ownerOrganisationId, Set<Long> partnerIds,
                           Set<Long> districtIds, Set<ObservationCategory> categories, Set<Long> activityIds,
                           LocalDate firstDay, LocalDate lastDay, LocalDate followUpOn, MeasureStatus status) {

    public MeasureDraft {
        partnerIds = partnerIds == null ? Set.of() : Set.copyOf(partnerIds);
        districtIds = districtIds == null ? Set.of() : Set.copyOf(districtIds);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        activityIds = activityIds == null ? Set.of() : Set.copyOf(activityIds);
    }
}
