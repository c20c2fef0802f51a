package se.tryggalov.availability.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import se.tryggalov.availability.AvailabilityState;
import se.tryggalov.availability.CandidateEvening;
import se.tryggalov.availability.TimeWindow;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.Holiday;
import se.tryggalov.calendar.KeyDateKind;
import se.tryggalov.calendar.RiskDefaults;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

/** Dates, evenings, answers and risk levels in the user's language, for both availability views. */
final class AvailabilityTexts {

    private static final String BREAK_WEEKEND = KeyDateKind.BREAK_FRIDAY_OR_SATURDAY.name();

    private final BiFunction<String, Object[], String> translator;
    private final Locale locale;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");

    private AvailabilityTexts(BiFunction<String, Object[], String> translator, Locale locale) {
        this.translator = translator;
        this.locale = locale;
        this.shortDate = DateTimeFormatter.ofPattern("EEE d MMM", locale);
        this.longDate = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
    }

    static AvailabilityTexts of(Component component, Locale locale) {
        return new AvailabilityTexts(component::getTranslation, locale);
    }

    Locale locale() {
        return locale;
    }

    String t(String key, Object... arguments) {
        return translator.apply(key, arguments);
    }

    /** "fre 30 okt". */
    String shortDate(LocalDate date) {
        return shortDate.format(date);
    }

    /** "fredag 30 oktober 2026". */
    String longDate(LocalDate date) {
        return longDate.format(date);
    }

    String month(Month month) {
        return t("calendar.month." + month.getValue());
    }

    String answer(AvailabilityState state) {
        return t("availability.answer." + state.name());
    }

    /** "Risk 4", short for the badge. */
    String riskBadge(int level) {
        return t("availability.risk", level);
    }

    /** "risk 4 av 5", for assistive technology and tooltips. */
    String riskOf(int level) {
        return t("calendar.risk.of", level, RiskDefaults.MAX_LEVEL);
    }

    String itemName(CalendarItem item) {
        String key = item.nameKey();
        return key != null ? t(key) : item.title();
    }

    /** What the evening is: the break it belongs to and what falls on it, or the kind of day. */
    String whatEvening(CandidateEvening evening) {
        Set<String> parts = new LinkedHashSet<>();
        evening.inBreak().ifPresent(b -> parts.add(itemName(b)));
        for (Holiday holiday : evening.holidays()) {
            parts.add(t(holiday.kind().messageKey()));
        }
        for (CalendarItem keyDate : evening.keyDates()) {
            // "a Friday or Saturday of a break" says nothing the break's name does not already say
            boolean saidByBreak = evening.isBreakNight() && BREAK_WEEKEND.equals(keyDate.code());
            if (!saidByBreak && evening.holidays().stream().noneMatch(h -> h.kind().name().equals(keyDate.code()))) {
                parts.add(itemName(keyDate));
            }
        }
        if (parts.isEmpty()) {
            DayOfWeek weekday = evening.weekday();
            parts.add(weekday == DayOfWeek.FRIDAY || weekday == DayOfWeek.SATURDAY
                    ? t("availability.evening.weekend") : t("calendar.dayType." + evening.day().dayType().name()));
        }
        return String.join(" · ", parts);
    }

    String time(LocalTime value) {
        return time.format(value);
    }

    /** "21:00–01:00", "från 22:00", "till 00:30", or "hela kvällen". */
    String window(TimeWindow window) {
        if (window == null) {
            return t("availability.window.whole");
        }
        if (window.from() != null && window.to() != null) {
            return t("availability.window.fromTo", time(window.from()), time(window.to()));
        }
        return window.from() != null ? t("availability.window.from", time(window.from()))
                : t("availability.window.to", time(window.to()));
    }

    /** A date picker in the user's language that reads and writes ISO dates, weeks starting on Monday. */
    DatePicker datePicker(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(locale);
        List<String> months = Arrays.stream(Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList();
        List<DayOfWeek> fromSunday = new ArrayList<>(List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY));
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(1)
                .setDateFormat("yyyy-MM-dd")
                .setToday(t("calendar.datePicker.today"))
                .setCancel(t("calendar.datePicker.cancel"))
                .setBadInputErrorMessage(t("calendar.datePicker.badInput")));
        picker.setHelperText(t("calendar.datePicker.format"));
        return picker;
    }
}
