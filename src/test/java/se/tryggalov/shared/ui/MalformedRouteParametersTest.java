package se.tryggalov.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.security.Role;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route with a parameter, as Vaadin's registry knows them (so a new one is covered without editing this
 * test), opened with a malformed value by a user who may open it: pages inside the menu answer with the
 * not-found page inside the menu; public link pages outside it (invitation, sign-up) show their own page, which
 * says the link is not valid. Never the "something went wrong" page.
 */
@IntegrationTest
class MalformedRouteParametersTest extends KaribuViewTest {

    private static final List<String> MALFORMED = List.of("abc", "-1", "0", "99999999999999999999", "1.5", "+7");
    private static final Map<Role, String> DEMO_USER = Map.of(Role.ADMIN, "admin", Role.COORDINATOR, "coordinator",
            Role.PARTNER_CONTACT, "partner", Role.VOLUNTEER, "volunteer", Role.VIEWER, "viewer");

    @Test
    void everyRouteWithAParameterAnswersAMalformedOneWithoutAnError() {
        List<RouteData> withParameters = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> !route.getRouteParameters().isEmpty())
                .toList();
        assertThat(withParameters).extracting(RouteData::getTemplate)
                .as("the registry lists the routes with parameters")
                .contains("volunteers/:id", "organisations/:id([0-9]{1,18})");

        SoftAssertions softly = new SoftAssertions();
        for (RouteData route : withParameters) {
            Class<? extends Component> target = route.getNavigationTarget();
            for (String value : MALFORMED) {
                String address = address(route.getTemplate(), value);
                Optional<Role> role = aRoleThatMayOpen(target);
                if (role.isPresent()) {
                    signInAs(DEMO_USER.get(role.get()), role.get());
                } else {
                    signOut();
                }
                navigateTo(address);

                String what = address + " as " + role.map(Role::name).orElse("anonymous");
                softly.assertThat(_find(UnexpectedErrorView.class)).as(what + ": no error page").isEmpty();
                softly.assertThat(_find(NotAllowedView.class)).as(what + ": not refused").isEmpty();
                if (insideTheMenu(target)) {
                    softly.assertThat(_find(target)).as(what + ": the page is not shown").isEmpty();
                    List<NotFoundView> notFound = _find(NotFoundView.class);
                    softly.assertThat(notFound).as(what + ": the not-found page").hasSize(1);
                    notFound.stream().findFirst().ifPresent(page -> softly.assertThat(isInsideMainLayout(page))
                            .as(what + ": the not-found page is inside the menu").isTrue());
                } else {
                    softly.assertThat(_find(target)).as(what + ": its own page, saying the link is not valid")
                            .hasSize(1);
                    softly.assertThat(_find(NotFoundView.class)).as(what + ": no not-found page").isEmpty();
                }
            }
        }
        softly.assertAll();
    }

    /** "volunteers/:id" or "organisations/:id([0-9]{1,18})" with every parameter replaced by {@code value}. */
    private static String address(String template, String value) {
        return Arrays.stream(template.split("/"))
                .map(segment -> segment.startsWith(":") ? value : segment)
                .collect(Collectors.joining("/"));
    }

    /** A role that may open the page by its access annotation; empty for pages open to everyone. */
    private static Optional<Role> aRoleThatMayOpen(Class<?> target) {
        if (target.isAnnotationPresent(AnonymousAllowed.class)) {
            return Optional.empty();
        }
        RolesAllowed roles = target.getAnnotation(RolesAllowed.class);
        if (roles != null) {
            return Optional.of(Role.valueOf(roles.value()[0]));
        }
        assertThat(target.isAnnotationPresent(PermitAll.class)).as(target.getSimpleName() + " has an access rule")
                .isTrue();
        return Optional.of(Role.VIEWER);
    }

    private static boolean insideTheMenu(Class<?> target) {
        Route route = target.getAnnotation(Route.class);
        return route == null || route.autoLayout();
    }

    private static boolean isInsideMainLayout(Component component) {
        for (Optional<Component> parent = component.getParent(); parent.isPresent(); parent = parent.get().getParent()) {
            if (parent.get() instanceof MainLayout) {
                return true;
            }
        }
        return false;
    }

    private static void signOut() {
        SecurityContextHolder.clearContext();
        VaadinSession.getCurrent().getSession()
                .removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        UI.getCurrent().getPage().reload();
    }
}
