package se.tryggalov.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an address that leads nowhere, including a record page whose id is unknown, hidden from the user or
 * malformed ({@link RouteIds}). Inside the menu, so a signed-in user can go on from there; error views get no
 * automatic {@code @Layout}, hence the explicit parent.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("error.notFound.title", "error.notFound.message");
        setId("not-found");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
