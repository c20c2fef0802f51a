package se.tryggalov.calendar;

import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CalendarImportParserTest {

    static final String HEADER = "kind;code;title;first_day;last_day;risk_level;starts_at;ends_at;location;notes";

    static final ItemDraft WINTER_SPORTS = new ItemDraft(ItemKind.BREAK, "WINTER_SPORTS", null,
            LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 5), null, null, null, null, null, Set.of());
    static final ItemDraft WALPURGIS = new ItemDraft(ItemKind.KEY_DATE, "WALPURGIS_EVE", null,
            LocalDate.of(2027, 4, 30), LocalDate.of(2027, 4, 30), 5, null, null, null, null, Set.of());
    static final ItemDraft COORDINATION = new ItemDraft(ItemKind.MEETING, "COORDINATION", null,
            LocalDate.of(2027, 2, 16), LocalDate.of(2027, 2, 16), null, LocalTime.of(13, 0), LocalTime.of(14, 30),
            "Tumba", null, Set.of());

    static ImportParseResult csv(String... lines) {
        return CalendarImportParser.parse("plan.csv", (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static List<String> keys(ImportParseResult result) {
        return result.errors().stream().map(ImportRowError::messageKey).toList();
    }

    // ---- CSV -------------------------------------------------------------------------------------------------

    @Test
    void theTemplateImportsAsSportlovValborgAndACoordinationMeeting() {
        ImportParseResult result = CalendarImportParser.parse("mall.csv", CalendarImportParser.csvTemplateBytes());

        assertThat(result.errors()).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThat(result.drafts()).containsExactly(WINTER_SPORTS, WALPURGIS, COORDINATION);
        assertThat(result.lines()).containsExactly(2, 3, 4);
        assertThat(CalendarImportParser.csvTemplate()).startsWith(HEADER + "\r\n");
        assertThat(CalendarImportParser.csvTemplateBytes()).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void aSemicolonFileFromSwedishExcelIsRead() {
        ImportParseResult result = csv(HEADER,
                "BREAK;WINTER_SPORTS;;2027-03-01;2027-03-05;;;;;",
                "KEY_DATE;WALPURGIS_EVE;;2027-04-30;;5;;;;");

        assertThat(result.errors()).isEmpty();
        assertThat(result.drafts()).containsExactly(WINTER_SPORTS, WALPURGIS);
    }

    @Test
    void aCommaFileWithQuotedValuesIsRead() {
        ImportParseResult result = csv(HEADER.replace(';', ','),
                "MEETING,COORDINATION,,2027-02-16,2027-02-16,,13:00,14:30,Tumba,",
                "KEY_DATE,CUSTOM,\"Fotboll, Alby\",2026-09-12,,2,,,,\"Två rader,\nmed komma\"",
                "BREAK,WINTER_SPORTS,,2027-03-01,2027-03-05,,,,,");

        assertThat(result.errors()).isEmpty();
        assertThat(result.drafts()).hasSize(3).startsWith(COORDINATION).endsWith(WINTER_SPORTS);
        assertThat(result.drafts().get(1).title()).isEqualTo("Fotboll, Alby");
        assertThat(result.drafts().get(1).notes()).isEqualTo("Två rader,\nmed komma");
        assertThat(result.lines()).containsExactly(2, 3, 5);
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        byte[] withBom = ("\uFEFF" + HEADER + "\r\nBREAK;WINTER_SPORTS;;2027-03-01;2027-03-05;;;;;\r\n")
                .getBytes(StandardCharsets.UTF_8);

        ImportParseResult result = CalendarImportParser.parse("plan.csv", withBom);

        assertThat(result.errors()).isEmpty();
        assertThat(result.drafts()).containsExactly(WINTER_SPORTS);
    }

    @Test
    void swedishKindNamesAreAcceptedInAnyCase() {
        ImportParseResult result = csv(HEADER,
                "Lov;WINTER_SPORTS;;2027-03-01;2027-03-05;;;;;",
                "NYCKELDATUM;walpurgis_eve;;2027-04-30;2027-04-30;5;;;;",
                "MÖTE;COORDINATION;;2027-02-16;;;13.00;14:30;Tumba;",
                "lovdag;;;2027-05-07;;;;;;");

        assertThat(result.errors()).isEmpty();
        assertThat(result.drafts()).startsWith(WINTER_SPORTS, WALPURGIS, COORDINATION);
        assertThat(result.drafts().get(3).kind()).isEqualTo(ItemKind.DAY_OFF);
        assertThat(result.drafts().get(3).code()).isEqualTo("DAY_OFF");
    }

    @Test
    void columnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut() {
        ImportParseResult result = csv("first_day;Kind;title", "2026-09-12;KEY_DATE;Fotboll");

        assertThat(keys(result)).containsExactly("calendar.import.error.riskRequired");
        assertThat(csv("first_day;Kind;title;risk_level", "2026-09-12;KEY_DATE;Fotboll;2").drafts())
                .singleElement().satisfies(d -> {
                    assertThat(d.code()).isEqualTo(CalendarItem.CUSTOM);
                    assertThat(d.lastDay()).isEqualTo(LocalDate.of(2026, 9, 12));
                });
    }

    @Test
    void aFileWithThreeBadRowsReportsThreeErrorsWithTheirLines() {
        ImportParseResult result = csv(HEADER,
                "BREAK;WINTER_SPORTS;;2027-03-01;2027-03-05;;;;;",
                "SEMESTER;;Sommar;2027-07-01;;;;;;",
                "",
                "KEY_DATE;WALPURGIS_EVE;;2027-04-31;;5;;;;",
                "BREAK;EASTER;;2027-03-29;2027-03-22;;;;;",
                "MEETING;COORDINATION;;2027-02-16;;;13:00;14:30;;");

        assertThat(result.errors()).containsExactly(
                ImportRowError.of(3, "calendar.import.error.unknownKind", "SEMESTER"),
                ImportRowError.of(5, "calendar.import.error.badDate", "first_day", "2027-04-31"),
                ImportRowError.of(6, "calendar.import.error.endBeforeStart", "2027-03-29", "2027-03-22"));
        assertThat(result.drafts()).hasSize(2);
        assertThat(result.lines()).containsExactly(2, 7);
        assertThat(result.ok()).isFalse();
    }

    @Test
    void everyKindOfMistakeHasItsOwnKey() {
        ImportParseResult result = csv(HEADER,
                "KEY_DATE;CUSTOM;;2026-09-12;;2;;;;",
                "KEY_DATE;WALPURGIS_EVE;;2027-04-30;;7;;;;",
                "BREAK;NO_SUCH_BREAK;;2027-03-01;2027-03-05;;;;;",
                "MEETING;COORDINATION;;2027-02-16;;;14:30;13:00;;",
                "MEETING;COORDINATION;;2027-02-16;2027-02-17;;;;;",
                "MEETING;COORDINATION;;2027-02-16;;;25:00;;;",
                "BREAK;CUSTOM;Lång;2027-01-01;2027-06-30;;;;;",
                "DAY_OFF;;;2027-05-07;;;13:00;;;",
                ";;;2027-05-07;;;;;;",
                "BREAK;AUTUMN;;;;;;;;",
                "KEY_DATE;LUCIA;;2026-12-13;;;;;;");

        assertThat(result.errors()).extracting(ImportRowError::line, ImportRowError::messageKey).containsExactly(
                tuple(2, "calendar.import.error.titleRequired"),
                tuple(3, "calendar.import.error.badRisk"),
                tuple(4, "calendar.import.error.unknownCode"),
                tuple(5, "calendar.import.error.meetingEndsBeforeStart"),
                tuple(6, "calendar.import.error.meetingOneDay"),
                tuple(7, "calendar.import.error.badTime"),
                tuple(8, "calendar.import.error.breakTooLong"),
                tuple(9, "calendar.import.error.timesOnlyForMeetings"),
                tuple(10, "calendar.import.error.required"),
                tuple(11, "calendar.import.error.required"),
                tuple(12, "calendar.import.error.riskRequired"));
        assertThat(result.drafts()).isEmpty();
    }

    @Test
    void oneRowCanHaveSeveralProblems() {
        ImportParseResult result = csv(HEADER, "BREAK;;;2027-3-1;;9;;;;");

        assertThat(result.errors()).containsExactly(
                ImportRowError.of(2, "calendar.import.error.badDate", "first_day", "2027-3-1"),
                ImportRowError.of(2, "calendar.import.error.badRisk", "9"));
    }

    @Test
    void anEmptyFileSaysItIsEmpty() {
        assertThat(CalendarImportParser.parse("plan.csv", new byte[0]).errors())
                .containsExactly(ImportRowError.of(0, "calendar.import.error.emptyFile"));
        assertThat(CalendarImportParser.parse("plan.csv", "\uFEFF \r\n\r\n".getBytes(StandardCharsets.UTF_8))
                .errors()).containsExactly(ImportRowError.of(0, "calendar.import.error.emptyFile"));
        assertThat(csv(HEADER).errors()).containsExactly(ImportRowError.of(1, "calendar.import.error.empty"));
    }

    @Test
    void aFileWithoutTheHeaderSaysWhichColumnsItNeeds() {
        ImportParseResult result = csv("BREAK;WINTER_SPORTS;;2027-03-01;2027-03-05;;;;;",
                "KEY_DATE;WALPURGIS_EVE;;2027-04-30;;5;;;;");

        assertThat(result.errors()).containsExactly(
                ImportRowError.of(1, "calendar.import.error.noHeader", CsvImport.HEADER));
        assertThat(result.drafts()).isEmpty();
    }

    @Test
    void aMistypedColumnIsReportedRatherThanIgnored() {
        ImportParseResult result = csv("kind;first_day;risk", "KEY_DATE;2027-04-30;5");

        assertThat(result.errors()).containsExactly(
                ImportRowError.of(1, "calendar.import.error.unknownColumn", "risk", CsvImport.HEADER));
    }

    @Test
    void aFileSavedAsWindows1252IsStillRead() {
        byte[] latin = (HEADER + "\r\nmöte;CUSTOM;Möte på Fittja äng;2027-02-16;;;;;;\r\n")
                .getBytes(Charset.forName("windows-1252"));

        ImportParseResult result = CalendarImportParser.parse("plan.csv", latin);

        assertThat(result.errors()).isEmpty();
        assertThat(result.drafts()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(ItemKind.MEETING);
            assertThat(d.title()).isEqualTo("Möte på Fittja äng");
        });
    }

    @Test
    void anUnclosedQuoteIsReportedNotThrown() {
        ImportParseResult result = csv(HEADER, "KEY_DATE;CUSTOM;\"Fotboll;2026-09-12;;2;;;;");

        assertThat(keys(result)).containsExactly("calendar.import.error.csvUnreadable");
    }

    @Test
    void aRejectedRowOfTheServiceMapsBackToItsLine() {
        ImportParseResult result = csv(HEADER, "", "BREAK;WINTER_SPORTS;;2027-03-01;2027-03-05;;;;;",
                "KEY_DATE;WALPURGIS_EVE;;2027-04-30;;5;;;;");

        assertThat(result.lineOf(1)).isEqualTo(3);
        assertThat(result.lineOf(2)).isEqualTo(4);
    }

    @Test
    void everyImportErrorKeyHasATextInBothLanguages() throws Exception {
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(calendar\\.import\\.error\\.\\w+)\"");
        for (String file : List.of("CalendarImportParser", "CsvImport", "IcsImport", "ImportChecks", "CalendarService",
                "ImportRejectedException")) {
            Matcher m = key.matcher(Files.readString(
                    Path.of("src/main/java/se/tryggalov/calendar", file + ".java")));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        assertThat(used).contains("calendar.import.error.unknownKind", "calendar.import.error.row");
        for (String language : List.of("sv", "en")) {
            Properties bundle = new Properties();
            bundle.putAll(se.tryggalov.shared.i18n.Translations.texts(java.util.Locale.forLanguageTag(language)));
            assertThat(used).as("import keys missing in " + language).allMatch(bundle::containsKey);
        }
    }

    // ---- iCalendar -------------------------------------------------------------------------------------------

    static String ics(String... events) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Botkyrka kommun//Läsårstider//SV\r\n"
                + String.join("", events) + "END:VCALENDAR\r\n";
    }

    static String event(String uid, String... properties) {
        return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20260601T120000Z\r\n" + String.join("\r\n", properties)
                + "\r\nEND:VEVENT\r\n";
    }

    @Test
    void aForeignSchoolCalendarIsReadByTheShapeOfItsEvents() {
        String file = ics(
                event("a", "DTSTART;VALUE=DATE:20261026", "DTEND;VALUE=DATE:20261031", "SUMMARY:Höstlov"),
                event("b", "DTSTART;VALUE=DATE:20270507", "DTEND;VALUE=DATE:20270508", "SUMMARY:Studiedag"),
                event("c", "DTSTART:20270216T120000Z", "DTEND:20270216T133000Z", "SUMMARY:Föräldramöte",
                        "LOCATION:Tumba skola", "DESCRIPTION:Aula"),
                event("d", "DTSTART;VALUE=DATE:20270430", "SUMMARY:Valborg", "X-TRYGGA-RISK:5"));

        ImportParseResult result = CalendarImportParser.parse("lasarstider.ics", file.getBytes(StandardCharsets.UTF_8));

        assertThat(result.errors()).isEmpty();
        assertThat(result.drafts()).containsExactly(
                new ItemDraft(ItemKind.BREAK, "CUSTOM", "Höstlov", LocalDate.of(2026, 10, 26),
                        LocalDate.of(2026, 10, 30), null, null, null, null, null, Set.of()),
                new ItemDraft(ItemKind.KEY_DATE, "CUSTOM", "Studiedag", LocalDate.of(2027, 5, 7),
                        LocalDate.of(2027, 5, 7), 3, null, null, null, null, Set.of()),
                new ItemDraft(ItemKind.MEETING, "CUSTOM", "Föräldramöte", LocalDate.of(2027, 2, 16),
                        LocalDate.of(2027, 2, 16), null, LocalTime.of(13, 0), LocalTime.of(14, 30), "Tumba skola",
                        "Aula", Set.of()),
                new ItemDraft(ItemKind.KEY_DATE, "CUSTOM", "Valborg", LocalDate.of(2027, 4, 30),
                        LocalDate.of(2027, 4, 30), 5, null, null, null, null, Set.of()));
    }

    @Test
    void badEventsAreReportedByTheirOrdinal() {
        String file = ics(
                event("a", "DTSTART;VALUE=DATE:20261026", "DTEND;VALUE=DATE:20261031", "SUMMARY:Höstlov"),
                event("b", "DTSTART;VALUE=DATE:20270507", "DTEND;VALUE=DATE:20270508"),
                event("c", "DTSTART;VALUE=DATE:20270101", "RRULE:FREQ=WEEKLY;COUNT=3", "SUMMARY:Träning"),
                event("d", "DTSTART;VALUE=DATE:20270430", "SUMMARY:Valborg", "X-TRYGGA-RISK:hög"),
                event("e", "DTSTART;VALUE=DATE:20270430", "SUMMARY:Inställt", "STATUS:CANCELLED"),
                event("f", "DTSTART;VALUE=DATE:20270430", "SUMMARY:Okänt", "X-TRYGGA-KIND:PARTY"));

        ImportParseResult result = CalendarImportParser.parseIcs(file);

        assertThat(result.errors()).containsExactly(
                ImportRowError.of(2, "calendar.import.error.titleRequired"),
                ImportRowError.of(3, "calendar.import.error.recurring"),
                ImportRowError.of(4, "calendar.import.error.badRisk", "hög"),
                ImportRowError.of(6, "calendar.import.error.unknownKind", "PARTY"));
        assertThat(result.lines()).containsExactly(1);
    }

    @Test
    void aBrokenCalendarFileSaysWhereItBroke() {
        ImportParseResult result = CalendarImportParser.parseIcs("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
                + "DTSTART;VALUE=DATE:2027XX01\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isZero();
            assertThat(e.messageKey()).isIn("calendar.import.error.icsSyntax", "calendar.import.error.notCalendar");
        });
        assertThat(CalendarImportParser.parseIcs("").errors())
                .containsExactly(ImportRowError.of(0, "calendar.import.error.emptyFile"));
        assertThat(CalendarImportParser.parseIcs(ics()).errors())
                .containsExactly(ImportRowError.of(0, "calendar.import.error.empty"));
    }

    @Test
    void aCalendarFileIsRecognisedByItsContentWhateverItsName() {
        String file = ics(event("a", "DTSTART;VALUE=DATE:20261026", "DTEND;VALUE=DATE:20261031", "SUMMARY:Höstlov"));

        ImportParseResult result = CalendarImportParser.parse("export.txt", file.getBytes(StandardCharsets.UTF_8));

        assertThat(result.errors()).isEmpty();
        assertThat(result.drafts()).singleElement().extracting(ItemDraft::kind).isEqualTo(ItemKind.BREAK);
    }
}
