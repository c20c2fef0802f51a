package se.tryggalov.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.tryggalov.IntegrationTest;
import se.tryggalov.place.PlaceService;
import se.tryggalov.place.Venue;
import se.tryggalov.place.VenueKind;

import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class DemoPlacesTest {

    @Autowired
    DemoPlaces demoPlaces;
    @Autowired
    PlaceService places;

    @Test
    void everyDemoYouthCentreGetsWeeklyHoursOnceAndSouthsideStaysOpenPastMidnight() {
        demoPlaces.addOpeningHours();
        var first = places.venues(VenueKind.YOUTH_CENTRE);
        demoPlaces.addOpeningHours(); // again: nothing changes

        assertThat(places.venues(VenueKind.YOUTH_CENTRE)).isEqualTo(first)
                .allSatisfy(v -> assertThat(v.openingHours()).as(v.name()).isNotEmpty());
        Venue southside = first.stream().filter(v -> v.name().equals("Southside")).findFirst().orElseThrow();
        LocalDate walpurgis = LocalDate.of(2027, 4, 30); // a Friday
        assertThat(southside.openUntil(walpurgis)).hasValue(LocalTime.of(1, 0));
        assertThat(southside.openUntil(walpurgis.plusDays(2))).as("Sunday").isEmpty();
    }
}
