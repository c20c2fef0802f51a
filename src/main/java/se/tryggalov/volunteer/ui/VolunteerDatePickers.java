package se.tryggalov.volunteer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Date pickers in the user's language that read and write ISO dates (2026-10-26) and refuse future dates. */
final class VolunteerDatePickers {

    private VolunteerDatePickers() {
    }

    static DatePicker create(Component owner, String label, LocalDate max) {
        Locale locale = owner.getUI().map(com.vaadin.flow.component.UI::getLocale)
                .orElseGet(() -> com.vaadin.flow.component.UI.getCurrent() == null ? Locale.getDefault()
                        : com.vaadin.flow.component.UI.getCurrent().getLocale());
        DatePicker picker = new DatePicker(label);
        picker.setLocale(locale);
        List<DayOfWeek> fromSunday = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(1)
                .setDateFormat("yyyy-MM-dd")
                .setToday(owner.getTranslation("volunteers.date.today"))
                .setCancel(owner.getTranslation("action.cancel"))
                .setBadInputErrorMessage(owner.getTranslation("volunteers.date.badInput"))
                .setMaxErrorMessage(owner.getTranslation("volunteers.error.dateInFuture")));
        picker.setHelperText(owner.getTranslation("volunteers.date.format"));
        if (max != null) {
            picker.setMax(max);
        }
        return picker;
    }
}
