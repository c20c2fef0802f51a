package se.tryggalov.place.ui;

import se.tryggalov.place.OpeningHours;
import se.tryggalov.place.Venue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Weekdays and opening hours in the reader's language: "Fredag 18:00–01:00". */
final class PlaceFormat {

    private PlaceFormat() {
    }

    static String weekday(DayOfWeek day, Locale locale) {
        String name = day.getDisplayName(TextStyle.FULL_STANDALONE, locale);
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    static String time(LocalTime time, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }

    static String interval(OpeningHours hours, Locale locale) {
        return time(hours.opens(), locale) + "–" + time(hours.closes(), locale);
    }

    /** One line per weekday the venue opens: its intervals, earliest first. */
    static List<String> weeklyHours(Venue venue, Locale locale) {
        List<String> lines = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<OpeningHours> hours = venue.hoursOn(day);
            if (!hours.isEmpty()) {
                lines.add(weekday(day, locale) + " " + hours.stream().map(h -> interval(h, locale))
                        .collect(Collectors.joining(", ")));
            }
        }
        return lines;
    }
}
