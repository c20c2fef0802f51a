package se.tryggalov.calendar.ui;

import org.junit.jupiter.api.Test;
import se.tryggalov.calendar.BreakKind;
import se.tryggalov.calendar.County;
import se.tryggalov.calendar.DayType;
import se.tryggalov.calendar.EasterBreakRule;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.ItemStatus;
import se.tryggalov.calendar.KeyDateKind;
import se.tryggalov.calendar.MeetingKind;
import se.tryggalov.shared.audit.AuditAction;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every calendar name, enum value and error the calendar can show has a text in Swedish and English. */
class CalendarTranslationsTest {

    /** The views, and the service whose errors they show (import parsing has its own keys and tests). */
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java/se/tryggalov/calendar/ui"),
            Path.of("src/main/java/se/tryggalov/calendar/CalendarService.java"),
            Path.of("src/main/java/se/tryggalov/calendar/ImportRejectedException.java"));
    /** A whole key in a string literal: "calendar.x.y" (prefixes ending in a dot are built on, not looked up). */
    private static final Pattern KEY = Pattern.compile("\"((?:calendar|error|action|nav)\\.[\\w.]*\\w)\"");

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        properties.putAll(se.tryggalov.shared.i18n.Translations.texts(java.util.Locale.forLanguageTag(language)));
        return properties;
    }

    private static List<String> missing(List<String> keys) throws IOException {
        Properties sv = load("sv");
        Properties en = load("en");
        return keys.stream().filter(k -> !sv.containsKey(k) || !en.containsKey(k)).toList();
    }

    @Test
    void everyCalendarEnumValueHasANameInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        for (BreakKind k : BreakKind.values()) {
            keys.add("calendar.break." + k.name());
        }
        for (KeyDateKind k : KeyDateKind.values()) {
            keys.add(k.messageKey());
        }
        for (MeetingKind k : MeetingKind.values()) {
            keys.add("calendar.meeting." + k.name());
        }
        for (ItemKind k : ItemKind.values()) {
            keys.add("calendar.itemKind." + k.name());
        }
        for (ItemStatus s : ItemStatus.values()) {
            keys.add("calendar.status." + s.name());
        }
        for (DayType t : DayType.values()) {
            keys.add("calendar.dayType." + t.name());
        }
        for (County c : County.values()) {
            keys.add("calendar.county." + c.name());
        }
        for (EasterBreakRule r : EasterBreakRule.values()) {
            keys.add("calendar.easterRule." + r.name());
        }
        for (int month = 1; month <= 12; month++) {
            keys.add("calendar.month." + month);
        }
        for (int level = 0; level <= 5; level++) {
            keys.add("calendar.risk.option." + level);
        }
        for (AuditAction a : AuditAction.values()) {
            if (a.name().startsWith("CALENDAR_")) {
                keys.add("audit.action." + a.name());
            }
        }
        keys.add("calendar.dayOff");
        keys.add("calendar.code.CUSTOM");
        assertThat(missing(keys)).isEmpty();
    }

    @Test
    void everyKeyTheCalendarCodeNamesExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path source : SOURCES) {
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).as("keys found").contains("calendar.error.endBeforeStart", "error.changedByOthers",
                "calendar.import.error.row", "calendar.tab.wheel", "nav.calendar");
        assertThat(missing(new ArrayList<>(used))).isEmpty();
    }
}
