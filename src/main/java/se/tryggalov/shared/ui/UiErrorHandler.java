package se.tryggalov.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.i18n.UserMessageException;

import java.util.Locale;
import java.util.UUID;

/**
 * Errors in event handlers: a user's mistake is shown in their language, a refused action says so, and a bug
 * gets a short reference that is also in the log, so support can find it.
 */
class UiErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);
    private final Translations translations;

    UiErrorHandler(Translations translations) {
        this.translations = translations;
    }

    @Override
    public void error(ErrorEvent event) {
        if (ClientDisconnects.isDisconnect(event.getThrowable())) {
            // the browser is gone: there is nobody to tell, and nothing went wrong here
            log.debug("Client went away during a request ({})", ClientDisconnects.summary(event.getThrowable()));
            return;
        }
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Translations.SWEDISH : ui.getLocale();
        String message = messageFor(event.getThrowable(), locale);
        if (ui != null) {
            ui.access(() -> Notifications.error(message));
        }
    }

    String messageFor(Throwable error, Locale locale) {
        Throwable cause = rootUserCause(error);
        if (cause instanceof UserMessageException user) {
            return translations.getTranslation(user.messageKey(), locale, user.arguments());
        }
        if (cause instanceof AccessDeniedException || cause instanceof AuthorizationDeniedException) {
            return translations.getTranslation("error.notAllowed", locale);
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error, reference {}", reference, error);
        return translations.getTranslation("error.unexpected", locale, reference);
    }

    private static Throwable rootUserCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UserMessageException || t instanceof AccessDeniedException
                    || t instanceof AuthorizationDeniedException) {
                return t;
            }
        }
        return error;
    }
}
