package se.tryggalov.shared.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All UI text lives in bundles under {@code i18n/}: {@code messages_sv.properties} (the default) and
 * {@code messages_en.properties} for the shared texts, and one pair {@code <feature>_sv/_en.properties} per feature
 * that wants its own. Every {@code i18n/*_sv.properties} on the class path is read; a key may live in one bundle
 * only. A test fails when a key is missing in either language. Swedish is the fallback for any other language.
 * <p>
 * Patterns are ICU message formats (ICU4J), so a count is written with the language's plural rules:
 * {@code {0, plural, one {# kväll} other {# kvällar}}}.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(SWEDISH, ENGLISH);
    static final String BUNDLE_PATTERN = "classpath*:i18n/*_%s.properties";

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final Map<Locale, Map<String, String>> TEXTS = new ConcurrentHashMap<>();

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
        String pattern = texts(target).get(key);
        if (pattern == null) {
            log.warn("Missing translation '{}' for {}", key, target);
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, ULocale.forLocale(target)).format(params);
    }

    /** Every text of one supported language, merged from all bundles; read once. */
    public static Map<String, String> texts(Locale locale) {
        return TEXTS.computeIfAbsent(supported(locale), Translations::load);
    }

    private static Map<String, String> load(Locale locale) {
        Map<String, String> texts = new HashMap<>();
        try {
            Resource[] bundles = new PathMatchingResourcePatternResolver(Translations.class.getClassLoader())
                    .getResources(BUNDLE_PATTERN.formatted(locale.getLanguage()));
            for (Resource bundle : bundles) {
                Properties properties = new Properties();
                try (Reader in = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(in);
                }
                for (String key : properties.stringPropertyNames()) {
                    String earlier = texts.putIfAbsent(key, properties.getProperty(key));
                    if (earlier != null) {
                        log.warn("Translation '{}' is defined in more than one bundle; {} is ignored", key,
                                bundle.getFilename());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the translation bundles", e);
        }
        return Map.copyOf(texts);
    }

    /** For code outside a Vaadin UI (e-mails, files): the same lookup. */
    public String get(Locale locale, String key, Object... params) {
        return getTranslation(key, locale, params);
    }
}
