package se.tryggalov.coverage;

import se.tryggalov.activity.ActivityType;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Who covers an evening, district by district, as the youth centres and partners see it: the groups with their
 * organisation, times, gathering point and lead (name and phone, nothing more personal), and the organisations'
 * commitments with their contact person. The numbers are the read model's cell of the same evening and district.
 */
public record EveningCover(LocalDate date, int riskLevel, List<DistrictCover> districts) {

    public EveningCover {
        districts = List.copyOf(districts);
    }

    public record DistrictCover(long districtId, String districtName, CoverageCell cell, List<GroupCover> groups,
                                List<CommitmentCover> commitments) {

        public DistrictCover {
            groups = List.copyOf(groups);
            commitments = List.copyOf(commitments);
        }

        public boolean empty() {
            return groups.isEmpty() && commitments.isEmpty();
        }
    }

    /**
     * A group: {@code people} on it (a count), whether it walks (its minimum reached), and its lead when the reader
     * may see them ({@code leadName}/{@code leadPhone} null otherwise, or when it has no lead yet).
     */
    public record GroupCover(long shiftId, String organisationName, String activityTitle, ActivityType type,
                             int groupNo, LocalTime startsAt, LocalTime endsAt, String gatheringPoint, int people,
                             int minSize, boolean walks, String leadName, String leadPhone) {

        /** The lead's phone as a tap-to-call address (digits and a leading +), or null. */
        public String leadPhoneUrl() {
            return leadPhone == null || leadPhone.isBlank() ? null : "tel:" + leadPhone.replaceAll("[^+0-9]", "");
        }
    }

    /** What an organisation puts out as a whole, with the organisation's first contact person (work details). */
    public record CommitmentCover(long organisationId, String organisationName, ActivityType type, int units,
                                  LocalTime startsAt, LocalTime endsAt, String contactName, String contactPhone) {

        public String contactPhoneUrl() {
            return contactPhone == null || contactPhone.isBlank() ? null
                    : "tel:" + contactPhone.replaceAll("[^+0-9]", "");
        }
    }
}
