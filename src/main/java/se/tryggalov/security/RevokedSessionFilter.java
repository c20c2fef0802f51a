package se.tryggalov.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Ends a signed-in session as soon as its account is disabled, anonymised or deleted, on whichever node the next
 * request arrives: every request of a signed-in session compares the account in the database (found by the
 * signed-in name, as {@link CurrentUser} finds it) with the one the session started with: its id and its
 * {@code session_epoch}, which disabling and anonymising change. A session whose account is gone, disabled or
 * changed so is invalidated before Spring Security reads it: a page request then leads to the login page, and a
 * Vaadin request is told its session expired, so the browser reloads into the login page instead of a view failing
 * half-way ("Något gick fel").
 */
class RevokedSessionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RevokedSessionFilter.class);

    /** The account a session belongs to, noted at its first signed-in request. */
    static final String ACCOUNT_ATTRIBUTE = RevokedSessionFilter.class.getName() + ".account";

    record SessionAccount(long id, int epoch) implements Serializable {
    }

    private final AccountRepository accounts;

    RevokedSessionFilter(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && revoked(session)) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // a parallel request of the same session got here first
            }
            if (StaleSessionFilter.isVaadinMessage(request)) {
                response.setStatus(HttpServletResponse.SC_OK);
                response.setContentType("application/json;charset=UTF-8");
                response.setHeader("Cache-Control", "no-store");
                response.getOutputStream().write(StaleSessionFilter.SESSION_EXPIRED.getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean revoked(HttpSession session) {
        Optional<String> username = signedInName(session);
        if (username.isEmpty()) {
            return false;
        }
        Optional<AccountRepository.SessionState> now = accounts.sessionState(username.get());
        if (now.isEmpty() || !now.get().enabled()) {
            log.info("Ended a session: its account is disabled or no longer exists");
            return true;
        }
        SessionAccount current = new SessionAccount(now.get().id(), now.get().sessionEpoch());
        Object noted;
        try {
            noted = session.getAttribute(ACCOUNT_ATTRIBUTE);
            if (noted == null) {
                session.setAttribute(ACCOUNT_ATTRIBUTE, current);
                return false;
            }
        } catch (IllegalStateException invalidated) {
            return false;
        }
        if (!current.equals(noted)) {
            log.info("Ended a session of account {}: disabled, anonymised or replaced since it began", current.id());
            return true;
        }
        return false;
    }

    private static Optional<String> signedInName(HttpSession session) {
        Object context;
        try {
            context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
        if (context instanceof SecurityContext security) {
            Authentication authentication = security.getAuthentication();
            if (authentication != null && authentication.isAuthenticated() && authentication.getName() != null) {
                return Optional.of(authentication.getName());
            }
        }
        return Optional.empty();
    }
}
