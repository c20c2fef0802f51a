package se.tryggalov.calendar;

import org.junit.jupiter.api.Test;
import se.tryggalov.shared.validation.IdentityNumbers;
import se.tryggalov.shared.validation.ImportFiles;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.tryggalov.calendar.CalendarImportParserTest.HEADER;
import static se.tryggalov.calendar.CalendarImportParserTest.csv;
import static se.tryggalov.calendar.CalendarImportParserTest.event;
import static se.tryggalov.calendar.CalendarImportParserTest.ics;

/**
 * What an import file may not bring in (issue 22): identity numbers (findings 5), files over the shared size limit
 * (7) and dates that do not exist (12). Each refusal names its line (CSV) or event (iCalendar) and nothing is kept.
 */
class CalendarImportSafetyTest {

    // ---- 5: identity numbers ---------------------------------------------------------------------------------

    @Test
    void aCsvRowWithAnIdentityNumberInTitleLocationOrNotesIsRefusedOnItsLine() {
        ImportParseResult result = csv(HEADER,
                "KEY_DATE;CUSTOM;Titel 19850101-1236;2027-04-30;2027-04-30;4;;;;",
                "KEY_DATE;CUSTOM;Skolbal;2027-05-05;2027-05-05;4;;;;",
                "MEETING;CUSTOM;Möte;2027-02-16;2027-02-16;;13:00;14:00;Hos 850101-1236;",
                "KEY_DATE;CUSTOM;Fest;2027-05-07;2027-05-07;3;;;;Ring 198501011236");

        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).extracting(ImportRowError::line, ImportRowError::messageKey).containsExactly(
                tuple(2, IdentityNumbers.PROBLEM), tuple(4, IdentityNumbers.PROBLEM), tuple(5, IdentityNumbers.PROBLEM));
        assertThat(result.errors()).allSatisfy(e -> assertThat(e.args()).isEmpty()); // never repeats the number
    }

    @Test
    void anIcsEventWithAnIdentityNumberIsRefusedByItsNumber() {
        ImportParseResult result = CalendarImportParser.parseIcs(ics(
                event("a", "DTSTART;VALUE=DATE:20270430", "SUMMARY:Valborg"),
                event("b", "DTSTART;VALUE=DATE:20270505", "SUMMARY:Titel 19850101-1236"),
                event("c", "DTSTART;VALUE=DATE:20270506", "SUMMARY:Fest", "DESCRIPTION:Kontakt 850101-1236")));

        assertThat(result.errors()).extracting(ImportRowError::line, ImportRowError::messageKey)
                .containsExactly(tuple(2, IdentityNumbers.PROBLEM), tuple(3, IdentityNumbers.PROBLEM));
    }

    @Test
    void datesAndTimesOfDayAreNotTakenForIdentityNumbers() {
        ImportParseResult result = csv(HEADER,
                "MEETING;CUSTOM;Samordning 2027-02-16 13.00-14.30;2027-02-16;2027-02-16;;13:00;14:30;Tumba;"
                        + "Ring 070-123 45 67");

        assertThat(result.errors()).isEmpty();
        assertThat(result.drafts()).hasSize(1);
    }

    // ---- 12: dates that do not exist -------------------------------------------------------------------------

    @Test
    void anIcsDateThatDoesNotExistIsRefusedNotMovedToTheEndOfTheMonth() {
        ImportParseResult result = CalendarImportParser.parseIcs(ics(
                event("a", "DTSTART;VALUE=DATE:20270228", "SUMMARY:Sista februari"),
                event("b", "DTSTART;VALUE=DATE:20270230", "SUMMARY:Trettionde februari")));

        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).extracting(ImportRowError::line, ImportRowError::messageKey)
                .containsExactly(tuple(2, "calendar.import.error.badEventDate"));
        assertThat(result.errors().getFirst().args()).containsExactly("DTSTART", "20270230");
        assertThat(result.drafts()).singleElement()
                .satisfies(d -> assertThat(d.firstDay()).isEqualTo(LocalDate.of(2027, 2, 28)));
    }

    @Test
    void anIcsEndDateOrTimeThatDoesNotExistIsRefusedToo() {
        for (String bad : java.util.List.of("DTEND;VALUE=DATE:20270232", "DTEND:20270301T250000")) {
            ImportParseResult result = CalendarImportParser.parseIcs(ics(
                    event("c", "DTSTART;VALUE=DATE:20270301", bad, "SUMMARY:Lov")));

            assertThat(result.ok()).as(bad).isFalse();
            assertThat(result.drafts()).as(bad).isEmpty();
            assertThat(result.errors()).as(bad).extracting(ImportRowError::messageKey)
                    .containsAnyOf("calendar.import.error.badEventDate", "calendar.import.error.icsSyntax",
                            "calendar.import.error.badEvent");
        }
    }

    @Test
    void aCsvDateThatDoesNotExistIsRefusedOnItsLine() {
        ImportParseResult result = csv(HEADER,
                "KEY_DATE;CUSTOM;Fest;2027-02-30;2027-02-30;3;;;;",
                "KEY_DATE;CUSTOM;Fest;2027-02-28;2027-02-29;3;;;;",
                "MEETING;CUSTOM;Möte;2027-02-16;2027-02-16;;24:30;;;");

        assertThat(result.errors()).extracting(ImportRowError::line).containsExactly(2, 2, 3, 4);
        assertThat(result.drafts()).isEmpty();
    }

    // ---- 7: the shared size limit, before parsing ------------------------------------------------------------

    @Test
    void anIcsFileOverTheSharedLimitIsRefusedUnparsed() {
        StringBuilder events = new StringBuilder();
        int n = 0;
        while (events.length() <= ImportFiles.MAX_BYTES) {
            n++;
            events.append(event("e" + n, "DTSTART;VALUE=DATE:20270301", "SUMMARY:Händelse nummer " + n));
        }
        byte[] file = ics(events.toString()).getBytes(StandardCharsets.UTF_8);

        ImportParseResult result = CalendarImportParser.parse("stor.ics", file);

        // today's parser reads every event and then refuses the 2 001st: the size must decide first
        assertThat(result.errors()).extracting(ImportRowError::line, ImportRowError::messageKey)
                .containsExactly(tuple(0, ImportFiles.TOO_LARGE));
        assertThat(result.errors().getFirst().args()).containsExactly(ImportFiles.MAX_MEGABYTES);
        assertThat(result.drafts()).isEmpty();
    }

    @Test
    void aCsvFileOverTheSharedLimitIsRefusedUnparsedAndAStreamIsReadNoFurtherThanTheLimit() throws Exception {
        byte[] header = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        AtomicLong read = new AtomicLong();
        InputStream endless = new InputStream() { // 10 MB of rows, counting what is read
            @Override
            public int read() {
                long at = read.getAndIncrement();
                if (at >= 10L * 1024 * 1024) {
                    return -1;
                }
                return at < header.length ? header[(int) at] : "KEY_DATE;CUSTOM;Fest;2027-05-07;2027-05-07;3;;;;\n"
                        .charAt((int) ((at - header.length) % 49));
            }
        };

        ImportParseResult result = CalendarImportParser.parse("stor.csv", endless);

        assertThat(result.errors()).extracting(ImportRowError::messageKey).containsExactly(ImportFiles.TOO_LARGE);
        assertThat(read.get()).isLessThanOrEqualTo(ImportFiles.MAX_BYTES + 1L);
        assertThat(CalendarImportParser.parse("liten.csv", new ByteArrayInputStream(header)).errors())
                .extracting(ImportRowError::messageKey).doesNotContain(ImportFiles.TOO_LARGE);
    }
}
