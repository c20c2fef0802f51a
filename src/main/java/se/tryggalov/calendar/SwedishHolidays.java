package se.tryggalov.calendar;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Swedish holidays and eves. Statutory days come from jollyday (country SE); we add the eves
 * it lacks and classify julafton, midsommarafton and nyårsafton as eves rather than holidays.
 * Thread-safe; results are cached per year.
 */
public final class SwedishHolidays {

    private static final Map<String, KeyDateKind> JOLLYDAY_KEYS = Map.ofEntries(
            Map.entry("NEW_YEAR", KeyDateKind.NEW_YEARS_DAY),
            Map.entry("EPIPHANY", KeyDateKind.EPIPHANY),
            Map.entry("christian.GOOD_FRIDAY", KeyDateKind.GOOD_FRIDAY),
            Map.entry("christian.EASTER", KeyDateKind.EASTER_SUNDAY),
            Map.entry("christian.EASTER_MONDAY", KeyDateKind.EASTER_MONDAY),
            Map.entry("LABOUR_DAY", KeyDateKind.MAY_DAY),
            Map.entry("christian.ASCENSION_DAY", KeyDateKind.ASCENSION_DAY),
            Map.entry("christian.PENTECOST", KeyDateKind.WHIT_SUNDAY),
            Map.entry("NATIONAL_DAY", KeyDateKind.NATIONAL_DAY),
            Map.entry("MIDSUMMER_EVE", KeyDateKind.MIDSUMMER_EVE),
            Map.entry("MIDSUMMER", KeyDateKind.MIDSUMMER_DAY),
            Map.entry("ALL_SAINTS", KeyDateKind.ALL_SAINTS_DAY),
            Map.entry("CHRISTMAS_EVE", KeyDateKind.CHRISTMAS_EVE),
            Map.entry("CHRISTMAS", KeyDateKind.CHRISTMAS_DAY),
            Map.entry("BOXING_DAY", KeyDateKind.BOXING_DAY),
            Map.entry("NEW_YEARS_EVE", KeyDateKind.NEW_YEARS_EVE));

    private final HolidayManager manager;
    private final Map<Integer, List<Holiday>> byYear = new ConcurrentHashMap<>();

    public SwedishHolidays() {
        this.manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));
    }

    /** All holidays and eves of a calendar year, sorted by date. */
    public List<Holiday> inYear(int year) {
        return byYear.computeIfAbsent(year, this::load);
    }

    /** Holidays and eves from {@code from} to {@code to}, both inclusive, sorted by date. */
    public List<Holiday> between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        var result = new ArrayList<Holiday>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            for (Holiday h : inYear(year)) {
                if (!h.date().isBefore(from) && !h.date().isAfter(to)) {
                    result.add(h);
                }
            }
        }
        return List.copyOf(result);
    }

    /** Holidays and eves on one date; usually none or one, rarely two (Ascension on 1 May). */
    public List<Holiday> on(LocalDate date) {
        return inYear(date.getYear()).stream().filter(h -> h.date().equals(date)).toList();
    }

    /** Weekend, statutory holiday or one of the big eves: a day nobody should be called to a meeting. */
    public boolean isNonWorkingDay(LocalDate date) {
        return isWeekend(date) || on(date).stream().anyMatch(Holiday::isDayOff);
    }

    public LocalDate easterSunday(int year) {
        return inYear(year).stream()
                .filter(h -> h.kind() == KeyDateKind.EASTER_SUNDAY)
                .findFirst()
                .map(Holiday::date)
                .orElseThrow(() -> new IllegalStateException("jollyday has no Easter Sunday for " + year));
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    private List<Holiday> load(int year) {
        var result = new ArrayList<Holiday>();
        for (var h : manager.getHolidays(Year.of(year))) {
            KeyDateKind kind = JOLLYDAY_KEYS.get(h.getPropertiesKey());
            if (kind == null) {
                // Fail loudly: a jollyday upgrade added a day we have not classified.
                throw new IllegalStateException("Unclassified jollyday holiday: " + h.getPropertiesKey());
            }
            result.add(holiday(h.getDate(), kind));
        }
        LocalDate easter = result.stream().filter(h -> h.kind() == KeyDateKind.EASTER_SUNDAY)
                .findFirst().orElseThrow().date();
        LocalDate whitSunday = result.stream().filter(h -> h.kind() == KeyDateKind.WHIT_SUNDAY)
                .findFirst().orElseThrow().date();
        LocalDate allSaints = result.stream().filter(h -> h.kind() == KeyDateKind.ALL_SAINTS_DAY)
                .findFirst().orElseThrow().date();
        result.add(holiday(LocalDate.of(year, Month.JANUARY, 5), KeyDateKind.TWELFTH_NIGHT));
        result.add(holiday(easter.minusDays(1), KeyDateKind.EASTER_EVE));
        result.add(holiday(LocalDate.of(year, Month.APRIL, 30), KeyDateKind.WALPURGIS_EVE));
        result.add(holiday(whitSunday.minusDays(1), KeyDateKind.WHITSUN_EVE));
        result.add(holiday(allSaints.minusDays(1), KeyDateKind.ALL_SAINTS_EVE));
        result.sort(null);
        return List.copyOf(result);
    }

    private static Holiday holiday(LocalDate date, KeyDateKind kind) {
        DayType type = kind.category() == KeyDateKind.Category.STATUTORY_HOLIDAY
                ? DayType.STATUTORY_HOLIDAY : DayType.EVE;
        return new Holiday(date, kind, type);
    }
}
