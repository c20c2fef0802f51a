package se.tryggalov.partner.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import se.tryggalov.partner.Contact;
import se.tryggalov.partner.ContactDraft;
import se.tryggalov.partner.LinkableUser;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.shared.validation.EmailAddresses;
import se.tryggalov.shared.validation.PersonNames;
import se.tryggalov.shared.validation.PhoneNumbers;

import java.util.List;
import java.util.Map;

/**
 * Adds or edits a contact person. Name, phone and e-mail are checked by the shared rules here and again by the
 * service (Swedish and international formats); the phone is kept as typed.
 */
class ContactDialog extends FormDialog {

    private final PartnerService partners;
    private final long organisationId;
    private final Contact existing;
    private final Runnable saved;

    final TextField name = new TextField();
    final TextField roleTitle = new TextField();
    final TextField phone = new TextField();
    final EmailField email = new EmailField();
    final Select<LinkableUser> user = new Select<>();

    ContactDialog(PartnerService partners, long organisationId, Contact existing, List<LinkableUser> users,
                  Runnable saved) {
        super("contact");
        this.partners = partners;
        this.organisationId = organisationId;
        this.existing = existing;
        this.saved = saved;
        setHeaderTitle(existing == null ? getTranslation("partners.contact.add")
                : getTranslation("partners.contact.edit", existing.name()));

        name.setLabel(getTranslation("partners.contact.name"));
        name.setMaxLength(100);
        name.setRequiredIndicatorVisible(true);
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        name.setId("contact-name");
        roleTitle.setLabel(getTranslation("partners.contact.roleTitle"));
        roleTitle.setMaxLength(100);
        roleTitle.setId("contact-role");
        phone.setLabel(getTranslation("partners.contact.phone"));
        phone.setHelperText(getTranslation("partners.contact.phoneHelp"));
        phone.setMaxLength(20);
        phone.getElement().setAttribute("inputmode", "tel");
        phone.setId("contact-phone");
        email.setLabel(getTranslation("partners.contact.email"));
        email.setMaxLength(254);
        email.setId("contact-email");
        user.setLabel(getTranslation("partners.contact.user"));
        user.setHelperText(getTranslation("partners.contact.userHelp"));
        user.setItems(users);
        user.setItemLabelGenerator(u -> u == null ? getTranslation("partners.contact.noUser") : u.displayName());
        user.setEmptySelectionAllowed(true);
        user.setEmptySelectionCaption(getTranslation("partners.contact.noUser"));
        user.setId("contact-user");
        user.setVisible(!users.isEmpty());

        if (existing != null) {
            name.setValue(existing.name());
            roleTitle.setValue(existing.roleTitle() == null ? "" : existing.roleTitle());
            phone.setValue(existing.phone() == null ? "" : existing.phone());
            email.setValue(existing.email() == null ? "" : existing.email());
            users.stream().filter(u -> existing.userId() != null && u.id() == existing.userId()).findFirst()
                    .ifPresent(user::setValue);
        }
        checks.check(name, PersonNames::check).check(phone, PhoneNumbers::check).check(email, EmailAddresses::check);
        FormLayout form = new FormLayout(name, roleTitle, phone, email, user);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);
    }

    @Override
    Map<String, HasValidation> fieldsByError() {
        return Map.of(PersonNames.PROBLEM, name, "partners.error.roleTitleTooLong", roleTitle,
                PhoneNumbers.PROBLEM, phone, EmailAddresses.PROBLEM, email,
                "partners.error.userNotInOrganisation", user);
    }

    @Override
    void store() {
        ContactDraft draft = new ContactDraft(name.getValue(), roleTitle.getValue(), phone.getValue(),
                email.getValue(), user.getValue() == null ? null : user.getValue().id());
        if (existing == null) {
            partners.addContact(organisationId, draft);
        } else {
            partners.updateContact(existing.id(), draft, existing.version());
        }
        saved.run();
    }
}
