package se.tryggalov.volunteer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.tryggalov.security.ui.LoginView;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.ui.Notifications;
import se.tryggalov.volunteer.InvitationInfo;
import se.tryggalov.volunteer.InvitationService;

import java.util.Optional;

/**
 * Where an invitation link leads (no sign-in): the person confirms their age, chooses a password and accepts the
 * data-protection notice, and is then sent to the sign-in page. A link that is unknown, used or expired gets one
 * message, without saying which.
 */
@Route(value = "invitation", autoLayout = false)
@AnonymousAllowed
@StyleSheet("context://styles/volunteers.css")
public class InvitationView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final InvitationService invitations;

    final Checkbox adult = new Checkbox();
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Checkbox notice = new Checkbox();
    final Div error = new Div();

    InvitationView(InvitationService invitations) {
        this.invitations = invitations;
        addClassNames("page", "public-page", "invitation-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String secret) {
        removeAll();
        Optional<InvitationInfo> invitation = invitations.open(secret);
        if (invitation.isEmpty()) {
            add(new H1(getTranslation("volunteers.invitation.title")));
            Paragraph invalid = new Paragraph(getTranslation("volunteers.invitation.invalid"));
            invalid.setId("invitation-invalid");
            add(invalid, new RouterLink(getTranslation("volunteers.invitation.toLogin"), LoginView.class));
            return;
        }
        InvitationInfo info = invitation.get();
        add(new H1(getTranslation("volunteers.invitation.welcome", info.name())));
        add(new Paragraph(getTranslation("volunteers.invitation.intro", info.username())));

        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setId("invitation-error");
        error.setVisible(false);
        add(error);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("32rem");
        if (info.youthWalker()) {
            Paragraph youth = new Paragraph(getTranslation("volunteers.invitation.youth"));
            youth.setId("invitation-youth");
            form.add(youth);
        } else {
            adult.setLabel(getTranslation("volunteers.invitation.adult"));
            adult.setId("invitation-adult");
            adult.setRequiredIndicatorVisible(true);
            form.add(adult);
        }
        password.setLabel(getTranslation("volunteers.field.password"));
        password.setHelperText(getTranslation("account.password.rule"));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setRequired(true);
        password.setId("invitation-password");
        repeat.setLabel(getTranslation("account.password.repeat"));
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setRequired(true);
        repeat.setId("invitation-repeat");
        form.add(password, repeat);
        add(form, new DataProtectionNotice());
        notice.setLabel(getTranslation("volunteers.notice.accept"));
        notice.setId("invitation-notice");
        notice.setRequiredIndicatorVisible(true);
        add(notice);

        Button accept = new Button(getTranslation("volunteers.invitation.accept"), e -> accept(secret));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setId("accept-invitation");
        add(accept);
    }

    private void accept(String secret) {
        if (!password.getValue().equals(repeat.getValue())) {
            showError(getTranslation("account.password.mismatch"));
            return;
        }
        String username;
        try {
            username = invitations.accept(secret, adult.getValue(), password.getValue(), notice.getValue());
        } catch (UserMessageException ex) {
            showError(getTranslation(ex.messageKey(), ex.arguments()));
            return;
        }
        Notifications.success(getTranslation("volunteers.invitation.accepted", username));
        UI.getCurrent().navigate(LoginView.class);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        Notifications.error(message);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteers.invitation.title") + " – " + getTranslation("app.name");
    }
}
