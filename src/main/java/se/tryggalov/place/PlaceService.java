package se.tryggalov.place;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.UserMessageException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The municipality, its districts and their venues. Places are not personal data: every signed-in user reads them;
 * coordinators and administrators change them. Every change is checked here (a refusal carries a translated message
 * and saves nothing), made against the version the user saw, and written to the audit log.
 */
@Service
public class PlaceService {

    static final int MAX_DISTRICT_NAME = 100;
    static final int MAX_VENUE_NAME = 150;
    static final int MAX_ADDRESS = 200;
    /** The database keeps six decimals (about 0.1 m). */
    static final int COORDINATE_SCALE = 6;

    private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
    private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

    private final PlaceRepository places;
    private final AuditLog audit;

    PlaceService(PlaceRepository places, AuditLog audit) {
        this.places = places;
        this.audit = audit;
    }

    // --- reading ------------------------------------------------------------------------------------------------

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Municipality> municipality() {
        return places.municipality();
    }

    /** Every district in the coordinators' order, with its venues and their opening hours. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<District> districts() {
        return places.districts();
    }

    /** Every venue, in district order, then by name. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<Venue> venues() {
        return places.venues(null);
    }

    /** The venues of one kind (e.g. the youth centres), in district order, then by name, with opening hours. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<Venue> venues(VenueKind kind) {
        return places.venues(kind);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Venue> venue(long id) {
        return places.venue(id);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
    @Transactional
    public void saveMunicipality(Municipality municipality) {
        if (municipality.name() == null || municipality.name().isBlank()) {
            throw new UserMessageException("place.error.nameRequired");
        }
        places.saveMunicipality(new Municipality(municipality.name().trim(), municipality.county()));
    }

    // --- districts ----------------------------------------------------------------------------------------------

    /** A new district at the end of the list. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
    @Transactional
    public long createDistrict(String name) {
        return createDistrict(name, places.nextSortOrder());
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
    @Transactional
    public long createDistrict(String name, int sortOrder) {
        String trimmed = districtName(name);
        if (places.districtNameTaken(trimmed, null)) {
            throw new UserMessageException("place.error.districtExists", trimmed);
        }
        long id;
        try {
            id = places.insertDistrict(trimmed, sortOrder);
        } catch (DuplicateKeyException e) { // created by someone else since the check
            throw new UserMessageException("place.error.districtExists", trimmed);
        }
        audit.record(AuditAction.PLACE_CHANGED, "district", id, "created");
        return id;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
    @Transactional
    public void renameDistrict(long id, String name, int expectedVersion) {
        String trimmed = districtName(name);
        if (places.districtNameTaken(trimmed, id)) {
            throw new UserMessageException("place.error.districtExists", trimmed);
        }
        boolean renamed;
        try {
            renamed = places.renameDistrict(id, trimmed, expectedVersion);
        } catch (DuplicateKeyException e) {
            throw new UserMessageException("place.error.districtExists", trimmed);
        }
        if (!renamed) {
            throw staleOrGone(places.districtExists(id));
        }
        audit.record(AuditAction.PLACE_CHANGED, "district", id, "renamed");
    }

    /**
     * Moves a district {@code offset} places in the list (-1 = one up, 1 = one down); at either end it stays. The
     * whole list is renumbered under a lock, so two people reordering at once cannot leave two districts on one place.
     *
     * @return whether the district moved
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
    @Transactional
    public boolean moveDistrict(long id, int offset, int expectedVersion) {
        List<PlaceRepository.Locked> order = new ArrayList<>(places.lockDistrictsInOrder());
        int from = -1;
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id() == id) {
                from = i;
            }
        }
        if (from < 0) {
            throw new UserMessageException("error.notFound");
        }
        if (order.get(from).version() != expectedVersion) {
            throw new UserMessageException("error.changedByOthers");
        }
        int to = Math.clamp((long) from + offset, 0, order.size() - 1);
        if (to == from) {
            return false;
        }
        order.add(to, order.remove(from));
        for (int i = 0; i < order.size(); i++) {
            places.setSortOrder(order.get(i).id(), i, order.get(i).id() == id);
        }
        audit.record(AuditAction.PLACE_CHANGED, "district", id, "moved to " + (to + 1));
        return true;
    }

    /**
     * Deletes a district that nothing refers to any more. A district with venues, or one that organisations,
     * volunteers, commitments or any other record still name, is refused with a message saying so.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
    @Transactional
    public void deleteDistrict(long id, int expectedVersion) {
        PlaceRepository.Locked district = places.lockDistrict(id)
                .orElseThrow(() -> new UserMessageException("error.notFound"));
        if (district.version() != expectedVersion) {
            throw new UserMessageException("error.changedByOthers");
        }
        int venues = places.venueCount(id);
        if (venues > 0) {
            throw new UserMessageException("places.error.districtHasVenues", district.name(), venues);
        }
        if (places.otherReferencesToDistrict(id) > 0) {
            throw new UserMessageException("places.error.districtInUse", district.name());
        }
        try {
            places.deleteDistrict(id);
        } catch (DataIntegrityViolationException e) { // a reference the check above could not see
            throw new UserMessageException("places.error.districtInUse", district.name());
        }
        audit.record(AuditAction.PLACE_CHANGED, "district", id, "deleted");
    }

    // --- venues -------------------------------------------------------------------------------------------------

    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
    @Transactional
    public long createVenue(long districtId, String name, VenueKind kind, BigDecimal latitude, BigDecimal longitude) {
        return createVenue(new VenueDraft(districtId, name, kind, null, latitude, longitude, List.of()));
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
    @Transactional
    public long createVenue(VenueDraft draft) {
        VenueDraft clean = checked(draft);
        if (places.venueNameTaken(clean.districtId(), clean.name(), null)) {
            throw new UserMessageException("place.error.venueExists", clean.name());
        }
        long id;
        try {
            id = places.insertVenue(clean);
        } catch (DuplicateKeyException e) {
            throw new UserMessageException("place.error.venueExists", clean.name());
        } catch (DataIntegrityViolationException e) { // the district was deleted meanwhile
            throw new UserMessageException("error.notFound");
        }
        audit.record(AuditAction.PLACE_CHANGED, "venue", id, "created");
        return id;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
    @Transactional
    public void updateVenue(long id, VenueDraft draft, int expectedVersion) {
        VenueDraft clean = checked(draft);
        if (places.venueNameTaken(clean.districtId(), clean.name(), id)) {
            throw new UserMessageException("place.error.venueExists", clean.name());
        }
        boolean updated;
        try {
            updated = places.updateVenue(id, clean, expectedVersion);
        } catch (DuplicateKeyException e) {
            throw new UserMessageException("place.error.venueExists", clean.name());
        } catch (DataIntegrityViolationException e) {
            throw new UserMessageException("error.notFound");
        }
        if (!updated) {
            throw staleOrGone(places.venueExists(id));
        }
        audit.record(AuditAction.PLACE_CHANGED, "venue", id, "updated");
    }

    /** Deletes a venue with its opening hours; refused while other records (e.g. planned activities) refer to it. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
    @Transactional
    public void deleteVenue(long id, int expectedVersion) {
        PlaceRepository.Locked venue = places.lockVenue(id)
                .orElseThrow(() -> new UserMessageException("error.notFound"));
        if (venue.version() != expectedVersion) {
            throw new UserMessageException("error.changedByOthers");
        }
        if (places.otherReferencesToVenue(id) > 0) {
            throw new UserMessageException("places.error.venueInUse", venue.name());
        }
        try {
            places.deleteVenue(id);
        } catch (DataIntegrityViolationException e) {
            throw new UserMessageException("places.error.venueInUse", venue.name());
        }
        audit.record(AuditAction.PLACE_CHANGED, "venue", id, "deleted");
    }

    // --- checks -------------------------------------------------------------------------------------------------

    private static String districtName(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_DISTRICT_NAME) {
            throw new UserMessageException("place.error.nameRequired");
        }
        return trimmed;
    }

    /** The draft as it will be stored (trimmed, rounded), or a refusal naming the first problem. */
    private VenueDraft checked(VenueDraft d) {
        String name = d.name() == null ? "" : d.name().trim();
        if (name.isEmpty() || name.length() > MAX_VENUE_NAME) {
            throw new UserMessageException("places.error.venueNameRequired", MAX_VENUE_NAME);
        }
        if (d.kind() == null) {
            throw new UserMessageException("places.error.kindRequired");
        }
        if (!places.districtExists(d.districtId())) {
            throw new UserMessageException("places.error.districtRequired");
        }
        String address = d.address() == null || d.address().isBlank() ? null : d.address().trim();
        if (address != null && address.length() > MAX_ADDRESS) {
            throw new UserMessageException("places.error.addressTooLong", MAX_ADDRESS);
        }
        if ((d.latitude() == null) != (d.longitude() == null)) {
            throw new UserMessageException("places.error.positionIncomplete");
        }
        BigDecimal latitude = coordinate(d.latitude(), MAX_LATITUDE, "places.error.latitudeRange");
        BigDecimal longitude = coordinate(d.longitude(), MAX_LONGITUDE, "places.error.longitudeRange");
        if (d.kind() != VenueKind.YOUTH_CENTRE && !d.openingHours().isEmpty()) {
            throw new UserMessageException("places.error.hoursOnlyForYouthCentres");
        }
        checkNoOverlap(d.openingHours());
        return new VenueDraft(d.districtId(), name, d.kind(), address, latitude, longitude, d.openingHours());
    }

    private static BigDecimal coordinate(BigDecimal value, BigDecimal limit, String key) {
        if (value == null) {
            return null;
        }
        BigDecimal rounded = value.setScale(COORDINATE_SCALE, RoundingMode.HALF_UP);
        if (rounded.abs().compareTo(limit) > 0) {
            throw new UserMessageException(key, limit.negate(), limit);
        }
        return rounded;
    }

    /** Several intervals a day are fine; two that share a moment of the week (midnight included) are not. */
    private static void checkNoOverlap(List<OpeningHours> hours) {
        List<OpeningHours> sorted = hours.stream().sorted(OpeningHours.WEEK_ORDER).toList();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                OpeningHours a = sorted.get(i);
                OpeningHours b = sorted.get(j);
                if (a.overlaps(b)) {
                    // the weekday by its name: the text selects the day's name in the reader's language
                    throw new UserMessageException("places.error.hoursOverlap", a.weekday().name(),
                            interval(a), b.weekday().name(), interval(b));
                }
            }
        }
    }

    private static String interval(OpeningHours h) {
        return h.opens() + "–" + h.closes();
    }

    private static UserMessageException staleOrGone(boolean exists) {
        return new UserMessageException(exists ? "error.changedByOthers" : "error.notFound");
    }
}
