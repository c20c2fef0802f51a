package se.tryggalov.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import se.tryggalov.shared.validation.ImportFiles;
import se.tryggalov.shared.validation.Problem;

/**
 * Turns an import file into item drafts and a list of every problem, by line. CSV: a header row with the
 * columns of {@link #csvTemplate()}, comma or semicolon separated. iCalendar: our own export, or a school
 * calendar from elsewhere. Touches no database: {@link CalendarService#importItems} stores the drafts.
 */
public final class CalendarImportParser {

    /** Non-standard properties of the export that make a round trip exact. */
    public static final String X_KIND = "X-TRYGGA-KIND";
    public static final String X_CODE = "X-TRYGGA-CODE";
    public static final String X_RISK = "X-TRYGGA-RISK";
    /** Only present when the item has a title of its own (the SUMMARY may be a translated name). */
    public static final String X_TITLE = "X-TRYGGA-TITLE";

    private static final String UTF8_BOM = "\uFEFF";
    /** What Swedish Excel writes when it is not told to use UTF-8. */
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CalendarImportParser() {
    }

    /**
     * Reads a file by its name (.csv, .txt, .ics, .ical, .ifb) or, failing that, by its content; at most
     * {@link ImportFiles#MAX_BYTES} are read, a longer file is refused unread.
     */
    public static ImportParseResult parse(String fileName, InputStream content) throws IOException {
        return parse(fileName, content.readNBytes(ImportFiles.MAX_BYTES + 1));
    }

    public static ImportParseResult parse(String fileName, byte[] content) {
        Optional<Problem> tooLarge = ImportFiles.checkSize(content.length);
        if (tooLarge.isPresent()) { // before a byte is decoded or parsed
            return ImportParseResult.failed(new ImportRowError(0, tooLarge.get().key(), tooLarge.get().arguments()));
        }
        String text = decode(content);
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".ics") || name.endsWith(".ical") || name.endsWith(".ifb")
                || text.stripLeading().regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)) {
            return parseIcs(text);
        }
        return parseCsv(text);
    }

    public static ImportParseResult parseCsv(String text) {
        return CsvImport.parse(withoutBom(text));
    }

    public static ImportParseResult parseIcs(String text) {
        String clean = withoutBom(text);
        if (clean.isBlank()) {
            return ImportParseResult.failed(ImportRowError.of(0, "calendar.import.error.emptyFile"));
        }
        return IcsImport.parse(clean);
    }

    /** The header and three example rows, semicolon separated (what Swedish Excel reads and writes). */
    public static String csvTemplate() {
        return String.join("\r\n",
                CsvImport.HEADER,
                "BREAK;WINTER_SPORTS;;2027-03-01;2027-03-05;;;;;",
                "KEY_DATE;WALPURGIS_EVE;;2027-04-30;2027-04-30;5;;;;",
                "MEETING;COORDINATION;;2027-02-16;2027-02-16;;13:00;14:30;Tumba;") + "\r\n";
    }

    /** {@link #csvTemplate()} as a download: UTF-8 with a byte order mark, so Excel shows å, ä and ö. */
    public static byte[] csvTemplateBytes() {
        return (UTF8_BOM + csvTemplate()).getBytes(StandardCharsets.UTF_8);
    }

    /** UTF-8 (with or without BOM); bytes that are not UTF-8 are read as Windows-1252. */
    static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, WINDOWS_1252);
        }
    }

    private static String withoutBom(String text) {
        return text.startsWith(UTF8_BOM) ? text.substring(1) : text;
    }
}
