package se.tryggalov.shared.i18n;

import com.ibm.icu.text.MessageFormat;
import org.junit.jupiter.api.Test;
import se.tryggalov.partner.OrganisationKind;
import se.tryggalov.place.VenueKind;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Swedish first, English complete: a key missing in either language fails the build. */
class TranslationBundlesTest {

    private static final Path MAIN = Path.of("src/main/java");
    /** Literal keys in code: getTranslation("k"), UserMessageException("k"), @Menu(title = "k"). */
    private static final Pattern LITERAL_KEY = Pattern.compile(
            "(?:getTranslation|UserMessageException|translations\\.get\\([^,]+,)\\(?\\s*\"([a-zA-Z][\\w.]*\\.[\\w.]+)\"\\s*[,)]|title = \"([\\w.]+)\"");

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");

    /** All bundles of one language merged, as the app reads them. */
    static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        properties.putAll(Translations.texts(Locale.forLanguageTag(language)));
        return properties;
    }

    @Test
    void everyBundleComesInBothLanguagesAndNoKeyIsDefinedTwice() throws IOException {
        Map<String, String> firstBundleOfKey = new HashMap<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                assertThat(name).matches("[a-z]+_(sv|en)\\.properties");
                String sibling = name.endsWith("_sv.properties") ? name.replace("_sv.", "_en.") : name.replace("_en.", "_sv.");
                assertThat(BUNDLES.resolve(sibling)).as("the other language of " + name).exists();
                Properties properties = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(in);
                }
                String language = name.substring(name.length() - "sv.properties".length());
                for (String key : properties.stringPropertyNames()) {
                    String earlier = firstBundleOfKey.putIfAbsent(language + ":" + key, name);
                    if (earlier != null) {
                        problems.add(key + " in " + earlier + " and " + name);
                    }
                }
            }
        }
        assertThat(problems).as("keys defined twice").isEmpty();
    }

    @Test
    void swedishAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> sv = new TreeSet<>(load("sv").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("en").stringPropertyNames());
        assertThat(sv).as("keys only in Swedish").containsAll(en);
        assertThat(en).as("keys only in English").containsAll(sv);
        assertThat(sv).hasSizeGreaterThan(100);
    }

    @Test
    void everyTextIsFilledInAndEveryPatternHasTheSamePlaceholdersInBothLanguages() throws IOException {
        Properties sv = load("sv");
        Properties en = load("en");
        List<String> problems = new ArrayList<>();
        for (String key : sv.stringPropertyNames()) {
            String s = sv.getProperty(key);
            String e = en.getProperty(key, "");
            if (s.isBlank() || e.isBlank()) {
                problems.add(key + ": empty");
                continue;
            }
            Set<String> sArgs = new MessageFormat(s, Locale.forLanguageTag("sv")).getArgumentNames();
            Set<String> eArgs = new MessageFormat(e, Locale.ENGLISH).getArgumentNames();
            if (!sArgs.equals(eArgs)) {
                problems.add(key + ": placeholders " + sArgs + " in Swedish, " + eArgs + " in English");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyWrittenInTheCodeExistsInBothLanguages() throws IOException {
        Properties sv = load("sv");
        Properties en = load("en");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        assertThat(used).as("keys found in code").contains("app.name", "nav.overview", "login.title");
        assertThat(used.stream().filter(k -> !sv.containsKey(k) || !en.containsKey(k)).toList())
                .as("keys used in code but missing in a bundle").isEmpty();
    }

    @Test
    void everyEnumShownInTheUiHasATextInBothLanguages() throws IOException {
        Properties sv = load("sv");
        Properties en = load("en");
        List<String> keys = new ArrayList<>();
        for (Role r : Role.values()) {
            keys.add("role." + r.name());
            keys.add("overview.roleDoes." + r.name());
        }
        for (AuditAction a : AuditAction.values()) {
            keys.add("audit.action." + a.name());
        }
        for (VenueKind k : VenueKind.values()) {
            keys.add("venue.kind." + k.name());
        }
        for (OrganisationKind k : OrganisationKind.values()) {
            keys.add("organisation.kind." + k.name());
        }
        for (se.tryggalov.activity.ActivityType t : se.tryggalov.activity.ActivityType.values()) {
            keys.add("plan.typeShort." + t.name()); // the board's groups (TRAINING was missing: a warning and a key shown)
            keys.add("activities.type." + t.name());
        }
        for (Locale l : Translations.SUPPORTED) {
            keys.add("language.name." + l.getLanguage());
            keys.add("language.switchTo." + l.getLanguage());
        }
        assertThat(keys.stream().filter(k -> !sv.containsKey(k) || !en.containsKey(k)).toList()).isEmpty();
    }

    @Test
    void aMissingKeyIsVisibleRatherThanSilentlyEmpty() {
        Translations translations = new Translations();
        assertThat(translations.getTranslation("no.such.key", Translations.ENGLISH)).isEqualTo("!no.such.key!");
        assertThat(translations.getTranslation("nav.overview", Translations.SWEDISH)).isEqualTo("Översikt");
        assertThat(translations.getTranslation("nav.overview", Locale.GERMAN)).as("unsupported → Swedish")
                .isEqualTo("Översikt");
        assertThat(translations.getTranslation("login.throttled.message", Translations.ENGLISH, 1L))
                .contains("1 minute.");
        assertThat(translations.getTranslation("login.throttled.message", Translations.SWEDISH, 15L))
                .contains("15 minuter");
    }
}
