package se.tryggalov.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.tryggalov.security.Account;
import se.tryggalov.security.AccountService;
import se.tryggalov.security.SecondFactorService;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.ui.Notifications;
import se.tryggalov.shared.ui.UiLocales;

import java.util.Locale;
import java.util.stream.Collectors;

/** The signed-in user's own settings: language, password and two-step verification. */
@Route("account")
@PermitAll
@Menu(order = 90, icon = "vaadin:user", title = "nav.account")
public class AccountView extends Main implements HasDynamicTitle {

    AccountView(AccountService accounts, SecondFactorService secondFactors) {
        addClassName("page");
        Account me = accounts.me();
        add(new H1(getTranslation("account.title")));

        Paragraph who = new Paragraph(getTranslation("account.signedInAs", me.displayName(), me.username(),
                me.roles().stream().map(r -> getTranslation("role." + r.name())).sorted()
                        .collect(Collectors.joining(", "))));
        who.setId("account-summary");
        add(who);

        RadioButtonGroup<Locale> language = new RadioButtonGroup<>(getTranslation("account.language"));
        language.setItems(Translations.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("language.name." + l.getLanguage()));
        language.setValue(Translations.supported(getLocale()));
        language.setId("language");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                accounts.changeMyLocale(e.getValue());
                UI ui = UI.getCurrent();
                UiLocales.apply(ui, e.getValue());
                ui.getPage().reload();
            }
        });
        add(new Section(new H2(getTranslation("account.languageHeading")), language));

        PasswordField current = new PasswordField(getTranslation("account.password.current"));
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        PasswordField next = new PasswordField(getTranslation("account.password.new"));
        next.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        next.setHelperText(getTranslation("account.password.rule"));
        PasswordField repeat = new PasswordField(getTranslation("account.password.repeat"));
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        Button change = new Button(getTranslation("account.password.change"));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.setId("change-password");
        change.addClickListener(e -> {
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("account.password.mismatch"));
                return;
            }
            repeat.setInvalid(false);
            try {
                accounts.changeMyPassword(current.getValue(), next.getValue());
                current.clear();
                next.clear();
                repeat.clear();
                Notifications.success(getTranslation("account.password.changed"));
            } catch (UserMessageException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
            }
        });
        FormLayout passwordForm = new FormLayout(current, next, repeat);
        passwordForm.setMaxWidth("32rem");
        // an account that signs in through the organisation's provider has no password here to change
        if (secondFactors.myStatus().applicable()) {
            add(new Section(new H2(getTranslation("account.passwordHeading")), passwordForm, change));
        }
        add(new SecondFactorSettings(secondFactors));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " – " + getTranslation("app.name");
    }
}
