package se.tryggalov.place;

import java.math.BigDecimal;

/** A place in a district: a youth centre, a gathering point for night walks, or a hot spot. */
public record Venue(long id, long districtId, String name, VenueKind kind, BigDecimal latitude, BigDecimal longitude) {
}
