package se.tryggalov.shared.validation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone number as people write it and read it back: 070-123 45 67, 08-123 456 78, +46 70 123 45 67,
 * 0046 70 123 45 67, +46 (0)70 123 45 67 and short numbers such as 114 14. It is stored as typed (trimmed), so it
 * must also fit the database's rule. A personal identity number is refused with its own problem first.
 */
public final class PhoneNumbers {

    public static final String PROBLEM = "validation.phone";
    /** Free text that holds a phone number (a walk log's note is about places, never people). */
    public static final String IN_TEXT_PROBLEM = "validation.phoneInText";
    /** A run of digits with the separators people write inside phone numbers, as a candidate in free text. */
    private static final Pattern CANDIDATE = Pattern.compile("\\+?[0-9][0-9 ()-]{3,22}[0-9]");
    public static final int MAX_LENGTH = 20;
    /** The database's rule (organisation_contact.phone, volunteer.phone). */
    private static final Pattern CHARACTERS = Pattern.compile("\\+?[0-9 ()-]{6," + MAX_LENGTH + "}");

    private PhoneNumbers() {
    }

    /** Blank is no problem here: whether a phone number is required is the form's and the service's business. */
    public static Optional<Problem> check(String phone) {
        String value = phone == null ? "" : phone.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (IdentityNumbers.inPhone(value)) {
            return Optional.of(Problem.of(IdentityNumbers.PROBLEM));
        }
        return isPhone(value) ? Optional.empty() : Optional.of(Problem.of(PROBLEM));
    }

    /** Free text: a problem if it contains something that is a phone number by the rule above. */
    public static Optional<Problem> checkText(String text) {
        return inText(text) ? Optional.of(Problem.of(IN_TEXT_PROBLEM)) : Optional.empty();
    }

    /** Whether free text contains a phone number (by the same rule as a phone field, short numbers aside). */
    public static boolean inText(String text) {
        if (text == null) {
            return false;
        }
        var candidates = CANDIDATE.matcher(text);
        while (candidates.find()) {
            String run = candidates.group().strip();
            // "3 070-123 45 67": the number may start at any word of the run
            for (int start = 0; start < run.length(); start++) {
                if (start > 0 && run.charAt(start - 1) != ' ') {
                    continue;
                }
                String candidate = run.substring(start).strip();
                // a short number (114 14) is also a count or a year in a note; only full numbers are refused here
                if (candidate.replaceAll("\\D", "").length() >= 7 && isPhone(candidate)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Only digits, spaces, hyphens, brackets and one leading plus; the digit count must fit the kind of number. */
    private static boolean isPhone(String phone) {
        if (!CHARACTERS.matcher(phone).matches() || !balancedBrackets(phone)) {
            return false;
        }
        String digits = phone.replaceAll("\\D", "");
        if (phone.startsWith("+") || digits.startsWith("00")) {
            String international = phone.startsWith("+") ? digits : digits.substring(2);
            // +46 (0)70 is common on business cards, but +46 070 is a mistake
            boolean swedishWithTrunkZero = international.startsWith("460") && !phone.contains("(0)");
            return international.length() >= 8 && international.length() <= 15 && !swedishWithTrunkZero
                    && !international.startsWith("0");
        }
        if (digits.startsWith("0")) {
            return digits.length() >= 7 && digits.length() <= 11;
        }
        return digits.length() >= 5 && digits.length() <= 6; // short numbers: 114 14, 90 000
    }

    private static boolean balancedBrackets(String phone) {
        int depth = 0;
        for (char c : phone.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if (depth < 0 || depth > 1) {
                return false;
            }
        }
        return depth == 0;
    }
}
