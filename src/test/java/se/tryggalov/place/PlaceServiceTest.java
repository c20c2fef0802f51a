package se.tryggalov.place;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.tryggalov.IntegrationTest;
import se.tryggalov.partner.OrganisationKind;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditEntry;
import se.tryggalov.shared.audit.AuditFilter;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.UserMessageException;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.tryggalov.jooq.Tables.ORGANISATION;
import static se.tryggalov.jooq.Tables.ORGANISATION_COMMITMENT;

/**
 * Districts and venues on real PostgreSQL. The database is shared with every other integration test (and the demo
 * data, whose six districts must keep their order and venues), so each test makes uniquely named districts of its
 * own and removes them afterwards.
 */
@IntegrationTest
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class PlaceServiceTest {

    @Autowired
    PlaceService places;
    @Autowired
    PartnerService partners;
    @Autowired
    AuditLog audit;
    @Autowired
    DSLContext dsl;

    private final List<Long> createdDistricts = new ArrayList<>();
    private final List<Long> createdOrganisations = new ArrayList<>();

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private long newDistrict() {
        long id = places.createDistrict(unique("Testdel"));
        createdDistricts.add(id);
        return id;
    }

    private District district(long id) {
        return places.districts().stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    private Venue venue(long id) {
        return places.venue(id).orElseThrow();
    }

    private static VenueDraft youthCentre(long districtId, String name, OpeningHours... hours) {
        return new VenueDraft(districtId, name, VenueKind.YOUTH_CENTRE, "Storgatan 1", new BigDecimal("59.2390"),
                new BigDecimal("17.8450"), List.of(hours));
    }

    private static OpeningHours hours(DayOfWeek day, String opens, String closes) {
        return new OpeningHours(day, LocalTime.parse(opens), LocalTime.parse(closes));
    }

    private static String errorKey(Throwable e) {
        return ((UserMessageException) e).messageKey();
    }

    private List<AuditEntry> auditOf(String type, long id) {
        return audit.search(AuditFilter.subject(type, id), 50).entries();
    }

    @AfterEach
    void removeWhatTheTestCreated() {
        dsl.deleteFrom(ORGANISATION).where(ORGANISATION.ID.in(createdOrganisations)).execute();
        for (long id : createdDistricts) {
            places.districts().stream().filter(d -> d.id() == id).findFirst().ifPresent(d -> {
                d.venues().forEach(v -> places.deleteVenue(v.id(), v.version()));
                places.deleteDistrict(id, district(id).version());
            });
        }
    }

    // --- districts ----------------------------------------------------------------------------------------------

    @Test
    void aDistrictNameIsUniqueRegardlessOfCase() {
        int before = places.districts().size();
        assertThatThrownBy(() -> places.createDistrict("  alby ", 99))
                .isInstanceOf(UserMessageException.class)
                .extracting(e -> ((UserMessageException) e).messageKey()).isEqualTo("place.error.districtExists");
        assertThat(places.districts()).hasSize(before);
    }

    @Test
    void aNewDistrictComesLastAndCreatingRenamingAndDeletingItIsAudited() {
        String name = unique("Ny del");
        long id = places.createDistrict(name);
        createdDistricts.add(id);
        assertThat(places.districts().getLast().name()).isEqualTo(name);

        String renamed = unique("Omdöpt");
        places.renameDistrict(id, "  " + renamed + " ", district(id).version());
        assertThat(district(id).name()).isEqualTo(renamed);

        places.deleteDistrict(id, district(id).version());
        assertThat(places.districts()).extracting(District::id).doesNotContain(id);
        assertThat(auditOf("district", id)).extracting(AuditEntry::action, AuditEntry::details)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.PLACE_CHANGED, "deleted"),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.PLACE_CHANGED, "renamed"),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.PLACE_CHANGED, "created"));
        assertThat(auditOf("district", id)).extracting(AuditEntry::actorUsername).containsOnly("coordinator");
    }

    @Test
    void renamingToAnotherDistrictsNameOrToNothingIsRefused() {
        long id = newDistrict();
        int version = district(id).version();
        String before = district(id).name();

        assertThatThrownBy(() -> places.renameDistrict(id, "FITTJA", version))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("place.error.districtExists"));
        assertThatThrownBy(() -> places.renameDistrict(id, "   ", version))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("place.error.nameRequired"));
        assertThat(district(id).name()).isEqualTo(before);
        // keeping its own name in another case is fine
        places.renameDistrict(id, before.toUpperCase(), version);
        assertThat(district(id).name()).isEqualTo(before.toUpperCase());
    }

    @Test
    void theSecondOfTwoRenamesFromTheSameVersionIsRefused() {
        long id = newDistrict();
        int seen = district(id).version();
        String first = unique("Först");
        places.renameDistrict(id, first, seen);

        assertThatThrownBy(() -> places.renameDistrict(id, unique("Sen"), seen))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("error.changedByOthers"));
        assertThat(district(id).name()).isEqualTo(first);
        assertThatThrownBy(() -> places.deleteDistrict(id, seen))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("error.changedByOthers"));
        assertThat(places.districts()).extracting(District::id).contains(id);
    }

    @Test
    void movingADistrictUpSwapsItWithTheOneAboveAndTheEndsStayPut() {
        long a = newDistrict();
        long b = newDistrict();
        List<Long> before = places.districts().stream().map(District::id).toList();
        assertThat(before.subList(before.size() - 2, before.size())).containsExactly(a, b);

        assertThat(places.moveDistrict(b, -1, district(b).version())).isTrue();

        List<Long> after = places.districts().stream().map(District::id).toList();
        assertThat(after.subList(after.size() - 2, after.size())).containsExactly(b, a);
        assertThat(after.subList(0, 6)).as("the demo districts keep their places").isEqualTo(before.subList(0, 6));
        assertThat(places.moveDistrict(a, 1, district(a).version())).as("already last").isFalse();
        assertThatThrownBy(() -> places.moveDistrict(b, 1, district(b).version() - 1))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("error.changedByOthers"));
    }

    @Test
    void aDistrictWithVenuesIsNotDeletedAndSaysHowMany() {
        long id = newDistrict();
        places.createVenue(youthCentre(id, "Gården"));
        places.createVenue(new VenueDraft(id, "Torget", VenueKind.HOT_SPOT, null, null, null, List.of()));

        assertThatThrownBy(() -> places.deleteDistrict(id, district(id).version()))
                .satisfies(e -> {
                    assertThat(errorKey(e)).isEqualTo("places.error.districtHasVenues");
                    assertThat(((UserMessageException) e).arguments()).containsExactly(district(id).name(), 2);
                });
        assertThat(district(id).venues()).hasSize(2);
    }

    @Test
    void aDistrictThatAnOrganisationOrACommitmentNamesIsNotDeleted() {
        long withOrganisation = newDistrict();
        long organisation = partners.createOrganisation(unique("Förening"), OrganisationKind.OTHER,
                List.of(withOrganisation));
        createdOrganisations.add(organisation);
        assertThatThrownBy(() -> places.deleteDistrict(withOrganisation, district(withOrganisation).version()))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("places.error.districtInUse"));

        // a commitment would silently vanish with the district (on delete cascade): the check must see it too
        long withCommitment = newDistrict();
        long other = partners.createOrganisation(unique("Polis"), OrganisationKind.POLICE, List.of());
        createdOrganisations.add(other);
        dsl.insertInto(ORGANISATION_COMMITMENT).set(ORGANISATION_COMMITMENT.ORGANISATION_ID, other)
                .set(ORGANISATION_COMMITMENT.KIND, "PATROL").set(ORGANISATION_COMMITMENT.QUANTITY, (short) 1)
                .set(ORGANISATION_COMMITMENT.DISTRICT_ID, withCommitment)
                .set(ORGANISATION_COMMITMENT.DESCRIPTION, "En patrull").execute();
        assertThatThrownBy(() -> places.deleteDistrict(withCommitment, district(withCommitment).version()))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("places.error.districtInUse"));
        assertThat(dsl.fetchCount(ORGANISATION_COMMITMENT, ORGANISATION_COMMITMENT.DISTRICT_ID.eq(withCommitment)))
                .isEqualTo(1);
        assertThat(places.districts()).extracting(District::id).contains(withOrganisation, withCommitment);
    }

    @Test
    void aDistrictThatIsGoneIsNotFound() {
        long id = newDistrict();
        int version = district(id).version();
        places.deleteDistrict(id, version);

        assertThatThrownBy(() -> places.deleteDistrict(id, version))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("error.notFound"));
        assertThatThrownBy(() -> places.renameDistrict(id, unique("x"), version))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("error.notFound"));
    }

    // --- venues -------------------------------------------------------------------------------------------------

    @Test
    void aYouthCentreIsCreatedEditedAndDeletedWithItsOpeningHours() {
        long id = newDistrict();
        long other = newDistrict();
        long venueId = places.createVenue(youthCentre(id, "  Ungdomens hus ",
                hours(DayOfWeek.FRIDAY, "18:00", "01:00"), hours(DayOfWeek.MONDAY, "15:00", "21:00")));

        Venue created = venue(venueId);
        assertThat(created.name()).isEqualTo("Ungdomens hus");
        assertThat(created.address()).isEqualTo("Storgatan 1");
        assertThat(created.latitude()).isEqualByComparingTo("59.239");
        assertThat(created.openingHours()).containsExactly(hours(DayOfWeek.MONDAY, "15:00", "21:00"),
                hours(DayOfWeek.FRIDAY, "18:00", "01:00"));
        assertThat(created.mapLink()).hasValue(
                "https://www.openstreetmap.org/?mlat=59.239&mlon=17.845#map=17/59.239/17.845");
        assertThat(district(id).venues()).extracting(Venue::id).containsExactly(venueId);

        places.updateVenue(venueId, new VenueDraft(other, "Ungdomens hus", VenueKind.YOUTH_CENTRE, " ", null, null,
                List.of(hours(DayOfWeek.SATURDAY, "19:00", "23:30"))), created.version());

        Venue edited = venue(venueId);
        assertThat(edited.districtId()).isEqualTo(other);
        assertThat(edited.address()).as("blank is no address").isNull();
        assertThat(edited.hasPosition()).isFalse();
        assertThat(edited.mapLink()).isEmpty();
        assertThat(edited.openingHours()).containsExactly(hours(DayOfWeek.SATURDAY, "19:00", "23:30"));
        assertThat(edited.version()).isEqualTo(created.version() + 1);

        places.deleteVenue(venueId, edited.version());
        assertThat(places.venue(venueId)).isEmpty();
        assertThat(auditOf("venue", venueId)).extracting(AuditEntry::details)
                .containsExactly("deleted", "updated", "created");
    }

    @Test
    void aStaleVenueEditIsRefusedAndTheFirstEditStays() {
        long id = newDistrict();
        long venueId = places.createVenue(youthCentre(id, "Gården"));
        int seen = venue(venueId).version();
        places.updateVenue(venueId, youthCentre(id, "Gården", hours(DayOfWeek.FRIDAY, "18:00", "23:00")), seen);

        assertThatThrownBy(() -> places.updateVenue(venueId, youthCentre(id, "Annat namn"), seen))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("error.changedByOthers"));
        assertThatThrownBy(() -> places.deleteVenue(venueId, seen))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("error.changedByOthers"));
        assertThat(venue(venueId).name()).isEqualTo("Gården");
        assertThat(venue(venueId).openingHours()).hasSize(1);
    }

    @Test
    void twoVenuesOfOneDistrictCannotShareANameButTwoDistrictsCan() {
        long id = newDistrict();
        long other = newDistrict();
        places.createVenue(youthCentre(id, "Gården"));
        long second = places.createVenue(youthCentre(id, "Torget"));

        assertThatThrownBy(() -> places.createVenue(youthCentre(id, "GÅRDEN")))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("place.error.venueExists"));
        assertThatThrownBy(() -> places.updateVenue(second, youthCentre(id, "gården"), venue(second).version()))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("place.error.venueExists"));
        places.createVenue(youthCentre(other, "Gården"));
        assertThat(district(id).venues()).extracting(Venue::name).containsExactly("Gården", "Torget");
    }

    @Test
    void aPositionNeedsBothCoordinatesInRangeAndNothingIsSavedOtherwise() {
        long id = newDistrict();
        record Case(String lat, String lon, String key) {
        }
        for (Case c : List.of(new Case("123.0", "17.0", "places.error.latitudeRange"),
                new Case("-90.5", "17.0", "places.error.latitudeRange"),
                new Case("59.2", "180.01", "places.error.longitudeRange"),
                new Case("59.2", null, "places.error.positionIncomplete"),
                new Case(null, "17.8", "places.error.positionIncomplete"))) {
            VenueDraft draft = new VenueDraft(id, "Platsen", VenueKind.HOT_SPOT, null,
                    c.lat() == null ? null : new BigDecimal(c.lat()), c.lon() == null ? null : new BigDecimal(c.lon()),
                    List.of());
            assertThatThrownBy(() -> places.createVenue(draft)).as(c.toString())
                    .satisfies(e -> assertThat(errorKey(e)).isEqualTo(c.key()));
        }
        assertThat(district(id).venues()).isEmpty();

        long venueId = places.createVenue(new VenueDraft(id, "Kanten", VenueKind.HOT_SPOT, null,
                new BigDecimal("-90"), new BigDecimal("180.0000004"), List.of()));
        assertThat(venue(venueId).longitude()).as("rounded to six decimals").isEqualByComparingTo("180");
    }

    @Test
    void overlappingOpeningHoursAreRefusedAlsoAcrossMidnight() {
        long id = newDistrict();
        List<List<OpeningHours>> overlapping = List.of(
                List.of(hours(DayOfWeek.MONDAY, "15:00", "18:00"), hours(DayOfWeek.MONDAY, "17:30", "21:00")),
                List.of(hours(DayOfWeek.FRIDAY, "18:00", "02:00"), hours(DayOfWeek.SATURDAY, "01:00", "03:00")),
                List.of(hours(DayOfWeek.SUNDAY, "20:00", "01:00"), hours(DayOfWeek.MONDAY, "00:30", "02:00")),
                List.of(hours(DayOfWeek.TUESDAY, "10:00", "10:00"), hours(DayOfWeek.WEDNESDAY, "09:00", "11:00")));
        for (List<OpeningHours> hours : overlapping) {
            assertThatThrownBy(() -> places.createVenue(youthCentre(id, "Gården", hours.toArray(OpeningHours[]::new))))
                    .as(hours.toString())
                    .satisfies(e -> assertThat(errorKey(e)).isEqualTo("places.error.hoursOverlap"));
        }
        assertThat(district(id).venues()).isEmpty();
    }

    @Test
    void closingAfterMidnightAndSeveralIntervalsADayAreFine() {
        long id = newDistrict();
        long venueId = places.createVenue(youthCentre(id, "Nattöppet",
                hours(DayOfWeek.FRIDAY, "14:00", "17:00"), hours(DayOfWeek.FRIDAY, "18:00", "01:30"),
                hours(DayOfWeek.SATURDAY, "01:30", "02:00"), hours(DayOfWeek.SUNDAY, "22:00", "00:00")));

        Venue v = venue(venueId);
        assertThat(v.openingHours()).hasSize(4);
        LocalDate friday = LocalDate.of(2027, 4, 30); // Valborgsmässoafton 2027
        assertThat(v.openUntil(friday)).hasValue(LocalTime.of(1, 30));
        assertThat(v.openUntil(friday.plusDays(3))).as("Monday: closed").isEmpty();
        assertThat(v.openAt(LocalDateTime.of(friday, LocalTime.of(17, 30)))).isFalse();
        assertThat(v.openAt(LocalDateTime.of(friday, LocalTime.of(23, 0)))).isTrue();
        assertThat(v.openAt(LocalDateTime.of(friday.plusDays(1), LocalTime.of(1, 0)))).as("after midnight").isTrue();
        assertThat(v.openAt(LocalDateTime.of(friday.plusDays(3), LocalTime.of(0, 0)))).as("closes at midnight")
                .isFalse();
    }

    @Test
    void onlyYouthCentresHaveOpeningHours() {
        long id = newDistrict();
        VenueDraft hotSpot = new VenueDraft(id, "Torget", VenueKind.HOT_SPOT, null, null, null,
                List.of(hours(DayOfWeek.FRIDAY, "18:00", "22:00")));
        assertThatThrownBy(() -> places.createVenue(hotSpot))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("places.error.hoursOnlyForYouthCentres"));
        assertThatThrownBy(() -> places.createVenue(new VenueDraft(id, " ", VenueKind.HOT_SPOT, null, null, null,
                List.of()))).satisfies(e -> assertThat(errorKey(e)).isEqualTo("places.error.venueNameRequired"));
        assertThatThrownBy(() -> places.createVenue(new VenueDraft(id, "Utan typ", null, null, null, null,
                List.of()))).satisfies(e -> assertThat(errorKey(e)).isEqualTo("places.error.kindRequired"));
        assertThatThrownBy(() -> places.createVenue(new VenueDraft(-1, "Ingenstans", VenueKind.HOT_SPOT, null, null,
                null, List.of()))).satisfies(e -> assertThat(errorKey(e)).isEqualTo("places.error.districtRequired"));
        assertThat(district(id).venues()).isEmpty();
    }

    @Test
    void venuesOfAKindAreListedInDistrictOrder() {
        List<Venue> youthCentres = places.venues(VenueKind.YOUTH_CENTRE);
        assertThat(youthCentres).isNotEmpty().allSatisfy(v -> assertThat(v.kind()).isEqualTo(VenueKind.YOUTH_CENTRE));
        assertThat(youthCentres).extracting(Venue::name).containsSubsequence("Albys fritidsgård (Albys Hjärta)",
                "Fittja fritidsgård", "Southside", "Sanda fritidsgård");
        assertThat(places.venues()).hasSizeGreaterThan(youthCentres.size());
    }

    // --- who may change places ----------------------------------------------------------------------------------

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void aViewerReadsDistrictsButCannotChangeThem() {
        assertThat(places.districts()).hasSizeGreaterThanOrEqualTo(6);
        Venue any = places.venues().getFirst();
        District alby = places.districts().getFirst();
        assertThatThrownBy(() -> places.createDistrict("Ny kommundel", 7)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> places.renameDistrict(alby.id(), "Albyx", alby.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> places.deleteDistrict(alby.id(), alby.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> places.updateVenue(any.id(), new VenueDraft(any.districtId(), "x", any.kind(), null,
                null, null, List.of()), any.version())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> places.deleteVenue(any.id(), any.version())).isInstanceOf(AccessDeniedException.class);
        assertThat(places.venue(any.id())).hasValue(any);
    }

    @Test
    @WithMockUser(username = "partner", roles = "PARTNER_CONTACT")
    void aPartnerContactCannotChangeVenues() {
        Venue any = places.venues().getFirst();
        assertThatThrownBy(() -> places.createVenue(new VenueDraft(any.districtId(), unique("x"), VenueKind.HOT_SPOT,
                null, null, null, List.of()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> places.moveDistrict(any.districtId(), 1, 0)).isInstanceOf(AccessDeniedException.class);
    }
}
