package se.tryggalov.dataimport;

import java.text.Normalizer;
import java.util.Locale;

/**
 * One column of an import file. Its header is the translation of {@code imports.column.<NAME>}: the template
 * uses the Swedish one, and a file may use the Swedish or the English one or the stable {@link #code()}, in any
 * case and with any spaces, hyphens or underscores.
 */
public enum ImportColumn {
    ORGANISATION_NAME(ImportKind.ORGANISATIONS, "name", true),
    ORGANISATION_KIND(ImportKind.ORGANISATIONS, "kind", true),
    ORGANISATION_DISTRICTS(ImportKind.ORGANISATIONS, "districts", false),

    CONTACT_ORGANISATION(ImportKind.CONTACTS, "organisation", true),
    CONTACT_NAME(ImportKind.CONTACTS, "name", true),
    CONTACT_ROLE(ImportKind.CONTACTS, "role", false),
    CONTACT_PHONE(ImportKind.CONTACTS, "phone", false),
    CONTACT_EMAIL(ImportKind.CONTACTS, "email", false),

    VOLUNTEER_NAME(ImportKind.VOLUNTEERS, "name", true),
    VOLUNTEER_EMAIL(ImportKind.VOLUNTEERS, "email", true),
    VOLUNTEER_MOBILE(ImportKind.VOLUNTEERS, "mobile", false),
    VOLUNTEER_ORGANISATION(ImportKind.VOLUNTEERS, "organisation", true),
    VOLUNTEER_DISTRICTS(ImportKind.VOLUNTEERS, "home_districts", false),
    VOLUNTEER_ADULT(ImportKind.VOLUNTEERS, "adult_confirmed", true),
    VOLUNTEER_BIRTH_YEAR(ImportKind.VOLUNTEERS, "birth_year", false),
    VOLUNTEER_BASIC_TRAINING(ImportKind.VOLUNTEERS, "basic_training_date", false),
    VOLUNTEER_BASIC_TRAINING_EXPIRES(ImportKind.VOLUNTEERS, "basic_training_expires", false),
    VOLUNTEER_LEAD(ImportKind.VOLUNTEERS, "lead", false),
    VOLUNTEER_LEAD_DATE(ImportKind.VOLUNTEERS, "lead_date", false),
    VOLUNTEER_FIRST_AID(ImportKind.VOLUNTEERS, "first_aid_date", false),
    VOLUNTEER_FIRST_AID_EXPIRES(ImportKind.VOLUNTEERS, "first_aid_expires", false),
    VOLUNTEER_LANGUAGES(ImportKind.VOLUNTEERS, "languages", false),
    VOLUNTEER_STATUS(ImportKind.VOLUNTEERS, "status", false);

    private final ImportKind kind;
    private final String code;
    private final boolean required;

    ImportColumn(ImportKind kind, String code, boolean required) {
        this.kind = kind;
        this.code = code;
        this.required = required;
    }

    public ImportKind kind() {
        return kind;
    }

    /** A language-neutral header that is always accepted, e.g. {@code birth_year}. */
    public String code() {
        return code;
    }

    /** The header must be in the file and every row must have a value. */
    public boolean required() {
        return required;
    }

    public String translationKey() {
        return "imports.column." + name();
    }

    /** Headers compare by their letters and digits only: "E-post", "e_post" and "EPOST" are one header. */
    static String normalise(String header) {
        String nfc = Normalizer.normalize(header, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder();
        nfc.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
