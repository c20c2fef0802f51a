package se.tryggalov.availability.ui;

import com.vaadin.flow.component.Component;
import se.tryggalov.shared.ui.UiTexts;
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
final class AvailabilityTexts extends UiTexts {

    private static final String BREAK_WEEKEND = KeyDateKind.BREAK_FRIDAY_OR_SATURDAY.name();


    private AvailabilityTexts(BiFunction<String, Object[], String> translator, Locale locale) {
        super(translator, locale);
    }

    static AvailabilityTexts of(Component component, Locale locale) {
        return new AvailabilityTexts(component::getTranslation, locale);
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
}
