package se.tryggalov.volunteer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.volunteer.NamedRef;
import se.tryggalov.volunteer.Registration;
import se.tryggalov.volunteer.SignupService;
import se.tryggalov.volunteer.VolunteerService;
import se.tryggalov.shared.ui.FactChecks;
import se.tryggalov.shared.validation.EmailAddresses;
import se.tryggalov.shared.validation.PersonNames;
import se.tryggalov.shared.validation.PhoneNumbers;

import java.util.Optional;

/**
 * An organisation's public sign-up page (no sign-in): a person registers as a volunteer and waits for the
 * organisation's contact person to approve them. The answer after a valid form is the same whether or not the
 * address already had an account.
 */
@Route(value = "join", autoLayout = false)
@AnonymousAllowed
@StyleSheet("context://styles/volunteers.css")
public class JoinView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final SignupService signups;
    private final VolunteerService volunteers;

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final FactChecks checks = new FactChecks();
    final Checkbox adult = new Checkbox();
    final ComboBox<NamedRef> district = new ComboBox<>();
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Checkbox notice = new Checkbox();
    final Div error = new Div();

    JoinView(SignupService signups, VolunteerService volunteers) {
        this.signups = signups;
        this.volunteers = volunteers;
        addClassNames("page", "public-page", "join-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String link) {
        removeAll();
        Optional<NamedRef> organisation = signups.organisation(link);
        if (organisation.isEmpty()) {
            add(new H1(getTranslation("volunteers.join.title")));
            Paragraph invalid = new Paragraph(getTranslation("volunteers.join.invalidLink"));
            invalid.setId("join-invalid");
            add(invalid);
            return;
        }
        add(new H1(getTranslation("volunteers.join.heading", organisation.get().name())));
        add(new Paragraph(getTranslation("volunteers.join.intro", organisation.get().name())));

        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setId("join-error");
        error.setVisible(false);
        add(error);

        name.setLabel(getTranslation("volunteers.field.name"));
        name.setRequired(true);
        name.setMaxLength(100);
        name.setAutocomplete(Autocomplete.NAME);
        name.setId("join-name");
        email.setLabel(getTranslation("volunteers.field.email"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        email.setHelperText(getTranslation("volunteers.join.emailHelp"));
        email.setId("join-email");
        phone.setLabel(getTranslation("volunteers.field.phone"));
        phone.getElement().setAttribute("type", "tel");
        phone.setAutocomplete(Autocomplete.TEL);
        phone.setMaxLength(20);
        phone.setId("join-phone");
        adult.setLabel(getTranslation("volunteers.join.adult"));
        adult.setRequiredIndicatorVisible(true);
        adult.setId("join-adult");
        district.setLabel(getTranslation("volunteers.join.district"));
        district.setItems(volunteers.districtChoices());
        district.setItemLabelGenerator(NamedRef::name);
        district.setClearButtonVisible(true);
        district.setHelperText(getTranslation("volunteers.field.optional"));
        district.setId("join-district");
        password.setLabel(getTranslation("volunteers.field.password"));
        password.setHelperText(getTranslation("account.password.rule"));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setRequired(true);
        password.setId("join-password");
        repeat.setLabel(getTranslation("account.password.repeat"));
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setRequired(true);
        repeat.setId("join-repeat");
        checks.check(name, PersonNames::check).check(email, EmailAddresses::checkRequired)
                .check(phone, PhoneNumbers::check);
        FormLayout form = new FormLayout(name, email, phone, district, adult, password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("32rem");
        add(form, new DataProtectionNotice());
        notice.setLabel(getTranslation("volunteers.notice.accept"));
        notice.setRequiredIndicatorVisible(true);
        notice.setId("join-notice");
        add(notice);

        Button send = new Button(getTranslation("volunteers.join.send"), e -> register(link, organisation.get()));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-registration");
        add(send);
    }

    private void register(String link, NamedRef organisation) {
        Optional<String> problem = checks.firstProblem();
        if (problem.isPresent()) {
            showError(problem.get());
            return;
        }
        if (!password.getValue().equals(repeat.getValue())) {
            showError(getTranslation("account.password.mismatch"));
            return;
        }
        try {
            signups.register(link, new Registration(name.getValue(), email.getValue(), phone.getValue(),
                    adult.getValue(), district.getValue() == null ? null : district.getValue().id(),
                    password.getValue(), notice.getValue(), getLocale()));
        } catch (UserMessageException ex) {
            showError(getTranslation(ex.messageKey(), ex.arguments()));
            return;
        }
        removeAll();
        add(new H1(getTranslation("volunteers.join.thanksTitle")));
        Paragraph thanks = new Paragraph(getTranslation("volunteers.join.thanks", organisation.name()));
        thanks.setId("join-thanks");
        add(thanks);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteers.join.title") + " – " + getTranslation("app.name");
    }
}
