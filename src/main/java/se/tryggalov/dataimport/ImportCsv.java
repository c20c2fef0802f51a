package se.tryggalov.dataimport;

import se.tryggalov.shared.csv.CsvText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.tryggalov.shared.i18n.Translations;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads an import file into rows of raw values by column. Knows CSV, not the meaning of values: UTF-8 with or
 * without a byte order mark (else Windows-1252, what Swedish Excel writes by default), semicolon, comma or tab
 * separated as the header line shows (an Excel {@code sep=;} line is honoured), Swedish or English headers.
 */
final class ImportCsv {

    static final String UTF8_BOM = "\uFEFF";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** A data row: its physical line and its non-blank values (stripped). */
    record Row(int line, Map<ImportColumn, String> values, boolean extraValues) {

        Row {
            values = Collections.unmodifiableMap(new EnumMap<>(values));
        }

        String get(ImportColumn column) {
            return values.get(column);
        }
    }

    /** The columns the header names, the data rows, and problems that make the whole file unusable. */
    record Table(Set<ImportColumn> columns, List<Row> rows, List<ImportProblem> problems) {

        Table {
            columns = columns.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(columns));
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        static Table failed(ImportProblem problem) {
            return new Table(Set.of(), List.of(), List.of(problem));
        }

        boolean has(ImportColumn column) {
            return columns.contains(column);
        }
    }

    private ImportCsv() {
    }

    static Table read(ImportKind kind, byte[] content, int maxRows) {
        String text = decode(content);
        if (text.startsWith(UTF8_BOM)) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return Table.failed(ImportProblem.of(0, "imports.error.emptyFile"));
        }
        CsvText.LineIndex lines = new CsvText.LineIndex(text);
        int skip = 0;
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char delimiter;
        if (first.strip().toLowerCase(java.util.Locale.ROOT).startsWith("sep=") && first.strip().length() == 5) {
            delimiter = first.strip().charAt(4);
            skip = text.indexOf(first) + first.length();
        } else {
            delimiter = CsvText.delimiter(first);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        Map<Integer, ImportColumn> columns = null;
        List<Row> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        int headerLine = 0;
        String body = text.substring(skip);
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            for (CSVRecord record : parser) {
                int line = lines.lineAt(skip + CsvText.recordStart(body, record.getCharacterPosition()));
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (columns == null) {
                    headerLine = line;
                    columns = header(kind, record, line, problems);
                    if (!problems.isEmpty()) {
                        return new Table(Set.of(), List.of(), problems);
                    }
                    continue;
                }
                if (rows.size() == maxRows) {
                    return Table.failed(ImportProblem.of(line, "imports.error.tooManyRows", maxRows));
                }
                rows.add(row(record, line, columns));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // commons-csv reports an unclosed quote this way
            return Table.failed(ImportProblem.of(0, "imports.error.unreadable"));
        }
        if (columns == null) {
            return Table.failed(ImportProblem.of(0, "imports.error.emptyFile"));
        }
        if (rows.isEmpty()) {
            return Table.failed(ImportProblem.of(headerLine, "imports.error.noRows"));
        }
        return new Table(EnumSet.copyOf(columns.values()), rows, problems);
    }

    private static Map<Integer, ImportColumn> header(ImportKind kind, CSVRecord record, int line,
                                                     List<ImportProblem> problems) {
        Map<String, ImportColumn> known = headers(kind);
        Map<Integer, ImportColumn> columns = new HashMap<>();
        Set<ImportColumn> seen = EnumSet.noneOf(ImportColumn.class);
        for (int i = 0; i < record.size(); i++) {
            String header = record.get(i).strip();
            if (header.isEmpty()) {
                continue;
            }
            ImportColumn column = known.get(ImportColumn.normalise(header));
            if (column == null) {
                problems.add(ImportProblem.of(line, "imports.error.unknownColumn", header, templateHeader(kind)));
            } else if (!seen.add(column)) {
                problems.add(ImportProblem.of(line, "imports.error.duplicateColumn", column));
            } else {
                columns.put(i, column);
            }
        }
        for (ImportColumn column : kind.columns()) {
            if (column.required() && !seen.contains(column)) {
                problems.add(ImportProblem.of(line, "imports.error.missingColumn", column));
            }
        }
        needs(seen, ImportColumn.VOLUNTEER_BASIC_TRAINING_EXPIRES, ImportColumn.VOLUNTEER_BASIC_TRAINING, line, problems);
        needs(seen, ImportColumn.VOLUNTEER_FIRST_AID_EXPIRES, ImportColumn.VOLUNTEER_FIRST_AID, line, problems);
        return columns;
    }

    private static void needs(Set<ImportColumn> seen, ImportColumn column, ImportColumn needed, int line,
                              List<ImportProblem> problems) {
        if (seen.contains(column) && !seen.contains(needed)) {
            problems.add(ImportProblem.of(line, "imports.error.columnNeeds", column, needed));
        }
    }

    /** Every accepted header of a kind, normalised: Swedish, English and the code. */
    static Map<String, ImportColumn> headers(ImportKind kind) {
        Map<String, ImportColumn> known = new HashMap<>();
        for (ImportColumn column : kind.columns()) {
            known.put(ImportColumn.normalise(column.code()), column);
            for (var locale : Translations.SUPPORTED) {
                String text = Translations.texts(locale).get(column.translationKey());
                if (text != null) {
                    known.put(ImportColumn.normalise(text), column);
                }
            }
        }
        return known;
    }

    /** The template's header line: the Swedish headers, semicolon separated. */
    static String templateHeader(ImportKind kind) {
        Map<String, String> swedish = Translations.texts(Translations.SWEDISH);
        return kind.columns().stream().map(c -> swedish.get(c.translationKey())).collect(Collectors.joining(";"));
    }

    private static Row row(CSVRecord record, int line, Map<Integer, ImportColumn> columns) {
        Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
        boolean extra = false;
        for (int i = 0; i < record.size(); i++) {
            String value = record.get(i).strip();
            ImportColumn column = columns.get(i);
            if (column == null) {
                extra |= !value.isEmpty();
            } else if (!value.isEmpty()) {
                values.put(column, value);
            }
        }
        return new Row(line, values, extra);
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
}
