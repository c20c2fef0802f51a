package se.tryggalov.shared.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A note about places may hold counts, times and dates, but not a phone number (walk log, issue #15). */
class PhoneInTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"Ring 070-123 45 67 om glaset", "kontakt +46 70 123 45 67", "3 070-123 45 67",
            "08-123 456 78 till vakten", "nummer 0701234567."})
    void aPhoneNumberInFreeTextIsFound(String text) {
        assertThat(PhoneNumbers.inText(text)).isTrue();
        assertThat(PhoneNumbers.checkText(text)).contains(Problem.of(PhoneNumbers.IN_TEXT_PROBLEM));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Krossat glas vid busshållplatsen, 3 st", "21:30-23:45 vid torget", "2027-10-30 lugnt",
            "12 ungdomar vid Alby centrum, 2 mopeder", "Brand i papperskorg 1 22 15", ""})
    void countsTimesAndDatesAreNoPhoneNumbers(String text) {
        assertThat(PhoneNumbers.inText(text)).isFalse();
    }
}
