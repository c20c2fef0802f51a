package se.tryggalov.place.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.place.District;
import se.tryggalov.place.OpeningHours;
import se.tryggalov.place.PlaceService;
import se.tryggalov.place.Venue;
import se.tryggalov.place.VenueDraft;
import se.tryggalov.place.VenueKind;
import se.tryggalov.security.Role;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class DistrictsViewTest extends KaribuViewTest {

    @Autowired
    PlaceService places;

    private final List<Long> createdDistricts = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private static Grid<District> grid() {
        return _get(Grid.class, s -> s.withId("districts"));
    }

    private static List<String> headers(Grid<?> grid) {
        return grid.getColumns().stream().map(Grid.Column::getHeaderText).toList();
    }

    private static Button button(String id) {
        return _get(Button.class, s -> s.withId(id));
    }

    /** A district with one youth centre, made by the system as a coordinator would. */
    private Venue youthCentreInNewDistrict() {
        return systemAuthentication.callAs(() -> {
            long district = places.createDistrict(unique("Vydel"));
            createdDistricts.add(district);
            long venue = places.createVenue(new VenueDraft(district, "Gården", VenueKind.YOUTH_CENTRE, "Torget 1",
                    new BigDecimal("59.2390"), new BigDecimal("17.8450"),
                    List.of(new OpeningHours(DayOfWeek.FRIDAY, LocalTime.of(18, 0), LocalTime.of(1, 0)))));
            return places.venue(venue).orElseThrow();
        }, Role.COORDINATOR);
    }

    private void choose(long districtId) {
        grid().select(_findAll(grid()).stream().filter(d -> d.id() == districtId).findFirst().orElseThrow());
    }

    /** As a coordinator: the signed-in user's session context would win over a system context. */
    @AfterEach
    void removeWhatTheTestCreated() {
        if (createdDistricts.isEmpty()) {
            return;
        }
        signInAs("coordinator", Role.COORDINATOR);
        places.districts().stream().filter(d -> createdDistricts.contains(d.id())).forEach(d -> {
            d.venues().forEach(v -> places.deleteVenue(v.id(), v.version()));
            places.deleteDistrict(d.id(), d.version());
        });
    }

    @Test
    void listsTheSixDemoDistrictsInOrder() {
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo(DistrictsView.class);

        // Other tests sharing the database may add districts; the demo ones keep their order.
        assertThat(_findAll(grid())).extracting(District::name).containsSubsequence("Alby", "Fittja",
                "Hallunda-Norsborg", "Tullinge", "Tumba", "Vårsta-Grödinge");
        District alby = _findAll(grid()).stream().filter(d -> d.name().equals("Alby")).findFirst().orElseThrow();
        assertThat(_getFormattedRow(grid(), alby)).containsExactly("Alby", "1", "2", "1");
    }

    @Test
    void showsSwedishHeadingsAndColumns() {
        signInAs("viewer", Role.VIEWER);
        navigateTo(DistrictsView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Kommundelar");
        assertThat(headers(grid())).containsExactly("Kommundel", "Fritidsgårdar", "Utsatta platser",
                "Samlingsplatser");
    }

    @Test
    void showsEnglishHeadingsAndColumnsWithTheEnglishLocale() {
        signInAs("viewer", Role.VIEWER);
        navigateTo(DistrictsView.class);
        useLocale(Locale.ENGLISH);

        assertThat(_get(H1.class).getText()).isEqualTo("Districts");
        assertThat(headers(grid())).containsExactly("District", "Youth centres", "Hot spots", "Gathering points");
    }

    @Test
    void aChosenDistrictShowsItsVenuesWithOpeningHoursAndAPlainMapLink() {
        Venue venue = youthCentreInNewDistrict();
        signInAs("viewer", Role.VIEWER);
        navigateTo(DistrictsView.class);
        choose(venue.districtId());

        Div card = _get(Div.class, s -> s.withId("venue-" + venue.id()));
        assertThat(_find(card, ListItem.class)).extracting(ListItem::getText).containsExactly("Fredag 18:00–01:00");
        Anchor map = _get(card, Anchor.class);
        assertThat(map.getHref()).isEqualTo(
                "https://www.openstreetmap.org/?mlat=59.239&mlon=17.845#map=17/59.239/17.845");
        assertThat(map.getText()).isEqualTo("Visa på karta (OpenStreetMap)");
        // WCAG 2.5.3: the name starts with the link's visible text
        assertThat(map.getElement().getAttribute("aria-label"))
                .isEqualTo("Visa på karta (OpenStreetMap): Gården, öppnas i en ny flik")
                .startsWith(map.getText());
    }

    @Test
    void aViewerSeesNoEditButtonsAndTheServiceRefusesTheViewerToo() {
        Venue venue = youthCentreInNewDistrict();
        signInAs("viewer", Role.VIEWER);
        navigateTo(DistrictsView.class);
        choose(venue.districtId());

        _assertNone(Button.class, s -> s.withId("new-district"));
        _assertNone(Button.class, s -> s.withId("new-venue"));
        _assertNone(Button.class, s -> s.withId("rename-district"));
        _assertNone(Button.class, s -> s.withId("delete-district"));
        _assertNone(Button.class, s -> s.withId("edit-venue-" + venue.id()));
        _assertNone(Button.class, s -> s.withId("delete-venue-" + venue.id()));
        assertThatThrownBy(() -> places.deleteVenue(venue.id(), venue.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> places.updateVenue(venue.id(), new VenueDraft(venue.districtId(), "Annat",
                VenueKind.HOT_SPOT, null, null, null, List.of()), venue.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(places.venue(venue.id())).hasValue(venue);
    }

    @Test
    void aCoordinatorEditsAVenueInTheDialog() {
        Venue venue = youthCentreInNewDistrict();
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo(DistrictsView.class);
        choose(venue.districtId());

        _click(button("edit-venue-" + venue.id()));
        VenueDialog dialog = _get(VenueDialog.class);
        assertThat(dialog.name.getValue()).isEqualTo("Gården");
        assertThat(dialog.hours.isVisible()).isTrue();
        setValueAsUser(dialog.name, "Ungdomens hus");
        setValueAsUser(dialog.address, "Storgatan 2");
        setValueAsUser(dialog.latitude, new BigDecimal("59.2400"));
        _click(dialog.hours.add); // the next row proposes the day after the last one, at the same times
        OpeningHoursEditor.Row saturday = dialog.hours.rows().getLast();
        assertThat(saturday.weekday.getValue()).isEqualTo(DayOfWeek.SATURDAY);
        setValueAsUser(saturday.opens, LocalTime.of(19, 0));
        setValueAsUser(saturday.closes, LocalTime.of(23, 30));
        _click(dialog.save);

        Venue saved = places.venue(venue.id()).orElseThrow();
        assertThat(saved.name()).isEqualTo("Ungdomens hus");
        assertThat(saved.address()).isEqualTo("Storgatan 2");
        assertThat(saved.latitude()).isEqualByComparingTo("59.24");
        assertThat(saved.openingHours()).extracting(OpeningHours::weekday)
                .containsExactly(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        assertThat(notificationTexts()).contains("Ändringarna av Ungdomens hus är sparade.");
        assertThat(_find(VenueDialog.class)).isEmpty();
        Div card = _get(Div.class, s -> s.withId("venue-" + venue.id()));
        assertThat(_find(card, ListItem.class)).extracting(ListItem::getText)
                .containsExactly("Fredag 18:00–01:00", "Lördag 19:00–23:30");
    }

    @Test
    void theDialogRefusesOverlappingHoursAndAStaleEditWithAMessageAndKeepsWhatWasTyped() {
        Venue venue = youthCentreInNewDistrict();
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo(DistrictsView.class);
        choose(venue.districtId());
        _click(button("edit-venue-" + venue.id()));
        VenueDialog dialog = _get(VenueDialog.class);

        OpeningHoursEditor.Row late = dialog.hours.addRow(null);
        setValueAsUser(late.weekday, DayOfWeek.FRIDAY);
        setValueAsUser(late.opens, LocalTime.of(23, 0));
        setValueAsUser(late.closes, LocalTime.of(2, 0));
        _click(dialog.save);
        assertThat(dialog.errorText()).isEqualTo("Öppettiderna fredag 18:00–01:00 och fredag 23:00–02:00 "
                + "överlappar. Ändra så att de inte går in i varandra.");
        assertThat(dialog.isOpened()).isTrue();

        _click(late.remove);
        systemAuthentication.runAs(() -> places.updateVenue(venue.id(), new VenueDraft(venue.districtId(),
                "Ändrad av någon annan", VenueKind.YOUTH_CENTRE, null, null, null, List.of()), venue.version()),
                Role.COORDINATOR);
        setValueAsUser(dialog.name, "Min ändring");
        _click(dialog.save);

        assertThat(dialog.errorText()).isEqualTo(t("error.changedByOthers"));
        assertThat(dialog.name.getValue()).isEqualTo("Min ändring");
        assertThat(places.venue(venue.id()).orElseThrow().name()).isEqualTo("Ändrad av någon annan");

        // closing the dialog shows the other person's change; opened again, the edit goes through
        _click(_get(dialog, Button.class, s -> s.withId("cancel-venue")));
        Div card = _get(Div.class, s -> s.withId("venue-" + venue.id()));
        assertThat(_get(card, H3.class).getText()).isEqualTo("Ändrad av någon annan");
        _click(button("edit-venue-" + venue.id()));
        VenueDialog again = _get(VenueDialog.class);
        setValueAsUser(again.name, "Min ändring");
        _click(again.save);
        assertThat(places.venue(venue.id()).orElseThrow().name()).isEqualTo("Min ändring");
    }

    @Test
    void aCoordinatorAddsADistrictAndAVenueAndCannotDeleteTheDistrictWhileItHasOne() {
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo(DistrictsView.class);
        String name = unique("Nydel");

        _click(button("new-district"));
        DistrictDialog districtDialog = _get(DistrictDialog.class);
        setValueAsUser(districtDialog.name, name);
        _click(districtDialog.save);
        District created = places.districts().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
        createdDistricts.add(created.id());
        choose(created.id());

        _click(button("new-venue"));
        VenueDialog venueDialog = _get(VenueDialog.class);
        assertThat(venueDialog.district.getValue().id()).isEqualTo(created.id());
        setValueAsUser(venueDialog.name, "Badet");
        setValueAsUser(venueDialog.latitude, new BigDecimal("59.2"));
        _click(venueDialog.save);
        assertThat(venueDialog.errorText()).isEqualTo(t("places.error.positionIncomplete"));
        setValueAsUser(venueDialog.latitude, null);
        _click(venueDialog.save);
        assertThat(places.districts().stream().filter(d -> d.id() == created.id()).findFirst().orElseThrow()
                .venues()).extracting(Venue::name, Venue::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Badet", VenueKind.HOT_SPOT));

        _click(button("delete-district"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(notificationTexts()).contains("Kommundelen " + name + " har en plats kvar. Flytta eller ta bort dem först.");
        assertThat(places.districts()).extracting(District::id).contains(created.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void showsNoRawTranslationKey(String language) {
        Venue venue = youthCentreInNewDistrict();
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo(DistrictsView.class);
        useLocale(Locale.forLanguageTag(language));
        choose(venue.districtId());
        _click(button("edit-venue-" + venue.id()));

        assertNoRawTranslationKeys();
    }
}
