package se.tryggalov.shared.validation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The product never stores a Swedish personal identity number (personnummer) or co-ordination number
 * (samordningsnummer): DOMAIN.md "Data protection". These checks refuse input that looks like one before it is
 * saved. In free text (names, e-mail addresses, notes) any 10 or 12 digits in a row, with or without the usual
 * separator before the last four, count. A phone number legitimately has 10 digits, so a phone field only
 * refuses the shapes that a phone number does not take: a separator right after the date part
 * ({@code 850709-1234}, {@code 19850709-1234}), or 10 or 12 digits that start with a plausible birth date but
 * not with 0 (a Swedish phone number starts with 0 or +). No check digit is required: a mistyped identity number
 * is still one, and forms, services and the import refuse the same values.
 */
public final class IdentityNumbers {

    private static final Pattern IN_TEXT = Pattern.compile("(?<![0-9])(?:[0-9]{2})?[0-9]{6}[-+ ]?[0-9]{4}(?![0-9])");
    private static final Pattern PHONE_WITH_SEPARATOR = Pattern.compile("((?:19|20)?[0-9]{6})[-+][0-9]{4}");
    private static final Pattern PHONE_COMPACT = Pattern.compile("((?:19|20)[0-9]{6}|[1-9][0-9]{5})[0-9]{4}");

    /** The problem every refusal of an identity number reports; the value is never repeated in it. */
    public static final String PROBLEM = "validation.identityNumber";

    private IdentityNumbers() {
    }

    /** Free text (a name, a note, an e-mail address): a problem if it contains an identity number. */
    public static Optional<Problem> checkText(String text) {
        return inText(text) ? Optional.of(Problem.of(PROBLEM)) : Optional.empty();
    }

    /** Whether free text contains something shaped like a personal identity number. */
    public static boolean inText(String text) {
        return text != null && IN_TEXT.matcher(text).find();
    }

    /**
     * Free text with everything shaped like an identity number replaced by {@code replacement}: for output that
     * must never carry one even if an older row holds it (e.g. the public calendar feed).
     */
    public static String redact(String text, String replacement) {
        return text == null ? null : IN_TEXT.matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
    }

    /** Whether a phone field holds a personal identity number rather than a phone number. */
    public static boolean inPhone(String phone) {
        if (phone == null) {
            return false;
        }
        String value = phone.trim().replace(" ", "");
        Matcher separated = PHONE_WITH_SEPARATOR.matcher(value);
        if (separated.matches()) {
            return true;
        }
        Matcher compact = PHONE_COMPACT.matcher(value);
        return compact.matches() && plausibleDate(compact.group(1));
    }

    /** YYMMDD or YYYYMMDD with a real month and a day of 1-31 (or 61-91 for a co-ordination number). */
    private static boolean plausibleDate(String date) {
        String mmdd = date.substring(date.length() - 4);
        int month = Integer.parseInt(mmdd.substring(0, 2));
        int day = Integer.parseInt(mmdd.substring(2));
        return month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91));
    }
}
