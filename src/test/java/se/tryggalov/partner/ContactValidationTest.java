package se.tryggalov.partner;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.tryggalov.shared.i18n.UserMessageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactValidationTest {

    @ParameterizedTest
    @ValueSource(strings = {"070-123 45 67", "0701234567", "+46 70 123 45 67", "+46701234567", "08-123 456 78",
            "08-12 34 56", "0046 70 123 45 67", "+46 (0)70 123 45 67", "(08) 123 456 78", "114 14", "+47 22 00 00 00"})
    void acceptsSwedishAndInternationalNumbersAsTyped(String phone) {
        assertThat(ContactValidation.isPhone(phone)).isTrue();
        assertThat(ContactValidation.PHONE_CHARACTERS.matcher(phone).matches()).as("fits the database rule").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"112", "070 123", "070-123 45 67 89 01", "+46 070 123 45 67", "070/123 45 67",
            "ring mig", "+46 70 123 45 67 ext 2", "070-12345678901234567", "++46 70 123 45 67", "070)123(45 67",
            "0", "+1 23"})
    void refusesWhatIsNoPhoneNumber(String phone) {
        assertThat(ContactValidation.isPhone(phone)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna.berg@example.org", "kontakt@polisen.example.invalid", "a+b@sub.example.se"})
    void acceptsEmailAddresses(String email) {
        assertThat(ContactValidation.isEmail(email)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna", "anna@", "@example.org", "anna@localhost", "anna berg@example.org",
            "Anna <anna@example.org>", "anna@@example.org", "anna@example..org", "anna@.example.org"})
    void refusesWhatIsNoEmailAddress(String email) {
        assertThat(ContactValidation.isEmail(email)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void cleaningTrimsAndNamesTheProblem() {
        ContactDraft clean = ContactValidation.clean(new ContactDraft("  Anna Berg ", " ", " 070-174 06 05 ",
                "", null));
        assertThat(clean).isEqualTo(new ContactDraft("Anna Berg", null, "070-174 06 05", null, null));

        assertThatThrownBy(() -> ContactValidation.clean(new ContactDraft("Anna", null, "123", null, null)))
                .isInstanceOfSatisfying(UserMessageException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("partners.error.phone");
                    assertThat(e.arguments()).containsExactly("123");
                });
        assertThatThrownBy(() -> ContactValidation.clean(new ContactDraft("Anna", null, null, "anna@", null)))
                .isInstanceOfSatisfying(UserMessageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("partners.error.email"));
        assertThatThrownBy(() -> ContactValidation.clean(new ContactDraft(" ", null, null, null, null)))
                .isInstanceOfSatisfying(UserMessageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("partners.error.contactNameRequired"));
    }
}
