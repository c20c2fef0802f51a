package se.tryggalov.shared.ui;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * A browser that went away while it was being answered (a closed tab, a lost mobile connection, a reload): no error
 * of the application and nothing anyone can fix, so it is logged briefly at DEBUG, without a stack trace.
 */
final class ClientDisconnects {

    /** Tomcat's, Spring MVC's and Jetty's names for "the client is gone"; by name, to depend on none of them. */
    private static final Set<String> DISCONNECT_TYPES = Set.of(
            "org.apache.catalina.connector.ClientAbortException",
            "org.springframework.web.context.request.async.AsyncRequestNotUsableException",
            "org.eclipse.jetty.io.EofException");

    private static final Set<String> DISCONNECT_MESSAGES = Set.of(
            "broken pipe", "connection reset by peer", "an established connection was aborted",
            "an existing connection was forcibly closed");

    private ClientDisconnects() {
    }

    static boolean isDisconnect(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (DISCONNECT_TYPES.contains(t.getClass().getName())) {
                return true;
            }
            if (t instanceof IOException && t.getMessage() != null) {
                String message = t.getMessage().toLowerCase(Locale.ROOT);
                if (DISCONNECT_MESSAGES.stream().anyMatch(message::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The innermost message, for the one-line log entry. */
    static String summary(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
