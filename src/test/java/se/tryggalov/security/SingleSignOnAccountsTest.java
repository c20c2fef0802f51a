package se.tryggalov.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.shared.i18n.Translations;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SingleSignOnAccountsTest {

    private static final String ISSUER = "https://login.example.test/tenant";

    @Autowired
    SingleSignOnAccounts singleSignOn;
    @Autowired
    AccountRepository accounts;
    @Autowired
    ExternalIdentityRepository identities;

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "m");
    }

    @Test
    void theFirstSignInCreatesAnAccountWithTheMappedRoleAndLaterSignInsFollowTheProvider() {
        String subject = "sub-" + tag();
        var first = singleSignOn.signIn(ISSUER, subject, Set.of(Role.COORDINATOR), "Siv Samordnare",
                "siv." + subject + "@kommun.example", "entra", "127.0.0.1");
        assertThat(first.refusal()).isNull();
        Account created = accounts.findByUsername(first.username()).orElseThrow();
        assertThat(created.roles()).containsExactly(Role.COORDINATOR);
        assertThat(created.displayName()).isEqualTo("Siv Samordnare");
        assertThat(identities.isLinked(created.id())).isTrue();

        var second = singleSignOn.signIn(ISSUER, subject, Set.of(Role.VIEWER), "Siv Samordnare", null, "entra", null);
        assertThat(second.username()).isEqualTo(first.username());
        assertThat(accounts.findById(created.id()).orElseThrow().roles()).containsExactly(Role.VIEWER);
    }

    @Test
    void aLocalAccountWithTheSameEmailAddressIsNeverTakenOver() {
        String tag = tag();
        String email = "admin." + tag + "@kommun.example";
        long local = accounts.insert(new NewAccount(Usernames(email), "Local Admin", email, Set.of(Role.ADMIN),
                Translations.SWEDISH, null, null, false), PersonAccounts.NO_PASSWORD);

        var outcome = singleSignOn.signIn(ISSUER, "sub-" + tag, Set.of(Role.VIEWER), "Someone Else", email, "entra",
                null);

        Account created = accounts.findByUsername(outcome.username()).orElseThrow();
        assertThat(created.id()).isNotEqualTo(local);
        assertThat(created.roles()).containsExactly(Role.VIEWER);
        assertThat(created.email()).isNull();
        assertThat(accounts.findById(local).orElseThrow().roles()).containsExactly(Role.ADMIN);
        assertThat(identities.isLinked(local)).isFalse();
    }

    @Test
    void someoneWithoutAMappedRoleGetsNoAccountAndADisabledAccountIsRefused() {
        String subject = "sub-" + tag();
        long before = accounts.count();
        var refused = singleSignOn.signIn(ISSUER, subject, Set.of(), "Nils Nobody", null, "entra", null);
        assertThat(refused.refusal()).isEqualTo(SingleSignOnAccounts.Refusal.NO_ROLE);
        assertThat(accounts.count()).isEqualTo(before);

        var in = singleSignOn.signIn(ISSUER, subject, Set.of(Role.VIEWER), "Nils Nobody", null, "entra", null);
        long id = accounts.findByUsername(in.username()).orElseThrow().id();
        accounts.setEnabled(id, false);
        var disabled = singleSignOn.signIn(ISSUER, subject, Set.of(Role.VIEWER), "Nils Nobody", null, "entra", null);
        assertThat(disabled.refusal()).isEqualTo(SingleSignOnAccounts.Refusal.DISABLED);
    }

    private static String Usernames(String email) {
        return se.tryggalov.shared.validation.Usernames.forEmail(email);
    }
}
