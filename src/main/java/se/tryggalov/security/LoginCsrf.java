package se.tryggalov.security;

import com.vaadin.flow.spring.security.RequestUtil;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Login CSRF (issue #22, finding 2): Vaadin's security configurer exempts its login page from Spring Security's
 * CSRF check, so any site could post a login form and sign a visitor's browser in to an account of the attacker's
 * choosing. The exemption is not needed: Vaadin writes the token into every page it serves (the {@code _csrf}
 * meta tags) and its login form sends it with the POST. So the app turns Vaadin's CSRF configuration off and
 * repeats the one exemption that is needed: Vaadin's own requests (UIDL, heartbeat, uploads), which Vaadin
 * protects with its own per-UI token. A login POST whose token is missing or stale (the session of the login page
 * expired) leads back to the login page, where a fresh token is issued.
 */
final class LoginCsrf {

    static final String LOGIN_PATH = "/login";

    private LoginCsrf() {
    }

    static void require(HttpSecurity http, RequestUtil vaadin) throws Exception {
        RequestMatcher loginPost = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGIN_PATH);
        AccessDeniedHandler backToLogin = (request, response, denied) ->
                response.sendRedirect(request.getContextPath() + LOGIN_PATH);
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadin::isFrameworkInternalRequest));
        http.exceptionHandling(exceptions -> exceptions.defaultAccessDeniedHandlerFor(backToLogin, loginPost));
    }
}
