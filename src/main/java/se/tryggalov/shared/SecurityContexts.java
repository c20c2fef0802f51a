package se.tryggalov.shared;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Reads and swaps the security context through the same strategy bean that method security uses (Vaadin
 * installs its own, session-aware one), rather than the JVM-wide static holder.
 */
@Component
public class SecurityContexts {

    private final ObjectProvider<SecurityContextHolderStrategy> strategy;

    SecurityContexts(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy;
    }

    public SecurityContextHolderStrategy strategy() {
        return strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** The signed-in user's authentication; empty for anonymous visitors. */
    public Optional<Authentication> authentication() {
        Authentication auth = strategy().getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(auth);
    }
}
