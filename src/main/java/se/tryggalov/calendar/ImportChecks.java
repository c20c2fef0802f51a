package se.tryggalov.calendar;

import se.tryggalov.shared.validation.IdentityNumbers;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks an import row gets whatever the file format, so the user sees every problem of the file at once
 * (the service stops at the first). They mirror {@link CalendarService#validate} except for the school year,
 * which the file does not know.
 */
final class ImportChecks {

    static final int MAX_TITLE = 150;
    static final int MAX_LOCATION = 200;
    static final int MAX_NOTES = 2000;
    static final int MAX_BREAK_DAYS = 90;

    /** Swedish names a coordinator may write instead of the enum names. */
    private static final Map<String, ItemKind> KIND_NAMES = Map.of(
            "lov", ItemKind.BREAK,
            "lovdag", ItemKind.DAY_OFF,
            "nyckeldatum", ItemKind.KEY_DATE,
            "möte", ItemKind.MEETING);

    private ImportChecks() {
    }

    /** BREAK, DAY_OFF, KEY_DATE, MEETING (any case, "-" or " " for "_") or lov, lovdag, nyckeldatum, möte. */
    static ItemKind kind(String value) {
        if (value == null) {
            return null;
        }
        String clean = Normalizer.normalize(value.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        ItemKind swedish = KIND_NAMES.get(clean);
        if (swedish != null) {
            return swedish;
        }
        try {
            return ItemKind.valueOf(clean.replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A blank code is CUSTOM (DAY_OFF for a day off); codes are upper case. */
    static String code(ItemKind kind, String value) {
        if (value == null || value.isBlank()) {
            return kind == ItemKind.DAY_OFF ? ItemKind.DAY_OFF.name() : CalendarItem.CUSTOM;
        }
        return value.strip().toUpperCase(Locale.ROOT);
    }

    static boolean validCode(ItemKind kind, String code) {
        if (CalendarItem.CUSTOM.equals(code)) {
            return true;
        }
        Set<String> names = switch (kind) {
            case BREAK -> names(BreakKind.values());
            case KEY_DATE -> names(KeyDateKind.values());
            case MEETING -> names(MeetingKind.values());
            case DAY_OFF -> Set.of(ItemKind.DAY_OFF.name());
        };
        return names.contains(code);
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Checks a row whose values are read; adds one error per problem and returns the draft (as the service
     * would store it) or null.
     */
    static ItemDraft draft(int line, ItemKind kind, String code, String title, LocalDate firstDay, LocalDate lastDay,
                           Integer risk, LocalTime startsAt, LocalTime endsAt, String location, String notes,
                           List<ImportRowError> errors) {
        int before = errors.size();
        title = text(title);
        location = text(location);
        notes = text(notes);
        for (String text : java.util.Arrays.asList(title, location, notes)) {
            IdentityNumbers.checkText(text).ifPresent(p ->
                    errors.add(new ImportRowError(line, p.key(), p.arguments())));
        }
        if (!validCode(kind, code)) {
            errors.add(ImportRowError.of(line, "calendar.import.error.unknownCode", code, kind.name()));
        }
        if (CalendarItem.CUSTOM.equals(code) && title == null) {
            errors.add(ImportRowError.of(line, "calendar.import.error.titleRequired"));
        }
        if (title != null && title.length() > MAX_TITLE) {
            errors.add(ImportRowError.of(line, "calendar.import.error.titleTooLong", MAX_TITLE));
        }
        if (lastDay.isBefore(firstDay)) {
            errors.add(ImportRowError.of(line, "calendar.import.error.endBeforeStart", firstDay.toString(), lastDay.toString()));
        } else if (kind == ItemKind.BREAK && firstDay.plusDays(MAX_BREAK_DAYS).isBefore(lastDay)) {
            errors.add(ImportRowError.of(line, "calendar.import.error.breakTooLong", MAX_BREAK_DAYS));
        }
        if (kind == ItemKind.KEY_DATE && risk == null) {
            errors.add(ImportRowError.of(line, "calendar.import.error.riskRequired"));
        }
        if (kind == ItemKind.MEETING) {
            if (!firstDay.equals(lastDay)) {
                errors.add(ImportRowError.of(line, "calendar.import.error.meetingOneDay"));
            }
            if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
                errors.add(ImportRowError.of(line, "calendar.import.error.meetingEndsBeforeStart"));
            }
            if (startsAt == null && endsAt != null) {
                errors.add(ImportRowError.of(line, "calendar.import.error.meetingEndWithoutStart"));
            }
        } else if (startsAt != null || endsAt != null) {
            errors.add(ImportRowError.of(line, "calendar.import.error.timesOnlyForMeetings"));
        }
        if (location != null && location.length() > MAX_LOCATION) {
            errors.add(ImportRowError.of(line, "calendar.import.error.locationTooLong", MAX_LOCATION));
        }
        if (notes != null && notes.length() > MAX_NOTES) {
            errors.add(ImportRowError.of(line, "calendar.import.error.notesTooLong", MAX_NOTES));
        }
        if (errors.size() > before) {
            return null;
        }
        boolean meeting = kind == ItemKind.MEETING;
        return new ItemDraft(kind, code, title, firstDay, lastDay, meeting ? null : risk, meeting ? startsAt : null,
                meeting ? endsAt : null, location, notes, Set.of());
    }
}
