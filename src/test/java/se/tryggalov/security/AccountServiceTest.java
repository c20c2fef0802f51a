package se.tryggalov.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.tryggalov.IntegrationTest;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.i18n.UserMessageException;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AccountRepository repository;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private NewAccount account(String username, String password) {
        return new NewAccount(username, "Test Person", null, Set.of(Role.VOLUNTEER), Translations.SWEDISH, null,
                password, false);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void administratorCreatesAnAccountWithAnArgon2idHash() {
        String username = unique("new");
        long id = accounts.createAccount(account(username, "a long enough passphrase"));

        Account created = repository.findById(id).orElseThrow();
        assertThat(created.username()).isEqualTo(username);
        assertThat(created.roles()).containsExactly(Role.VOLUNTEER);
        assertThat(repository.passwordHash(id).orElseThrow()).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aShortPasswordIsRefusedAndNothingIsSaved() {
        String username = unique("short");
        long before = repository.count();

        assertThatThrownBy(() -> accounts.createAccount(account(username, "too short")))
                .isInstanceOf(UserMessageException.class)
                .extracting(e -> ((UserMessageException) e).messageKey()).isEqualTo("password.error.tooShort");
        assertThat(repository.count()).isEqualTo(before);
        assertThat(repository.usernameExists(username)).isFalse();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aTakenUsernameIsRefusedWithItsName() {
        assertThatThrownBy(() -> accounts.createAccount(account("coordinator", "a long enough passphrase")))
                .isInstanceOf(UserMessageException.class)
                .satisfies(e -> {
                    UserMessageException u = (UserMessageException) e;
                    assertThat(u.messageKey()).isEqualTo("users.error.usernameTaken");
                    assertThat(u.arguments()).containsExactly("coordinator");
                });
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void usernamesAreNormalisedToLowerCase() {
        String username = unique("mixed");
        long id = accounts.createAccount(account("  " + username.toUpperCase() + " ", "a long enough passphrase"));
        assertThat(repository.findById(id).orElseThrow().username()).isEqualTo(username);
    }

    @Test
    @WithMockUser(username = "volunteer", roles = "VOLUNTEER")
    void aVolunteerCannotListOrCreateAccounts() {
        assertThatThrownBy(() -> accounts.listAccounts()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.createAccount(account(unique("x"), "a long enough passphrase")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void aCoordinatorCannotDisableAccounts() {
        long viewer = repository.findByUsername("viewer").orElseThrow().id();
        assertThatThrownBy(() -> accounts.setEnabled(viewer, false)).isInstanceOf(AccessDeniedException.class);
        assertThat(repository.findById(viewer).orElseThrow().enabled()).isTrue();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorCannotDisableTheirOwnAccount() {
        long admin = repository.findByUsername("admin").orElseThrow().id();
        assertThatThrownBy(() -> accounts.setEnabled(admin, false))
                .isInstanceOf(UserMessageException.class)
                .extracting(e -> ((UserMessageException) e).messageKey()).isEqualTo("users.error.cannotDisableSelf");
        assertThat(repository.findById(admin).orElseThrow().enabled()).isTrue();
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void theLanguageChoiceIsRememberedInTheAccount() {
        accounts.changeMyLocale(Translations.ENGLISH);
        assertThat(accounts.myLocale()).contains(Translations.ENGLISH);
        accounts.changeMyLocale(Translations.SWEDISH);
        assertThat(repository.findByUsername("viewer").orElseThrow().locale()).isEqualTo(Translations.SWEDISH);
    }

    @Test
    @WithMockUser(username = "partner", roles = "PARTNER_CONTACT")
    void aWrongCurrentPasswordLeavesThePasswordAsItWas() {
        long partner = repository.findByUsername("partner").orElseThrow().id();
        String before = repository.passwordHash(partner).orElseThrow();

        assertThatThrownBy(() -> accounts.changeMyPassword("not my password", "a brand new passphrase"))
                .isInstanceOf(UserMessageException.class)
                .extracting(e -> ((UserMessageException) e).messageKey()).isEqualTo("password.error.currentWrong");
        assertThat(repository.passwordHash(partner)).contains(before);
    }
}
