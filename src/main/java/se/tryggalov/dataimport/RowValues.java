package se.tryggalov.dataimport;

import se.tryggalov.partner.OrganisationKind;
import se.tryggalov.shared.i18n.Translations;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of one row, checked: each reader returns the value or null and adds a translated problem for a bad
 * one, so the user sees every problem of a row at once. Before anything else, every cell is searched for a
 * Swedish personal identity number (personnummer or samordningsnummer): such a cell is refused with its own
 * message, its value is never repeated in a message, and it can never be stored.
 */
final class RowValues {

    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    /** What app_user.username allows; a volunteer's sign-in name is their e-mail address. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9._@-]{2,100}");
    /** The database's rule for phone numbers. */
    static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,20}");
    /** YYMMDD or YYYYMMDD, optionally a - or + separator, then four digits, not inside a longer number. */
    private static final Pattern IDENTITY_NUMBER =
            Pattern.compile("(?<!\\d)((?:19|20)?\\d{6})([-+]?)(\\d{4})(?!\\d)");
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
        if (value != null && (value.length() > 100 || !EMAIL.matcher(value).matches())) {
            add("imports.error.badEmail", column, value);
            return null;
        }
        return value;
    }

    String phone(ImportColumn column) {
        String value = raw(column);
        if (value != null && (!PHONE.matcher(value).matches() || value.chars().filter(Character::isDigit).count() < 6)) {
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

    Short birthYear(ImportColumn column, int currentYear) {
        String value = raw(column);
        if (value == null) {
            return null;
        }
        if (!YEAR.matcher(value).matches()) {
            add(value.chars().filter(Character::isDigit).count() > 4 ? "imports.error.birthDateNotYear"
                    : "imports.error.badYear", column, String.valueOf(currentYear));
            return null;
        }
        int year = Integer.parseInt(value);
        if (year < 1900 || year > currentYear) {
            add("imports.error.badYear", column, String.valueOf(currentYear));
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

    /**
     * Whether the value contains a Swedish personal identity or coordination number: a valid date (day + 60 for a
     * coordination number) and a valid check digit. In a phone column ten bare digits are a phone number (Swedish
     * mobile numbers have ten), so there only the written forms with a separator or a century count.
     */
    static boolean looksLikeIdentityNumber(String value, boolean phoneColumn) {
        Matcher m = IDENTITY_NUMBER.matcher(value);
        while (m.find()) {
            String date = m.group(1);
            boolean century = date.length() == 8;
            if (phoneColumn && !century && m.group(2).isEmpty()) {
                continue;
            }
            String shortDate = century ? date.substring(2) : date;
            int month = Integer.parseInt(shortDate.substring(2, 4));
            int day = Integer.parseInt(shortDate.substring(4, 6));
            boolean validDay = (day >= 1 && day <= 31) || (day >= 61 && day <= 91);
            if (month >= 1 && month <= 12 && validDay && luhn(shortDate + m.group(3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean luhn(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int d = (tenDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return sum % 10 == 0;
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
