package se.tryggalov.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import java.time.Clock;

/**
 * Completes a sign-in whose second factor the code page accepted: signs the account in with its roles, changes
 * the session id (as the password sign-in does, against session fixation) and goes on to the page the user
 * asked for. Without a verified pending sign-in in this session it only leads back to the login page.
 */
class SecondFactorCompletionFilter extends AbstractAuthenticationProcessingFilter {

    private final AccountRepository accounts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SecondFactorCompletionFilter(AccountRepository accounts, Clock clock, ApplicationEventPublisher events) {
        super(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/" + PendingSignIn.COMPLETE_PATH));
        this.accounts = accounts;
        this.clock = clock;
        this.events = events;
        setAuthenticationManager(authentication -> authentication);
        setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
        setSecurityContextRepository(new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository()));
        setAuthenticationFailureHandler(new SimpleUrlAuthenticationFailureHandler("/login"));
    }

    @Override
    public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        Object attribute = session == null ? null : session.getAttribute(PendingSignIn.ATTRIBUTE);
        if (!(attribute instanceof PendingSignIn pending) || !pending.verified() || pending.expiredAt(clock.instant())) {
            throw new BadCredentialsException("no verified sign-in in this session");
        }
        session.removeAttribute(PendingSignIn.ATTRIBUTE);
        UserDetails user = new AccountUserDetailsService(accounts).loadUserByUsername(pending.username());
        if (!user.isEnabled()) {
            throw new DisabledException("account disabled");
        }
        Authentication signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        events.publishEvent(new AuthenticationSuccessEvent(signedIn));
        return signedIn;
    }
}
