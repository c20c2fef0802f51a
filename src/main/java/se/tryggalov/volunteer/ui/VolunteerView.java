package se.tryggalov.volunteer.ui;

import se.tryggalov.shared.time.DateTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.time.Zones;
import se.tryggalov.shared.ui.Notifications;
import se.tryggalov.shared.ui.RouteIds;
import se.tryggalov.volunteer.InvitationLink;
import se.tryggalov.volunteer.InvitationService;
import se.tryggalov.volunteer.NamedRef;
import se.tryggalov.volunteer.SignupService;
import se.tryggalov.volunteer.Volunteer;
import se.tryggalov.volunteer.VolunteerService;
import se.tryggalov.volunteer.VolunteerStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One volunteer's profile, for coordinators and the partner contacts of their organisation: view and edit,
 * invite again, approve or reject a registration. Opening it is written to the audit log. An id the caller may not
 * see, one that does not exist and a malformed one all show the same "page not found".
 */
@Route("volunteers/:id")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
@StyleSheet("context://styles/volunteers.css")
public class VolunteerView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final VolunteerService volunteers;
    private final InvitationService invitations;
    private final SignupService signups;
    private final Clock clock;
    private String title;
    ProfileForm form;

    VolunteerView(VolunteerService volunteers, InvitationService invitations, SignupService signups, Clock clock) {
        this.volunteers = volunteers;
        this.invitations = invitations;
        this.signups = signups;
        this.clock = clock;
        addClassNames("page", "volunteer-view");
        title = getTranslation("volunteers.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Long> id = RouteIds.id(event, "id");
        if (id.isEmpty()) {
            RouteIds.notFound(event);
            return;
        }
        Volunteer volunteer;
        try {
            volunteer = volunteers.get(id.get());
        } catch (UserMessageException ex) {
            RouteIds.notFound(event);
            return;
        }
        show(volunteer);
    }

    private void show(Volunteer volunteer) {
        removeAll();
        title = volunteer.name();
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        H1 heading = new H1(volunteer.name());
        Span status = new Span(getTranslation("volunteers.status." + volunteer.status().name()));
        status.getElement().getThemeList().add(volunteer.status() == VolunteerStatus.ACTIVE ? "badge success" : "badge");
        HorizontalLayout header = new HorizontalLayout(heading, status);
        header.addClassName("page-header");
        add(backLink(), header);
        if (volunteer.lastActiveAt() != null) {
            add(new Paragraph(getTranslation("volunteers.lastActive", DateTexts.of(getLocale())
                    .longDate(volunteer.lastActiveAt()))));
        }
        add(statusActions(volunteer));

        List<NamedRef> organisations = volunteers.organisationChoices();
        form = new ProfileForm(ProfileForm.Mode.CONTACT, volunteer, organisations, volunteers.mayChooseOrganisations(),
                volunteers.districtChoices(), today);
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> save(volunteer.userId()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-volunteer");
        add(save);
    }

    private HorizontalLayout statusActions(Volunteer volunteer) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("volunteer-actions");
        if (volunteer.status() == VolunteerStatus.INVITED) {
            Button again = new Button(getTranslation("volunteers.reinvite"), VaadinIcon.ENVELOPE_O.create(), e -> {
                try {
                    InvitationLink link = invitations.reinvite(volunteer.userId());
                    Notifications.success(getTranslation("volunteers.reinvited", volunteer.name()));
                    Paragraph shown = new Paragraph(getTranslation("volunteers.invite.linkOnce", link.url()));
                    shown.setId("reinvitation-link");
                    shown.addClassName("invitation-link-text");
                    actions.add(shown);
                } catch (UserMessageException ex) {
                    Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
                }
            });
            again.setId("reinvite");
            actions.add(again);
        }
        if (volunteer.status() == VolunteerStatus.PENDING) {
            Button approve = new Button(getTranslation("volunteers.pending.approve"), VaadinIcon.CHECK.create(),
                    e -> act(() -> signups.approve(volunteer.userId()), "volunteers.pending.approved", volunteer, true));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            approve.setId("approve");
            Button reject = new Button(getTranslation("volunteers.pending.reject"), VaadinIcon.CLOSE_SMALL.create(),
                    e -> confirmReject(volunteer));
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            reject.setId("reject");
            actions.add(approve, reject);
        }
        return actions;
    }

    private void confirmReject(Volunteer volunteer) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-reject");
        confirm.setHeader(getTranslation("volunteers.pending.rejectHeader", volunteer.name()));
        confirm.setText(getTranslation("volunteers.pending.rejectText", volunteer.name()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("volunteers.pending.reject"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> act(() -> signups.reject(volunteer.userId()), "volunteers.pending.rejected",
                volunteer, false));
        confirm.open();
    }

    private void act(Runnable action, String doneKey, Volunteer volunteer, boolean stay) {
        try {
            action.run();
            Notifications.success(getTranslation(doneKey, volunteer.name()));
        } catch (UserMessageException ex) {
            Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
            return;
        }
        if (stay) {
            show(volunteers.get(volunteer.userId()));
        } else {
            getUI().ifPresent(ui -> ui.navigate(VolunteersView.class));
        }
    }

    private void save(long userId) {
        if (!form.factsOk()) {
            return;
        }
        try {
            volunteers.update(userId, form.toEdit());
        } catch (UserMessageException ex) {
            String message = getTranslation(ex.messageKey(), ex.arguments());
            form.showError(message);
            Notifications.error(message);
            return;
        }
        Notifications.success(getTranslation("volunteers.saved", form.name.getValue().trim()));
        show(volunteers.get(userId));
    }

    private RouterLink backLink() {
        RouterLink back = new RouterLink(getTranslation("volunteers.backToList"), VolunteersView.class);
        back.addClassName("back-link");
        return back;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
