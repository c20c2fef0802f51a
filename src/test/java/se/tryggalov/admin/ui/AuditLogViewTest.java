package se.tryggalov.admin.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditEntry;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuditLogViewTest extends KaribuViewTest {

    /** Columns: when, actor, action, subject, address. */
    private static final int ACTOR = 1;
    private static final int ACTION = 2;
    private static final int SUBJECT = 3;

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntry> grid() {
        return _get(Grid.class, s -> s.withId("audit-log"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<AuditAction> actionFilter() {
        return _get(ComboBox.class, s -> s.withId("filter-action"));
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
        assertThat(rows().get(0).get(ACTOR)).isEqualTo("admin");
        assertThat(rows().get(0).get(ACTION)).isEqualTo("Loggen visad");
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
        assertThat(rows).allSatisfy(row -> assertThat(row.get(ACTION)).isEqualTo("Konto skapat"));
        // the five demo accounts were created by the start-up "system" user
        assertThat(rows).filteredOn(row -> row.get(ACTOR).equals("system")).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(row -> assertThat(row.get(SUBJECT)).startsWith("user #"));
        assertThat(_findAll(grid())).extracting(AuditEntry::action).containsOnly(AuditAction.USER_CREATED);
    }

    @Test
    void filteringByActorShowsOnlyThatUsersEntries() {
        signInAs("admin", Role.ADMIN);
        navigateTo(AuditLogView.class);

        setValueAsUser(_get(TextField.class, s -> s.withId("filter-actor")), "system");

        assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row.get(ACTOR)).isEqualTo("system"));
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
}
