package se.tryggalov.partner;

import java.util.List;

/** A partner organisation and the districts it works in. */
public record Organisation(long id, String name, OrganisationKind kind, List<String> districts) {

    public Organisation {
        districts = List.copyOf(districts);
    }
}
