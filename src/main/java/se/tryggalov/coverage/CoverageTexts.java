package se.tryggalov.coverage;

import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.shared.i18n.Translations;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The words of the coverage exports and sheets, in the reader's language: the same as on screen. */
record CoverageTexts(Locale locale, Translations translations) {

    String t(String key, Object... arguments) {
        return translations.get(locale, key, arguments);
    }

    String date(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale).format(date);
    }

    String shortDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale).format(date);
    }

    String times(LocalTime start, LocalTime end) {
        return start + "–" + end;
    }

    String periodName(CoverageService.Period period) {
        CalendarItem item = period.item();
        if (item == null) {
            return t("coverage.period.year", period.year().label());
        }
        String name = item.nameKey() == null ? item.title() : t(item.nameKey());
        return t("coverage.period.named", name, date(item.firstDay()), date(item.lastDay()));
    }
}
