package se.tryggalov.place;

import java.util.List;

/** A district (kommundel) with its venues. {@code sortOrder} is the order coordinators chose for lists. */
public record District(long id, String name, int sortOrder, int version, List<Venue> venues) {

    public District {
        venues = List.copyOf(venues);
    }

    public long count(VenueKind kind) {
        return venues.stream().filter(v -> v.kind() == kind).count();
    }
}
