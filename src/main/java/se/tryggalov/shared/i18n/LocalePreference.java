package se.tryggalov.shared.i18n;

import java.util.Locale;
import java.util.Optional;

/** Where the signed-in user's language choice is kept (implemented by the security package). */
public interface LocalePreference {

    /** The signed-in user's remembered language, if anyone is signed in. */
    Optional<Locale> current();

    /** Remember the signed-in user's choice. */
    void remember(Locale locale);
}
