package se.tryggalov.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import se.tryggalov.shared.time.DateTexts;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * What every feature's texts helper needs: translation in the view's language, dates and times written the same
 * way on every page, and a date picker in that language. Features extend it with their own wording.
 */
public class UiTexts {

    private static final List<DayOfWeek> FROM_SUNDAY = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final BiFunction<String, Object[], String> translator;
    private final Locale locale;
    private final DateTexts dates;

    protected UiTexts(BiFunction<String, Object[], String> translator, Locale locale) {
        this.translator = translator;
        this.locale = locale;
        this.dates = DateTexts.of(locale);
    }

    public Locale locale() {
        return locale;
    }

    public String t(String key, Object... arguments) {
        return translator.apply(key, arguments);
    }

    /** The shared date style: {@link DateTexts}. */
    public DateTexts dates() {
        return dates;
    }

    /** "fre 30 okt.". */
    public String shortDate(LocalDate date) {
        return dates.shortDate(date);
    }

    /** "fredag 30 oktober 2026". */
    public String longDate(LocalDate date) {
        return dates.longDate(date);
    }

    /** "fre 30 apr." for one day, "mån 22–fre 26 feb." for a range. */
    public String dateRange(LocalDate from, LocalDate to) {
        return dates.range(from, to);
    }

    /** "21:00"; empty for no time. */
    public String time(LocalTime value) {
        return value == null ? "" : TIME.format(value);
    }

    /** A date picker in the user's language that reads and writes ISO dates, weeks starting on Monday. */
    public DatePicker datePicker(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(locale);
        List<String> months = Arrays.stream(Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList();
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(FROM_SUNDAY.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdaysShort(FROM_SUNDAY.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(1)
                .setDateFormat("yyyy-MM-dd")
                .setToday(t("calendar.datePicker.today"))
                .setCancel(t("calendar.datePicker.cancel"))
                .setBadInputErrorMessage(t("calendar.datePicker.badInput")));
        picker.setHelperText(t("calendar.datePicker.format"));
        return picker;
    }
}
