package se.tryggalov.place;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.tryggalov.IntegrationTest;
import se.tryggalov.shared.i18n.UserMessageException;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class PlaceServiceTest {

    @Autowired
    PlaceService places;

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void aDistrictNameIsUniqueRegardlessOfCase() {
        int before = places.districts().size();
        assertThatThrownBy(() -> places.createDistrict("  alby ", 99))
                .isInstanceOf(UserMessageException.class)
                .extracting(e -> ((UserMessageException) e).messageKey()).isEqualTo("place.error.districtExists");
        assertThat(places.districts()).hasSize(before);
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void aVenueWithAnImpossiblePositionIsRefusedByTheDatabaseAndNothingIsSaved() {
        District alby = places.districts().getFirst();
        int before = alby.venues().size();
        assertThatThrownBy(() -> places.createVenue(alby.id(), "Nowhere", VenueKind.HOT_SPOT,
                new BigDecimal("123.0"), new BigDecimal("17.0")))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(places.districts().getFirst().venues()).hasSize(before);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void aViewerReadsDistrictsButCannotChangeThem() {
        assertThat(places.districts()).hasSizeGreaterThanOrEqualTo(6);
        assertThatThrownBy(() -> places.createDistrict("Ny kommundel", 7)).isInstanceOf(AccessDeniedException.class);
    }
}
