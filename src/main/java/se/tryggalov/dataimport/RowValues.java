package se.tryggalov.dataimport;

import se.tryggalov.partner.OrganisationKind;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.validation.BirthYears;
import se.tryggalov.shared.validation.EmailAddresses;
import se.tryggalov.shared.validation.IdentityNumbers;
import se.tryggalov.shared.validation.PhoneNumbers;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The values of one row, checked: each reader returns the value or null and adds a translated problem for a bad
 * one, so the user sees every problem of a row at once. Before anything else, every cell is searched for a
 * Swedish personal identity number (personnummer or samordningsnummer): such a cell is refused with its own
 * message, its value is never repeated in a message, and it can never be stored.
 */
final class RowValues {

    private static final Pattern LIST_SEPARATOR = Pattern.compile("[|,]");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final ImportCsv.Row row;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Set<ImportColumn> refused = EnumSet.noneOf(ImportColumn.class);

    RowValues(ImportCsv.Row row) {
        this.row = row;
        if (row.extraValues()) {
            problems.add(problem("imports.error.extraValues"));
        }
        row.values().forEach((column, value) -> {
            if (looksLikeIdentityNumber(value, column == ImportColumn.VOLUNTEER_MOBILE
                    || column == ImportColumn.CONTACT_PHONE)) {
                refused.add(column);
                problems.add(problem("imports.error.personalIdentityNumber", column));
            }
        });
    }

    int line() {
        return row.line();
    }

    List<ImportProblem> problems() {
        return problems;
    }

    boolean ok() {
        return problems.isEmpty();
    }

    ImportProblem problem(String key, Object... args) {
        return ImportProblem.of(row.line(), key, args);
    }

    void add(String key, Object... args) {
        problems.add(problem(key, args));
    }

    /** The raw value, or null when blank or refused. A required column that is blank is reported. */
    String raw(ImportColumn column) {
        if (refused.contains(column)) {
            return null;
        }
        String value = row.get(column);
        if (value == null && column.required()) {
            add("imports.error.required", column);
        }
        return value;
    }

    String text(ImportColumn column, int maxLength) {
        String value = raw(column);
        if (value != null && value.length() > maxLength) {
            add("imports.error.tooLong", column, maxLength);
            return null;
        }
        return value;
    }

    String email(ImportColumn column) {
        String value = raw(column);
        if (value != null && EmailAddresses.check(value).isPresent()) {
            add("imports.error.badEmail", column, value);
            return null;
        }
        return value;
    }

    String phone(ImportColumn column) {
        String value = raw(column);
        if (value != null && PhoneNumbers.check(value).isPresent()) {
            add("imports.error.badPhone", column, value);
            return null;
        }
        return value;
    }

    Boolean yesNo(ImportColumn column) {
        String value = raw(column);
        if (value == null) {
            return null;
        }
        Boolean answer = YES_NO.get(clean(value));
        if (answer == null) {
            add("imports.error.badYesNo", column, value);
        }
        return answer;
    }

    LocalDate date(ImportColumn column) {
        String value = raw(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            add("imports.error.badDate", column, value);
            return null;
        }
    }

    /** A birth year within the one rule forms and services use ({@link BirthYears}), never a whole birth date. */
    Short birthYear(ImportColumn column, LocalDate today) {
        String value = raw(column);
        if (value == null) {
            return null;
        }
        String earliest = String.valueOf(BirthYears.earliest(today));
        String latest = String.valueOf(BirthYears.latest(today));
        if (!YEAR.matcher(value).matches()) {
            add(value.chars().filter(Character::isDigit).count() > 4 ? "imports.error.birthDateNotYear"
                    : "imports.error.badYear", column, earliest, latest);
            return null;
        }
        int year = Integer.parseInt(value);
        if (BirthYears.check(year, today).isPresent()) {
            add("imports.error.badYear", column, earliest, latest);
            return null;
        }
        return (short) year;
    }

    OrganisationKind organisationKind(ImportColumn column) {
        String value = raw(column);
        if (value == null) {
            return null;
        }
        OrganisationKind kind = KINDS.get(clean(value));
        if (kind == null) {
            add("imports.error.unknownKind", value);
        }
        return kind;
    }

