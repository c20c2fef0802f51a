package se.tryggalov.activity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import se.tryggalov.shared.ui.UiTexts;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import se.tryggalov.activity.ActivityType;
import se.tryggalov.activity.PeriodRef;
import se.tryggalov.activity.Shift;
import se.tryggalov.activity.ShiftStatus;
import se.tryggalov.activity.Staffing;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.volunteer.QualificationKind;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** Times, dates, groups, staffing and risk levels of the plan, in the user's language, for every plan view. */
final class PlanTexts extends UiTexts {

    static final int MAX_RISK = 5;


    private PlanTexts(BiFunction<String, Object[], String> translator, Locale locale) {
        super(translator, locale);
    }

    /** Texts for a view, in its UI's language (pass the view's {@code getLocale()}). */
    static PlanTexts of(Component component, Locale locale) {
        return new PlanTexts(component::getTranslation, locale);
    }

    // ---- page parts ---------------------------------------------------------------------------------------------

    /** The top of a plan page: its heading with the links beside it, then the hint below. */
    Component[] pageTop(String titleKey, Component links, String introKey) {
        Div header = new Div(new H1(t(titleKey)), links);
        header.addClassName("plan-header");
        Paragraph intro = new Paragraph(t(introKey));
        intro.addClassName("hint");
        return new Component[] {header, intro};
    }

    /** A link to another plan page, by its id. */
    static RouterLink link(String text, Class<? extends Component> view, String id) {
        RouterLink link = new RouterLink(text, view);
        link.setId(id);
        return link;
    }

    // ---- dates and times ----------------------------------------------------------------------------------------

    /** "21:00–23:00", or "21:00–01:00 (+1)" when the end is the next morning. */
    String times(LocalTime startsAt, LocalTime endsAt) {
        if (startsAt == null || endsAt == null) {
            return "";
        }
        return t(endsAt.isAfter(startsAt) ? "plan.time.range" : "plan.time.rangeNextDay", time(startsAt),
                time(endsAt));
    }

    /** The same range for a screen reader: "21:00 till 01:00 nästa dag". */
    String timesSpoken(LocalTime startsAt, LocalTime endsAt) {
        if (startsAt == null || endsAt == null) {
            return "";
        }
        return t(endsAt.isAfter(startsAt) ? "plan.time.rangeSpoken" : "plan.time.rangeNextDaySpoken",
                time(startsAt), time(endsAt));
    }

    String times(Shift shift) {
        return times(shift.startsAt(), shift.endsAt());
    }

    String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL_STANDALONE, locale());
    }

    String weekdayShort(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT_STANDALONE, locale());
    }

    // ---- what a shift is ----------------------------------------------------------------------------------------

    /** "grupp 2". */
    String group(int groupNo) {
        return t("plan.group", groupNo);
    }

    String type(ActivityType type) {
        return type == null ? "" : t(type.messageKey());
    }

    /** A short name for a type where space is scarce (the board). */
    String typeShort(ActivityType type) {
        return t("plan.typeShort." + type.name());
    }

    String status(ShiftStatus status) {
        return status == null ? "" : t(status.messageKey());
    }

    String staffing(Staffing staffing) {
        return staffing == null ? "" : t(staffing.messageKey());
    }

    String qualification(QualificationKind kind) {
        return t("volunteers.qualification." + kind.name());
    }

    String qualifications(Collection<QualificationKind> kinds) {
        return kinds.stream().sorted().map(this::qualification).collect(Collectors.joining(", "));
    }

    /** "2 av 4" (assigned of needed), "2 av 4, 2 saknas"; an organisation's own shift says so instead. */
    String staffed(Shift shift) {
        if (shift.staffing() == Staffing.ORGANISATION) {
            return t("plan.staffed.organisation");
        }
        return shift.missing() == 0 ? t("plan.staffed.full", shift.assignedCount(), shift.peopleNeeded())
                : t("plan.staffed.missing", shift.assignedCount(), shift.peopleNeeded(), shift.missing());
    }

    /** "3–5 (4 behövs)". */
    String sizes(int min, int needed, int max) {
        return t("plan.sizes", min, needed, max);
    }

    // ---- risk ---------------------------------------------------------------------------------------------------

    /** "4 – hög": the number and a word, never colour alone. */
    String risk(int level) {
        return t("plan.risk.level", level, t("plan.risk.word." + Math.max(0, Math.min(MAX_RISK, level))));
    }

    /** "Risk 4 – hög". */
    String riskLabel(int level) {
        return t("plan.risk.label", risk(level));
    }

    // ---- periods ------------------------------------------------------------------------------------------------

    String itemName(CalendarItem item) {
        String key = item.nameKey();
        return key != null ? t(key) : item.title();
    }

    String periodName(PeriodRef period) {
        if (period == null) {
            return t("plan.period.term");
        }
        return period.title() != null || period.nameKey() == null ? period.title() : t(period.nameKey());
    }

    /** "Sportlov 2027 (1 mar–5 mar)". */
    String itemWithDates(CalendarItem item) {
        return t("words.period.withRange", itemName(item), String.valueOf(item.firstDay().getYear()),
                dateRange(item.firstDay(), item.lastDay()));
    }

    // ---- fields -------------------------------------------------------------------------------------------------

    /** A 24-hour time picker in quarter hours. */
    TimePicker timePicker(String label) {
        TimePicker picker = new TimePicker(label);
        picker.setLocale(locale());
        picker.setStep(Duration.ofMinutes(15));
        return picker;
    }
}
