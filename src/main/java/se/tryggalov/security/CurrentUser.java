package se.tryggalov.security;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import se.tryggalov.shared.SecurityContexts;

import java.util.Optional;

/** Who is calling, for services: works the same in a Vaadin request, a job or a test. */
@Component
public class CurrentUser {

    private final AccountRepository accounts;
    private final SecurityContexts contexts;

    CurrentUser(AccountRepository accounts, SecurityContexts contexts) {
        this.accounts = accounts;
        this.contexts = contexts;
    }

    public Optional<String> username() {
        return contexts.authentication().map(Authentication::getName);
    }

    public Optional<Account> account() {
        return username().flatMap(accounts::findByUsername);
    }

    public boolean hasRole(Role role) {
        return contexts.authentication().stream().flatMap(a -> a.getAuthorities().stream())
                .anyMatch(a -> role.authority().equals(a.getAuthority()));
    }

}
