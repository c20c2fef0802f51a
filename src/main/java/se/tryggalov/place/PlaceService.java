package se.tryggalov.place;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The municipality, its districts and their venues. Places are not personal data: every signed-in user reads them. */
@Service
public class PlaceService {

    private final PlaceRepository places;

    PlaceService(PlaceRepository places) {
        this.places = places;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Municipality> municipality() {
        return places.municipality();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<District> districts() {
        return places.districts();
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
    @Transactional
    public void saveMunicipality(Municipality municipality) {
        if (municipality.name() == null || municipality.name().isBlank()) {
            throw new UserMessageException("place.error.nameRequired");
        }
        places.saveMunicipality(new Municipality(municipality.name().trim(), municipality.county()));
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
    @Transactional
    public long createDistrict(String name, int sortOrder) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new UserMessageException("place.error.nameRequired");
        }
        if (places.districtNameTaken(trimmed)) {
            throw new UserMessageException("place.error.districtExists", trimmed);
        }
        try {
            return places.insertDistrict(trimmed, sortOrder);
        } catch (DuplicateKeyException e) {
            throw new UserMessageException("place.error.districtExists", trimmed);
        }
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
    @Transactional
    public long createVenue(long districtId, String name, VenueKind kind, BigDecimal latitude, BigDecimal longitude) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 150) {
            throw new UserMessageException("place.error.nameRequired");
        }
        if (!places.districtExists(districtId)) {
            throw new UserMessageException("error.notFound");
        }
        try {
            return places.insertVenue(districtId, trimmed, kind, latitude, longitude);
        } catch (DuplicateKeyException e) {
            throw new UserMessageException("place.error.venueExists", trimmed);
        }
    }
}
