package se.tryggalov.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.support.TransactionTemplate;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.validation.IpAddresses;

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

    /** The throttle's key for attempts whose address is no IP address. */
    static final String UNKNOWN_ADDRESS = "unknown";

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
        // only an IP address is counted and logged as one (a proxy may pass on anything); the rest share one count
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d
                ? IpAddresses.normalise(d.getRemoteAddress()).orElse(null) : null;
        String addressKey = address == null ? UNKNOWN_ADDRESS : address;
        OffsetDateTime now = OffsetDateTime.now(clock);

        Optional<Duration> addressBlock = throttle.addressBlockedFor(addressKey);
        Optional<StoredCredentials> stored = accounts.findCredentials(username);
        // the same lock for every name, with or without an account; an account can also be locked for good
        Optional<Duration> accountBlock = throttle.nameBlockedFor(username)
                .or(() -> stored.map(StoredCredentials::lockedUntil)
                        .filter(until -> until.isAfter(now))
                        .map(until -> Duration.between(now, until)));
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
            transaction.executeWithoutResult(tx -> {
                throttle.forgetName(username);
                stored.ifPresent(s -> {
                    accounts.recordSuccessfulLogin(s.id(), now);
                    audit.recordFor(username, address, AuditAction.LOGIN_SUCCEEDED, "user", s.id(), null);
                });
            });
            return result;
        } catch (BadCredentialsException | DisabledException e) {
            // a disabled account (Spring says so before it even checks the password) answers and counts exactly
            // like a wrong password or an unknown name: otherwise it alone would never lock, and so stand out
            throttle.recordAddressFailure(addressKey);
            Duration lock = transaction.execute(tx -> {
                audit.recordFor(username, address, AuditAction.LOGIN_FAILED, "user", null, null);
                LoginThrottle.NameFailure failure = throttle.recordNameFailure(username);
                // the account's own columns show an administrator the same count and lock
                stored.ifPresent(s -> accounts.recordFailedLogins(s.id(), failure.failures(), failure.lockedUntil()));
                return failure.lock();
            });
            if (lock != null && !lock.isZero()) {
                throw new LoginThrottledException(lock);
            }
            throw e instanceof BadCredentialsException bad ? bad : new BadCredentialsException("Bad credentials");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
