package se.tryggalov.partner;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import se.tryggalov.shared.i18n.UserMessageException;

import java.util.regex.Pattern;

/**
 * Checks a contact person's details before anything is stored. Phone numbers are kept as typed (people read
 * them), but must be a plausible Swedish or international number and fit the database's rule; e-mail addresses
 * are parsed strictly by Jakarta Mail.
 */
final class ContactValidation {

    /** The database's rule for phone numbers (organisation_contact.phone, volunteer.phone). */
    static final Pattern PHONE_CHARACTERS = Pattern.compile("^\\+?[0-9 ()-]{6,20}$");
    /** The database's rule for e-mail addresses. */
    static final Pattern EMAIL_SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+$");
    static final int MAX_NAME = 100;
    static final int MAX_ROLE_TITLE = 100;
    static final int MAX_EMAIL = 254;

    private ContactValidation() {
    }

    /** The draft cleaned up (trimmed, blanks to null), or a refusal with a translated message. */
    static ContactDraft clean(ContactDraft draft) {
        if (draft == null) {
            throw new UserMessageException("partners.error.contactNameRequired");
        }
        String name = trimToNull(draft.name());
        if (name == null || name.length() > MAX_NAME) {
            throw new UserMessageException("partners.error.contactNameRequired");
        }
        String roleTitle = trimToNull(draft.roleTitle());
        if (roleTitle != null && roleTitle.length() > MAX_ROLE_TITLE) {
            throw new UserMessageException("partners.error.roleTitleTooLong", MAX_ROLE_TITLE);
        }
        String phone = trimToNull(draft.phone());
        if (phone != null && !isPhone(phone)) {
            throw new UserMessageException("partners.error.phone", phone);
        }
        String email = trimToNull(draft.email());
        if (email != null && !isEmail(email)) {
            throw new UserMessageException("partners.error.email", email);
        }
        return new ContactDraft(name, roleTitle, phone, email, draft.userId());
    }

    /**
     * 070-123 45 67, 08-123 456 78, +46 70 123 45 67, 0046 70 123 45 67 and short numbers such as 114 14.
     * Only digits, spaces, hyphens, brackets and one leading plus; the digit count must fit the kind of number.
     */
    static boolean isPhone(String phone) {
        if (!PHONE_CHARACTERS.matcher(phone).matches() || !balancedBrackets(phone)) {
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

    static boolean isEmail(String email) {
        if (email.length() > MAX_EMAIL || !EMAIL_SHAPE.matcher(email).matches()) {
            return false;
        }
        try {
            InternetAddress parsed = new InternetAddress(email, true);
            parsed.validate();
            String domain = email.substring(email.lastIndexOf('@') + 1);
            return email.equals(parsed.getAddress()) && domain.contains(".") && !domain.startsWith(".")
                    && !domain.endsWith(".") && !domain.contains("..");
        } catch (AddressException e) {
            return false;
        }
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

    static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
