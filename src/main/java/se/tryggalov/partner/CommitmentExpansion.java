package se.tryggalov.partner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns standing commitments into what they mean on the ground: which districts a commitment covers, and which
 * organisations cover which districts with what on a given evening. Pure logic, no database.
 */
public final class CommitmentExpansion {

    private CommitmentExpansion() {
    }

    /**
     * The districts a commitment covers: its own district; else the organisation's districts; else, for an
     * organisation that works in the whole municipality, every district.
     */
    public static List<DistrictRef> districtsOf(StandingCommitment commitment, OrganisationDetail organisation,
                                                List<DistrictRef> allDistricts) {
        if (commitment.districtId() != null) {
            return allDistricts.stream().filter(d -> d.id() == commitment.districtId()).findFirst()
                    .map(List::of)
                    .orElseGet(() -> List.of(new DistrictRef(commitment.districtId(), commitment.districtName())));
        }
        return organisation.districts().isEmpty() ? List.copyOf(allDistricts) : organisation.districts();
    }

    /** Every commitment that holds on the evening of {@code date} with this risk level, one per district. */
    public static List<Commitment> on(LocalDate date, int riskLevel, List<OrganisationDetail> organisations,
                                      List<DistrictRef> allDistricts) {
        List<Commitment> result = new ArrayList<>();
        for (OrganisationDetail organisation : organisations) {
            for (StandingCommitment c : organisation.commitments()) {
                if (c.appliesOn(date, riskLevel)) {
                    result.addAll(expand(c, organisation, allDistricts));
                }
            }
        }
        return List.copyOf(result);
    }

    /** One commitment per district it covers. */
    public static List<Commitment> expand(StandingCommitment c, OrganisationDetail organisation,
                                          List<DistrictRef> allDistricts) {
        return districtsOf(c, organisation, allDistricts).stream()
                .map(d -> new Commitment(c.id(), organisation.id(), organisation.name(), organisation.kind(), c.kind(),
                        c.quantity(), d.id(), d.name(), c.startsAt(), c.endsAt(), c.description()))
                .toList();
    }
}
