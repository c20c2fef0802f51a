package se.tryggalov.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import se.tryggalov.shared.i18n.LocalePreference;
import se.tryggalov.shared.i18n.Translations;

import java.util.Locale;

/**
 * Every new tab opens in the user's language (account, else cookie, else Swedish), with the components' own texts in
 * that language ({@link ComponentTexts}), and handles errors kindly.
 */
@Component
class UiInitializer implements VaadinServiceInitListener {

    private final LocalePreference localePreference;
    private final Translations translations;

    UiInitializer(LocalePreference localePreference, Translations translations) {
        this.localePreference = localePreference;
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new UiErrorHandler(translations)));
        event.getSource().addUIInitListener(e -> {
            Locale locale = localePreference.current()
                    .or(() -> UiLocales.fromCookie(VaadinRequest.getCurrent()))
                    .orElse(Translations.SWEDISH);
            UiLocales.apply(e.getUI(), locale);
            ComponentTexts.schedule(e.getUI());
            UI ui = e.getUI();
            ui.addAfterNavigationListener(navigated -> ComponentTexts.schedule(ui));
        });
        // every round trip may add components (a dialog, a list): they get their built-in texts before the response
        event.addRequestHandler((session, request, response) -> {
            if (session != null && HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL)) {
                session.lock();
                try {
                    UI ui = session.getService().findUI(request);
                    if (ui != null) {
                        ComponentTexts.schedule(ui);
                    }
                } finally {
                    session.unlock();
                }
            }
            return false;
        });
    }
}
