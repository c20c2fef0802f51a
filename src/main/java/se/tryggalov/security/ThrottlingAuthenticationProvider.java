package se.tryggalov.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.support.TransactionTemplate;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * Password login with throttling: refuses at once while the account or the client address is blocked (without
 * checking the password, so guessing gains nothing), counts failures, and writes every attempt to the audit log.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final AccountRepository accounts;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ThrottlingAuthenticationProvider(DaoAuthenticationProvider passwords, AccountRepository accounts,
                                     LoginThrottle throttle, AuditLog audit, TransactionTemplate transaction,
                                     Clock clock) {
        this.passwords = passwords;
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? "" : authentication.getName().trim().toLowerCase(Locale.ROOT);
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        OffsetDateTime now = OffsetDateTime.now(clock);

        Optional<Duration> addressBlock = throttle.addressBlockedFor(address);
        Optional<StoredCredentials> stored = accounts.findCredentials(username);
        Optional<Duration> accountBlock = stored.isEmpty() ? throttle.unknownUserBlockedFor(username)
                : stored.map(StoredCredentials::lockedUntil)
                        .filter(until -> until.isAfter(now))
                        .map(until -> Duration.between(now, until));
        Optional<Duration> block = addressBlock.isPresent() ? addressBlock : accountBlock;
        if (block.isPresent()) {
            audit.recordFor(username, address, AuditAction.LOGIN_THROTTLED, "user", null, null);
            throw new LoginThrottledException(block.get());
        }

        UsernamePasswordAuthenticationToken normalised = UsernamePasswordAuthenticationToken.unauthenticated(
                username, authentication.getCredentials());
        normalised.setDetails(authentication.getDetails());
        try {
            Authentication result = passwords.authenticate(normalised);
            stored.ifPresent(s -> transaction.executeWithoutResult(tx -> {
                accounts.recordSuccessfulLogin(s.id(), now);
                audit.recordFor(username, address, AuditAction.LOGIN_SUCCEEDED, "user", s.id(), null);
            }));
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordAddressFailure(address);
            Duration lock = transaction.execute(tx -> {
                audit.recordFor(username, address, AuditAction.LOGIN_FAILED, "user", null, null);
                if (stored.isEmpty()) {
                    return throttle.recordUnknownUserFailure(username);
                }
                int failures = accounts.incrementFailedLogins(stored.get().id());
                Duration d = LoginThrottle.lockAfter(failures);
                if (!d.isZero()) {
                    accounts.lockUntil(stored.get().id(), now.plus(d));
                }
                return d;
            });
            if (lock != null && !lock.isZero()) {
                throw new LoginThrottledException(lock);
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
