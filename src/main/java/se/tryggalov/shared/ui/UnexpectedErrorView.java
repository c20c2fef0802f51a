package se.tryggalov.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;

/** Shown when opening a page fails unexpectedly; the reference is in the log for support. */
@AnonymousAllowed
public class UnexpectedErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        if (ClientDisconnects.isDisconnect(parameter.getCaughtException())) {
            log.debug("Client went away while opening '{}' ({})", event.getLocation().getPath(),
                    ClientDisconnects.summary(parameter.getCaughtException()));
            show("error.unexpected.title", "error.unexpected", reference);
            return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
        log.error("Navigation to '{}' failed, reference {}", event.getLocation().getPath(), reference,
                parameter.getCaughtException());
        show("error.unexpected.title", "error.unexpected", reference);
        setId("unexpected-error");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
