package se.tryggalov.calendar;

import java.time.DayOfWeek;

/** The municipality's calendar rules that coordinators may change. */
public record CalendarSettings(County county, EasterBreakRule easterBreakRule, Integer winterSportsWeekOverride,
                               DayOfWeek meetingDay, int version) {

    public int winterSportsWeek() {
        return winterSportsWeekOverride != null ? winterSportsWeekOverride : county.defaultWinterSportsBreakWeek();
    }
}
