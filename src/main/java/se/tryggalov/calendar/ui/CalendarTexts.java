package se.tryggalov.calendar.ui;

import com.vaadin.flow.component.Component;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.DayInfo;
import se.tryggalov.calendar.DayType;
import se.tryggalov.calendar.Holiday;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.ItemStatus;
import se.tryggalov.calendar.RiskDefaults;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names and dates of calendar things in the user's language. Built from a translator function rather than a
 * component, so that the wheel and year renderers can be unit-tested and benchmarked without a UI.
 */
final class CalendarTexts {

    /** Looks up a translation key with arguments, as {@link Component#getTranslation(String, Object...)} does. */
    @FunctionalInterface
    interface Translator {
        String translate(String key, Object... arguments);
    }

    private final Translator translator;
    private final Locale locale;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter dayMonth;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter weekdayDate;
    private final DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");

    CalendarTexts(Translator translator, Locale locale) {
        this.translator = translator;
        this.locale = locale;
        this.longDate = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        this.dayMonth = DateTimeFormatter.ofPattern("d MMMM", locale);
        this.shortDate = DateTimeFormatter.ofPattern("EEE d MMM", locale);
        this.weekdayDate = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
    }

    /** Texts in the language of the component's UI. */
    static CalendarTexts of(Component component, Locale locale) {
        return new CalendarTexts(component::getTranslation, locale);
    }

    Locale locale() {
        return locale;
    }

    String t(String key, Object... arguments) {
        return translator.translate(key, arguments);
    }

    /** The item's own title, or the translated name of its code. */
    String name(CalendarItem item) {
        String key = item.nameKey();
        return key != null ? t(key) : item.title();
    }

    String kind(ItemKind kind) {
        return t("calendar.itemKind." + kind.name());
    }

    String status(ItemStatus status) {
        return t("calendar.status." + status.name());
    }

    String dayType(DayType type) {
        return t("calendar.dayType." + type.name());
    }

    String holiday(Holiday holiday) {
        return t(holiday.kind().messageKey());
    }

    /** "Augusti" for 8. */
    String month(int month) {
        return t("calendar.month." + month);
    }

    String weekdayShort(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, locale);
    }

    String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL_STANDALONE, locale);
    }

    /** "26 oktober 2026". */
    String date(LocalDate date) {
        return longDate.format(date);
    }

    /** "måndag 26 oktober 2026". */
    String dateWithWeekday(LocalDate date) {
        return weekdayDate.format(date);
    }

    /** "mån 26 okt", for lists and grids where the school year gives the year. */
    String shortDate(LocalDate date) {
        return shortDate.format(date);
    }

    String time(LocalTime value) {
        return value == null ? "" : time.format(value);
    }

    /** "26 oktober – 30 oktober 2026", or one date. */
    String dates(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return date(first);
        }
        String from = first.getYear() == last.getYear() ? dayMonth.format(first) : date(first);
        return t("calendar.range", from, date(last));
    }

    String dates(CalendarItem item) {
        return dates(item.firstDay(), item.lastDay());
    }

    /** "mån 26 okt – fre 30 okt". */
    String shortDates(CalendarItem item) {
        return item.firstDay().equals(item.lastDay()) ? shortDate(item.firstDay())
                : t("calendar.range", shortDate(item.firstDay()), shortDate(item.lastDay()));
    }

    /** "risk 4 av 5". */
    String risk(int level) {
        return t("calendar.risk.of", level, RiskDefaults.MAX_LEVEL);
    }

    int isoWeek(LocalDate date) {
        return date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** "13:00–14:30", or empty. */
    String times(CalendarItem item) {
        if (item.startsAt() == null) {
            return "";
        }
        return item.endsAt() == null ? time(item.startsAt())
                : t("calendar.timeRange", time(item.startsAt()), time(item.endsAt()));
    }

    /** Time and place of a meeting, or empty for other items. */
    String timeAndPlace(CalendarItem item) {
        List<String> parts = new ArrayList<>();
        String times = times(item);
        if (!times.isEmpty()) {
            parts.add(times);
        }
        if (item.location() != null) {
            parts.add(item.location());
        }
        return String.join(", ", parts);
    }

    /**
     * Everything a screen-reader user needs to know about an item in one sentence: name, kind, dates (with week for
     * breaks), risk, time and place, and whether it is confirmed.
     */
    String summary(CalendarItem item) {
        List<String> parts = new ArrayList<>();
        parts.add(name(item));
        parts.add(kind(item.kind()));
        String dates = dates(item);
        if (item.kind() == ItemKind.BREAK) {
            int first = isoWeek(item.firstDay());
            int last = isoWeek(item.lastDay());
            dates = dates + " (" + (first == last ? t("calendar.week", first) : t("calendar.weeks", first, last)) + ")";
        }
        parts.add(dates);
        if (item.riskLevel() != null) {
            parts.add(risk(item.riskLevel()));
        }
        String timeAndPlace = timeAndPlace(item);
        if (!timeAndPlace.isEmpty()) {
            parts.add(timeAndPlace);
        }
        parts.add(status(item.status()));
        return String.join(", ", parts);
    }

    /** What a date is and what falls on it, for the year view's day cells. */
    String daySummary(DayInfo day) {
        List<String> parts = new ArrayList<>();
        parts.add(dateWithWeekday(day.date()));
        parts.add(dayType(day.dayType()));
        if (day.riskLevel() > 0) {
            parts.add(risk(day.riskLevel()));
        }
        for (Holiday holiday : day.holidays()) {
            parts.add(holiday(holiday));
        }
        for (CalendarItem item : day.items()) {
            if (item.kind() != ItemKind.KEY_DATE || day.holidays().stream()
                    .noneMatch(h -> h.kind().name().equals(item.code()))) {
                parts.add(name(item));
            }
        }
        return String.join(", ", parts);
    }
}
