package se.tryggalov.shared.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.tryggalov.shared.i18n.UserMessageException;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SharedRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"070-123 45 67", "0701234567", "+46 70 123 45 67", "+46701234567", "08-123 456 78",
            "08-12 34 56", "0046 70 123 45 67", "+46 (0)70 123 45 67", "(08) 123 456 78", "114 14", "+47 22 00 00 00",
            "  070-123 45 67  "})
    void acceptsSwedishAndInternationalPhoneNumbersAsTyped(String phone) {
        assertThat(PhoneNumbers.check(phone)).isEmpty();
        assertThat(phone.strip()).as("fits the database rule").matches("^\\+?[0-9 ()-]{6,20}$");
    }

    @ParameterizedTest
    @ValueSource(strings = {"112", "070 123", "070-123 45 67 89 01", "+46 070 123 45 67", "070/123 45 67",
            "ring mig", "+46 70 123 45 67 ext 2", "070-12345678901234567", "++46 70 123 45 67", "070)123(45 67",
            "0", "+1 23"})
    void refusesWhatIsNoPhoneNumber(String phone) {
        assertThat(PhoneNumbers.check(phone)).contains(Problem.of(PhoneNumbers.PROBLEM));
    }

    @ParameterizedTest
    @ValueSource(strings = {"850709-1234", "19850709-1234", "198507091234", "8507091234", "850709+1234",
            "811218-9876", "701063-2391"})
    void aPhoneFieldRefusesAnIdentityNumberWithItsOwnProblemWhateverItsCheckDigit(String number) {
        assertThat(PhoneNumbers.check(number)).contains(Problem.of(IdentityNumbers.PROBLEM));
        assertThat(PersonNames.check("Anna " + number)).contains(Problem.of(IdentityNumbers.PROBLEM));
        assertThat(EmailAddresses.check(number + "@example.org")).contains(Problem.of(IdentityNumbers.PROBLEM));
    }

    @Test
    void blankIsNoProblemForOptionalFactsButANameAndARequiredAddressMustBeGiven() {
        assertThat(PhoneNumbers.check(null)).isEmpty();
        assertThat(PhoneNumbers.check("  ")).isEmpty();
        assertThat(EmailAddresses.check("")).isEmpty();
        assertThat(EmailAddresses.checkRequired(" ")).contains(Problem.of(EmailAddresses.PROBLEM));
        assertThat(PersonNames.check(" ")).contains(Problem.of(PersonNames.PROBLEM, PersonNames.MAX_LENGTH));
        assertThat(PersonNames.check("x".repeat(101))).isPresent();
        assertThat(PersonNames.check("x".repeat(100))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna.berg@example.org", "kontakt@polisen.example.invalid", "a+b@sub.example.se"})
    void acceptsEmailAddresses(String email) {
        assertThat(EmailAddresses.check(email)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna", "anna@", "@example.org", "anna@localhost", "anna berg@example.org",
            "Anna <anna@example.org>", "anna@@example.org", "anna@example..org", "anna@.example.org"})
    void refusesWhatIsNoEmailAddress(String email) {
        assertThat(EmailAddresses.check(email)).contains(Problem.of(EmailAddresses.PROBLEM));
    }

    @Test
    void aUsernameIsLowerCaseAndAnAddressBecomesOneWithoutTheCharactersItCannotHold() {
        assertThat(Usernames.check(" Anna.Berg ")).isEmpty();
        assertThat(Usernames.normalise(" Anna.Berg ")).isEqualTo("anna.berg");
        assertThat(Usernames.check("a")).contains(Problem.of(Usernames.PROBLEM));
        assertThat(Usernames.check("anna berg")).contains(Problem.of(Usernames.PROBLEM));
        assertThat(Usernames.forEmail("A+B@Example.se")).isEqualTo("a-b@example.se");
        assertThat(Usernames.check(Usernames.forEmail("Åsa+x@exempel.se"))).isEmpty();
    }

    @Test
    void aBirthYearMakesAWalkerFifteenToAHundred() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        assertThat(BirthYears.check(null, today)).isEmpty();
        assertThat(BirthYears.check(2011, today)).isEmpty();
        assertThat(BirthYears.check(1926, today)).isEmpty();
        assertThat(BirthYears.check(2012, today)).contains(Problem.of(BirthYears.PROBLEM, "1926", "2011"));
        assertThat(BirthYears.check(1925, today)).isPresent();
    }

    @Test
    void aServiceRefusesWithTheSameKeyAndArguments() {
        assertThatThrownBy(() -> Problem.refuse(PersonNames.check("")))
                .isInstanceOfSatisfying(UserMessageException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(PersonNames.PROBLEM);
                    assertThat(e.arguments()).containsExactly(PersonNames.MAX_LENGTH);
                });
        Problem.refuse(Optional.empty());
    }
}
