package se.tryggalov.partner.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.partner.Organisation;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.security.Role;

/** The partner organisations in the municipality's safety network and where they work. */
@Route("organisations")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
@Menu(order = 30, icon = "vaadin:handshake", title = "nav.organisations")
public class OrganisationsView extends Main implements HasDynamicTitle {

    OrganisationsView(PartnerService partners) {
        addClassName("page");
        add(new H1(getTranslation("organisations.title")));
        add(new Paragraph(getTranslation("organisations.intro")));

        Grid<Organisation> grid = new Grid<>();
        grid.setId("organisations");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Organisation::name).setHeader(getTranslation("organisations.name")).setFlexGrow(2)
                .setSortable(true);
        grid.addColumn(o -> getTranslation("organisation.kind." + o.kind().name()))
                .setHeader(getTranslation("organisations.kind")).setFlexGrow(1).setSortable(true);
        grid.addColumn(o -> o.districts().isEmpty() ? getTranslation("organisations.wholeMunicipality")
                        : String.join(", ", o.districts()))
                .setHeader(getTranslation("organisations.districts")).setFlexGrow(2);
        grid.setItems(partners.organisations());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("organisations.title"));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisations.title") + " – " + getTranslation("app.name");
    }
}
