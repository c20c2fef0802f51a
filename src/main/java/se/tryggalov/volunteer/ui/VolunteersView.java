package se.tryggalov.volunteer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.shared.ui.EmptyState;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.time.Zones;
import se.tryggalov.shared.ui.Notifications;
import se.tryggalov.volunteer.InvitationService;
import se.tryggalov.volunteer.NamedRef;
import se.tryggalov.volunteer.QualificationKind;
import se.tryggalov.volunteer.SignupService;
import se.tryggalov.volunteer.Volunteer;
import se.tryggalov.volunteer.VolunteerFilter;
import se.tryggalov.volunteer.VolunteerService;
import se.tryggalov.volunteer.VolunteerStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The volunteers the caller may see (coordinators: everyone; a partner contact: their organisation's people),
 * searchable and filterable, with registrations waiting for approval on top and an invitation button. Built as
 * a one-column list so it reads well on a phone. Opening a person leads to their profile page.
 */
@Route("volunteers")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
@Menu(order = 40, icon = "vaadin:group", title = "nav.volunteers")
@StyleSheet("context://styles/volunteers.css")
public class VolunteersView extends Main implements HasDynamicTitle {

    private final VolunteerService volunteers;
    private final InvitationService invitations;
    private final SignupService signups;
    private final Clock clock;

    final TextField search = new TextField();
    final ComboBox<NamedRef> organisation = new ComboBox<>();
    final ComboBox<NamedRef> district = new ComboBox<>();
    final Select<QualificationKind> qualification = new Select<>();
    final Select<VolunteerStatus> status = new Select<>();
    final Grid<Volunteer> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private final Section pendingSection = new Section();
    private List<Volunteer> all = List.of();

    VolunteersView(VolunteerService volunteers, InvitationService invitations, SignupService signups, Clock clock) {
        this.volunteers = volunteers;
        this.invitations = invitations;
        this.signups = signups;
        this.clock = clock;
        addClassNames("page", "volunteers-view");

        List<NamedRef> organisations = volunteers.organisationChoices();
        Button invite = new Button(getTranslation("volunteers.invite"), VaadinIcon.ENVELOPE_O.create(),
                e -> new InviteDialog(invitations, organisations, today(), this::refresh).open());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.setId("invite-volunteer");
        invite.setEnabled(!organisations.isEmpty());
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("volunteers.title")), invite);
        header.addClassName("page-header");
        add(header);

        pendingSection.setId("pending-registrations");
        pendingSection.addClassName("pending-registrations");
        add(pendingSection);

        add(filters(organisations, volunteers.districtChoices()));
        count.setId("volunteer-count");
        count.getElement().setAttribute("aria-live", "polite");
        count.addClassName("volunteer-count");
        add(count);

        grid.setId("volunteers");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.addComponentColumn(this::personCell).setHeader(getTranslation("volunteers.column.person")).setFlexGrow(1);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("volunteers.column.status")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAriaLabel(getTranslation("volunteers.title"));
        grid.setEmptyStateComponent(new EmptyState(getTranslation("words.empty.volunteers"))
                .link(getTranslation("words.empty.volunteers.toImport"), "import"));
        grid.addClassName("volunteer-list");
        add(grid);
        refresh();
    }

    private Div filters(List<NamedRef> organisations, List<NamedRef> districts) {
        search.setLabel(getTranslation("volunteers.filter.search"));
        search.setPlaceholder(getTranslation("volunteers.filter.searchPlaceholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setId("volunteer-search");
        organisation.setLabel(getTranslation("volunteers.filter.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(NamedRef::name);
        organisation.setClearButtonVisible(true);
        organisation.setPlaceholder(getTranslation("volunteers.filter.any"));
        organisation.setVisible(organisations.size() > 1);
        district.setLabel(getTranslation("volunteers.filter.district"));
        district.setItems(districts);
        district.setItemLabelGenerator(NamedRef::name);
        district.setClearButtonVisible(true);
        district.setPlaceholder(getTranslation("volunteers.filter.any"));
        qualification.setLabel(getTranslation("volunteers.filter.qualification"));
        qualification.setItems(QualificationKind.values());
        qualification.setEmptySelectionAllowed(true);
        qualification.setEmptySelectionCaption(getTranslation("volunteers.filter.any"));
        qualification.setItemLabelGenerator(q -> q == null ? getTranslation("volunteers.filter.any")
                : getTranslation("volunteers.qualification." + q.name()));
        status.setLabel(getTranslation("volunteers.filter.status"));
        status.setItems(VolunteerStatus.INVITED, VolunteerStatus.PENDING, VolunteerStatus.ACTIVE, VolunteerStatus.PAUSED);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("volunteers.filter.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("volunteers.filter.any")
                : getTranslation("volunteers.status." + s.name()));
        search.addValueChangeListener(e -> applyFilter());
        organisation.addValueChangeListener(e -> applyFilter());
        district.addValueChangeListener(e -> applyFilter());
        qualification.addValueChangeListener(e -> applyFilter());
        status.addValueChangeListener(e -> applyFilter());
        Div filters = new Div(search, organisation, district, qualification, status);
        filters.addClassName("volunteer-filters");
        filters.getElement().setAttribute("role", "search");
        return filters;
    }

    private Component personCell(Volunteer v) {
        RouterLink name = new RouterLink(v.name(), VolunteerView.class, new RouteParameters("id", String.valueOf(v.userId())));
        name.addClassName("volunteer-name");
        Div person = new Div(name);
        String contact = java.util.stream.Stream.of(v.phone(), v.email()).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" · "));
        if (!contact.isEmpty()) {
            person.add(line(contact));
        }
        String belongs = java.util.stream.Stream.concat(v.organisations().stream(), v.districts().stream())
                .map(NamedRef::name).collect(Collectors.joining(" · "));
        if (!belongs.isEmpty()) {
            person.add(line(belongs));
        }
        String qualifications = ProfileForm.qualificationsText(this, v, today());
        if (v.youthWalker()) {
            qualifications = qualifications.isEmpty() ? getTranslation("volunteers.youthWalker")
                    : getTranslation("volunteers.youthWalker") + ", " + qualifications;
        }
        if (!qualifications.isEmpty()) {
            person.add(line(qualifications));
        }
        person.addClassName("volunteer-person");
        return person;
    }

    private static Span line(String text) {
        Span span = new Span(text);
        span.addClassName("volunteer-line");
        return span;
    }

    Span statusBadge(Volunteer v) {
        Span badge = new Span(getTranslation("volunteers.status." + v.status().name()));
        String theme = switch (v.status()) {
            case ACTIVE -> "badge success";
            case PENDING, INVITED -> "badge";
            case PAUSED, ANONYMISED -> "badge contrast";
        };
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    private void refresh() {
        all = volunteers.list();
        showPending(all.stream().filter(v -> v.status() == VolunteerStatus.PENDING).toList());
        applyFilter();
    }

    private void applyFilter() {
        VolunteerFilter filter = new VolunteerFilter(search.getValue(),
                organisation.getValue() == null ? null : organisation.getValue().id(),
                district.getValue() == null ? null : district.getValue().id(), qualification.getValue(),
                status.getValue());
        LocalDate today = today();
        List<Volunteer> shown = all.stream().filter(v -> filter.matches(v, today)).toList();
        grid.setItems(shown);
        count.setText(getTranslation("volunteers.count", shown.size(), all.size()));
    }

    private void showPending(List<Volunteer> pending) {
        pendingSection.removeAll();
        pendingSection.setVisible(!pending.isEmpty());
        if (pending.isEmpty()) {
            return;
        }
        pendingSection.add(new H2(getTranslation("volunteers.pending.title", pending.size())));
        pendingSection.add(new Paragraph(getTranslation("volunteers.pending.intro")));
        for (Volunteer v : pending) {
            Div card = new Div();
            card.addClassName("pending-card");
            Span name = new Span(v.name());
            name.addClassName("volunteer-name");
            card.add(name, line(java.util.stream.Stream.of(v.phone(), v.email()).filter(s -> s != null && !s.isBlank())
                    .collect(Collectors.joining(" · "))));
            String belongs = java.util.stream.Stream.concat(v.organisations().stream(), v.districts().stream())
                    .map(NamedRef::name).collect(Collectors.joining(" · "));
            card.add(line(belongs));
            Button approve = new Button(getTranslation("volunteers.pending.approve"), VaadinIcon.CHECK.create(),
                    e -> act(() -> signups.approve(v.userId()), "volunteers.pending.approved", v.name()));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            approve.setAriaLabel(getTranslation("volunteers.pending.approveNamed", v.name()));
            approve.setId("approve-" + v.userId());
            Button reject = new Button(getTranslation("volunteers.pending.reject"), VaadinIcon.CLOSE_SMALL.create(),
                    e -> confirmReject(v));
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            reject.setAriaLabel(getTranslation("volunteers.pending.rejectNamed", v.name()));
            reject.setId("reject-" + v.userId());
            HorizontalLayout actions = new HorizontalLayout(approve, reject);
            actions.addClassName("pending-actions");
            card.add(actions);
            pendingSection.add(card);
        }
    }

    private void confirmReject(Volunteer v) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-reject");
        confirm.setHeader(getTranslation("volunteers.pending.rejectHeader", v.name()));
        confirm.setText(getTranslation("volunteers.pending.rejectText", v.name()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("volunteers.pending.reject"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> act(() -> signups.reject(v.userId()), "volunteers.pending.rejected", v.name()));
        confirm.open();
    }

    private void act(Runnable action, String doneKey, String name) {
        try {
            action.run();
            Notifications.success(getTranslation(doneKey, name));
        } catch (UserMessageException ex) {
            Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
        }
        refresh();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.STOCKHOLM));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteers.title") + " – " + getTranslation("app.name");
    }
}
