package se.tryggalov.place;

/** Translation keys: {@code venue.kind.<NAME>}. */
public enum VenueKind {
    YOUTH_CENTRE,
    GATHERING_POINT,
    HOT_SPOT
}
