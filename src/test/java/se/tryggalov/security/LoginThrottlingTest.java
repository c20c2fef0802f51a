package se.tryggalov.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import se.tryggalov.IntegrationTest;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.Translations;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class LoginThrottlingTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger ADDRESS = new AtomicInteger(1);

    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountRepository repository;
    @Autowired
    AuditLog audit;
    @Autowired
    SystemAuthentication system;

    private String newAccount() {
        String username = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createAccountAtStartup(new NewAccount(username, "Throttle Test", null, Set.of(Role.VOLUNTEER),
                Translations.SWEDISH, null, PASSWORD, false));
        return username;
    }

    private static Authentication attempt(String username, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    private static String freshAddress() {
        return "203.0.113." + ADDRESS.getAndIncrement();
    }

    @Test
    void theRightPasswordSignsInAndResetsTheFailureCount() {
        String username = newAccount();
        String address = freshAddress();
        assertThatThrownBy(() -> authenticationManager.authenticate(attempt(username, "wrong", address)))
                .isInstanceOf(BadCredentialsException.class);

        Authentication result = authenticationManager.authenticate(attempt(username.toUpperCase(), PASSWORD, address));

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getAuthorities()).extracting(a -> a.getAuthority())
                .filteredOn(a -> a.startsWith("ROLE_")).containsExactly("ROLE_VOLUNTEER");
        assertThat(repository.findCredentials(username).orElseThrow().failedLogins()).isZero();
        assertThat(repository.findByUsername(username).orElseThrow().lastLoginAt()).isNotNull();
    }

    @Test
    void tenWrongPasswordsInARowBlockTheAccountEvenForTheRightPassword() {
        String username = newAccount();
        String address = freshAddress();
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> authenticationManager.authenticate(attempt(username, "guess", address)))
                    .as("attempt %d", i).isExactlyInstanceOf(BadCredentialsException.class);
        }
        // From the fifth failure on, the answer says the account is blocked and for how long.
        assertThatThrownBy(() -> authenticationManager.authenticate(attempt(username, "guess", address)))
                .isInstanceOfSatisfying(LoginThrottledException.class,
                        e -> assertThat(e.retryAfterSeconds()).isBetween(25L, 30L));
        for (int i = 6; i <= 10; i++) {
            assertThatThrownBy(() -> authenticationManager.authenticate(attempt(username, "guess", address)))
                    .isInstanceOf(LoginThrottledException.class);
        }
        assertThatThrownBy(() -> authenticationManager.authenticate(attempt(username, PASSWORD, address)))
                .as("blocked without looking at the password").isInstanceOf(LoginThrottledException.class);
        assertThat(repository.findByUsername(username).orElseThrow().lockedUntil()).isNotNull();
        assertThat(audit.search(AuditAction.LOGIN_THROTTLED, username, 100)).hasSize(6);
        assertThat(audit.search(AuditAction.LOGIN_FAILED, username, 100)).hasSize(5);
    }

    @Test
    void aUsernameWithoutAnAccountIsBlockedJustLikeARealOneSoGuessesRevealNothing() {
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        String real = newAccount();
        String address = freshAddress();
        for (String username : java.util.List.of(nobody, real)) {
            for (int i = 1; i <= 4; i++) {
                assertThatThrownBy(() -> authenticationManager.authenticate(attempt(username, "guess", address)))
                        .as("%s attempt %d", username, i).isExactlyInstanceOf(BadCredentialsException.class);
            }
            assertThatThrownBy(() -> authenticationManager.authenticate(attempt(username, "guess", address)))
                    .as(username + ", fifth attempt").isInstanceOfSatisfying(LoginThrottledException.class,
                            e -> assertThat(e.retryAfterSeconds()).isBetween(25L, 30L));
        }
    }

    @Test
    void anAdministratorCanLiftTheBlock() {
        String username = newAccount();
        String address = freshAddress();
        for (int i = 0; i < 5; i++) {
            try {
                authenticationManager.authenticate(attempt(username, "guess", address));
            } catch (RuntimeException expected) {
                // counting failures
            }
        }
        long id = repository.findByUsername(username).orElseThrow().id();
        system.runAs(() -> accounts.unlock(id), Role.ADMIN);

        assertThat(authenticationManager.authenticate(attempt(username, PASSWORD, address)).isAuthenticated()).isTrue();
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        String username = newAccount();
        long id = repository.findByUsername(username).orElseThrow().id();
        system.runAs(() -> accounts.setEnabled(id, false), Role.ADMIN);

        assertThatThrownBy(() -> authenticationManager.authenticate(attempt(username, PASSWORD, freshAddress())))
                .isInstanceOf(org.springframework.security.authentication.DisabledException.class);
    }
}
