package se.tryggalov.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Clock;

/**
 * After a right password, stops the sign-in when the account has a second factor or its role requires one: the
 * password step then ends in {@link SecondFactorRequiredException} and nobody is signed in until the code.
 */
class SecondFactorGate implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final AccountRepository accounts;
    private final SecondFactorService secondFactors;
    private final Clock clock;

    SecondFactorGate(AuthenticationProvider passwords, AccountRepository accounts, SecondFactorService secondFactors,
                     Clock clock) {
        this.passwords = passwords;
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        Authentication result = passwords.authenticate(authentication);
        if (result == null) {
            return null;
        }
        Account account = accounts.findByUsername(result.getName()).orElse(null);
        if (account != null && secondFactors.neededAtSignIn(account.id(), account.roles(), account.demo())) {
            String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
            throw new SecondFactorRequiredException(new PendingSignIn(account.id(), account.username(), address,
                    clock.instant()));
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
