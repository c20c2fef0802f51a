package se.tryggalov.followup;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.tryggalov.place.District;
import se.tryggalov.place.Venue;
import se.tryggalov.shared.csv.CsvText;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.validation.Problem;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a CSV file of observation counts (from the police, the housing company): UTF-8 (with or without a byte
 * order mark) or Windows-1252, semicolon, comma or tab separated, Swedish or English headers. Columns:
 * kommundel/district, plats/place (optional), kategori/category (the category's name in Swedish or English, or its
 * code), datum/date (yyyy-mm-dd), tid/time (hh:mm, optional), antal/count, anteckning/note (optional).
 */
public final class ObservationImport {

    /** A good row: its line, what it holds, its natural key, and whether an earlier import already saved it. */
    public record Row(int line, ObservationDraft draft, String districtName, String placeName, String key,
                      boolean alreadyImported) {
    }

    /** A row's problem: its line and the translatable reason. */
    public record RowProblem(int line, Problem problem) {
    }

    /** The dry run's answer. */
    public record Result(List<Row> rows, List<RowProblem> problems) {

        public Result {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        public long newRows() {
            return rows.stream().filter(r -> !r.alreadyImported()).count();
        }

        public long alreadyImported() {
            return rows.stream().filter(Row::alreadyImported).count();
        }

        Result markImported(Set<String> stored) {
            return new Result(rows.stream().map(r -> new Row(r.line(), r.draft(), r.districtName(), r.placeName(),
                    r.key(), stored.contains(r.key()))).toList(), problems);
        }
    }

    enum Column {
        DISTRICT("kommundel", "district"),
        PLACE("plats", "place"),
        CATEGORY("kategori", "category"),
        DATE("datum", "date"),
        TIME("tid", "time"),
        COUNT("antal", "count"),
        NOTE("anteckning", "note");

        final String swedish;
        final String english;

        Column(String swedish, String english) {
            this.swedish = swedish;
            this.english = english;
        }

