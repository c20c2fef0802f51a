package se.tryggalov.calendar.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Date pickers that speak the user's language, start weeks on Monday and read and write ISO dates (2026-10-26). */
final class CalendarDatePickers {

    static final String DATE_FORMAT = "yyyy-MM-dd";

    private CalendarDatePickers() {
    }

    static DatePicker create(String label, CalendarTexts texts) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(texts.locale());
        picker.setI18n(i18n(texts));
        picker.setWeekNumbersVisible(true);
        picker.setHelperText(texts.t("calendar.datePicker.format"));
        return picker;
    }

    static DatePicker.DatePickerI18n i18n(CalendarTexts texts) {
        Locale locale = texts.locale();
        List<String> months = Arrays.stream(Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList();
        // DatePickerI18n counts weekdays from Sunday.
        List<DayOfWeek> fromSunday = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(1)
                .setDateFormat(DATE_FORMAT)
                .setToday(texts.t("calendar.datePicker.today"))
                .setCancel(texts.t("calendar.datePicker.cancel"))
                .setBadInputErrorMessage(texts.t("calendar.datePicker.badInput"))
                .setMinErrorMessage(texts.t("calendar.datePicker.tooEarly"))
                .setMaxErrorMessage(texts.t("calendar.datePicker.tooLate"));
    }
}
