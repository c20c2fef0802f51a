package se.tryggalov.volunteer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The volunteer feature's part of a person's data: the profile, organisations, districts and qualifications, for
 * the export and the erasure. For the privacy feature only, which checks the caller's rights (ArchitectureTest).
 */
@Component
public class VolunteerPersonalData {

    /** The profile in an export (JSON field names: keep them). */
    public record Profile(String phone, boolean adultConfirmed, Short birthYear, boolean youthWalker,
                          LocalDate guardianConsentOn, LocalDate recordExtractShownOn, String gender,
                          List<String> languages, Short maxNightsPerMonth, Short maxNightsPerWeekend,
                          String status, OffsetDateTime lastActiveAt, OffsetDateTime removalRequestedAt,
                          OffsetDateTime anonymisedAt, OffsetDateTime createdAt) {
    }

    public record QualificationData(String kind, LocalDate obtainedOn, LocalDate expiresOn) {
    }

    private final VolunteerDataRepository data;

    VolunteerPersonalData(VolunteerDataRepository data) {
        this.data = data;
    }

    @Transactional(readOnly = true)
    public Optional<Profile> profile(long userId) {
        return data.profile(userId);
    }

    @Transactional(readOnly = true)
    public List<NamedRef> organisations(long userId) {
        return data.organisations(userId);
    }

    @Transactional(readOnly = true)
    public List<NamedRef> districts(long userId) {
        return data.districts(userId);
    }

    @Transactional(readOnly = true)
    public List<QualificationData> qualifications(long userId) {
        return data.qualifications(userId);
    }

    /** Marks (or with null unmarks) the profile as waiting for removal. */
    @Transactional
    public void setRemovalRequestedAt(long userId, OffsetDateTime at) {
        data.setRemovalRequestedAt(userId, at);
    }

    @Transactional
    public void anonymise(long userId, OffsetDateTime at) {
        data.anonymise(userId, at);
    }

    /** Qualifications, districts and organisations go; the anonymous profile row stays. */
    @Transactional
    public int deleteHistory(long userId) {
        return data.deleteHistory(userId);
    }
}
