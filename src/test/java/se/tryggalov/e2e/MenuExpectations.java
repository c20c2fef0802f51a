package se.tryggalov.e2e;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import se.tryggalov.security.Role;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What each role's menu should hold: read from the views' {@code @Menu} and access annotations (so a new view
 * needs no change here), plus the entries the product owner asked for, which must stay.
 */
final class MenuExpectations {

    /** The demo users (see DemoData) and their single role. */
    static final Map<String, Role> DEMO_USERS = Map.of(
            "admin", Role.ADMIN,
            "coordinator", Role.COORDINATOR,
            "partner", Role.PARTNER_CONTACT,
            "volunteer", Role.VOLUNTEER,
            "viewer", Role.VIEWER);

    /** The agreed menus (message keys, in order); the annotations may add entries but not drop these. */
    static final Map<Role, List<String>> REQUIRED = Map.of(
            Role.ADMIN, List.of("nav.overview", "nav.districts", "nav.organisations", "nav.users", "nav.auditLog",
                    "nav.account"),
            Role.COORDINATOR, List.of("nav.overview", "nav.districts", "nav.organisations", "nav.account"),
            Role.PARTNER_CONTACT, List.of("nav.overview", "nav.districts", "nav.organisations", "nav.account"),
            Role.VIEWER, List.of("nav.overview", "nav.districts", "nav.organisations", "nav.account"),
            Role.VOLUNTEER, List.of("nav.overview", "nav.account"));

    /** Entries that only administrators may ever see. */
    static final List<String> ADMIN_ONLY = List.of("nav.users", "nav.auditLog", "nav.privacy");

    private MenuExpectations() {
    }

    /** The message keys of the menu entries this role may open, in menu order. */
    static List<String> fromAnnotations(Role role) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        return scanner.findCandidateComponents("se.tryggalov").stream()
                .map(MenuExpectations::load)
                .filter(view -> mayOpen(view, role))
                .sorted(Comparator.comparingDouble((Class<?> view) -> view.getAnnotation(Menu.class).order())
                        .thenComparing(view -> view.getAnnotation(Menu.class).title()))
                .map(view -> view.getAnnotation(Menu.class).title())
                .toList();
    }

    private static boolean mayOpen(Class<?> view, Role role) {
        if (view.isAnnotationPresent(DenyAll.class)) {
            return false;
        }
        if (view.isAnnotationPresent(PermitAll.class) || view.isAnnotationPresent(AnonymousAllowed.class)) {
            return true;
        }
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        return roles != null && Arrays.asList(roles.value()).contains(role.name());
    }

    private static Class<?> load(BeanDefinition definition) {
        try {
            return Class.forName(definition.getBeanClassName());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
