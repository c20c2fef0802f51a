package se.tryggalov.place.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import se.tryggalov.place.District;
import se.tryggalov.place.PlaceService;
import se.tryggalov.place.Venue;
import se.tryggalov.place.VenueDraft;
import se.tryggalov.place.VenueKind;
import se.tryggalov.shared.i18n.UserMessageException;

import java.util.List;
import java.util.function.Consumer;

/**
 * Creates or edits a venue: name, kind, district, address, an optional map position and, for a youth centre, its
 * weekly opening hours. The service checks everything; its refusal is shown above the form and nothing is saved.
 * The edit is made against the version the dialog was opened with, so a change someone saved meanwhile is not lost.
 */
class VenueDialog extends Dialog {

    private final PlaceService places;
    private final Venue venue;
    private final Consumer<String> onSaved;

    final TextField name;
    final Select<VenueKind> kind = new Select<>();
    final Select<District> district = new Select<>();
    final TextField address;
    final BigDecimalField latitude;
    final BigDecimalField longitude;
    final OpeningHoursEditor hours;
    final Div error = new Div();
    final Button save;

    /**
     * @param venue   the venue to edit, or null for a new one
     * @param onSaved called with a confirmation text after a successful save
     */
    VenueDialog(PlaceService places, List<District> districts, District preselected, Venue venue,
                Consumer<String> onSaved) {
        this.places = places;
        this.venue = venue;
        this.onSaved = onSaved;
        setId("venue-dialog");
        addClassName("venue-dialog");
        setHeaderTitle(venue == null ? getTranslation("places.venue.new") : getTranslation("places.venue.editTitle", venue.name()));

        name = new TextField(getTranslation("places.venue.name"));
        name.setId("venue-name");
        name.setRequired(true);
        name.setMaxLength(150);
        kind.setLabel(getTranslation("places.venue.kind"));
        kind.setId("venue-kind");
        kind.setItems(VenueKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("places.kind." + k.name()));
        district.setLabel(getTranslation("places.venue.district"));
        district.setId("venue-district");
        district.setItems(districts);
        district.setItemLabelGenerator(District::name);
        address = new TextField(getTranslation("places.venue.address"));
        address.setId("venue-address");
        address.setMaxLength(200);
        latitude = new BigDecimalField(getTranslation("places.venue.latitude"));
        latitude.setId("venue-latitude");
        latitude.setHelperText(getTranslation("places.venue.latitudeHelp"));
        longitude = new BigDecimalField(getTranslation("places.venue.longitude"));
        longitude.setId("venue-longitude");
        longitude.setHelperText(getTranslation("places.venue.longitudeHelp"));
        hours = new OpeningHoursEditor();
        hours.setId("venue-hours");

        error.addClassName("form-error");
        error.setId("venue-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        FormLayout form = new FormLayout(name, kind, district, address, latitude, longitude, hours);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(name, 2);
        form.setColspan(address, 2);
        form.setColspan(hours, 2);
        add(error, form);

        kind.addValueChangeListener(e -> hours.setVisible(e.getValue() == VenueKind.YOUTH_CENTRE));
        if (venue == null) {
            kind.setValue(VenueKind.HOT_SPOT);
            district.setValue(preselected);
            hours.setValue(List.of());
        } else {
            name.setValue(venue.name());
            kind.setValue(venue.kind());
            district.setValue(districts.stream().filter(d -> d.id() == venue.districtId()).findFirst().orElse(null));
            address.setValue(venue.address() == null ? "" : venue.address());
            latitude.setValue(venue.latitude() == null ? null : venue.latitude().stripTrailingZeros());
            longitude.setValue(venue.longitude() == null ? null : venue.longitude().stripTrailingZeros());
            hours.setValue(venue.openingHours());
        }
        hours.setVisible(kind.getValue() == VenueKind.YOUTH_CENTRE);

        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("cancel-venue");
        save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-venue");
        getFooter().add(cancel, save);
        setWidth("min(42rem, 100vw)");
    }

    private void save() {
        try {
            if (latitude.isInvalid() || longitude.isInvalid()) { // not a number: the field holds no value to send
                throw new UserMessageException("places.error.positionNotANumber");
            }
            VenueKind k = kind.getValue();
            VenueDraft draft = new VenueDraft(district.isEmpty() ? -1 : district.getValue().id(), name.getValue(), k,
                    address.getValue(), latitude.getValue(), longitude.getValue(),
                    k == VenueKind.YOUTH_CENTRE ? hours.value() : List.of());
            if (venue == null) {
                places.createVenue(draft);
                onSaved.accept(getTranslation("places.venue.created", name.getValue().trim()));
            } else {
                places.updateVenue(venue.id(), draft, venue.version());
                onSaved.accept(getTranslation("places.venue.saved", name.getValue().trim()));
            }
            close();
        } catch (UserMessageException e) {
            error.setText(getTranslation(e.messageKey(), e.arguments()));
            error.setVisible(true);
            error.scrollIntoView(); // the form may be scrolled down to the opening hours
        }
    }

    /** The translated error shown above the form, or empty. */
    String errorText() {
        return error.isVisible() ? error.getText() : "";
    }
}
