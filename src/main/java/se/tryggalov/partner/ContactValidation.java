package se.tryggalov.partner;

import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.validation.EmailAddresses;
import se.tryggalov.shared.validation.PersonNames;
import se.tryggalov.shared.validation.PhoneNumbers;
import se.tryggalov.shared.validation.Problem;

/**
 * Checks a contact person's details before anything is stored. Name, phone and e-mail follow the shared rules
 * ({@code se.tryggalov.shared.validation}) that the forms and the import use too; the phone is kept as typed.
 */
final class ContactValidation {

    static final int MAX_ROLE_TITLE = 100;

    private ContactValidation() {
    }

    /** The draft cleaned up (trimmed, blanks to null), or a refusal with a translated message. */
    static ContactDraft clean(ContactDraft draft) {
        Problem.refuse(PersonNames.check(draft == null ? null : draft.name()));
        String name = PersonNames.normalise(draft.name());
        String roleTitle = trimToNull(draft.roleTitle());
        if (roleTitle != null && roleTitle.length() > MAX_ROLE_TITLE) {
            throw new UserMessageException("partners.error.roleTitleTooLong", MAX_ROLE_TITLE);
        }
        Problem.refuse(PhoneNumbers.check(draft.phone()));
        Problem.refuse(EmailAddresses.check(draft.email()));
        return new ContactDraft(name, roleTitle, trimToNull(draft.phone()), trimToNull(draft.email()), draft.userId());
    }

    static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
