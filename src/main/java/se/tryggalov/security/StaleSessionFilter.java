package se.tryggalov.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Signing in changes the session id (protection against session fixation). A Vaadin request that the login page
 * sent just before, still carrying the old id, would otherwise arrive after the change, get a brand-new
 * anonymous session, and its cookie would replace the signed-in one: the user lands on the login page again.
 * Such requests are answered "session expired" here, before anything can create a session.
 */
class StaleSessionFilter extends OncePerRequestFilter {

    /** What Vaadin's client expects when its session is gone; it then reloads the page. */
    static final String SESSION_EXPIRED = "for(;;);[{\"meta\":{\"sessionExpired\":true}}]";

    static boolean isStaleVaadinRequest(HttpServletRequest request) {
        String type = request.getParameter("v-r");
        return ("uidl".equals(type) || "heartbeat".equals(type))
                && request.getRequestedSessionId() != null
                && !request.isRequestedSessionIdValid();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isStaleVaadinRequest(request)) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/json;charset=UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.getOutputStream().write(SESSION_EXPIRED.getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }
}
