package se.tryggalov.calendar;

import se.tryggalov.shared.csv.CsvText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the import CSV: a header row, then one item a row; comma, semicolon or tab separated. */
final class CsvImport {

    static final List<String> COLUMNS = List.of("kind", "code", "title", "first_day", "last_day", "risk_level",
            "starts_at", "ends_at", "location", "notes");
    static final String HEADER = String.join(";", COLUMNS);
    private static final List<String> REQUIRED = List.of("kind", "first_day");
    /** 13:00, 9:30, 13.00 (Swedish style) and 13:00:00 (Excel). */
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})(?::00)?");

    private CsvImport() {
    }

    static ImportParseResult parse(String text) {
        if (text.isBlank()) {
            return ImportParseResult.failed(ImportRowError.of(0, "calendar.import.error.emptyFile"));
        }
        CsvText.LineIndex lines = new CsvText.LineIndex(text);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(CsvText.delimiter(firstLine(text)))
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<ItemDraft> drafts = new ArrayList<>();
        List<Integer> draftLines = new ArrayList<>();
        List<ImportRowError> errors = new ArrayList<>();
        Map<String, Integer> columns = null;
        int headerLine = 0;
        int rows = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                int line = lines.lineAt(CsvText.recordStart(text, record.getCharacterPosition()));
                if (blank(record)) {
                    continue;
                }
                if (columns == null) {
                    headerLine = line;
                    columns = header(record, line, errors);
                    if (columns == null) {
                        return new ImportParseResult(List.of(), List.of(), errors);
                    }
                    continue;
                }
                rows++;
                if (rows > CalendarService.MAX_IMPORT_ITEMS) {
                    errors.add(ImportRowError.of(line, "calendar.import.error.tooMany", CalendarService.MAX_IMPORT_ITEMS));
                    break;
                }
                ItemDraft draft = row(record, line, columns, errors);
                if (draft != null) {
                    drafts.add(draft);
                    draftLines.add(line);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // commons-csv reports an unclosed quote this way; say where reading stopped.
            errors.add(ImportRowError.of(0, "calendar.import.error.csvUnreadable", Math.max(1, lines.count(text))));
            return new ImportParseResult(List.of(), List.of(), errors);
        }
        if (columns == null) {
            return ImportParseResult.failed(ImportRowError.of(0, "calendar.import.error.emptyFile"));
        }
        if (rows == 0) {
            errors.add(ImportRowError.of(headerLine, "calendar.import.error.empty"));
        }
        return new ImportParseResult(drafts, draftLines, errors);
    }

    private static Map<String, Integer> header(CSVRecord record, int line, List<ImportRowError> errors) {
        Map<String, Integer> columns = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            if (name.isEmpty()) {
                continue;
            }
            if (COLUMNS.contains(name)) {
                columns.putIfAbsent(name, i);
            } else {
                unknown.add(record.get(i).strip());
            }
        }
        if (!columns.keySet().containsAll(REQUIRED)) {
            errors.add(ImportRowError.of(line, "calendar.import.error.noHeader", HEADER));
            return null;
        }
        for (String name : unknown) {
            errors.add(ImportRowError.of(line, "calendar.import.error.unknownColumn", name, HEADER));
        }
        return errors.isEmpty() ? columns : null;
    }

    private static ItemDraft row(CSVRecord record, int line, Map<String, Integer> columns,
                                 List<ImportRowError> errors) {
        int before = errors.size();
        for (int i = 0; i < record.size(); i++) {
            if (!columns.containsValue(i) && !record.get(i).isBlank()) {
                errors.add(ImportRowError.of(line, "calendar.import.error.extraValue", record.get(i).strip()));
                break;
            }
        }
        String kindValue = value(record, columns, "kind");
        ItemKind kind = ImportChecks.kind(kindValue);
        if (kindValue == null) {
            errors.add(ImportRowError.of(line, "calendar.import.error.required", "kind"));
        } else if (kind == null) {
            errors.add(ImportRowError.of(line, "calendar.import.error.unknownKind", kindValue));
        }
        LocalDate firstDay = date(record, columns, "first_day", line, errors);
        if (firstDay == null && value(record, columns, "first_day") == null) {
            errors.add(ImportRowError.of(line, "calendar.import.error.required", "first_day"));
        }
        LocalDate lastDay = date(record, columns, "last_day", line, errors);
        Integer risk = risk(value(record, columns, "risk_level"), line, errors);
        LocalTime startsAt = time(record, columns, "starts_at", line, errors);
        LocalTime endsAt = time(record, columns, "ends_at", line, errors);
        if (errors.size() > before) {
            return null;
        }
        return ImportChecks.draft(line, kind, ImportChecks.code(kind, value(record, columns, "code")),
                value(record, columns, "title"), firstDay, lastDay == null ? firstDay : lastDay, risk, startsAt,
                endsAt, value(record, columns, "location"), value(record, columns, "notes"), errors);
    }

    static Integer risk(String value, int line, List<ImportRowError> errors) {
        if (value == null) {
            return null;
        }
        try {
            int risk = Integer.parseInt(value.strip());
            if (risk >= 0 && risk <= 5) {
                return risk;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(ImportRowError.of(line, "calendar.import.error.badRisk", value));
        return null;
    }

    private static LocalDate date(CSVRecord record, Map<String, Integer> columns, String column, int line,
                                  List<ImportRowError> errors) {
        String value = value(record, columns, column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(ImportRowError.of(line, "calendar.import.error.badDate", column, value));
            return null;
        }
    }

    private static LocalTime time(CSVRecord record, Map<String, Integer> columns, String column, int line,
                                  List<ImportRowError> errors) {
        String value = value(record, columns, column);
        if (value == null) {
            return null;
        }
        Matcher m = TIME.matcher(value);
        if (m.matches()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            if (hour < 24 && minute < 60) {
                return LocalTime.of(hour, minute);
            }
        }
        errors.add(ImportRowError.of(line, "calendar.import.error.badTime", column, value));
        return null;
    }

    private static String value(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size()) {
            return null;
        }
        return ImportChecks.text(record.get(index));
    }

    private static boolean blank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("");
    }
}
