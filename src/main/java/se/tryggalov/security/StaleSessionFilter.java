package se.tryggalov.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Signing in changes the session id (protection against session fixation). A Vaadin request that the login page
 * sent just before, still carrying the old id, would otherwise arrive after the change, get a brand-new
 * anonymous session, and its cookie would replace the signed-in one: the user lands on the login page again.
 * Such requests are answered "session expired" here, before anything can create a session.
 * <p>
 * The check alone leaves a window: a request that passes it just before the id changes (the beacon Vaadin's
 * client sends when the login page unloads as the form is posted) would look its session up again afterwards.
 * So Vaadin's UIDL and heartbeat requests, which never legitimately create a session, get a request whose
 * {@code getSession(true)} cannot create one either: such a request can no longer set a session cookie at all.
 * <p>
 * The PWA service worker installs on the first page a browser opens, which is usually the login page, and
 * precaches icons and pages with the cookie it had then. Vaadin serves those icons through a session, so one
 * such request arriving just after the id changed made a new anonymous session and its cookie signed the user
 * out again (seen in a sign-in loop: 1 of 60 and 1 of 80). A service worker's request with a stale session id
 * is therefore answered "try again later": the worker retries its install on the next page, with the new cookie.
 */
class StaleSessionFilter extends OncePerRequestFilter {

    /** What Vaadin's client expects when its session is gone; it then reloads the page. */
    static final String SESSION_EXPIRED = "for(;;);[{\"meta\":{\"sessionExpired\":true}}]";

    static boolean isStaleVaadinRequest(HttpServletRequest request) {
        return isVaadinMessage(request)
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
        if (isStaleServiceWorkerRequest(request)) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "5");
            response.setHeader("Cache-Control", "no-store");
            return;
        }
        chain.doFilter(isVaadinMessage(request) ? new NoNewSession(request) : request, response);
    }

    static boolean isStaleServiceWorkerRequest(HttpServletRequest request) {
        return request.getRequestedSessionId() != null
                && !request.isRequestedSessionIdValid()
                && isServiceWorkerRequest(request);
    }

    /** Requests a service worker makes carry its script as referrer; fetching the script itself is marked too. */
    static boolean isServiceWorkerRequest(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            int query = referer.indexOf('?');
            String path = query < 0 ? referer : referer.substring(0, query);
            if (path.endsWith("/sw.js")) {
                return true;
            }
        }
        return request.getHeader("Service-Worker") != null;
    }

    static boolean isVaadinMessage(HttpServletRequest request) {
        String type = request.getParameter("v-r");
        return "uidl".equals(type) || "heartbeat".equals(type);
    }

    /** A request that may use its existing session but never creates one. */
    static final class NoNewSession extends HttpServletRequestWrapper {

        NoNewSession(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession(boolean create) {
            return super.getSession(false);
        }

        @Override
        public HttpSession getSession() {
            return super.getSession(false);
        }
    }
}
