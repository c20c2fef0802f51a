package se.tryggalov.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A school year's plan as stored, with every date's day type and risk level derived from it: the read model
 * of the annual wheel, the year view, the list and the feed. The wheel year runs 1 August to 31 July.
 */
public record YearPlan(long schoolYearId, SchoolYear year, TermDates terms, ItemStatus termsStatus,
                       List<CalendarItem> items, List<Holiday> holidays, RiskDefaults riskDefaults, int version) {

    public YearPlan {
        items = items.stream().sorted(Comparator.comparing(CalendarItem::firstDay)
                .thenComparing(CalendarItem::kind).thenComparing(CalendarItem::id)).toList();
        holidays = List.copyOf(holidays);
    }

    public LocalDate wheelStart() {
        return year.firstDay();
    }

    public LocalDate wheelEnd() {
        return year.lastDay();
    }

    public boolean covers(LocalDate date) {
        return year.contains(date);
    }

    public List<CalendarItem> itemsOf(ItemKind kind) {
        return items.stream().filter(i -> i.kind() == kind).toList();
    }

    public List<CalendarItem> itemsOn(LocalDate date) {
        return items.stream().filter(i -> i.covers(date)).toList();
    }

    public boolean hasProposals() {
        return termsStatus == ItemStatus.PROPOSED || items.stream().anyMatch(i -> i.status() == ItemStatus.PROPOSED);
    }

    public DayInfo day(LocalDate date) {
        List<Holiday> on = holidays.stream().filter(h -> h.date().equals(date)).toList();
        List<CalendarItem> items = itemsOn(date);
        boolean inBreak = items.stream().anyMatch(i -> i.kind() == ItemKind.BREAK || i.kind() == ItemKind.DAY_OFF);
        DayType type;
        if (on.stream().anyMatch(h -> h.dayType() == DayType.STATUTORY_HOLIDAY)) {
            type = DayType.STATUTORY_HOLIDAY;
        } else if (!on.isEmpty() || items.stream().anyMatch(i -> i.kind() == ItemKind.KEY_DATE
                && isEve(i.code()))) {
            type = DayType.EVE;
        } else if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            type = DayType.WEEKEND;
        } else if (inBreak) {
            type = DayType.BREAK_DAY;
        } else {
            type = DayType.ORDINARY;
        }
        int risk = 0;
        if (date.getDayOfWeek() == DayOfWeek.FRIDAY || date.getDayOfWeek() == DayOfWeek.SATURDAY) {
            risk = riskDefaults.ordinaryFridaySaturday();
        }
        if (inBreak) {
            risk = Math.max(risk, riskDefaults.breakDay());
        }
        for (CalendarItem item : items) {
            if (item.kind() == ItemKind.KEY_DATE && item.riskLevel() != null) {
                risk = Math.max(risk, item.riskLevel());
            }
        }
        return new DayInfo(date, type, risk, on, items);
    }

    /** Every date of the wheel year, 1 August to 31 July. */
    public List<DayInfo> days() {
        return wheelStart().datesUntil(wheelEnd().plusDays(1)).map(this::day).toList();
    }

    private static boolean isEve(String code) {
        try {
            return KeyDateKind.valueOf(code).category() == KeyDateKind.Category.EVE;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
