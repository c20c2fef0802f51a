package se.tryggalov.report;

import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.ItemSource;
import se.tryggalov.calendar.ItemStatus;
import se.tryggalov.calendar.RiskDefaults;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.calendar.TermDates;
import se.tryggalov.calendar.YearPlan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** A small 2026/27 plan with one item of every shape the export knows. */
final class CalendarFixtures {

    static final long WINTER_SPORTS_ID = 11;
    static final long WALPURGIS_ID = 12;
    static final long MEETING_ID = 13;

    private CalendarFixtures() {
    }

    static CalendarItem item(long id, ItemKind kind, String code, String title, LocalDate first, LocalDate last,
                             Integer risk, LocalTime starts, LocalTime ends, String location, String notes,
                             ItemStatus status) {
        return new CalendarItem(id, 1, kind, code, title, first, last, risk, starts, ends, location, notes, status,
                ItemSource.MANUAL, null, Set.of(), 3);
    }

    static List<CalendarItem> items() {
        return List.of(
                item(WINTER_SPORTS_ID, ItemKind.BREAK, "WINTER_SPORTS", null, LocalDate.of(2027, 3, 1),
                        LocalDate.of(2027, 3, 5), null, null, null, null, null, ItemStatus.CONFIRMED),
                item(WALPURGIS_ID, ItemKind.KEY_DATE, "WALPURGIS_EVE", null, LocalDate.of(2027, 4, 30),
                        LocalDate.of(2027, 4, 30), 5, null, null, null, "Extra nattvandring; alla områden, även Fittja",
                        ItemStatus.PROPOSED),
                item(MEETING_ID, ItemKind.MEETING, "COORDINATION", null, LocalDate.of(2027, 2, 16),
                        LocalDate.of(2027, 2, 16), null, LocalTime.of(13, 0), LocalTime.of(14, 30),
                        "Tumba, kommunhuset; sal 3", "Rad ett\nRad två", ItemStatus.CONFIRMED),
                item(14, ItemKind.DAY_OFF, "DAY_OFF", null, LocalDate.of(2027, 5, 7), LocalDate.of(2027, 5, 7), null,
                        null, null, null, null, ItemStatus.CONFIRMED),
                item(15, ItemKind.KEY_DATE, "CUSTOM", "Fotbollsturnering, Alby", LocalDate.of(2026, 9, 12),
                        LocalDate.of(2026, 9, 12), 2, null, null, "Alby IP", null, ItemStatus.CONFIRMED),
                item(16, ItemKind.BREAK, "AUTUMN", "Höstlov (v. 44)", LocalDate.of(2026, 10, 26),
                        LocalDate.of(2026, 10, 30), 1, null, null, null, null, ItemStatus.CONFIRMED),
                item(17, ItemKind.MEETING, "CUSTOM", "Uppstart med föreningar", LocalDate.of(2026, 8, 25),
                        LocalDate.of(2026, 8, 25), null, null, null, null, null, ItemStatus.PROPOSED),
                item(18, ItemKind.MEETING, "STEERING_GROUP", null, LocalDate.of(2026, 11, 3),
                        LocalDate.of(2026, 11, 3), null, LocalTime.of(9, 0), null, null, null, ItemStatus.CONFIRMED));
    }

    static YearPlan plan(List<CalendarItem> items) {
        SchoolYear year = SchoolYear.of(2026);
        return new YearPlan(1, year, TermDates.defaultFor(year), ItemStatus.CONFIRMED, items, List.of(),
                RiskDefaults.standard(), 0);
    }

    static YearPlan plan() {
        return plan(items());
    }

    /** Stands in for the bundles: the item's key (or title), with the risk suffix the feed's key would add. */
    static String summary(CalendarItem item) {
        String name = item.title() != null ? item.title() : String.valueOf(item.nameKey());
        return item.riskLevel() != null && item.kind() == ItemKind.KEY_DATE ? name + " (risk " + item.riskLevel() + ")"
                : name;
    }
}
