package se.tryggalov.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * A proposed school-year calendar: terms, breaks, key dates with risk, holidays and a meeting
 * rhythm. It spans from the first day of the autumn term to the last day of the summer break
 * that follows the spring term; the day-level queries reject dates outside that span. The one
 * exception in its lists is the summer follow-up meeting, which lies just after that span, in
 * the next autumn term.
 */
public record CalendarProposal(
        SchoolYear schoolYear,
        MunicipalityRules rules,
        TermDates terms,
        List<SchoolBreak> breaks,
        List<KeyDate> keyDates,
        List<Meeting> meetings,
        List<Holiday> holidays) {

    public CalendarProposal {
        Objects.requireNonNull(schoolYear, "schoolYear");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(terms, "terms");
        breaks = breaks.stream().sorted(Comparator.comparing(SchoolBreak::firstDay)).toList();
        keyDates = keyDates.stream().sorted().toList();
        meetings = meetings.stream().sorted().toList();
        holidays = holidays.stream().sorted().toList();
    }

    /** The first day of the autumn term. */
    public LocalDate firstDay() {
        return terms.autumnStart();
    }

    /** The last day of the summer break (or of the spring term if there is no summer break). */
    public LocalDate lastDay() {
        return breaks.stream().map(SchoolBreak::lastDay).max(Comparator.naturalOrder())
                .filter(d -> d.isAfter(terms.springEnd()))
                .orElse(terms.springEnd());
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public SchoolBreak breakOf(BreakKind kind) {
        return breaks.stream().filter(b -> b.kind() == kind).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No " + kind + " break in " + schoolYear));
    }

    public Optional<SchoolBreak> breakOn(LocalDate date) {
        return breaks.stream().filter(b -> b.contains(date)).findFirst();
    }

    public List<KeyDate> keyDatesOn(LocalDate date) {
        return keyDates.stream().filter(k -> k.date().equals(date)).toList();
    }

    public List<Holiday> holidaysOn(LocalDate date) {
        return holidays.stream().filter(h -> h.date().equals(date)).toList();
    }

    /** Holiday beats eve beats weekend beats break day; anything else is ordinary. */
    public DayType dayType(LocalDate date) {
        requireCovered(date);
        List<Holiday> on = holidaysOn(date);
        if (on.stream().anyMatch(h -> h.dayType() == DayType.STATUTORY_HOLIDAY)) {
            return DayType.STATUTORY_HOLIDAY;
        }
        if (!on.isEmpty()) {
            return DayType.EVE;
        }
        if (SwedishHolidays.isWeekend(date)) {
            return DayType.WEEKEND;
        }
        return breakOn(date).isPresent() ? DayType.BREAK_DAY : DayType.ORDINARY;
    }

    /**
     * The day's (evening's) risk level 0–5: the highest of its key dates, of the Friday/Saturday
     * level (every Friday and Saturday, in term or break alike: a break weekend is never
     * calmer than a term weekend) and of the break-day level. 0 means nothing known.
     */
    public int riskLevel(LocalDate date) {
        requireCovered(date);
        RiskDefaults risk = rules.riskDefaults();
        int level = 0;
        DayOfWeek dow = date.getDayOfWeek();
        if (dow == DayOfWeek.FRIDAY || dow == DayOfWeek.SATURDAY) {
            level = risk.ordinaryFridaySaturday();
        }
        if (breakOn(date).isPresent()) {
            level = Math.max(level, risk.breakDay());
        }
        for (KeyDate k : keyDatesOn(date)) {
            level = Math.max(level, k.riskLevel());
        }
        return level;
    }

    /** Suggested night-walking groups per area for the evening, from its risk level. */
    public int suggestedGroups(LocalDate date) {
        return rules.coverageDefaults().groupsFor(riskLevel(date));
    }

    /** A weekday in a term that is neither a day off (holiday, big eve) nor in a break. */
    public boolean isSchoolDay(LocalDate date) {
        return terms.inTerm(date)
                && !SwedishHolidays.isWeekend(date)
                && holidaysOn(date).stream().noneMatch(Holiday::isDayOff)
                && breakOn(date).isEmpty();
    }

    /** Number of school days in the year (skolans läsår needs at least 178). */
    public long schoolDays() {
        return terms.autumnStart().datesUntil(terms.springEnd().plusDays(1))
                .filter(this::isSchoolDay)
                .count();
    }

    private void requireCovered(LocalDate date) {
        if (!covers(date)) {
            throw new IllegalArgumentException(date + " is outside school year " + schoolYear
                    + " (" + firstDay() + ".." + lastDay() + ")");
        }
    }
}
