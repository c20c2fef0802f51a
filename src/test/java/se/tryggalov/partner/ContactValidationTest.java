package se.tryggalov.partner;

import org.junit.jupiter.api.Test;
import se.tryggalov.shared.i18n.UserMessageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which phones and addresses pass is the shared rules' business (FactRulesTest); here: cleaning and the keys. */
class ContactValidationTest {

    @Test
    void cleaningTrimsAndNamesTheProblem() {
        ContactDraft clean = ContactValidation.clean(new ContactDraft("  Anna Berg ", " ", " 070-174 06 05 ",
                "", null));
        assertThat(clean).isEqualTo(new ContactDraft("Anna Berg", null, "070-174 06 05", null, null));

        assertThatThrownBy(() -> ContactValidation.clean(new ContactDraft("Anna", null, "123", null, null)))
                .isInstanceOfSatisfying(UserMessageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.phone"));
        assertThatThrownBy(() -> ContactValidation.clean(new ContactDraft("Anna", null, null, "anna@", null)))
                .isInstanceOfSatisfying(UserMessageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.email"));
        assertThatThrownBy(() -> ContactValidation.clean(new ContactDraft(" ", null, null, null, null)))
                .isInstanceOfSatisfying(UserMessageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.name"));
        assertThatThrownBy(() -> ContactValidation.clean(new ContactDraft("Anna 850709-1234", null, null, null,
                null)))
                .isInstanceOfSatisfying(UserMessageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.identityNumber"));
    }
}
