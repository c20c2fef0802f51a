package se.tryggalov.calendar;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Duration;
import net.fortuna.ical4j.model.property.Status;
import se.tryggalov.shared.time.Zones;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads iCalendar files: our own export exactly (through the X-TRYGGA-* properties), and foreign school
 * calendars by shape: several whole days are a break, one whole day a key date (risk 3), a timed event a meeting.
 */
final class IcsImport {

    static final int FOREIGN_KEY_DATE_RISK = 3;

    private IcsImport() {
    }

    static ImportParseResult parse(String text) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(text));
        } catch (ParserException e) {
            return ImportParseResult.failed(ImportRowError.of(0, "calendar.import.error.icsSyntax", e.getLineNo()));
        } catch (IOException | RuntimeException e) {
            return ImportParseResult.failed(ImportRowError.of(0, "calendar.import.error.notCalendar"));
        }
        List<ItemDraft> drafts = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<ImportRowError> errors = new ArrayList<>();
        Map<Integer, List<ImportRowError>> unrealDates = unrealDates(text);
        int ordinal = 0;
        for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
            ordinal++;
            if (ordinal > CalendarService.MAX_IMPORT_ITEMS) {
                errors.add(ImportRowError.of(ordinal, "calendar.import.error.tooMany", CalendarService.MAX_IMPORT_ITEMS));
                break;
            }
            if (text(event, Property.STATUS).filter(Status.VALUE_CANCELLED::equalsIgnoreCase).isPresent()) {
                continue;
            }
            if (unrealDates.containsKey(ordinal)) {
                errors.addAll(unrealDates.get(ordinal));
                continue;
            }
            try {
                ItemDraft draft = event(event, ordinal, errors);
                if (draft != null) {
                    drafts.add(draft);
                    lines.add(ordinal);
                }
            } catch (RuntimeException e) { // a value ical4j could not turn into a date or time
                errors.add(ImportRowError.of(ordinal, "calendar.import.error.badEvent"));
            }
        }
        if (ordinal == 0) {
            errors.add(ImportRowError.of(0, "calendar.import.error.empty"));
        }
        return new ImportParseResult(drafts, lines, errors);
    }

    private static ItemDraft event(VEvent event, int line, List<ImportRowError> errors) {
        if (event.getProperty(Property.RRULE).isPresent() || event.getProperty(Property.RDATE).isPresent()) {
            errors.add(ImportRowError.of(line, "calendar.import.error.recurring"));
            return null;
        }
        Optional<DateProperty<Temporal>> start = event.getProperty(Property.DTSTART);
        if (start.isEmpty() || start.get().getDate() == null) {
            errors.add(ImportRowError.of(line, "calendar.import.error.required", Property.DTSTART));
            return null;
        }
        Temporal startValue = start.get().getDate();
        Optional<DateProperty<Temporal>> end = event.getProperty(Property.DTEND);
        Optional<TemporalAmount> duration = event.<Duration>getProperty(Property.DURATION)
                .map(Duration::getDuration);

        boolean allDay = startValue instanceof LocalDate;
        LocalDate firstDay;
        LocalDate lastDay;
        LocalTime startsAt = null;
        LocalTime endsAt = null;
        if (allDay) {
            firstDay = (LocalDate) startValue;
            LocalDate endExclusive = end.map(e -> e.getDate() instanceof LocalDate d ? d : null)
                    .or(() -> duration.map(firstDay::plus).map(LocalDate::from))
                    .orElse(firstDay.plusDays(1));
            // DTEND is exclusive; some writers repeat DTSTART for a single day.
            lastDay = endExclusive.isAfter(firstDay) ? endExclusive.minusDays(1) : firstDay;
        } else {
            LocalDateTime from = local(startValue);
            LocalDateTime to = end.map(e -> local(e.getDate()))
                    .or(() -> duration.map(from::plus)).orElse(null);
            firstDay = from.toLocalDate();
            startsAt = from.toLocalTime();
            lastDay = to == null ? firstDay : to.toLocalDate();
            endsAt = to == null || to.equals(from) ? null : to.toLocalTime();
        }

        String summary = text(event, Property.SUMMARY).orElse(null);
        Optional<String> kindValue = text(event, CalendarImportParser.X_KIND);
        Integer risk = CsvImport.risk(text(event, CalendarImportParser.X_RISK).orElse(null), line, errors);
        if (errors.stream().anyMatch(e -> e.line() == line)) {
            return null;
        }
        ItemKind kind;
        String code;
        String title;
        if (kindValue.isPresent()) {
            kind = ImportChecks.kind(kindValue.get());
            if (kind == null) {
                errors.add(ImportRowError.of(line, "calendar.import.error.unknownKind", kindValue.get()));
                return null;
            }
            code = ImportChecks.code(kind, text(event, CalendarImportParser.X_CODE).orElse(null));
            title = text(event, CalendarImportParser.X_TITLE)
                    .orElse(CalendarItem.CUSTOM.equals(code) ? summary : null);
        } else {
            kind = !allDay ? ItemKind.MEETING : lastDay.isAfter(firstDay) ? ItemKind.BREAK : ItemKind.KEY_DATE;
            code = CalendarItem.CUSTOM;
            title = summary;
            if (kind == ItemKind.KEY_DATE && risk == null) {
                risk = FOREIGN_KEY_DATE_RISK;
            }
        }
        return ImportChecks.draft(line, kind, code, title, firstDay, lastDay, risk, startsAt, endsAt,
                text(event, Property.LOCATION).orElse(null), text(event, Property.DESCRIPTION).orElse(null), errors);
    }

    /**
     * The events whose DTSTART or DTEND, as written, is not a real date or time, by event number. ical4j reads
     * 20270230 as 28 February (and hands back the value it made), so the file's own text is checked first.
     */
    static Map<Integer, List<ImportRowError>> unrealDates(String text) {
        Map<Integer, List<ImportRowError>> found = new HashMap<>();
        int ordinal = 0;
        java.util.Deque<String> open = new java.util.ArrayDeque<>(); // the event's own lines only, not an alarm's
        for (String line : text.replaceAll("\r?\n[ \t]", "").split("\r?\n")) {
            String upper = line.toUpperCase(java.util.Locale.ROOT);
            if (upper.startsWith("BEGIN:")) {
                open.push(upper.substring(6).strip());
                if (open.peek().equals("VEVENT")) {
                    ordinal++;
                }
                continue;
            }
            if (upper.startsWith("END:")) {
                open.poll();
                continue;
            }
            String name = upper.startsWith("DTSTART") ? Property.DTSTART : upper.startsWith("DTEND") ? Property.DTEND
                    : null;
            int colon = line.lastIndexOf(':');
            if (!"VEVENT".equals(open.peek()) || name == null || colon < 0
                    || !(upper.startsWith(name + ":") || upper.startsWith(name + ";"))) {
                continue;
            }
            String raw = line.substring(colon + 1).strip();
            if (!STRICT_DATE.matcher(raw).matches() || !realDateTime(raw)) {
                found.computeIfAbsent(ordinal, o -> new ArrayList<>())
                        .add(ImportRowError.of(ordinal, "calendar.import.error.badEventDate", name, raw));
            }
        }
        return found;
    }

    private static final java.util.regex.Pattern STRICT_DATE =
            java.util.regex.Pattern.compile("[0-9]{8}(T[0-9]{6}Z?)?");
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter BASIC_TIME = DateTimeFormatter.ofPattern("HHmmss")
            .withResolverStyle(ResolverStyle.STRICT);

    private static boolean realDateTime(String raw) {
        try {
            BASIC_DATE.parse(raw.substring(0, 8));
            if (raw.length() > 8) {
                BASIC_TIME.parse(raw.substring(9, 15));
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Date-times in Stockholm's local time; floating times are taken as they are. */
    private static LocalDateTime local(Temporal value) {
        return switch (value) {
            case LocalDateTime local -> local;
            case ZonedDateTime zoned -> zoned.withZoneSameInstant(Zones.STOCKHOLM)
                    .toLocalDateTime();
            case OffsetDateTime offset -> offset.atZoneSameInstant(Zones.STOCKHOLM)
                    .toLocalDateTime();
            case Instant instant -> LocalDateTime.ofInstant(instant, Zones.STOCKHOLM);
            case LocalDate date -> date.atStartOfDay();
            default -> throw new IllegalArgumentException("Not a date-time: " + value);
        };
    }

    private static Optional<String> text(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).map(ImportChecks::text);
    }
}
