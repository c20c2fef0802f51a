package se.tryggalov.shared.i18n;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.MessagePattern.Part;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every count in the UI follows the language's plural rules. The keys are found, not listed: any pattern with a
 * plural, choice or number argument (in either language) is rendered with 0, 1 and 2, and every pattern is checked
 * for a bare {@code {n} kvällar} that should have been a plural argument.
 */
class CountFormsTest {

    /** Plural nouns (and the plural participles that stand for them) written after a count in the bundles. */
    static final Set<String> SWEDISH_PLURALS = Set.of("kvällar", "kvällarna", "nätter", "vuxna", "personer", "platser",
            "pass", "grupper", "timmar", "timmars", "dagar", "dagarna", "tecken", "månader", "rader", "fel",
            "observationer", "insatser", "luckor", "gånger", "regler", "konton", "volontärer", "mötesinbjudningar",
            "organisationer", "kontaktpersoner", "åtaganden", "poster", "minuter", "sekunder", "ändringar", "profiler",
            "svar", "länkar", "inbjudningar", "mottagare", "händelser", "lov", "reservkoder", "standardregler", "möten",
            "riskdatum", "nattvandrare", "anställda", "bokade", "valda", "inställda", "markerade", "föreslagna",
            "nya", "lediga", "tomma", "besatta", "unga", "möjliga", "tillgängliga", "oanvända", "planerade", "nådda",
            "utgångna", "obesvarade", "bekräftade", "ändrade", "oförändrade", "uppdaterade", "borttagna", "veckor", "brott",
            "språk", "händelserna");
    static final Set<String> ENGLISH_PLURALS = Set.of("evenings", "nights", "adults", "people", "persons", "places",
            "seats", "shifts", "groups", "hours", "days", "characters", "months", "rows", "errors", "observations",
            "activities", "units", "gaps", "times", "rules", "accounts", "volunteers", "invitations", "organisations",
            "contacts", "commitments", "items", "minutes", "seconds", "changes", "profiles", "answers", "links",
            "recipients", "entries", "breaks", "codes", "meetings", "walkers", "weeks", "members", "languages");
    /** Words that may stand between a count and its noun: "{1} high-risk evenings", "{0} lediga personer". */
    static final Set<String> QUALIFIERS = Set.of("high-risk", "free", "proposed", "selected", "new", "unused", "expired",
            "unanswered", "matching", "newest", "possible", "available", "youth", "contact", "meeting", "earlier",
            "default", "staff", "confirmed", "senaste", "närmaste", "lediga", "föreslagna", "nya", "unga", "möjliga",
            "tillgängliga", "oanvända", "utgångna", "obesvarade", "bekräftade", "markerade", "tidigare");

    /** Forms that differ between one and many: "1 kvällar" and "2 kväll" are agreement errors. */
    static final Set<String> SWEDISH_ONLY_PLURAL = Set.of("kvällar", "nätter", "vuxna", "personer", "platser",
            "grupper", "timmar", "dagar", "månader", "rader", "observationer", "insatser", "luckor", "gånger", "regler",
            "konton", "volontärer", "organisationer", "kontaktpersoner", "åtaganden", "poster", "minuter", "sekunder",
            "ändringar", "profiler", "länkar", "händelser", "reservkoder", "möten", "bokade", "markerade", "lediga");
    static final Set<String> SWEDISH_ONLY_SINGULAR = Set.of("kväll", "natt", "vuxen", "grupp", "timme", "dag", "månad",
            "rad", "insats", "lucka", "regel", "volontär", "kontaktperson", "åtagande", "minut", "sekund", "ändring",
            "profil", "länk", "händelse", "reservkod", "bokad", "markerat", "ledig");
    static final Set<String> ENGLISH_ONLY_SINGULAR = Set.of("evening", "night", "adult", "person", "place", "seat",
            "shift", "group", "hour", "day", "character", "month", "row", "error", "observation", "activity", "unit",
            "gap", "rule", "account", "volunteer", "invitation", "organisation", "commitment", "item", "minute",
            "second", "change", "profile", "answer", "link", "recipient", "entry", "code", "meeting", "walker");

    /** A simple argument ({@code {3}} or {@code {3,number,integer}}) and the word right after it. */
    private static final Pattern BARE_COUNT = Pattern.compile(
            "\\{\\s*(\\d+)\\s*(?:,\\s*number\\s*(?:,[^{}]*)?)?}\\s+([\\p{L}-]+)(?:\\s+([\\p{L}-]+))?");

    @Test
    void noCountIsWrittenAsABareNumberBeforeAPluralNoun() {
        List<String> problems = new ArrayList<>();
        for (Locale locale : Translations.SUPPORTED) {
            Translations.texts(locale).forEach((key, pattern) -> problems.addAll(bareCounts(key, pattern, locale)));
        }
        assertThat(problems).as("counts that need {n, plural, one {...} other {...}}").isEmpty();
    }

