package se.tryggalov.place.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.TextRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.place.District;
import se.tryggalov.place.PlaceService;
import se.tryggalov.place.VenueKind;
import se.tryggalov.security.Role;

import java.util.stream.Collectors;

/** The municipality's districts and the venues in each: youth centres, gathering points, hot spots. */
@Route("districts")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
@Menu(order = 20, icon = "vaadin:map-marker", title = "nav.districts")
public class DistrictsView extends Main implements HasDynamicTitle {

    DistrictsView(PlaceService places) {
        addClassName("page");
        add(new H1(getTranslation("districts.title")));
        add(new Paragraph(getTranslation("districts.intro")));

        Grid<District> grid = new Grid<>();
        grid.setId("districts");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(District::name).setHeader(getTranslation("districts.name")).setFlexGrow(1).setSortable(true);
        grid.addColumn(d -> d.count(VenueKind.YOUTH_CENTRE)).setHeader(getTranslation("venue.kind.YOUTH_CENTRE"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.count(VenueKind.HOT_SPOT)).setHeader(getTranslation("venue.kind.HOT_SPOT"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.count(VenueKind.GATHERING_POINT))
                .setHeader(getTranslation("venue.kind.GATHERING_POINT")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new TextRenderer<>(d -> d.venues().stream()
                .map(v -> v.name() + " (" + getTranslation("venue.kind." + v.kind().name()) + ")")
                .collect(Collectors.joining(" · "))));
        grid.setDetailsVisibleOnClick(true);
        grid.setItems(places.districts());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("districts.title"));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("districts.title") + " – " + getTranslation("app.name");
    }
}
