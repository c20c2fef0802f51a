package se.tryggalov.admin.ui;

import se.tryggalov.shared.time.DateTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.shared.ui.EmptyState;
import se.tryggalov.security.Account;
import se.tryggalov.security.AccountService;
import se.tryggalov.security.SecondFactorService;
import se.tryggalov.security.NewAccount;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.ui.Notifications;
import se.tryggalov.shared.ui.FactChecks;
import se.tryggalov.shared.validation.EmailAddresses;
import se.tryggalov.shared.validation.PersonNames;
import se.tryggalov.shared.validation.Usernames;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.stream.Collectors;

/** User administration: who has which role, who is locked out, and new accounts. */
@Route("users")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 80, icon = "vaadin:users", title = "nav.users")
public class UsersView extends Main implements HasDynamicTitle {

    private final AccountService accounts;
    private final SecondFactorService secondFactors;
    private final Clock clock;
    private Set<Long> withSecondFactor = Set.of();
    private final Grid<Account> grid = new Grid<>();

    UsersView(AccountService accounts, SecondFactorService secondFactors, Clock clock) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.clock = clock;
        addClassName("page");
        Button create = new Button(getTranslation("users.create"), VaadinIcon.PLUS.create(), e -> openCreateDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-user");
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("users.title")), create);
        header.addClassName("page-header");
        add(header);

        grid.setId("users");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Account::username).setHeader(getTranslation("users.username")).setAutoWidth(true).setSortable(true);
        grid.addColumn(Account::displayName).setHeader(getTranslation("users.name")).setAutoWidth(true).setSortable(true);
        grid.addColumn(a -> a.roles().stream().map(r -> getTranslation("role." + r.name())).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.roles")).setFlexGrow(1);
        grid.addColumn(a -> getTranslation("language.name." + a.locale().getLanguage()))
                .setHeader(getTranslation("users.language")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("users.status")).setAutoWidth(true);
        grid.addColumn(a -> a.lastLoginAt() == null ? "" : DateTexts.of(getLocale()).moment(a.lastLoginAt()))
                .setHeader(getTranslation("users.lastLogin")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("users.actions")).setAutoWidth(true);
        grid.setAriaLabel(getTranslation("users.title"));
        grid.setEmptyStateComponent(new EmptyState(getTranslation("words.empty.users")));
        add(grid);
        refresh();
    }

    private Span status(Account a) {
        String key = !a.enabled() ? "users.status.disabled"
                : a.lockedAt(OffsetDateTime.now(clock)) ? "users.status.locked" : "users.status.active";
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add(a.enabled() && !a.lockedAt(OffsetDateTime.now(clock)) ? "badge success" : "badge error");
        return badge;
    }

    private HorizontalLayout actions(Account a) {
        HorizontalLayout actions = new HorizontalLayout();
        Button toggle = new Button(getTranslation(a.enabled() ? "users.disable" : "users.enable"), e -> {
            try {
                accounts.setEnabled(a.id(), !a.enabled());
                Notifications.success(getTranslation(a.enabled() ? "users.disabled" : "users.enabled", a.username()));
            } catch (UserMessageException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
            }
            refresh();
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        actions.add(toggle);
        if (a.lockedAt(OffsetDateTime.now(clock))) {
            Button unlock = new Button(getTranslation("users.unlock"), e -> {
                accounts.unlock(a.id());
                Notifications.success(getTranslation("users.unlocked", a.username()));
                refresh();
            });
            unlock.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(unlock);
        }
        if (withSecondFactor.contains(a.id())) {
            Button reset = new Button(getTranslation("users.resetSecondFactor"), e -> {
                secondFactors.resetFor(a.id());
                Notifications.success(getTranslation("users.secondFactorReset", a.username()));
                refresh();
            });
            reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            reset.setId("reset-second-factor-" + a.id());
            actions.add(reset);
        }
        return actions;
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.create"));
        TextField username = new TextField(getTranslation("users.username"));
        username.setRequired(true);
        username.setHelperText(getTranslation("users.usernameRule"));
        TextField name = new TextField(getTranslation("users.name"));
        name.setRequired(true);
        EmailField email = new EmailField(getTranslation("users.email"));
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setRequired(true);
        PasswordField password = new PasswordField(getTranslation("users.initialPassword"));
        password.setHelperText(getTranslation("account.password.rule"));
        password.setRequired(true);
        FactChecks checks = new FactChecks().check(username, Usernames::check).check(name, PersonNames::check)
                .check(email, EmailAddresses::check);
        FormLayout form = new FormLayout(username, name, email, roles, password);
        dialog.add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (checks.firstProblem().isPresent()) {
                return;
            }
            try {
                accounts.createAccount(new NewAccount(username.getValue(), name.getValue(), email.getValue(),
                        roles.getValue(), getLocale(), null, password.getValue(), false));
                dialog.close();
                Notifications.success(getTranslation("users.created", username.getValue()));
                refresh();
            } catch (UserMessageException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-user");
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void refresh() {
        withSecondFactor = secondFactors.accountsWithSecondFactor();
        grid.setItems(accounts.listAccounts());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " – " + getTranslation("app.name");
    }
}
