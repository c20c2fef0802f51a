package se.tryggalov;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import se.tryggalov.security.Role;
import se.tryggalov.shared.SecurityContexts;

import java.util.Arrays;
import java.util.function.Supplier;

/** Runs test code signed in as a user with roles, the way a request from their browser would be, then restores. */
public final class SignedIn {

    private SignedIn() {
    }

    public static <T> T as(SecurityContexts contexts, String username, Supplier<T> work, Role... roles) {
        SecurityContextHolderStrategy strategy = contexts.strategy();
        SecurityContext previous = strategy.getContext();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
        strategy.setContext(context);
        try {
            return work.get();
        } finally {
            strategy.setContext(previous);
        }
    }
}
