package se.tryggalov.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.shared.ui.EmptyState;
import se.tryggalov.partner.Organisation;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.security.Role;
import se.tryggalov.shared.ui.Notifications;

/**
 * The partner organisations in the municipality's safety network and where they work. Each name links to the
 * organisation's page (contacts, commitments, sign-up link); coordinators and administrators add organisations.
 */
@Route("organisations")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
@Menu(order = 30, icon = "vaadin:handshake", title = "nav.organisations")
@StyleSheet("context://styles/partners.css")
public class OrganisationsView extends Main implements HasDynamicTitle {

    private final PartnerService partners;
    final Grid<Organisation> grid = new Grid<>();
    final Button create;

    OrganisationsView(PartnerService partners) {
        this.partners = partners;
        addClassNames("page", "organisations-view");
        create = new Button(getTranslation("partners.organisation.new"), VaadinIcon.PLUS.create(),
                e -> new OrganisationDialog(partners, null, this::created).open());
        create.setId("new-organisation");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(partners.canManageAll());
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("organisations.title")), create);
        header.addClassName("page-header");
        add(header, new Paragraph(getTranslation("organisations.intro")),
                new Paragraph(getTranslation("partners.organisations.openHint")));

        grid.setId("organisations");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(LitRenderer.<Organisation>of("<a href=\"${item.href}\">${item.name}</a>")
                        .withProperty("href", o -> href(o.id()))
                        .withProperty("name", Organisation::name))
                .setHeader(getTranslation("organisations.name")).setFlexGrow(2)
                .setComparator(Organisation::name).setSortable(true);
        grid.addColumn(o -> getTranslation("organisation.kind." + o.kind().name()))
                .setHeader(getTranslation("organisations.kind")).setFlexGrow(1).setSortable(true);
        grid.addColumn(o -> o.districts().isEmpty() ? getTranslation("organisations.wholeMunicipality")
                        : String.join(", ", o.districts()))
                .setHeader(getTranslation("organisations.districts")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("organisations.title"));
        grid.setEmptyStateComponent(new EmptyState(getTranslation("words.empty.organisations")));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        add(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(partners.organisations());
    }

    private void created(long id) {
        Notifications.success(getTranslation("partners.organisation.created"));
        open(id);
    }

    void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(OrganisationView.class, OrganisationView.parameters(id)));
    }

    static String href(long id) {
        return RouteConfiguration.forSessionScope().getUrl(OrganisationView.class,
                new RouteParameters(OrganisationView.ID, String.valueOf(id)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisations.title") + " – " + getTranslation("app.name");
    }
}
