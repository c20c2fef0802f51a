package se.tryggalov.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * One item of a school year's plan as stored. {@code code} names the {@link BreakKind}, {@link KeyDateKind} or
 * {@link MeetingKind} (or {@link #CUSTOM}); {@code title} is the coordinator's own name for it, if any.
 */
public record CalendarItem(long id, long schoolYearId, ItemKind kind, String code, String title, LocalDate firstDay,
                           LocalDate lastDay, Integer riskLevel, LocalTime startsAt, LocalTime endsAt,
                           String location, String notes, ItemStatus status, ItemSource source, String ruleKey,
                           Set<Long> invitedOrganisationIds, int version) {

    public static final String CUSTOM = "CUSTOM";

    public CalendarItem {
        invitedOrganisationIds = Set.copyOf(invitedOrganisationIds);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }

    /**
     * Whether coordinators plan this item as a period of its own (the plan's and the board's period choices): a
     * break, or a key date with a {@linkplain RiskLevel#isRaised raised} risk. Level 3 counts because it suggests
     * as many walking groups as level 4.
     */
    public boolean isPlanningPeriod() {
        return kind == ItemKind.BREAK || (kind == ItemKind.KEY_DATE && RiskLevel.isRaised(riskLevel));
    }

    public boolean confirmed() {
        return status == ItemStatus.CONFIRMED;
    }

    /** The translation key of the item's name when it has no title of its own. */
    public String nameKey() {
        if (title != null || CUSTOM.equals(code)) {
            return null;
        }
        return switch (kind) {
            case BREAK -> "calendar.break." + code;
            case KEY_DATE -> "calendar.keyDate." + code;
            case MEETING -> "calendar.meeting." + code;
            case DAY_OFF -> "calendar.dayOff";
        };
    }

    public List<LocalDate> dates() {
        return firstDay.datesUntil(lastDay.plusDays(1)).toList();
    }
}
