package se.tryggalov.admin.ui;

import org.junit.jupiter.api.Test;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditEntry;
import se.tryggalov.shared.audit.AuditNames;
import se.tryggalov.shared.i18n.Translations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of detail the services write, said in words in both languages. */
class AuditSentencesTest {

    private static final Translations TRANSLATIONS = new Translations();
    private static final AuditNames NAMES = new AuditNames(Map.of("anna", "Anna Berg"), Map.of(4L, "Kim Ek"),
            Map.of(187L, new AuditNames.ShiftName("Tumba", LocalDate.of(2027, 4, 30)),
                    190L, new AuditNames.ShiftName("Alby", LocalDate.of(2027, 4, 30))));
    private static final OffsetDateTime AT = OffsetDateTime.of(2027, 4, 30, 19, 5, 0, 0, ZoneOffset.UTC);

    private static AuditSentences sentences(Locale locale) {
        return new AuditSentences((key, args) -> TRANSLATIONS.getTranslation(key, locale, args), locale, NAMES);
    }

    private static AuditEntry entry(AuditAction action, String subjectType, String subjectId, String details,
                                    String address) {
        return new AuditEntry(1, AT, "anna", action, subjectType, subjectId, details, address);
    }

    @Test
    void aMoveNamesWhoAndBothShiftsWithTheirDays() {
        AuditEntry moved = entry(AuditAction.ROSTER_CHANGED, "shift_assignment", "55",
                "moved from shift 187 to shift 190", null);
        assertThat(sentences(Translations.SWEDISH).sentence(moved))
                .isEqualTo("Anna Berg har ändrat schemat – flyttade från Tumba fre 30 apr. till Alby fre 30 apr.");
        assertThat(sentences(Translations.ENGLISH).sentence(moved))
                .isEqualTo("Anna Berg changed the roster – moved from Tumba Fri 30 Apr to Alby Fri 30 Apr");
        assertThat(sentences(Translations.SWEDISH).unexplainedDetails(moved)).isEmpty();
    }

    @Test
    void anAddedPersonAndAShiftAreNamed() {
        AuditEntry added = entry(AuditAction.ROSTER_CHANGED, "shift", "187", "added person 4", null);
        assertThat(sentences(Translations.SWEDISH).sentence(added))
                .isEqualTo("Anna Berg har ändrat schemat – Tumba fre 30 apr.: lade till Kim Ek");
        assertThat(sentences(Translations.ENGLISH).sentence(added))
                .isEqualTo("Anna Berg changed the roster – Tumba Fri 30 Apr: added Kim Ek");
    }

    @Test
    void countsFollowThePluralRules() {
        AuditEntry one = entry(AuditAction.PERSON_LIST_VIEWED, "roster", "2027-04-30", "roster count=1", null);
        AuditEntry many = entry(AuditAction.PERSON_LIST_VIEWED, "roster", "2027-04-30", "roster count=48", null);
        assertThat(sentences(Translations.SWEDISH).sentence(one))
                .isEqualTo("Anna Berg visade en lista med personer – 1 person");
        assertThat(sentences(Translations.SWEDISH).sentence(many)).isEqualTo("Anna Berg visade en lista med personer – 48 personer");
        assertThat(sentences(Translations.ENGLISH).sentence(many)).isEqualTo("Anna Berg viewed a list of people – 48 people");
    }

    @Test
    void anUnknownIdIsSaidAsANumberAndUnknownDetailsAreKeptBeside() {
        AuditEntry removed = entry(AuditAction.ROSTER_CHANGED, "shift_assignment", "9", "removed from shift 999",
                null);
        assertThat(sentences(Translations.SWEDISH).sentence(removed))
                .isEqualTo("Anna Berg har ändrat schemat – tog bort från pass nr 999");
        AuditEntry odd = entry(AuditAction.PERSON_CHANGED, "person", "4", "fields=phone,email", null);
        assertThat(sentences(Translations.SWEDISH).sentence(odd)).isEqualTo("Anna Berg har ändrat personuppgifter – Kim Ek");
        assertThat(sentences(Translations.SWEDISH).unexplainedDetails(odd)).isEqualTo("fields=phone,email");
    }

    @Test
    void theSystemAndSingleWordsAreSaidInTheLanguage() {
        AuditEntry byStartUp = new AuditEntry(2, AT, "system", AuditAction.PLACE_CHANGED, "district", "3", "deleted",
                null);
        assertThat(sentences(Translations.SWEDISH).sentence(byStartUp))
                .isEqualTo("Systemet har ändrat en plats – distrikt nr 3: borttagen");
        assertThat(sentences(Translations.ENGLISH).sentence(byStartUp))
                .isEqualTo("The system changed a place – district no. 3: deleted");
    }

    @Test
    void addressesAreSaidAsPeopleReadThem() {
        AuditSentences sv = sentences(Translations.SWEDISH);
        assertThat(sv.address(entry(AuditAction.LOGIN_SUCCEEDED, null, null, null, "0:0:0:0:0:0:0:1")))
                .isEqualTo("lokal dator");
        assertThat(sentences(Translations.ENGLISH)
                .address(entry(AuditAction.LOGIN_SUCCEEDED, null, null, null, "127.0.0.1"))).isEqualTo("local computer");
        assertThat(sv.address(entry(AuditAction.LOGIN_SUCCEEDED, null, null, null, "192.168.1.20")))
                .isEqualTo("192.168.1.20");
        assertThat(sv.address(entry(AuditAction.LOGIN_SUCCEEDED, null, null, null, null))).isEmpty();
        assertThat(sv.when(entry(AuditAction.LOGIN_SUCCEEDED, null, null, null, null)))
                .isEqualTo("fre 30 apr. 2027 21:05");
    }

    @Test
    void everyActionHasASentenceInBothLanguages() {
        for (AuditAction action : AuditAction.values()) {
            AuditEntry e = entry(action, null, null, null, null);
            assertThat(sentences(Translations.SWEDISH).sentence(e)).startsWith("Anna Berg ").doesNotContain("!");
            assertThat(sentences(Translations.ENGLISH).sentence(e)).startsWith("Anna Berg ").doesNotContain("!");
        }
    }
}
