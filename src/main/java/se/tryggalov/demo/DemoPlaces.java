package se.tryggalov.demo;

import org.springframework.stereotype.Component;
import se.tryggalov.place.OpeningHours;
import se.tryggalov.place.PlaceService;
import se.tryggalov.place.Venue;
import se.tryggalov.place.VenueDraft;
import se.tryggalov.place.VenueKind;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Invented but typical weekly opening hours for the demo youth centres: afternoons and evenings on weekdays, late on
 * Fridays and Saturdays (past midnight at one of them), so the places view and "open until" have something to show.
 * Called from {@link DemoData#load} after the venues exist, in its transaction and as its system user.
 */
@Component
class DemoPlaces {

    private final PlaceService places;

    DemoPlaces(PlaceService places) {
        this.places = places;
    }

    void addOpeningHours() {
        for (Venue venue : places.venues(VenueKind.YOUTH_CENTRE)) {
            if (!venue.openingHours().isEmpty()) {
                continue;
            }
            boolean late = venue.name().startsWith("Southside");
            places.updateVenue(venue.id(), new VenueDraft(venue.districtId(), venue.name(), venue.kind(),
                    venue.address(), venue.latitude(), venue.longitude(), week(late)), venue.version());
        }
    }

    private static List<OpeningHours> week(boolean late) {
        List<OpeningHours> hours = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            hours.add(new OpeningHours(day, LocalTime.of(15, 0), LocalTime.of(21, 0)));
        }
        LocalTime weekendClose = late ? LocalTime.of(1, 0) : LocalTime.of(23, 0);
        hours.add(new OpeningHours(DayOfWeek.FRIDAY, LocalTime.of(17, 0), weekendClose));
        hours.add(new OpeningHours(DayOfWeek.SATURDAY, LocalTime.of(18, 0), weekendClose));
        return hours;
    }
}
