package se.tryggalov.place;

import java.math.BigDecimal;
import java.util.List;

/** What a coordinator enters for a venue; the service checks it before anything is saved. */
public record VenueDraft(long districtId, String name, VenueKind kind, String address, BigDecimal latitude,
                         BigDecimal longitude, List<OpeningHours> openingHours) {

    public VenueDraft {
        openingHours = openingHours == null ? List.of() : List.copyOf(openingHours);
    }
}
