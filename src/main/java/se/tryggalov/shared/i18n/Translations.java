package se.tryggalov.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * All UI text lives in {@code i18n/messages_sv.properties} (the default) and {@code messages_en.properties};
 * a test fails when a key is missing in either. Swedish is the fallback for any other language.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(SWEDISH, ENGLISH);
    static final String BUNDLE = "i18n/messages";

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The supported locale closest to the one asked for. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : SWEDISH;
    }

    public static Locale fromTag(String tag) {
        return tag == null ? SWEDISH : supported(Locale.forLanguageTag(tag));
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale target = supported(locale);
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, target, NO_FALLBACK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, target).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, target);
            return "!" + key + "!";
        }
    }

    /** For code outside a Vaadin UI (e-mails, files): the same lookup. */
    public String get(Locale locale, String key, Object... params) {
        return getTranslation(key, locale, params);
    }
}
