package se.tryggalov.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import se.tryggalov.shared.SecurityContexts;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Start-up work and scheduled jobs act as "system" with named roles, so services keep their role checks and
 * the audit log shows who acted.
 */
@Component
public class SystemAuthentication {

    public static final String SYSTEM = "system";

    private final SecurityContexts contexts;

    SystemAuthentication(SecurityContexts contexts) {
        this.contexts = contexts;
    }

    public <T> T callAs(Supplier<T> work, Role... roles) {
        SecurityContextHolderStrategy strategy = contexts.strategy();
        SecurityContext previous = strategy.getContext();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null,
                Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
        strategy.setContext(context);
        try {
            return work.get();
        } finally {
            strategy.setContext(previous);
        }
    }

    public void runAs(Runnable work, Role... roles) {
        callAs(() -> {
            work.run();
            return null;
        }, roles);
    }
}
