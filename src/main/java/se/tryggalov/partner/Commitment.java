package se.tryggalov.partner;

import java.time.LocalTime;

/**
 * A standing commitment as it falls on one evening and one district: what other features count against the
 * coverage an evening and district need. One standing commitment for several districts gives one of these per
 * district.
 */
public record Commitment(long commitmentId, long organisationId, String organisationName,
                         OrganisationKind organisationKind, CommitmentKind kind, int quantity, long districtId,
                         String districtName, LocalTime startsAt, LocalTime endsAt, String description) {
}
