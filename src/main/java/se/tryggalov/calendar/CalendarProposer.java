package se.tryggalov.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Proposes a complete school-year calendar from rules. Pure and thread-safe.
 *
 * <p>Breaks:
 * <ul>
 *   <li>höstlov: Monday–Friday of ISO week 44;</li>
 *   <li>jullov: the day after the autumn term to the day before the spring term;</li>
 *   <li>sportlov: Monday–Friday of the municipality's ISO week (county default);</li>
 *   <li>påsklov: Monday–Friday of the week its {@link EasterBreakRule} picks;</li>
 *   <li>sommarlov: the day after the spring term to the day before next year's default
 *       autumn start.</li>
 * </ul>
 *
 * <p>Meetings, per break: coordination on the meeting weekday three weeks before the break's
 * first week, check-in the week before, follow-up in the second week after the break's last
 * week (7–14 days after it ends), and a steering-group meeting the week before the
 * coordination meeting of höstlov, sportlov and sommarlov (one per half-term of planning).
 * A meeting on a weekend, holiday or big eve moves to the nearest working day, the earlier one
 * on a tie.
 */
public final class CalendarProposer {

    static final int AUTUMN_BREAK_WEEK = 44;
    static final int COORDINATION_WEEKS_BEFORE = 3;
    static final int CHECK_IN_WEEKS_BEFORE = 1;
    static final int FOLLOW_UP_WEEKS_AFTER = 2;
    static final int STEERING_WEEKS_BEFORE = COORDINATION_WEEKS_BEFORE + 1;
    static final int LUCIA_DAY = 13;
    /** Three or more days off in a row make a long weekend. */
    static final int LONG_WEEKEND_DAYS = 3;

    private final SwedishHolidays holidays;

    public CalendarProposer() {
        this(new SwedishHolidays());
    }

