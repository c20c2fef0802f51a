package se.tryggalov.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Single sign-on for staff through the municipality's OpenID Connect provider, when one is configured
 * ({@code spring.security.oauth2.client.registration.<id>.*}, README). Without one nothing of it is active and
 * no request goes to any outside host.
 * <p>
 * The provider's groups or roles (the claim {@code trygga.sso.role-claim}) are mapped to the app's roles with
 * {@code trygga.sso.role-mapping.<value>=<ROLE>}. Only staff roles can be given this way: partner contacts and
 * volunteers belong to an organisation or a volunteer record that the provider knows nothing of.
 */
@Component
public class SingleSignOn {

    /** The error code of a sign-in this app refused (no mapped role, disabled account). */
    public static final String REFUSED = SingleSignOnUserService.REFUSED;

    /** The roles a provider may give. */
    static final Set<Role> STAFF_ROLES = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.VIEWER);

    /** The sign-in button of the login page. */
    public record Provider(String displayName, String authorizationPath) {
    }

    private final ClientRegistration registration;
    private final String displayName;
    private final String roleClaim;
    private final Map<String, Role> roleMapping;

    SingleSignOn(ObjectProvider<ClientRegistrationRepository> registrations, Environment environment) {
        this.registration = firstRegistration(registrations.getIfAvailable());
        Binder binder = Binder.get(environment);
        this.roleClaim = binder.bind("trygga.sso.role-claim", String.class).orElse("roles");
        this.roleMapping = new LinkedHashMap<>(binder.bind("trygga.sso.role-mapping",
                Bindable.mapOf(String.class, Role.class)).orElse(Map.of()));
        this.displayName = binder.bind("trygga.sso.display-name", String.class)
                .orElse(registration == null ? "" : registration.getClientName());
        roleMapping.forEach((value, role) -> {
            if (!STAFF_ROLES.contains(role)) {
                throw new IllegalStateException("trygga.sso.role-mapping." + value + "=" + role
                        + ": only ADMIN, COORDINATOR and VIEWER can come from single sign-on");
            }
        });
        if (registration != null && roleMapping.isEmpty()) {
            throw new IllegalStateException("single sign-on is configured but trygga.sso.role-mapping is empty:"
                    + " nobody could sign in through it");
        }
    }

    private static ClientRegistration firstRegistration(ClientRegistrationRepository repository) {
        if (repository instanceof Iterable<?> all) {
            for (Object r : all) {
                return (ClientRegistration) r;
            }
        }
        return null;
    }

    public Optional<Provider> provider() {
        return Optional.ofNullable(registration)
                .map(r -> new Provider(displayName, "oauth2/authorization/" + r.getRegistrationId()));
    }

    boolean configured() {
        return registration != null;
    }

    /** The app's roles for a person with these claims; empty when none of their values is mapped. */
    Set<Role> rolesOf(Map<String, Object> claims) {
        Object value = claims.get(roleClaim);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (value instanceof Collection<?> values) {
            values.forEach(v -> add(roles, v));
        } else if (value instanceof String s) {
            for (String part : s.split("[\\s,]+")) {
                add(roles, part);
            }
        }
        return roles;
    }

    private void add(Set<Role> roles, Object value) {
        Role role = value == null ? null : roleMapping.get(value.toString());
        if (role != null) {
            roles.add(role);
        }
    }
}