        static Optional<Column> of(String header) {
            String clean = header == null ? "" : normal(header);
            for (Column c : values()) {
                if (c.swedish.equals(clean) || c.english.equals(clean)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }

    /** The template's header line (Swedish, semicolons). */
    public static final String HEADER = "kommundel;plats;kategori;datum;tid;antal;anteckning";

    private static final String BOM = "\uFEFF";
    private static final LocalTime NO_TIME = LocalTime.NOON;

    private ObservationImport() {
    }

    static Result parse(byte[] file, List<District> districts, int maxRows,
                        Function<ObservationDraft, Optional<Problem>> rules) {
        List<Row> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        String text = decode(file);
        if (text.startsWith(BOM)) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            problems.add(new RowProblem(1, Problem.of("followup.import.error.empty")));
            return new Result(rows, problems);
        }
        String header = text.lines().findFirst().orElse("");
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(CsvText.delimiter(header))
                .setIgnoreEmptyLines(true).setTrim(true).get();
        CsvText.LineIndex lines = new CsvText.LineIndex(text);
        Map<ObservationCategory, Set<String>> categoryNames = categoryNames();
        Map<String, Integer> seen = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<Column, Integer> columns = null;
            for (CSVRecord record : parser) {
                int line = lines.lineAt(CsvText.recordStart(text, record.getCharacterPosition()));
                if (columns == null) {
                    columns = new HashMap<>();
                    for (int i = 0; i < record.size(); i++) {
                        Optional<Column> column = Column.of(record.get(i));
                        if (column.isEmpty()) {
                            problems.add(new RowProblem(line, Problem.of("followup.import.error.unknownColumn",
                                    record.get(i))));
                        } else {
                            columns.put(column.get(), i);
                        }
                    }
                    for (Column required : List.of(Column.DISTRICT, Column.CATEGORY, Column.DATE, Column.COUNT)) {
                        if (!columns.containsKey(required)) {
                            problems.add(new RowProblem(line, Problem.of("followup.import.error.missingColumn",
                                    required.swedish)));
                        }
                    }
                    if (!problems.isEmpty()) {
                        return new Result(rows, problems);
                    }
                    continue;
                }
                if (rows.size() + problems.size() >= maxRows) {
                    problems.add(new RowProblem(line, Problem.of("followup.import.error.tooManyRows", maxRows)));
                    break;
                }
                Map<Column, Integer> at = columns;
                Function<Column, String> value = c -> {
                    Integer i = at.get(c);
                    String v = i == null || i >= record.size() ? null : record.get(i);
                    return v == null || v.isBlank() ? null : v.strip();
                };
                Optional<Problem> problem = Optional.empty();
                String districtName = value.apply(Column.DISTRICT);
                Optional<District> district = districts.stream()
                        .filter(d -> districtName != null && normal(d.name()).equals(normal(districtName)))
                        .findFirst();
                String placeName = value.apply(Column.PLACE);
                Venue venue = null;
                ObservationCategory category = category(value.apply(Column.CATEGORY), categoryNames);
                LocalDate date = null;
                LocalTime time = NO_TIME;
                Integer count = null;
                if (district.isEmpty()) {
                    problem = Optional.of(Problem.of("followup.import.error.district", orEmpty(districtName)));
                } else if (placeName != null) {
                    venue = district.get().venues().stream().filter(v -> normal(v.name()).equals(normal(placeName)))
                            .findFirst().orElse(null);
                    if (venue == null) {
                        problem = Optional.of(Problem.of("followup.import.error.place", placeName,
                                district.get().name()));
                    }
                }
                if (problem.isEmpty() && category == null) {
                    problem = Optional.of(Problem.of("followup.import.error.category",
                            orEmpty(value.apply(Column.CATEGORY))));
                }
                if (problem.isEmpty()) {
                    try {
                        date = LocalDate.parse(orEmpty(value.apply(Column.DATE)));
                        String t = value.apply(Column.TIME);
                        time = t == null ? NO_TIME : LocalTime.parse(t.length() == 4 ? "0" + t : t);
                    } catch (DateTimeParseException e) {
                        problem = Optional.of(Problem.of("followup.import.error.dateTime",
                                orEmpty(value.apply(Column.DATE)) + " " + orEmpty(value.apply(Column.TIME))));
                    }
                }
                if (problem.isEmpty()) {
                    try {
                        count = Integer.valueOf(orEmpty(value.apply(Column.COUNT)));
                    } catch (NumberFormatException e) {
                        problem = Optional.of(Problem.of("followup.import.error.count",
                                orEmpty(value.apply(Column.COUNT))));
                    }
                }
                ObservationDraft draft = null;
                if (problem.isEmpty()) {
                    draft = new ObservationDraft(district.get().id(), venue == null ? null : venue.id(), category,
                            date.atTime(time), count, value.apply(Column.NOTE));
                    problem = rules.apply(draft);
                }
                if (problem.isPresent()) {
                    problems.add(new RowProblem(line, problem.get()));
                    continue;
                }
                String key = key(draft);
                Integer earlier = seen.putIfAbsent(key, line);
                if (earlier != null) {
                    problems.add(new RowProblem(line, Problem.of("followup.import.error.repeated", earlier)));
                    continue;
                }
                rows.add(new Row(line, draft, district.get().name(), venue == null ? null : venue.name(), key, false));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            problems.add(new RowProblem(0, Problem.of("followup.import.error.unreadable")));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new RowProblem(1, Problem.of("followup.import.error.empty")));
        }
        return new Result(rows, problems);
    }

    /** The natural key: district, place, category, minute, count and the note as stored, hashed. */
    static String key(ObservationDraft d) {
        String natural = d.districtId() + "|" + d.venueId() + "|" + d.category() + "|" + d.observedAt().withSecond(0)
                + "|" + d.count() + "|" + (d.note() == null || d.note().isBlank() ? "" : d.note().strip());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(natural.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObservationCategory category(String value, Map<ObservationCategory, Set<String>> names) {
        if (value == null) {
            return null;
        }
        Optional<ObservationCategory> byCode = ObservationCategory.of(value);
        if (byCode.isPresent()) {
            return byCode.get();
        }
        String clean = normal(value);
        return names.entrySet().stream().filter(e -> e.getValue().contains(clean)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private static Map<ObservationCategory, Set<String>> categoryNames() {
        Map<String, String> sv = Translations.texts(Translations.SWEDISH);
        Map<String, String> en = Translations.texts(Translations.ENGLISH);
        Map<ObservationCategory, Set<String>> names = new HashMap<>();
        for (ObservationCategory c : ObservationCategory.values()) {
            names.put(c, Set.of(normal(sv.getOrDefault(c.messageKey(), c.name())),
                    normal(en.getOrDefault(c.messageKey(), c.name()))));
        }
        return names;
    }

    private static String normal(String value) {
        return Normalizer.normalize(value.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