    public CalendarProposer(SwedishHolidays holidays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    /** A proposal with default term dates ({@link TermDates#defaultFor(SchoolYear)}). */
    public CalendarProposal propose(SchoolYear year, MunicipalityRules rules) {
        return propose(year, rules, TermDates.defaultFor(year));
    }

    /** A proposal around the municipality's own term dates. */
    public CalendarProposal propose(SchoolYear year, MunicipalityRules rules, TermDates terms) {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(terms, "terms");
        List<SchoolBreak> breaks = breaks(year, rules, terms);
        SchoolBreak summer = breaks.getLast();
        List<Holiday> spanHolidays = holidays.between(terms.autumnStart(), summer.lastDay());
        List<KeyDate> keyDates = keyDates(year, rules.riskDefaults(), terms, breaks, spanHolidays);
        List<Meeting> meetings = meetings(rules.meetingDay(), breaks);
        return new CalendarProposal(year, rules, terms, breaks, keyDates, meetings, spanHolidays);
    }

    private List<SchoolBreak> breaks(SchoolYear year, MunicipalityRules rules, TermDates terms) {
        LocalDate autumnMonday = isoWeekMonday(year.startYear(), AUTUMN_BREAK_WEEK);
        LocalDate sportMonday = isoWeekMonday(year.endYear(), rules.winterSportsBreakWeek());
        LocalDate easterMonday = rules.easterBreakRule().breakMonday(holidays.easterSunday(year.endYear()));
        LocalDate nextAutumnStart = TermDates.autumnStart(year.endYear());
        return List.of(
                new SchoolBreak(BreakKind.AUTUMN, autumnMonday, autumnMonday.plusDays(4)),
                new SchoolBreak(BreakKind.CHRISTMAS, terms.autumnEnd().plusDays(1), terms.springStart().minusDays(1)),
                new SchoolBreak(BreakKind.WINTER_SPORTS, sportMonday, sportMonday.plusDays(4)),
                new SchoolBreak(BreakKind.EASTER, easterMonday, easterMonday.plusDays(4)),
                new SchoolBreak(BreakKind.SUMMER, terms.springEnd().plusDays(1), nextAutumnStart.minusDays(1)));
    }

    private List<KeyDate> keyDates(SchoolYear year, RiskDefaults risk, TermDates terms,
                                   List<SchoolBreak> breaks, List<Holiday> spanHolidays) {
        var out = new KeyDates(risk);
        for (Holiday h : spanHolidays) {
            out.add(h.date(), h.kind());
        }
        out.add(terms.autumnEnd(), KeyDateKind.SCHOOL_END_CHRISTMAS);
        out.add(terms.springEnd(), KeyDateKind.SCHOOL_END_SUMMER);
        out.add(LocalDate.of(year.startYear(), Month.DECEMBER, LUCIA_DAY), KeyDateKind.LUCIA);

        for (SchoolBreak b : breaks) {
            switch (b.kind()) {
                case AUTUMN -> {
                    out.add(lastWorkingDayBefore(b.firstDay()), KeyDateKind.LAST_SCHOOL_DAY_BEFORE_AUTUMN_BREAK);
                    addBreakFridaysAndSaturdays(out, b);
                }
                case WINTER_SPORTS -> {
                    out.add(lastWorkingDayBefore(b.firstDay()), KeyDateKind.LAST_SCHOOL_DAY_BEFORE_WINTER_SPORTS_BREAK);
                    addBreakFridaysAndSaturdays(out, b);
                }
                case EASTER -> addBreakFridaysAndSaturdays(out, b);
                case SUMMER -> {
                    // First weekend: the first Friday on/after the last school day (may be that day).
                    LocalDate firstFriday = terms.springEnd().with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
                    out.add(firstFriday, KeyDateKind.SUMMER_BREAK_FIRST_WEEKEND);
                    out.add(firstFriday.plusDays(1), KeyDateKind.SUMMER_BREAK_FIRST_WEEKEND);
                    LocalDate lastSaturday = b.lastDay().with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
                    out.add(lastSaturday.minusDays(1), KeyDateKind.SUMMER_BREAK_LAST_WEEKEND);
                    out.add(lastSaturday, KeyDateKind.SUMMER_BREAK_LAST_WEEKEND);
                }
                case CHRISTMAS -> { /* holidays and eves cover it */ }
            }
        }

        // Halloween is kept on allhelgonahelgen in Sweden: allhelgonaafton (Fri) and alla helgons dag (Sat).
        spanHolidays.stream().filter(h -> h.kind() == KeyDateKind.ALL_SAINTS_DAY).forEach(h -> {
            out.add(h.date().minusDays(1), KeyDateKind.HALLOWEEN_WEEKEND);
            out.add(h.date(), KeyDateKind.HALLOWEEN_WEEKEND);
        });

        // Studenten: the last Friday before skolavslutning and the Saturday after it.
        LocalDate studentFriday = terms.springEnd().minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
        out.add(studentFriday, KeyDateKind.STUDENTEN);
        out.add(studentFriday.plusDays(1), KeyDateKind.STUDENTEN);

        LocalDate last = breaks.getLast().lastDay();
        for (LocalDate d = terms.autumnStart(); !d.isAfter(last); d = d.plusDays(1)) {
            if (isLongWeekendEve(d)) {
                out.add(d, KeyDateKind.LONG_WEEKEND_EVE);
            }
        }
        return out.list();
    }

    /**
     * Fridays and Saturdays from the Saturday before the break to the Sunday after it: the days
     * children are actually free, so the weekend leading into a Monday–Friday break counts.
     */
    private static void addBreakFridaysAndSaturdays(KeyDates out, SchoolBreak b) {
        LocalDate from = b.firstDay().with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        LocalDate to = b.lastDay().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.FRIDAY || d.getDayOfWeek() == DayOfWeek.SATURDAY) {
                out.add(d, KeyDateKind.BREAK_FRIDAY_OR_SATURDAY);
            }
        }
    }

    private boolean isLongWeekendEve(LocalDate date) {
        if (holidays.isNonWorkingDay(date)) {
            return false;
        }
        for (int i = 1; i <= LONG_WEEKEND_DAYS; i++) {
            if (!holidays.isNonWorkingDay(date.plusDays(i))) {
                return false;
            }
        }
        return true;
    }

    private LocalDate lastWorkingDayBefore(LocalDate date) {
        LocalDate d = date.minusDays(1);
        while (holidays.isNonWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    private List<Meeting> meetings(DayOfWeek meetingDay, List<SchoolBreak> breaks) {
        var meetings = new ArrayList<Meeting>();
        for (SchoolBreak b : breaks) {
            LocalDate startWeek = firstWeekMonday(b.firstDay());
            LocalDate endWeek = b.lastDay().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            meetings.add(meeting(MeetingKind.COORDINATION, startWeek.minusWeeks(COORDINATION_WEEKS_BEFORE), meetingDay, b));
            meetings.add(meeting(MeetingKind.CHECK_IN, startWeek.minusWeeks(CHECK_IN_WEEKS_BEFORE), meetingDay, b));
            meetings.add(meeting(MeetingKind.FOLLOW_UP, endWeek.plusWeeks(FOLLOW_UP_WEEKS_AFTER), meetingDay, b));
            // The steering group sets priorities before partners coordinate, three times a year:
            // höstlov (covering jullov too), sportlov (covering påsklov) and sommarlov.
            if (b.kind() == BreakKind.AUTUMN || b.kind() == BreakKind.WINTER_SPORTS || b.kind() == BreakKind.SUMMER) {
                meetings.add(meeting(MeetingKind.STEERING_GROUP, startWeek.minusWeeks(STEERING_WEEKS_BEFORE), meetingDay, b));
            }
        }
        return meetings;
    }

    /** Monday of the break's first full week: a break starting on a weekend starts its week on the Monday after. */
    private static LocalDate firstWeekMonday(LocalDate firstDay) {
        return SwedishHolidays.isWeekend(firstDay)
                ? firstDay.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                : firstDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private Meeting meeting(MeetingKind kind, LocalDate weekMonday, DayOfWeek meetingDay, SchoolBreak b) {
        LocalDate planned = weekMonday.plusDays(meetingDay.getValue() - 1L);
        return new Meeting(kind, nearestWorkingDay(planned), b.kind());
    }

    LocalDate nearestWorkingDay(LocalDate date) {
        if (!holidays.isNonWorkingDay(date)) {
            return date;
        }
        for (int k = 1; ; k++) {
            if (!holidays.isNonWorkingDay(date.minusDays(k))) {
                return date.minusDays(k);
            }
            if (!holidays.isNonWorkingDay(date.plusDays(k))) {
                return date.plusDays(k);
            }
        }
    }

    static LocalDate isoWeekMonday(int weekBasedYear, int week) {
        return LocalDate.of(weekBasedYear, Month.JANUARY, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(DayOfWeek.MONDAY);
    }

    /** Collects key dates, looking up each kind's risk once. */
    private static final class KeyDates {
        private final RiskDefaults risk;
        private final List<KeyDate> list = new ArrayList<>();

        KeyDates(RiskDefaults risk) {
            this.risk = risk;
        }

        void add(LocalDate date, KeyDateKind kind) {
            list.add(new KeyDate(date, kind, risk.riskOf(kind)));
        }

        List<KeyDate> list() {
            return list.stream().distinct().toList();
        }
    }
}
