package se.tryggalov.roster.ui;

import org.junit.jupiter.api.Test;
import se.tryggalov.roster.solver.RosterSolution;
import se.tryggalov.roster.solver.ShiftGap;
import se.tryggalov.shared.i18n.Translations;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The solver names evenings as ISO dates and qualifications by code; a reader sees the page's date style and names. */
class RosterTextsTest {

    private static final Translations TRANSLATIONS = new Translations();

    private static RosterTexts texts(Locale locale) {
        return new RosterTexts((key, args) -> TRANSLATIONS.getTranslation(key, locale, args), locale);
    }

    private static final RosterSolution.Violation LACKS_FIRST_AID = new RosterSolution.Violation("qualification",
            "HARD", 1L, 2L, 1, List.of("Kim Ek", "FIRST_AID", "2027-03-06", "Alby"));

    @Test
    void aViolationSaysTheEveningInThePagesDateStyleAndTheQualificationByItsName() {
        assertThat(texts(Translations.SWEDISH).violation(LACKS_FIRST_AID))
                .isEqualTo("Kim Ek saknar giltig Första hjälpen för passet i Alby lör 6 mars.");
        assertThat(texts(Translations.ENGLISH).violation(LACKS_FIRST_AID))
                .startsWith("Kim Ek lacks a valid First aid for the shift in Alby on ")
                .doesNotContain("2027-03-06", "FIRST_AID");
    }

    @Test
    void aGapReasonSaysTheEveningInThePagesDateStyleAndLeavesNamesAsTheyAre() {
        ShiftGap.Reason none = new ShiftGap.Reason("solver.gap.noneAvailable", List.of("ALBY", "2027-03-06"));
        assertThat(texts(Translations.SWEDISH).reason(none))
                .as("an all-capital name that is no qualification stays as it is")
                .isEqualTo("Ingen var tillgänglig för passet i ALBY lör 6 mars.");
    }
}
