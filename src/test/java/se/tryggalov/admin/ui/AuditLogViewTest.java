package se.tryggalov.admin.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import se.tryggalov.admin.AuditLogService;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditEntry;
import se.tryggalov.shared.audit.AuditFilter;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.time.Zones;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AuditLogViewTest extends KaribuViewTest {

    @Autowired
    AuditLog auditLog;
    @Autowired
    AuditLogService auditLogService;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** Columns: when, what happened (a sentence), address, details the sentence could not say. */
    private static final int SENTENCE = 1;
    private static final int ADDRESS = 2;
    private static final int DETAILS = 3;

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntry> grid() {
        return _get(Grid.class, s -> s.withId("audit-log"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<AuditAction> actionFilter() {
        return _get(ComboBox.class, s -> s.withId("filter-action"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> subjectTypeFilter() {
        return _get(ComboBox.class, s -> s.withId("filter-subject-type"));
    }

    private static TextField subjectIdFilter() {
        return _get(TextField.class, s -> s.withId("filter-subject-id"));
    }

    private static DatePicker datePicker(String id) {
        return _get(DatePicker.class, s -> s.withId(id));
    }

    private static String hint() {
        return _get(Paragraph.class, s -> s.withId("audit-log-hint")).getText();
    }

    /** A subject id no other test uses, so the entries about it are exactly the ones this test wrote. */
    private static String uniqueSubjectId() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L));
    }

    /** Two reads of one person by different actors and one of someone else, written as the services would. */
    private String twoReadsOfOnePerson() {
        String person = uniqueSubjectId();
        auditLog.recordFor("coordinator", null, AuditAction.PERSON_VIEWED, "user", person, null);
        auditLog.recordFor("partner", null, AuditAction.PERSONAL_DATA_EXPORTED, "user", person, "rows=1");
        auditLog.recordFor("coordinator", null, AuditAction.PERSON_VIEWED, "user", uniqueSubjectId(), null);
        return person;
    }

    private static List<List<String>> rows() {
        Grid<AuditEntry> grid = grid();
        return java.util.stream.IntStream.range(0, _size(grid)).mapToObj(i -> _getFormattedRow(grid, i)).toList();
    }

    @Test
    void showsEntriesNewestFirstIncludingThisVisit() {
        signInAs("admin", Role.ADMIN);
        navigateTo(AuditLogView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Logg över åtkomst");
        List<AuditEntry> entries = _findAll(grid());
        assertThat(entries).isNotEmpty();
        assertThat(entries.get(0).action()).isEqualTo(AuditAction.AUDIT_LOG_VIEWED);
        assertThat(rows().get(0).get(SENTENCE)).isEqualTo("Adam Administratör läste loggen");
    }

    @Test
    void filteringByActionNarrowsTheRowsToThatAction() {
        signInAs("admin", Role.ADMIN);
        navigateTo(AuditLogView.class);
        int unfiltered = _size(grid());
        assertThat(_findAll(grid())).extracting(AuditEntry::action).contains(AuditAction.AUDIT_LOG_VIEWED);

        setValueAsUser(actionFilter(), AuditAction.USER_CREATED);

        List<List<String>> rows = rows();
        assertThat(rows).isNotEmpty().hasSizeLessThanOrEqualTo(unfiltered);
        assertThat(rows).allSatisfy(row -> assertThat(row.get(SENTENCE)).contains(" skapade ett konto"));
        // the five demo accounts were created by the start-up "system" user; the sentence names the new account
        assertThat(rows).extracting(row -> row.get(SENTENCE))
                .contains("Systemet skapade ett konto – Sara Lind", "Systemet skapade ett konto – Ali Hassan");
        assertThat(_findAll(grid())).extracting(AuditEntry::action).containsOnly(AuditAction.USER_CREATED);
    }

    @Test
    void filteringByActorShowsOnlyThatUsersEntries() {
        signInAs("admin", Role.ADMIN);
        navigateTo(AuditLogView.class);

        setValueAsUser(_get(TextField.class, s -> s.withId("filter-actor")), "system");

        assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row.get(SENTENCE)).startsWith("Systemet "));
    }

    @Test
    void theActionFilterOffersEveryActionTranslated() {
        signInAs("admin", Role.ADMIN);
        navigateTo(AuditLogView.class);
        useLocale(Locale.ENGLISH);

        assertThat(getSuggestions(actionFilter())).hasSize(AuditAction.values().length)
                .contains("Account created", "Demo data loaded", "Log viewed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void showsNoRawTranslationKey(String language) {
        signInAs("admin", Role.ADMIN);
        navigateTo(AuditLogView.class);
        useLocale(Locale.forLanguageTag(language));

        assertNoRawTranslationKeys();
    }

    @Test
    void filteringBySubjectShowsEveryEntryAboutThatRecordAndNoOther() {
        String person = twoReadsOfOnePerson();
        signInAs("admin", Role.ADMIN);
        navigateTo(AuditLogView.class);
        assertThat(subjectTypeFilter().getListDataView().getItems()).contains("user", "audit_log");

        setValueAsUser(subjectTypeFilter(), "user");
        setValueAsUser(subjectIdFilter(), person);

        assertThat(rows()).extracting(row -> row.get(SENTENCE), row -> row.get(DETAILS)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ali Hassan exporterade personuppgifter – person " + person,
                        "rows=1"),
                org.assertj.core.groups.Tuple.tuple("Sara Lind visade personuppgifter – person " + person, ""));
        assertThat(hint()).isEqualTo("2 händelser matchar.");

        setValueAsUser(actionFilter(), AuditAction.PERSON_VIEWED);
        assertThat(rows()).extracting(row -> row.get(SENTENCE))
                .containsExactly("Sara Lind visade personuppgifter – person " + person);
        assertThat(hint()).isEqualTo("En händelse matchar.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void entriesAreSentencesWithNamesAndReadableAddresses(String language) {
        Long coordinatorId = jdbc.queryForObject("select id from app_user where username = 'coordinator'", Long.class);
        String shift = uniqueSubjectId();
        auditLog.recordFor("partner", "0:0:0:0:0:0:0:1", AuditAction.ROSTER_CHANGED, "shift", shift,
                "added person " + coordinatorId);
        auditLog.recordFor("partner", "192.168.1.20", AuditAction.ROSTER_CHANGED, "shift", shift,
                "removed from shift " + shift);
        signInAs("admin", Role.ADMIN);
        navigateTo(AuditLogView.class);
        useLocale(Locale.forLanguageTag(language));
        setValueAsUser(subjectIdFilter(), shift);

        boolean sv = language.equals("sv");
        assertThat(rows()).extracting(row -> row.get(SENTENCE), row -> row.get(ADDRESS)).containsExactly(
                org.assertj.core.groups.Tuple.tuple(sv
                        ? "Ali Hassan har ändrat schemat – pass nr " + shift + ": tog bort från pass nr " + shift
                        : "Ali Hassan changed the roster – shift no. " + shift + ": removed from shift no. " + shift,
                        "192.168.1.20"),
                org.assertj.core.groups.Tuple.tuple(sv
                        ? "Ali Hassan har ändrat schemat – pass nr " + shift + ": lade till Sara Lind"
                        : "Ali Hassan changed the roster – shift no. " + shift + ": added Sara Lind",
                        sv ? "lokal dator" : "local computer"));
        assertThat(rows()).allSatisfy(row -> assertThat(row.get(DETAILS)).isEmpty());
    }

    @Test
    void anEmptyResultSaysWhatToDoNext() {
        signInAs("admin", Role.ADMIN);
        navigateTo(AuditLogView.class);
        setValueAsUser(subjectIdFilter(), uniqueSubjectId());

        assertThat(_findAll(grid())).isEmpty();
        assertThat(grid().getEmptyStateComponent().getElement().getTextRecursively())
                .isEqualTo("Inga händelser matchar filtret. Ta bort ett filter eller välj fler dagar.");
    }

    @Test
    void aLinkCanOpenTheLogFilteredOnOneRecord() {
        String person = twoReadsOfOnePerson();
        signInAs("admin", Role.ADMIN);
        navigateTo("audit-log", "subjectType=user&subjectId=" + person);

        assertThat(subjectIdFilter().getValue()).isEqualTo(person);
        assertThat(_findAll(grid())).hasSize(2).allSatisfy(e -> assertThat(e.subjectId()).isEqualTo(person));
    }

    @Test
    void theDateRangeIncludesBothDaysInSwedishTime() {
        String person = twoReadsOfOnePerson();
        LocalDate day = auditLog.search(AuditFilter.subject("user", person), 1).entries().getFirst().occurredAt()
                .atZoneSameInstant(Zones.STOCKHOLM).toLocalDate();
        signInAs("admin", Role.ADMIN);
        navigateTo(AuditLogView.class);
        setValueAsUser(subjectIdFilter(), person);

        setValueAsUser(datePicker("filter-from"), day);
        setValueAsUser(datePicker("filter-to"), day);
        assertThat(_findAll(grid())).hasSize(2);

        setValueAsUser(datePicker("filter-to"), null);
        setValueAsUser(datePicker("filter-from"), day.plusDays(1));
        assertThat(_findAll(grid())).isEmpty();
        assertThat(hint()).isEqualTo("Inga händelser matchar.");

        setValueAsUser(datePicker("filter-from"), null);
        setValueAsUser(datePicker("filter-to"), day.minusDays(1));
        assertThat(_findAll(grid())).isEmpty();
    }

    @Test
    void theServiceRefusesAnEndBeforeTheStartAndSaysWhenOlderEntriesAreLeftOut() {
        signInAs("admin", Role.ADMIN);
        LocalDate today = LocalDate.now(Zones.STOCKHOLM);
        assertThatThrownBy(() -> auditLogService.search(new AuditFilter(null, null, null, null, today,
                today.minusDays(1)))).isInstanceOf(UserMessageException.class)
                .extracting(e -> ((UserMessageException) e).messageKey()).isEqualTo("auditlog.error.dateRange");

        String person = twoReadsOfOnePerson();
        var page = auditLog.search(AuditFilter.subject("user", person), 1);
        assertThat(page.entries()).hasSize(1);
        assertThat(page.more()).isTrue();
        assertThat(auditLog.search(AuditFilter.subject("user", person), 2).more()).isFalse();
    }

    @Test
    void theHintSaysOnlyTheNewestAreShownWhenThereAreMore() {
        String subject = uniqueSubjectId();
        transaction.executeWithoutResult(tx -> { // one commit, not 501
            for (int i = 0; i < 501; i++) {
                auditLog.recordFor("system", null, AuditAction.DATA_IMPORTED, "import", subject, "row=" + i);
            }
        });
        signInAs("admin", Role.ADMIN);
        navigateTo(AuditLogView.class);

        setValueAsUser(subjectIdFilter(), subject);

        assertThat(_findAll(grid())).hasSize(500).first().extracting(AuditEntry::details).isEqualTo("row=500");
        assertThat(hint()).isEqualTo(
                "Visar de 500 senaste händelserna som matchar. Äldre finns: begränsa med filtren för att se dem.");
    }

    @Test
    void onlyAdministratorsSearchTheLog() {
        signInAs("coordinator", Role.COORDINATOR);
        assertThatThrownBy(() -> auditLogService.search(AuditFilter.none())).isInstanceOf(AccessDeniedException.class);
    }
}
