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
    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;
    @Autowired
    java.time.Clock clock;
    @Autowired
    LoginFailureRepository loginFailures;

    /** The provider as a freshly started node (or a restarted one) has it: nothing in memory. */
    private org.springframework.security.authentication.AuthenticationProvider afterARestart() {
        org.springframework.security.authentication.dao.DaoAuthenticationProvider passwords =
                new org.springframework.security.authentication.dao.DaoAuthenticationProvider(
                        new AccountUserDetailsService(repository));
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottlingAuthenticationProvider(passwords, repository, new LoginThrottle(clock, loginFailures), audit,
                transaction, clock);
    }

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
    void aDisabledAccountCannotSignInAndAnswersLikeAWrongPasswordOrAnUnknownName() {
        String username = newAccount();
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        long id = repository.findByUsername(username).orElseThrow().id();
        system.runAs(() -> accounts.setEnabled(id, false), Role.ADMIN);

        for (String name : java.util.List.of(username, nobody)) {
            for (int i = 1; i <= 4; i++) {
                String password = i == 1 ? PASSWORD : "guess";
                assertThatThrownBy(() -> authenticationManager.authenticate(attempt(name, password, freshAddress())))
                        .as("%s attempt %d", name, i).isExactlyInstanceOf(BadCredentialsException.class);
            }
            assertThatThrownBy(() -> authenticationManager.authenticate(attempt(name, PASSWORD, freshAddress())))
                    .as(name + ", fifth attempt").isInstanceOf(LoginThrottledException.class);
        }
    }

    /** Issue #22, finding 8: the answers for a real and an unknown name differed after a restart. */
    @Test
    void afterARestartAnUnknownNameIsStillCountedAndLockedJustLikeARealOne() {
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        String real = newAccount();
        for (String username : java.util.List.of(nobody, real)) {
            for (int i = 1; i <= 4; i++) {
                assertThatThrownBy(() -> authenticationManager.authenticate(attempt(username, "guess", freshAddress())))
                        .as("%s attempt %d", username, i).isExactlyInstanceOf(BadCredentialsException.class);
            }
        }

        var restarted = afterARestart();

        for (String username : java.util.List.of(nobody, real)) {
            assertThatThrownBy(() -> restarted.authenticate(attempt(username, "guess", freshAddress())))
                    .as(username + ", fifth attempt after a restart")
                    .isInstanceOfSatisfying(LoginThrottledException.class,
                            e -> assertThat(e.retryAfterSeconds()).isBetween(25L, 30L));
        }
        var restartedAgain = afterARestart();
        for (String username : java.util.List.of(nobody, real)) {
            assertThatThrownBy(() -> restartedAgain.authenticate(attempt(username, "guess", freshAddress())))
                    .as(username + ", while locked, after another restart")
                    .isInstanceOf(LoginThrottledException.class);
        }
    }

    @Test
    void aNamesLockEndsAndTheNextFailureLocksItLongerWithOrWithoutAnAccount() {
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        String real = newAccount();
        for (String username : java.util.List.of(nobody, real)) {
            for (int i = 1; i <= 5; i++) {
                try {
                    authenticationManager.authenticate(attempt(username, "guess", freshAddress()));
                } catch (org.springframework.security.core.AuthenticationException expected) {
                    // counting failures; the fifth answers "locked"
                }
            }
        }
        ((se.tryggalov.TestClock) clock).advance(java.time.Duration.ofSeconds(31));

        for (String username : java.util.List.of(nobody, real)) {
            assertThatThrownBy(() -> authenticationManager.authenticate(attempt(username, "guess", freshAddress())))
                    .as(username + ", sixth attempt after the first lock")
                    .isInstanceOfSatisfying(LoginThrottledException.class,
                            e -> assertThat(e.retryAfterSeconds()).isBetween(55L, 60L));
        }
    }

    @Test
    void anAddressIsBlockedAfterThirtyFailuresUntilTheOldestLeavesTheWindow() {
        se.tryggalov.TestClock ownClock = se.tryggalov.TestClock.at(clock.instant());
        LoginThrottle throttle = new LoginThrottle(ownClock, loginFailures);
        String address = freshAddress();
        for (int i = 0; i < 29; i++) {
            throttle.recordAddressFailure(address);
            ownClock.advance(java.time.Duration.ofSeconds(10));
        }
        assertThat(throttle.addressBlockedFor(address)).isEmpty();

        throttle.recordAddressFailure(address);
        assertThat(throttle.addressBlockedFor(address)).hasValueSatisfying(d ->
                assertThat(d).isPositive().isLessThanOrEqualTo(java.time.Duration.ofMinutes(15)));
        assertThat(throttle.addressBlockedFor(freshAddress())).as("other addresses").isEmpty();

        ownClock.advance(java.time.Duration.ofMinutes(16));
        assertThat(throttle.addressBlockedFor(address)).isEmpty();
    }

    /** Issue #21: two app nodes on one database count an address's failures together, so a second node adds none. */
    @Test
    void anAddressSpreadingItsGuessesOverTwoNodesIsBlockedOnBoth() {
        var nodeA = afterARestart();
        var nodeB = afterARestart();
        String address = freshAddress();
        for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT; i++) {
            String guessedName = "spray-" + UUID.randomUUID().toString().substring(0, 8);
            var node = i % 2 == 0 ? nodeA : nodeB;
            assertThatThrownBy(() -> node.authenticate(attempt(guessedName, "guess", address)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        String username = newAccount();
        for (var node : java.util.List.of(nodeA, nodeB, afterARestart())) {
            assertThatThrownBy(() -> node.authenticate(attempt(username, PASSWORD, address)))
                    .as("the right password from the blocked address, on every node")
                    .isInstanceOf(LoginThrottledException.class);
        }
        assertThat(nodeB.authenticate(attempt(username, PASSWORD, freshAddress())).isAuthenticated())
                .as("another address").isTrue();
    }
}
