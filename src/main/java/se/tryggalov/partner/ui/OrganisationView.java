package se.tryggalov.partner.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.partner.CommitmentWording;
import se.tryggalov.partner.Contact;
import se.tryggalov.partner.DistrictRef;
import se.tryggalov.partner.OrganisationDetail;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.partner.StandingCommitment;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.ui.Notifications;
import se.tryggalov.shared.ui.RouteIds;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One partner organisation: what it is and where it works, its contact persons (in the order the contact list
 * shows them), its standing commitments and, for those who manage it, its public sign-up link. Everyone who sees
 * the contact list reads this page; coordinators, administrators and the organisation's own contact change it.
 * The service checks every change again.
 */
@Route("organisations/:id([0-9]{1,18})")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
@StyleSheet("context://styles/partners.css")
public class OrganisationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final PartnerService partners;
    private OrganisationDetail organisation;
    private List<DistrictRef> allDistricts = List.of();
    private boolean canManage;

    final H1 title = new H1();
    final Paragraph facts = new Paragraph();
    final Div contacts = new Div();
    final Div commitments = new Div();
    final TextField signupLink = new TextField();
    final Section signupSection = new Section();

    OrganisationView(PartnerService partners) {
        this.partners = partners;
        addClassNames("page", "organisation-view");
    }

    static RouteParameters parameters(long id) {
        return new RouteParameters(ID, String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<OrganisationDetail> found = RouteIds.id(event, ID).flatMap(partners::organisation);
        if (found.isEmpty()) {
            RouteIds.notFound(event);
            return;
        }
        organisation = found.get();
        allDistricts = partners.districts();
        canManage = partners.canManage(organisation.id());
        build();
    }

    private void reload() {
        Optional<OrganisationDetail> found = partners.organisation(organisation.id());
        if (found.isEmpty()) {
            UI.getCurrent().navigate(OrganisationsView.class);
            return;
        }
        organisation = found.get();
        build();
    }

    private void build() {
        removeAll();
        RouterLink back = new RouterLink(getTranslation("partners.organisation.back"), OrganisationsView.class);
        back.addClassName("back-link");
        title.setText(organisation.name());
        facts.setText(getTranslation("organisation.kind." + organisation.kind().name()) + " · "
                + (organisation.districts().isEmpty() ? getTranslation("organisations.wholeMunicipality")
                : organisation.districts().stream().map(DistrictRef::name).collect(Collectors.joining(", "))));
        facts.setId("organisation-facts");
        add(back, title, facts);

        if (canManage) {
            Button edit = button("partners.organisation.edit", VaadinIcon.EDIT, "edit-organisation",
                    () -> new OrganisationDialog(partners, organisation, id -> {
                        Notifications.success(getTranslation("partners.saved"));
                        reload();
                    }).open());
            HorizontalLayout actions = new HorizontalLayout(edit);
            actions.setWrap(true);
            if (partners.canManageAll()) {
                Button delete = button("partners.organisation.delete", VaadinIcon.TRASH, "delete-organisation",
                        this::confirmDeleteOrganisation);
                delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
                actions.add(delete);
            }
            add(actions);
        }
        add(contactsSection(), commitmentsSection());
        if (canManage) {
            add(signupSection());
        }
    }

    // ---- contacts --------------------------------------------------------------------------------------------

    private Section contactsSection() {
        contacts.removeAll();
        contacts.setId("contacts");
        contacts.addClassName("partner-cards");
        List<Contact> list = organisation.contacts();
        if (list.isEmpty()) {
            contacts.add(new Paragraph(getTranslation("partners.contacts.noContacts")));
        }
        for (int i = 0; i < list.size(); i++) {
            contacts.add(contactCard(list.get(i), i == 0, i == list.size() - 1));
        }
        Section section = new Section(new H2(getTranslation("partners.organisation.contacts")));
        if (canManage) {
            section.add(button("partners.contact.add", VaadinIcon.PLUS, "add-contact",
                    () -> openContact(null)));
        }
        section.add(contacts);
        return section;
    }

    private Component contactCard(Contact contact, boolean first, boolean last) {
        Div card = new Div();
        card.addClassName("partner-card");
        card.add(new H3(contact.name()));
        if (contact.roleTitle() != null) {
            card.add(new Paragraph(contact.roleTitle()));
        }
        card.add(ContactLinks.phone(this, contact), ContactLinks.email(this, contact));
        if (canManage) {
            HorizontalLayout actions = new HorizontalLayout();
            actions.setWrap(true);
            actions.addClassName("card-actions");
            Button up = iconButton(VaadinIcon.ARROW_UP, "partners.contact.moveUp", contact.name(),
                    () -> change(() -> partners.moveContact(contact.id(), -1), null));
            up.setEnabled(!first);
            Button down = iconButton(VaadinIcon.ARROW_DOWN, "partners.contact.moveDown", contact.name(),
                    () -> change(() -> partners.moveContact(contact.id(), 1), null));
            down.setEnabled(!last);
            Button edit = iconButton(VaadinIcon.EDIT, "partners.contact.edit", contact.name(),
                    () -> openContact(contact));
            Button remove = iconButton(VaadinIcon.TRASH, "partners.contact.remove", contact.name(),
                    () -> confirm(getTranslation("partners.contact.removeConfirm", contact.name()),
                            getTranslation("partners.remove"),
                            () -> change(() -> partners.removeContact(contact.id(), contact.version()),
                                    "partners.contact.removed")));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(up, down, edit, remove);
            card.add(actions);
        }
        card.getElement().setAttribute("data-contact-id", String.valueOf(contact.id()));
        return card;
    }

    private void openContact(Contact contact) {
        new ContactDialog(partners, organisation.id(), contact, partners.linkableUsers(organisation.id()), () -> {
            Notifications.success(getTranslation("partners.saved"));
            reload();
        }).open();
    }

    // ---- commitments -----------------------------------------------------------------------------------------

    private Section commitmentsSection() {
        commitments.removeAll();
        commitments.setId("commitments");
        commitments.addClassName("partner-cards");
        if (organisation.commitments().isEmpty()) {
            commitments.add(new Paragraph(getTranslation("partners.commitment.none")));
        }
        for (StandingCommitment c : organisation.commitments()) {
            Div card = new Div();
            card.addClassName("partner-card");
            String summary = CommitmentWording.summary(c, organisation, allDistricts, getLocale(),
                    this::getTranslation);
            Paragraph numbers = new Paragraph(summary);
            numbers.addClassName("commitment-summary");
            card.add(numbers, new Paragraph(c.description()));
            if (canManage) {
                String name = CommitmentWording.kind(c.kind(), this::getTranslation);
                HorizontalLayout actions = new HorizontalLayout(
                        iconButton(VaadinIcon.EDIT, "partners.commitment.edit", name, () -> openCommitment(c)),
                        iconButton(VaadinIcon.TRASH, "partners.commitment.remove", name,
                                () -> confirm(getTranslation("partners.commitment.removeConfirm", summary),
                                        getTranslation("partners.remove"),
                                        () -> change(() -> partners.removeCommitment(c.id(), c.version()),
                                                "partners.commitment.removed"))));
                actions.addClassName("card-actions");
                card.add(actions);
            }
            card.getElement().setAttribute("data-commitment-id", String.valueOf(c.id()));
            commitments.add(card);
        }
        Section section = new Section(new H2(getTranslation("partners.organisation.commitments")),
                new Paragraph(getTranslation("partners.commitment.intro")));
        if (canManage) {
            section.add(button("partners.commitment.add", VaadinIcon.PLUS, "add-commitment",
                    () -> openCommitment(null)));
        }
        section.add(commitments);
        return section;
    }

    private void openCommitment(StandingCommitment commitment) {
        new CommitmentDialog(partners, organisation, allDistricts, commitment, () -> {
            Notifications.success(getTranslation("partners.saved"));
            reload();
        }).open();
    }

    // ---- sign-up link ----------------------------------------------------------------------------------------

    private Section signupSection() {
        signupSection.removeAll();
        signupSection.setId("signup-section");
        signupSection.add(new H2(getTranslation("partners.signup.title")),
                new Paragraph(getTranslation("partners.signup.help")));
        boolean active = partners.hasSignupLink(organisation.id());
        // Only the secret's hash is stored: the link is shown once, right after it was made.
        Optional<String> token = active ? Optional.ofNullable(freshSignupSecret) : Optional.empty();
        freshSignupSecret = null;
        signupLink.setLabel(getTranslation("partners.signup.link"));
        signupLink.setReadOnly(true);
        signupLink.setWidthFull();
        signupLink.setId("signup-link");
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (active) {
            Button copy = button("partners.signup.copy", VaadinIcon.COPY, "copy-signup-link", this::copyLink);
            Button renew = button("partners.signup.renew", VaadinIcon.REFRESH, "renew-signup-link",
                    () -> confirm(getTranslation("partners.signup.renewConfirm"),
                            getTranslation("partners.signup.renew"), this::renewLink));
            Button off = button("partners.signup.switchOff", VaadinIcon.BAN, "switch-off-signup-link",
                    () -> confirm(getTranslation("partners.signup.switchOffConfirm"),
                            getTranslation("partners.signup.switchOff"), () -> change(
                                    () -> partners.switchOffSignupToken(organisation.id()),
                                    "partners.signup.switchedOff")));
            off.addThemeVariants(ButtonVariant.LUMO_ERROR);
            if (token.isPresent()) {
                showLink(token.get());
                actions.add(copy, renew, off);
                signupSection.add(signupLink, actions);
            } else {
                Paragraph shownOnce = new Paragraph(getTranslation("partners.signup.shownOnce"));
                shownOnce.setId("signup-shown-once");
                actions.add(renew, off);
                signupSection.add(shownOnce, actions);
            }
        } else {
            Paragraph none = new Paragraph(getTranslation("partners.signup.none"));
            none.setId("signup-none");
            Button create = button("partners.signup.create", VaadinIcon.LINK, "create-signup-link", this::renewLink);
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(create);
            signupSection.add(none, actions);
        }
        return signupSection;
    }

    private void renewLink() {
        change(() -> freshSignupSecret = partners.renewSignupToken(organisation.id()), "partners.signup.renewed");
    }

    /** The secret just made, shown once by the next {@link #signupSection()}. */
    private String freshSignupSecret;

    /** The path at once (works without script), then the full address once the browser has told us where it is. */
    private void showLink(String token) {
        String path = contextPath() + "/join/" + token;
        signupLink.setValue(path);
        UI.getCurrent().getPage().fetchCurrentURL(url -> signupLink.setValue(
                url.getProtocol() + "://" + url.getAuthority() + path));
    }

    private static String contextPath() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String path = request == null ? null : request.getContextPath();
        return path == null ? "" : path;
    }

    private void copyLink() {
        UI.getCurrent().getPage().executeJs("return navigator.clipboard.writeText($0)", signupLink.getValue())
                .then(ok -> Notifications.success(getTranslation("partners.signup.copied")),
                        error -> Notifications.error(getTranslation("partners.signup.copyFailed")));
    }

    // ---- organisation ----------------------------------------------------------------------------------------

    private void confirmDeleteOrganisation() {
        confirm(getTranslation("partners.organisation.deleteConfirm", organisation.name(),
                        organisation.contacts().size(), organisation.commitments().size()),
                getTranslation("partners.organisation.delete"), () -> {
                    try {
                        partners.deleteOrganisation(organisation.id(), organisation.version());
                        Notifications.success(getTranslation("partners.organisation.deleted", organisation.name()));
                        UI.getCurrent().navigate(OrganisationsView.class);
                    } catch (UserMessageException e) {
                        Notifications.error(getTranslation(e.messageKey(), e.arguments()));
                    }
                });
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** Runs a change; a refusal is shown and the page shows what is stored now. */
    private void change(Runnable action, String successKey) {
        try {
            action.run();
            if (successKey != null) {
                Notifications.success(getTranslation(successKey));
            }
        } catch (UserMessageException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
        reload();
    }

    private void confirm(String text, String confirmText, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("partners-confirm");
        dialog.setHeader(getTranslation("partners.confirm.header"));
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(confirmText);
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> action.run());
        dialog.open();
    }

    private Button button(String key, VaadinIcon icon, String id, Runnable action) {
        Button button = new Button(getTranslation(key), icon.create(), e -> action.run());
        button.setId(id);
        return button;
    }

    private Button iconButton(VaadinIcon icon, String ariaKey, String name, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        String label = getTranslation(ariaKey, name);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    @Override
    public String getPageTitle() {
        return (organisation == null ? getTranslation("organisations.title") : organisation.name()) + " – "
                + getTranslation("app.name");
    }
}
