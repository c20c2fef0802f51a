package se.tryggalov.roster.ui;

import com.vaadin.flow.component.Component;
import se.tryggalov.shared.ui.UiTexts;
import com.vaadin.flow.component.datepicker.DatePicker;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.roster.BoardShift;
import se.tryggalov.roster.solver.RosterSolution;
import se.tryggalov.roster.solver.ShiftGap;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/** Dates, times, groups, scores and the solver's explanations in the user's language, for the roster views. */
final class RosterTexts extends UiTexts {


    RosterTexts(BiFunction<String, Object[], String> translator, Locale locale) {
        super(translator, locale);
    }

    static RosterTexts of(Component component, Locale locale) {
        return new RosterTexts(component::getTranslation, locale);
    }

    /** "21:00–01:00". */
    String times(LocalTime from, LocalTime to) {
        return t("roster.times", time(from), time(to));
    }

    String itemName(CalendarItem item) {
        String key = item.nameKey();
        return key != null ? t(key) : item.title();
    }

    /** "Grupp 2 · Alby · fre 5 mar", naming a shift anywhere in the scope. */
    String shiftName(BoardShift shift) {
        return t("roster.shiftName", shift.groupNo(), shift.districtName(), shortDate(shift.day()),
                shift.staffed(), shift.maxSize());
    }

    /** The group's state in words, never by colour alone. */
    String staffing(BoardShift shift) {
        if (shift.empty()) {
            return t("roster.staffing.empty", shift.minSize());
        }
        if (shift.belowMinimum()) {
            return t("roster.staffing.belowMinimum", shift.staffed(), shift.minSize());
        }
        if (shift.missing() > 0) {
            return t("roster.staffing.short", shift.staffed(), shift.peopleNeeded(), shift.missing());
        }
        return t("roster.staffing.full", shift.staffed(), shift.peopleNeeded());
    }

    String reason(ShiftGap.Reason reason) {
        String key = reason.code().startsWith("solver.") ? reason.code() : "solver.gap." + reason.code();
        return t(key, readable(reason.args()));
    }

    String violation(RosterSolution.Violation violation) {
        return t("solver.violation." + violation.constraint(), readable(violation.args()));
    }

    private static final java.util.regex.Pattern ISO_DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z][A-Z_]+");

    /**
     * The solver's arguments as a reader sees them: an evening it names as "2027-03-06" in the page's date style
     * ("lör 6 mars"), a qualification it names by code ("FIRST_AID") by its name ("Första hjälpen").
     */
    private Object[] readable(List<Object> args) {
        return args.stream().map(arg -> {
            if (arg instanceof String s && ISO_DAY.matcher(s).matches()) {
                try {
                    return shortDate(LocalDate.parse(s));
                } catch (java.time.format.DateTimeParseException e) {
                    return s;
                }
            }
            if (arg instanceof String s && CODE.matcher(s).matches()
                    && se.tryggalov.shared.i18n.Translations.texts(locale()).containsKey("volunteers.qualification." + s)) {
                return t("volunteers.qualification." + s);
            }
            return arg;
        }).toArray();
    }

    String constraintName(String constraint) {
        return t("solver.constraint." + constraint);
    }

    /** "73 %"; rounded down, so "100 %" means nothing at all is missing (99.6 % is not full). */
    String percent(double share) {
        return t("roster.percent", share >= 1 ? 100 : (long) Math.floor(Math.max(0, share) * 100));
    }

    /** "30 s", "2 min". */
    String seconds(int seconds) {
        return seconds < 60 || seconds % 60 != 0 ? t("roster.seconds", seconds) : t("roster.minutes", seconds / 60);
    }

    String timeLeft(Duration left) {
        return t("roster.seconds", left.toSeconds());
    }
}