    /** Names separated by | or , looked up case-insensitively; null when the column is blank. */
    Set<Long> districts(ImportColumn column, Map<String, Long> districtIds) {
        String value = raw(column);
        if (value == null) {
            return null;
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String name : LIST_SEPARATOR.split(value)) {
            if (name.isBlank()) {
                continue;
            }
            Long id = districtIds.get(key(name));
            if (id == null) {
                add("imports.error.unknownDistrict", name.strip());
            } else {
                ids.add(id);
            }
        }
        return ids;
    }

    /** ISO 639-1 codes, from codes or language names in Swedish or English; null when the column is blank. */
    Set<String> languages(ImportColumn column) {
        String value = raw(column);
        if (value == null) {
            return null;
        }
        Set<String> codes = new TreeSet<>();
        for (String name : Pattern.compile("[|,/]").split(value)) {
            if (name.isBlank()) {
                continue;
            }
            String code = LANGUAGES.get(clean(name));
            if (code == null) {
                add("imports.error.unknownLanguage", name.strip());
            } else {
                codes.add(code);
            }
        }
        return codes;
    }

    /** ACTIVE or PAUSED; null when blank or bad. */
    String status(ImportColumn column) {
        String value = raw(column);
        if (value == null) {
            return null;
        }
        String status = STATUSES.get(clean(value));
        if (status == null) {
            add("imports.error.badStatus", value);
        }
        return status;
    }

    /** The case-insensitive key of a name: organisations, districts, contacts, e-mail addresses. */
    static String key(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static String clean(String value) {
        return key(value).replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ");
    }

    /** The shared rule that forms and services apply: a phone column allows the shapes of a phone number. */
    static boolean looksLikeIdentityNumber(String value, boolean phoneColumn) {
        return phoneColumn ? IdentityNumbers.inPhone(value) : IdentityNumbers.inText(value);
    }

    // --- vocabularies, from the translations so no Swedish lives in code -----------------------------------------

    private static final Map<String, Boolean> YES_NO = new HashMap<>();
    private static final Map<String, String> STATUSES = new HashMap<>();
    private static final Map<String, OrganisationKind> KINDS = new HashMap<>();
    private static final Map<String, String> LANGUAGES = new HashMap<>();

    static {
        for (String word : List.of("true", "1", "y", "yes")) {
            YES_NO.put(word, true);
        }
        for (String word : List.of("false", "0", "n", "no")) {
            YES_NO.put(word, false);
        }
        for (Locale locale : Translations.SUPPORTED) {
            Map<String, String> texts = Translations.texts(locale);
            words(texts.get("imports.value.yes")).forEach(w -> YES_NO.put(w, true));
            words(texts.get("imports.value.no")).forEach(w -> YES_NO.put(w, false));
            words(texts.get("imports.value.active")).forEach(w -> STATUSES.put(w, "ACTIVE"));
            words(texts.get("imports.value.paused")).forEach(w -> STATUSES.put(w, "PAUSED"));
            for (OrganisationKind kind : OrganisationKind.values()) {
                String name = texts.get("organisation.kind." + kind.name());
                if (name != null) {
                    KINDS.put(clean(name), kind);
                }
            }
        }
        STATUSES.put("active", "ACTIVE");
        STATUSES.put("paused", "PAUSED");
        for (OrganisationKind kind : OrganisationKind.values()) {
            KINDS.put(clean(kind.name()), kind);
        }
        for (String code : Locale.getISOLanguages()) {
            Locale language = Locale.of(code);
            LANGUAGES.put(code, code);
            for (Locale in : Translations.SUPPORTED) {
                String name = language.getDisplayLanguage(in);
                if (!name.isBlank() && !name.equalsIgnoreCase(code)) {
                    LANGUAGES.putIfAbsent(clean(name), code);
                }
            }
        }
    }

    /** A translation may list several accepted words separated by |, e.g. "ja|j". */
    private static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split("\\|")).map(RowValues::clean).filter(w -> !w.isEmpty()).toList();
    }

    /** The first word of a vocabulary text: what the template writes. */
    static String firstWord(String text) {
        return text.split("\\|")[0].strip();
    }
}
