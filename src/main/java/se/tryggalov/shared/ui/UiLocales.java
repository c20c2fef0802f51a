package se.tryggalov.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import se.tryggalov.shared.i18n.Translations;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The language of a browser before sign-in is kept in a cookie; after sign-in, in the user's account. */
public final class UiLocales {

    static final String COOKIE = "trygga-lang";

    private UiLocales() {
    }

    static Optional<Locale> fromCookie(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(c -> Translations.fromTag(c.getValue()))
                .findFirst();
    }

    /** Shows the UI in this language now and in later tabs of the same browser. */
    public static void apply(UI ui, Locale locale) {
        Locale supported = Translations.supported(locale);
        ui.setLocale(supported);
        if (ui.getSession() != null) {
            ui.getSession().setLocale(supported);
        }
        // Screen readers pick the voice from <html lang> (WCAG 3.1.1).
        ui.getPage().executeJs("document.documentElement.lang = $0", supported.getLanguage());
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, supported.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }
}
