package se.tryggalov.place.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.shared.ui.EmptyState;
import se.tryggalov.place.District;
import se.tryggalov.place.PlaceService;
import se.tryggalov.place.Venue;
import se.tryggalov.place.VenueKind;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.ui.Notifications;

import java.util.List;
import java.util.Optional;

/**
 * The municipality's districts and the venues in each: youth centres (with opening hours), gathering points, hot
 * spots. Choosing a district shows its venues below the list. Coordinators and administrators add, rename, reorder and
 * delete districts and add, edit and delete venues; everyone else reads.
 */
@Route("districts")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
@Menu(order = 20, icon = "vaadin:map-marker", title = "nav.districts")
@StyleSheet("context://styles/places.css")
public class DistrictsView extends Main implements HasDynamicTitle {

    private final PlaceService places;
    private final boolean canEdit;
    final Grid<District> grid = new Grid<>();
    final Section details = new Section();
    private List<District> districts = List.of();

    DistrictsView(PlaceService places, AuthenticationContext authentication) {
        this.places = places;
        this.canEdit = authentication.hasAnyRole(Role.Names.COORDINATOR, Role.Names.ADMIN);
        addClassName("page");
        addClassName("districts-view");

        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("districts.title")));
        header.addClassName("page-header");
        if (canEdit) {
            Button create = new Button(getTranslation("places.district.new"), VaadinIcon.PLUS.create(),
                    e -> open(new DistrictDialog(places, null, Notifications::success)));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-district");
            header.add(create);
        }
        add(header, new Paragraph(getTranslation(canEdit ? "places.intro.editor" : "places.intro.reader")));

        grid.setId("districts");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // On a phone the counts scroll sideways under the district's name, which stays in view.
        grid.addColumn(District::name).setHeader(getTranslation("districts.name")).setFlexGrow(1).setSortable(true)
                .setAutoWidth(true).setFrozen(true);
        grid.addColumn(d -> d.count(VenueKind.YOUTH_CENTRE)).setHeader(getTranslation("venue.kind.YOUTH_CENTRE"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.count(VenueKind.HOT_SPOT)).setHeader(getTranslation("venue.kind.HOT_SPOT"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.count(VenueKind.GATHERING_POINT))
                .setHeader(getTranslation("venue.kind.GATHERING_POINT")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("districts.title"));
        grid.setEmptyStateComponent(new EmptyState(getTranslation("words.empty.districts")));
        grid.asSingleSelect().addValueChangeListener(e -> showDetails(e.getValue()));
        add(grid);

        details.setId("district-details");
        details.addClassName("district-details");
        details.getElement().setAttribute("aria-live", "polite");
        add(details);
        refresh(null);
    }

    /** Reloads the districts and shows the one with this id (or the first). */
    private void refresh(Long selectedId) {
        districts = places.districts();
        grid.setItems(districts);
        Optional<District> selected = districts.stream()
                .filter(d -> selectedId != null && d.id() == selectedId).findFirst()
                .or(() -> districts.stream().findFirst());
        selected.ifPresentOrElse(grid::select, () -> showDetails(null));
    }

    private void reload() {
        District current = grid.asSingleSelect().getValue();
        refresh(current == null ? null : current.id());
    }

    /** However a dialog ends (saved, cancelled after a refusal), the list is reloaded: someone may have changed it. */
    private void open(Dialog dialog) {
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                reload();
            }
        });
        dialog.open();
    }

    /** Runs a change from a button; a refusal is shown as a message and the list reloaded, since it may be stale. */
    private void attempt(Runnable change) {
        try {
            change.run();
        } catch (UserMessageException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            reload();
        }
    }

    private void showDetails(District district) {
        details.removeAll();
        if (district == null) {
            details.add(new Paragraph(getTranslation(districts.isEmpty() ? "places.noDistricts" : "places.choose")));
            return;
        }
        H2 heading = new H2(district.name());
        heading.setId("district-heading");
        details.add(heading);
        if (canEdit) {
            details.add(districtActions(district));
        }
        if (district.venues().isEmpty()) {
            details.add(new Paragraph(getTranslation("places.noVenues")));
        }
        Div list = new Div();
        list.addClassName("venue-list");
        district.venues().forEach(v -> list.add(card(v)));
        details.add(list);
    }

    private FlexLayout districtActions(District district) {
        int index = districts.indexOf(district);
        Button addVenue = new Button(getTranslation("places.venue.new"), VaadinIcon.PLUS.create(),
                e -> open(new VenueDialog(places, districts, district, null, Notifications::success)));
        addVenue.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        addVenue.setId("new-venue");
        Button rename = new Button(getTranslation("places.district.rename"), VaadinIcon.EDIT.create(),
                e -> open(new DistrictDialog(places, district, Notifications::success)));
        rename.setId("rename-district");
        Button up = new Button(getTranslation("places.district.moveUp"), VaadinIcon.ARROW_UP.create(),
                e -> move(district, -1));
        up.setId("move-district-up");
        up.setEnabled(index > 0);
        Button down = new Button(getTranslation("places.district.moveDown"), VaadinIcon.ARROW_DOWN.create(),
                e -> move(district, 1));
        down.setId("move-district-down");
        down.setEnabled(index >= 0 && index < districts.size() - 1);
        Button delete = new Button(getTranslation("places.district.delete"), VaadinIcon.TRASH.create(),
                e -> confirmDeleteDistrict(district));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("delete-district");
        for (Button b : List.of(rename, up, down, delete)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        FlexLayout actions = new FlexLayout(addVenue, rename, up, down, delete);
        actions.addClassName("place-actions");
        return actions;
    }

    private void move(District district, int offset) {
        attempt(() -> {
            places.moveDistrict(district.id(), offset, district.version());
            refresh(district.id());
        });
    }

    private void confirmDeleteDistrict(District district) {
        ConfirmDialog confirm = confirmation(getTranslation("places.district.deleteHeader", district.name()),
                getTranslation("places.district.deleteText", district.name()));
        confirm.setId("confirm-delete-district");
        confirm.addConfirmListener(e -> attempt(() -> {
            places.deleteDistrict(district.id(), district.version());
            Notifications.success(getTranslation("places.district.deleted", district.name()));
            refresh(null);
        }));
        confirm.open();
    }

    private Div card(Venue venue) {
        Div card = new Div();
        card.addClassName("venue-card");
        card.setId("venue-" + venue.id());
        H3 name = new H3(venue.name());
        Span kind = new Span(getTranslation("places.kind." + venue.kind().name()));
        kind.getElement().getThemeList().add("badge contrast");
        kind.addClassName("venue-kind");
        card.add(name, kind);
        if (venue.address() != null) {
            Paragraph address = new Paragraph(venue.address());
            address.addClassName("venue-address");
            card.add(address);
        }
        if (venue.kind() == VenueKind.YOUTH_CENTRE) {
            card.add(openingHours(venue));
        }
        venue.mapLink().ifPresent(href -> {
            Anchor map = new Anchor(href, getTranslation("places.venue.showOnMap"));
            map.setTarget(AnchorTarget.BLANK);
            map.getElement().setAttribute("rel", "noopener noreferrer");
            map.setAriaLabel(getTranslation("places.venue.showOnMapFor", venue.name()));
            map.addClassName("venue-map-link");
            card.add(map);
        });
        if (canEdit) {
            Button edit = new Button(getTranslation("places.venue.edit"), VaadinIcon.EDIT.create(),
                    e -> open(new VenueDialog(places, districts, null, venue, Notifications::success)));
            edit.setId("edit-venue-" + venue.id());
            edit.setAriaLabel(getTranslation("places.venue.editTitle", venue.name()));
            Button delete = new Button(getTranslation("places.venue.delete"), VaadinIcon.TRASH.create(),
                    e -> confirmDeleteVenue(venue));
            delete.setId("delete-venue-" + venue.id());
            delete.setAriaLabel(getTranslation("places.venue.deleteHeader", venue.name()));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            for (Button b : List.of(edit, delete)) {
                b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            }
            FlexLayout actions = new FlexLayout(edit, delete);
            actions.addClassName("place-actions");
            card.add(actions);
        }
        return card;
    }

    private Div openingHours(Venue venue) {
        Div box = new Div();
        box.addClassName("venue-hours");
        Span label = new Span(getTranslation("places.venue.hours"));
        label.addClassName("venue-hours-label");
        box.add(label);
        List<String> lines = PlaceFormat.weeklyHours(venue, getLocale());
        if (lines.isEmpty()) {
            box.add(new Paragraph(getTranslation("places.hours.none")));
        } else {
            UnorderedList list = new UnorderedList();
            lines.forEach(line -> list.add(new ListItem(line)));
            box.add(list);
        }
        return box;
    }

    private void confirmDeleteVenue(Venue venue) {
        ConfirmDialog confirm = confirmation(getTranslation("places.venue.deleteHeader", venue.name()),
                getTranslation("places.venue.deleteText", venue.name()));
        confirm.setId("confirm-delete-venue");
        confirm.addConfirmListener(e -> attempt(() -> {
            places.deleteVenue(venue.id(), venue.version());
            Notifications.success(getTranslation("places.venue.deleted", venue.name()));
            reload();
        }));
        confirm.open();
    }

    private ConfirmDialog confirmation(String header, String text) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(header);
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("places.action.delete"));
        confirm.setConfirmButtonTheme("error primary");
        return confirm;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("districts.title") + " – " + getTranslation("app.name");
    }
}
