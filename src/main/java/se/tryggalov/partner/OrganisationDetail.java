package se.tryggalov.partner;

import java.util.List;

/**
 * An organisation with everything the contact list and the organisation page show: the districts it works in
 * (empty = the whole municipality), its contact persons in their order, and its standing commitments.
 */
public record OrganisationDetail(long id, String name, OrganisationKind kind, List<DistrictRef> districts,
                                 List<Contact> contacts, List<StandingCommitment> commitments, int version) {

    public OrganisationDetail {
        districts = List.copyOf(districts);
        contacts = List.copyOf(contacts);
        commitments = List.copyOf(commitments);
    }

    public boolean wholeMunicipality() {
        return districts.isEmpty();
    }

    public boolean worksIn(long districtId) {
        return districts.isEmpty() || districts.stream().anyMatch(d -> d.id() == districtId);
    }

    public Organisation summary() {
        return new Organisation(id, name, kind, districts.stream().map(DistrictRef::name).toList());
    }
}
