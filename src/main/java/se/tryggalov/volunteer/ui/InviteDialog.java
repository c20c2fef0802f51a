package se.tryggalov.volunteer.ui;

import se.tryggalov.shared.time.DateTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.volunteer.InvitationLink;
import se.tryggalov.volunteer.InvitationService;
import se.tryggalov.volunteer.NamedRef;
import se.tryggalov.volunteer.NewInvitation;
import se.tryggalov.shared.ui.FactChecks;
import se.tryggalov.shared.validation.EmailAddresses;
import se.tryggalov.shared.validation.PersonNames;
import se.tryggalov.shared.validation.PhoneNumbers;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Invites a person by e-mail. Afterwards the link is shown once, to copy and send another way when e-mail does
 * not reach them (or no mail server is configured).
 */
class InviteDialog extends Dialog {

    private final InvitationService invitations;
    private final Runnable onInvited;

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final FactChecks checks = new FactChecks();
    final ComboBox<NamedRef> organisation = new ComboBox<>();
    final Checkbox youthWalker = new Checkbox();
    final DatePicker guardianConsentOn;
    final RadioButtonGroup<Locale> language = new RadioButtonGroup<>();
    final Div error = new Div();
    final TextField link = new TextField();

    InviteDialog(InvitationService invitations, List<NamedRef> organisations, LocalDate today, Runnable onInvited) {
        this.invitations = invitations;
        this.onInvited = onInvited;
        setId("invite-dialog");
        setHeaderTitle(getTranslation("volunteers.invite.title"));
        setWidth("min(36rem, 100vw)");

        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setId("invite-error");
        error.setVisible(false);

        name.setLabel(getTranslation("volunteers.field.name"));
        name.setRequired(true);
        name.setMaxLength(100);
        name.setId("invite-name");
        email.setLabel(getTranslation("volunteers.field.email"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        email.setId("invite-email");
        phone.setLabel(getTranslation("volunteers.field.phone"));
        phone.setHelperText(getTranslation("volunteers.field.optional"));
        phone.getElement().setAttribute("type", "tel");
        phone.setMaxLength(20);
        organisation.setLabel(getTranslation("volunteers.field.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(NamedRef::name);
        organisation.setRequired(true);
        organisation.setId("invite-organisation");
        if (organisations.size() == 1) {
            organisation.setValue(organisations.getFirst());
            organisation.setReadOnly(true);
        }
        youthWalker.setLabel(getTranslation("volunteers.invite.youthWalker"));
        youthWalker.setId("invite-youth");
        guardianConsentOn = VolunteerDatePickers.create(this, getTranslation("volunteers.field.guardianConsentOn"), today);
        guardianConsentOn.setVisible(false);
        youthWalker.addValueChangeListener(e -> guardianConsentOn.setVisible(e.getValue()));
        language.setLabel(getTranslation("volunteers.invite.language"));
        language.setItems(Translations.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("language.name." + l.getLanguage()));
        language.setValue(Translations.supported(getLocale()));

        checks.check(name, PersonNames::check).check(email, EmailAddresses::checkRequired)
                .check(phone, PhoneNumbers::check);
        FormLayout form = new FormLayout(name, email, phone, organisation, youthWalker, guardianConsentOn, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(error, new Paragraph(getTranslation("volunteers.invite.intro")), form);

        Button send = new Button(getTranslation("volunteers.invite.send"), e -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-invitation");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, send);
    }

    private void send() {
        Optional<String> problem = checks.firstProblem();
        if (problem.isPresent()) {
            error.setText(problem.get());
            error.setVisible(true);
            return;
        }
        InvitationLink result;
        try {
            result = invitations.invite(new NewInvitation(name.getValue(), email.getValue(), phone.getValue(),
                    organisation.getValue() == null ? null : organisation.getValue().id(), youthWalker.getValue(),
                    guardianConsentOn.getValue(), language.getValue()));
        } catch (UserMessageException ex) {
            error.setText(getTranslation(ex.messageKey(), ex.arguments()));
            error.setVisible(true);
            return;
        }
        onInvited.run();
        showLink(result);
    }

    private void showLink(InvitationLink result) {
        removeAll();
        getFooter().removeAll();
        String expires = DateTexts.of(getLocale()).longDate(result.expiresAt());
        Paragraph done = new Paragraph(getTranslation(result.replacedEarlier() ? "volunteers.invite.sentAgain"
                : "volunteers.invite.sent", name.getValue().trim(), email.getValue().trim(), expires));
        done.setId("invite-done");
        link.setLabel(getTranslation("volunteers.invite.link"));
        link.setHelperText(getTranslation("volunteers.invite.linkHelp"));
        link.setValue(result.url());
        link.setReadOnly(true);
        link.setWidthFull();
        link.setId("invitation-link");
        Button copy = new Button(getTranslation("volunteers.invite.copy"), e ->
                link.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", result.url()));
        copy.setId("copy-invitation-link");
        add(done, link);
        Button close = new Button(getTranslation("volunteers.invite.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.setId("close-invitation");
        getFooter().add(copy, close);
    }
}
