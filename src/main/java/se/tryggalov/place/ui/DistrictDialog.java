package se.tryggalov.place.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import se.tryggalov.place.District;
import se.tryggalov.place.PlaceService;
import se.tryggalov.shared.i18n.UserMessageException;

import java.util.function.Consumer;

/** Names a new district or renames one, against the version the dialog was opened with. */
class DistrictDialog extends Dialog {

    private final PlaceService places;
    private final District district;
    private final Consumer<String> onSaved;

    final TextField name;
    final Div error = new Div();
    final Button save;

    /** @param district the district to rename, or null for a new one (placed last) */
    DistrictDialog(PlaceService places, District district, Consumer<String> onSaved) {
        this.places = places;
        this.district = district;
        this.onSaved = onSaved;
        setId("district-dialog");
        setHeaderTitle(district == null ? getTranslation("places.district.new")
                : getTranslation("places.district.renameTitle", district.name()));
        name = new TextField(getTranslation("districts.name"));
        name.setId("district-name");
        name.setRequired(true);
        name.setMaxLength(100);
        name.setWidthFull();
        name.setValue(district == null ? "" : district.name());
        error.addClassName("form-error");
        error.setId("district-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(error, name);

        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-district");
        getFooter().add(cancel, save);
        setWidth("min(28rem, 100vw)");
    }

    private void save() {
        try {
            String value = name.getValue().trim();
            if (district == null) {
                places.createDistrict(value);
                onSaved.accept(getTranslation("places.district.created", value));
            } else {
                places.renameDistrict(district.id(), value, district.version());
                onSaved.accept(getTranslation("places.district.renamed", district.name(), value));
            }
            close();
        } catch (UserMessageException e) {
            error.setText(getTranslation(e.messageKey(), e.arguments()));
            error.setVisible(true);
        }
    }

    String errorText() {
        return error.isVisible() ? error.getText() : "";
    }
}
