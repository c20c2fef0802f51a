package se.tryggalov.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.TestYears;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ItemSource;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.security.Role;
import se.tryggalov.shared.validation.IdentityNumbers;
import se.tryggalov.shared.validation.ImportFiles;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static java.time.Month.APRIL;
import static java.time.Month.MARCH;
import static java.time.Month.MAY;
import static org.assertj.core.api.Assertions.assertThat;
import static se.tryggalov.TestYears.date;
import static se.tryggalov.TestYears.nth;

/** Importing the municipality's dates from a file, and the download and subscription links, in a claimed year. */
@IntegrationTest
class CalendarExchangeDialogTest extends KaribuViewTest {

    private static SchoolYear year;
    private static final String HEADER = "kind;code;title;first_day;last_day;risk_level;starts_at;ends_at;location;notes\n";

    @Autowired
    CalendarService calendar;

    @BeforeAll
    static void claimAYear(@Autowired TestYears years) {
        year = years.claim();
    }

    /** A date of the claimed year in an import file. */
    private static String on(DayOfWeek day, Month month, int nth) {
        return nth(day, month, nth, year).toString();
    }

    /** The Friday of the week that starts on the first Monday of March: always after that Monday. */
    private static String fridayAfterFirstMondayOfMarch() {
        return nth(MONDAY, MARCH, 1, year).plusDays(4).toString();
    }

    private CalendarExchangeDialog open(String username, Role role) {
        signInAs(username, role);
        navigateTo("calendar", "year=" + year.startYear());
        _click(_get(Button.class, s -> s.withId("calendar-exchange")));
        return _get(CalendarExchangeDialog.class);
    }

    private List<CalendarItem> imported() {
        return calendar.plan(year).map(p -> p.items().stream().filter(i -> i.source() == ItemSource.IMPORT).toList())
                .orElse(List.of());
    }

    @Test
    void aFileWithBadRowsListsEveryErrorWithItsLineAndStoresNothing() {
        CalendarExchangeDialog dialog = open("coordinator", Role.COORDINATOR);
        int before = imported().size();
        String csv = HEADER
                + "KEY_DATE;CUSTOM;Skolbal;" + on(WEDNESDAY, MAY, 3) + ";" + on(WEDNESDAY, MAY, 3) + ";4;;;;\n"
                + "LOV;WINTER_SPORTS;;" + fridayAfterFirstMondayOfMarch() + ";" + on(MONDAY, MARCH, 1) + ";;;;;\n"
                + "KEY_DATE;WALPURGIS_EVE;;" + date(year, APRIL, 30) + ";" + date(year, APRIL, 30) + ";9;;;;\n";

        dialog.check("datum.csv", csv.getBytes(StandardCharsets.UTF_8));

        List<String> errors = _get(UnorderedList.class, s -> s.withId("import-errors")).getChildren()
                .map(c -> ((ListItem) c).getText()).toList();
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).startsWith(t("calendar.import.line", 3) + ": ");
        assertThat(errors.get(1)).startsWith(t("calendar.import.line", 4) + ": ");
        assertThat(_find(Button.class, s -> s.withId("store-import"))).isEmpty();
        assertThat(imported()).hasSize(before);
        assertNoRawTranslationKeys();
    }

    /** Issue 22: the same identity-number rule as everywhere, and the shared size limit, with a translated message. */
    @Test
    void aRowWithAnIdentityNumberOrAFileOverTheLimitIsRefusedWithATranslatedMessageAndStoresNothing() {
        CalendarExchangeDialog dialog = open("coordinator", Role.COORDINATOR);
        int before = imported().size();
        String csv = HEADER
                + "KEY_DATE;CUSTOM;Skolbal;" + on(WEDNESDAY, MAY, 3) + ";" + on(WEDNESDAY, MAY, 3) + ";4;;;;\n"
                + "KEY_DATE;CUSTOM;Titel 19850101-1236;" + on(WEDNESDAY, MAY, 2) + ";" + on(WEDNESDAY, MAY, 2)
                + ";4;;;;\n";

        dialog.check("datum.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(_get(UnorderedList.class, s -> s.withId("import-errors")).getChildren()
                .map(c -> ((ListItem) c).getText()).toList())
                .containsExactly(t("calendar.import.line", 3) + ": " + t(IdentityNumbers.PROBLEM));
        assertThat(_find(Button.class, s -> s.withId("store-import"))).isEmpty();

        byte[] large = new byte[ImportFiles.MAX_BYTES + 1];
        java.util.Arrays.fill(large, (byte) 'x');
        dialog.check("stor.ics", large);

        assertThat(_get(UnorderedList.class, s -> s.withId("import-errors")).getChildren()
                .map(c -> ((ListItem) c).getText()).toList())
                .containsExactly(t(ImportFiles.TOO_LARGE, ImportFiles.MAX_MEGABYTES));
        assertThat(imported()).hasSize(before);
        assertNoRawTranslationKeys();
    }

    @Test
    void aCorrectFileIsImportedAfterTheCoordinatorConfirms() {
        CalendarExchangeDialog dialog = open("coordinator", Role.COORDINATOR);
        String csv = HEADER
                + "lov;WINTER_SPORTS;;" + on(MONDAY, MARCH, 1) + ";" + fridayAfterFirstMondayOfMarch() + ";;;;;\n"
                + "nyckeldatum;CUSTOM;Skolbal;" + on(WEDNESDAY, MAY, 3) + ";" + on(WEDNESDAY, MAY, 3) + ";4;;;Tumba;\n";

        dialog.check("datum.csv", csv.getBytes(StandardCharsets.UTF_8));
        _click(_get(Button.class, s -> s.withId("store-import")));

        assertThat(imported()).extracting(CalendarItem::code).contains("WINTER_SPORTS", "CUSTOM");
        assertThat(imported()).filteredOn(i -> "Skolbal".equals(i.title()))
                .singleElement().satisfies(i -> assertThat(i.riskLevel()).isEqualTo(4));
    }

    @Test
    void aVolunteerMaySubscribeAndDownloadButNotImport() {
        open("volunteer", Role.VOLUNTEER);

        assertThat(_find(Upload.class)).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("renew-feed"))).isEmpty();
        assertThat(_get(Anchor.class, s -> s.withId("download-ics")).getHref())
                .isEqualTo("/exports/calendar/" + year.startYear() + ".ics?lang=sv");
        assertNoRawTranslationKeys();
    }
}
