package se.tryggalov.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.security.Account;
import se.tryggalov.security.Role;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.CheckboxGroupKt.getItemLabels;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getColumnByHeader;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class UsersViewTest extends KaribuViewTest {

    private static final String PASSWORD = "ett tillräckligt långt lösenord";

    @SuppressWarnings("unchecked")
    private static Grid<Account> grid() {
        return _get(Grid.class, s -> s.withId("users"));
    }

    private static Optional<Account> row(String username) {
        return _findAll(grid()).stream().filter(a -> a.username().equals(username)).findFirst();
    }

    /** The component a component column renders for this account, as the browser would get it. */
    @SuppressWarnings("unchecked")
    private static Component cell(String header, Account account) {
        Grid.Column<Account> column = _getColumnByHeader(grid(), header);
        return ((ComponentRenderer<? extends Component, Account>) column.getRenderer()).createComponent(account);
    }

    private static Button actionButton(Account account, String caption) {
        return _get(cell("Åtgärder", account), Button.class, s -> s.withText(caption));
    }

    private static String status(Account account) {
        return ((Span) cell("Status", account)).getText();
    }

    private Optional<Account> stored(String username) {
        return accountService.listAccounts().stream().filter(a -> a.username().equals(username)).findFirst();
    }

    private void fillCreateDialog(String username, String password) {
        _click(_get(Button.class, s -> s.withId("create-user")));
        Dialog dialog = _get(Dialog.class);
        setValueAsUser(_get(dialog, TextField.class, s -> s.withLabel("Användarnamn")), username);
        setValueAsUser(_get(dialog, TextField.class, s -> s.withLabel("Namn")), "Kim Testsson");
        setValueAsUser(_get(dialog, EmailField.class), username + "@example.org");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(dialog, CheckboxGroup.class);
        assertThat(getItemLabels(roles)).contains("Volontär");
        setValueAsUser(roles, Set.of(Role.VOLUNTEER));
        setValueAsUser(_get(dialog, PasswordField.class), password);
    }

    @Test
    void listsTheFiveDemoUsers() {
        signInAs("admin", Role.ADMIN);
        navigateTo(UsersView.class);

        assertThat(_findAll(grid())).extracting(Account::username)
                .contains("admin", "coordinator", "partner", "volunteer", "viewer");
        List<String> admin = _getFormattedRow(grid(), row("admin").orElseThrow());
        assertThat(admin.subList(0, 4)).containsExactly("admin", "Adam Administratör", "Administratör", "Svenska");
        assertThat(status(row("volunteer").orElseThrow())).isEqualTo("Aktiv");
    }

    @Test
    void aTooShortPasswordShowsTheTranslatedErrorAndCreatesNothing() {
        signInAs("admin", Role.ADMIN);
        navigateTo(UsersView.class);
        String username = unique("ui-short");

        fillCreateDialog(username, "för kort");
        _click(_get(Button.class, s -> s.withId("save-user")));

        assertThat(notificationTexts()).containsExactly("Lösenordet måste ha minst 12 tecken.");
        assertThat(_get(Dialog.class).isOpened()).isTrue();
        assertThat(row(username)).isEmpty();
        assertThat(stored(username)).isEmpty();
    }

    @Test
    void aValidNewUserAppearsInTheGrid() {
        signInAs("admin", Role.ADMIN);
        navigateTo(UsersView.class);
        String username = unique("ui-new");

        fillCreateDialog(username, PASSWORD);
        _click(_get(Button.class, s -> s.withId("save-user")));

        assertThat(notificationTexts()).containsExactly("Kontot " + username + " är skapat.");
        assertThat(_find(Dialog.class)).noneMatch(Dialog::isOpened);
        Account created = row(username).orElseThrow();
        assertThat(_getFormattedRow(grid(), created).subList(0, 4))
                .containsExactly(username, "Kim Testsson", "Volontär", "Svenska");
        assertThat(created.roles()).containsExactly(Role.VOLUNTEER);
        assertThat(status(created)).isEqualTo("Aktiv");
    }

    @Test
    void anAdministratorDisablesAndEnablesAnAccount() {
        String username = createUser("ui-toggle", PASSWORD, Role.VIEWER);
        signInAs("admin", Role.ADMIN);
        navigateTo(UsersView.class);

        _click(actionButton(row(username).orElseThrow(), "Stäng av"));

        assertThat(notificationTexts()).containsExactly("Kontot " + username + " är avstängt.");
        assertThat(stored(username).orElseThrow().enabled()).isFalse();
        Account disabled = row(username).orElseThrow();
        assertThat(disabled.enabled()).isFalse();
        assertThat(status(disabled)).isEqualTo("Avstängd");
        clearNotifications();

        _click(actionButton(disabled, "Aktivera"));

        assertThat(notificationTexts()).containsExactly("Kontot " + username + " är aktiverat.");
        assertThat(stored(username).orElseThrow().enabled()).isTrue();
        assertThat(status(row(username).orElseThrow())).isEqualTo("Aktiv");
    }

    @Test
    void theAdministratorCannotDisableThemself() {
        signInAs("admin", Role.ADMIN);
        navigateTo(UsersView.class);
        Account admin = row("admin").orElseThrow();
        try {
            runAsClientEvent(() -> _click(actionButton(admin, "Stäng av")));

            assertThat(notificationTexts()).containsExactly("Du kan inte stänga av ditt eget konto.");
            assertThat(stored("admin").orElseThrow().enabled()).isTrue();
        } finally {
            if (!stored("admin").orElseThrow().enabled()) {
                accountService.setEnabled(admin.id(), true);
            }
        }
    }

    @Test
    void theSelfDisableErrorIsInEnglishWithTheEnglishLocale() {
        signInAs("admin", Role.ADMIN);
        navigateTo(UsersView.class);
        useLocale(Locale.ENGLISH);
        Account admin = row("admin").orElseThrow();
        Grid.Column<Account> actions = _getColumnByHeader(grid(), "Actions");
        Button disable = _get(((ComponentRenderer<? extends Component, Account>) actions.getRenderer())
                .createComponent(admin), Button.class, s -> s.withText("Disable"));
        try {
            runAsClientEvent(() -> _click(disable));

            assertThat(notificationTexts()).containsExactly("You cannot disable your own account.");
        } finally {
            if (!stored("admin").orElseThrow().enabled()) {
                accountService.setEnabled(admin.id(), true);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void showsNoRawTranslationKey(String language) {
        signInAs("admin", Role.ADMIN);
        navigateTo(UsersView.class);
        useLocale(Locale.forLanguageTag(language));
        _click(_get(Button.class, s -> s.withId("create-user")));

        _get(Dialog.class);
        assertNoRawTranslationKeys();
    }
}