    @Test
    void theBareCountRuleCatchesTheFormsItIsMeantFor() {
        assertThat(bareCounts("k", "{0} kvällar", Translations.SWEDISH)).hasSize(1).first().asString().contains("k (sv)");
        assertThat(bareCounts("k", "saknas {2,number,integer} vuxna", Translations.SWEDISH)).hasSize(1);
        assertThat(bareCounts("k", "{0} av {1} platser", Translations.SWEDISH)).hasSize(1).first().asString()
                .contains("{1}");
        assertThat(bareCounts("k", "{0} adults are missing", Translations.ENGLISH)).hasSize(1);
        assertThat(bareCounts("k", "{1} high-risk evenings", Translations.ENGLISH)).hasSize(1);
        assertThat(bareCounts("k", "{4} with errors", Translations.ENGLISH)).isEmpty();
        assertThat(bareCounts("k", "{0, plural, one {# kväll} other {# kvällar}}", Translations.SWEDISH)).isEmpty();
        assertThat(bareCounts("k", "Läsåret {0} är klart", Translations.SWEDISH)).isEmpty();
    }

    @Test
    void countsUsePluralArgumentsNotChoice() {
        List<String> problems = new ArrayList<>();
        for (Locale locale : Translations.SUPPORTED) {
            Translations.texts(locale).forEach((key, pattern) -> {
                for (Argument argument : arguments(pattern)) {
                    if (argument.type() == ArgType.CHOICE) {
                        problems.add(key + " (" + locale + "): {" + argument.index()
                                + ", choice} cannot follow the language's plural rules; write it as a plural");
                    }
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyPluralHasAOneAndAnOtherFormAndEnglishTellsThemApart() {
        List<String> problems = new ArrayList<>();
        for (Locale locale : Translations.SUPPORTED) {
            Translations.texts(locale).forEach((key, pattern) -> {
                for (Argument argument : arguments(pattern)) {
                    if (argument.type() != ArgType.PLURAL) {
                        continue;
                    }
                    Map<String, String> forms = argument.forms();
                    String one = forms.containsKey("one") ? forms.get("one") : forms.get("=1");
                    if (one == null || !forms.containsKey("other")) {
                        problems.add(key + " (" + locale + "): {" + argument.index() + "} needs a one and an other form");
                    } else if (locale.equals(Translations.ENGLISH) && one.strip().equals(forms.get("other").strip())) {
                        problems.add(key + " (en): {" + argument.index() + "} says the same for one and other: " + one);
                    }
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyCountKeyReadsRightForZeroOneAndTwo() {
        Translations translations = new Translations();
        Set<String> countKeys = new TreeSet<>();
        for (Locale locale : Translations.SUPPORTED) {
            Translations.texts(locale).forEach((key, pattern) -> {
                if (arguments(pattern).stream().anyMatch(Argument::isCount)) {
                    countKeys.add(key);
                }
            });
        }
        assertThat(countKeys).as("count keys found").hasSizeGreaterThan(100)
                .contains("availability.pattern.applied", "roster.staffing.full", "solver.violation.uncoveredNeed");

        List<String> problems = new ArrayList<>();
        for (Locale locale : Translations.SUPPORTED) {
            Map<String, String> texts = Translations.texts(locale);
            for (String key : countKeys) {
                String pattern = texts.get(key);
                List<Argument> arguments = arguments(pattern);
                Map<Long, String> rendered = new TreeMap<>();
                for (long n = 0; n <= 2; n++) {
                    String text;
                    try {
                        text = translations.getTranslation(key, locale, sampleArguments(arguments, n));
                    } catch (RuntimeException e) {
                        problems.add(key + " (" + locale + ") with " + n + ": " + e.getMessage());
                        continue;
                    }
                    rendered.put(n, text);
                    problems.addAll(renderingProblems(key, locale, n, text));
                }
                boolean plural = arguments.stream().anyMatch(a -> a.type() == ArgType.PLURAL);
                if (plural && rendered.containsKey(1L) && rendered.get(1L).equals(rendered.get(2L))) {
                    problems.add(key + " (" + locale + "): reads the same for 1 and 2: " + rendered.get(1L));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theRenderingCheckCatchesAgreementErrors() {
        assertThat(renderingProblems("k", Translations.SWEDISH, 1, "Klart: 1 kvällar fick svar.")).hasSize(1)
                .first().asString().contains("k (sv)");
        assertThat(renderingProblems("k", Translations.ENGLISH, 1, "1 adults are missing")).hasSize(1);
        assertThat(renderingProblems("k", Translations.ENGLISH, 2, "2 evening")).hasSize(1);
        assertThat(renderingProblems("k", Translations.SWEDISH, 1, "1 pass ställdes in")).isEmpty();
        assertThat(renderingProblems("k", Translations.ENGLISH, 1, "Missing {1}")).hasSize(1);
        assertThat(renderingProblems("k", Translations.ENGLISH, 1, "!k!")).hasSize(1);
    }

    static List<String> bareCounts(String key, String pattern, Locale locale) {
        Set<String> plurals = locale.equals(Translations.ENGLISH) ? ENGLISH_PLURALS : SWEDISH_PLURALS;
        List<String> problems = new ArrayList<>();
        Matcher m = BARE_COUNT.matcher(pattern);
        while (m.find()) {
            String word = m.group(2);
            if (QUALIFIERS.contains(word.toLowerCase(Locale.ROOT)) && m.group(3) != null) {
                word = word + " " + m.group(3);
            }
            String noun = word.substring(word.lastIndexOf(' ') + 1);
            if (plurals.contains(noun.toLowerCase(Locale.ROOT))) {
                problems.add(key + " (" + locale + "): {" + m.group(1) + "} " + word
                        + " is a count; write {" + m.group(1) + ", plural, one {# …} other {# " + word + "}}");
            }
        }
        return problems;
    }

    static List<String> renderingProblems(String key, Locale locale, long n, String text) {
        List<String> problems = new ArrayList<>();
        String where = key + " (" + locale + ") with " + n + ": ";
        if (text.contains("{") || text.contains("}") || text.contains("#")) {
            problems.add(where + "unformatted syntax left in \"" + text + "\"");
        }
        if (text.equals("!" + key + "!")) {
            problems.add(where + "missing");
        }
        boolean english = locale.equals(Translations.ENGLISH);
        Set<String> wrong = n == 1 ? (english ? ENGLISH_PLURALS : SWEDISH_ONLY_PLURAL)
                : (english ? ENGLISH_ONLY_SINGULAR : SWEDISH_ONLY_SINGULAR);
        Set<String> plurals = english ? ENGLISH_PLURALS : SWEDISH_PLURALS;
        Matcher m = Pattern.compile("(?<![\\d.,])" + n + "\\s+([\\p{L}]+)(?:\\s+([\\p{L}]+))?").matcher(text);
        while (m.find()) {
            // "2 meeting invitations": the first word only qualifies the noun that follows
            boolean qualifier = n != 1 && m.group(2) != null && plurals.contains(m.group(2).toLowerCase(Locale.ROOT));
            if (wrong.contains(m.group(1).toLowerCase(Locale.ROOT)) && !qualifier) {
                problems.add(where + "\"" + m.group() + "\" does not agree in \"" + text + "\"");
            }
        }
        return problems;
    }

    private static Object[] sampleArguments(List<Argument> arguments, long n) {
        int size = arguments.stream().mapToInt(Argument::index).max().orElse(-1) + 1;
        Object[] values = new Object[size];
        for (Argument argument : arguments) {
            Object value;
            if (argument.isCount()) {
                value = n;
            } else if (argument.type() == ArgType.SELECT) {
                value = argument.forms().keySet().iterator().next();
            } else if ("date".equals(argument.typeName()) || "time".equals(argument.typeName())) {
                value = new Date(0);
            } else {
                value = "Tumba";
            }
            // a count wins over a name for the same index (a {4} beside {4, plural, ...})
            if (values[argument.index()] == null || argument.isCount()) {
                values[argument.index()] = value;
            }
        }
        return values;
    }

    /** One argument of a pattern; forms holds the selector → sub-message text of plural, select and choice. */
    record Argument(int index, ArgType type, String typeName, Map<String, String> forms) {
        boolean isCount() {
            return type == ArgType.PLURAL || type == ArgType.SELECTORDINAL || type == ArgType.CHOICE
                    || (type == ArgType.SIMPLE && "number".equals(typeName));
        }
    }

    static List<Argument> arguments(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        List<Argument> arguments = new ArrayList<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            Part part = parsed.getPart(i);
            if (part.getType() != Part.Type.ARG_START) {
                continue;
            }
            ArgType type = part.getArgType();
            int limit = parsed.getLimitPartIndex(i);
            Part id = parsed.getPart(i + 1);
            int index = id.getType() == Part.Type.ARG_NUMBER ? id.getValue() : -1;
            String typeName = "";
            Map<String, String> forms = new HashMap<>();
            for (int j = i + 2; j < limit; j++) {
                Part p = parsed.getPart(j);
                if (p.getType() == Part.Type.ARG_TYPE) {
                    typeName = parsed.getSubstring(p);
                } else if (p.getType() == Part.Type.ARG_SELECTOR) {
                    // "one", "other" or "=1"; an explicit value is followed by its number, then the sub-message
                    int k = j + 1;
                    while (parsed.getPart(k).getType() != Part.Type.MSG_START) {
                        k++;
                    }
                    int end = parsed.getLimitPartIndex(k);
                    forms.putIfAbsent(parsed.getSubstring(p),
                            pattern.substring(parsed.getPart(k).getLimit(), parsed.getPart(end).getIndex()));
                    j = end; // nested arguments are visited on their own
                }
            }
            if (index >= 0) {
                arguments.add(new Argument(index, type, typeName, forms));
            }
        }
        return arguments;
    }
}
