package se.tryggalov.activity;

import org.jooq.DSLContext;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.calendar.YearPlan;

import java.util.UUID;

/**
 * Test helpers for the plan: the calendar of a school year the test claimed, and assignments written straight into
 * the roster's table, as the roster feature will.
 */
final class PlanFixtures {

    private PlanFixtures() {
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The year's calendar, generated (as proposals) if it is not there yet. Call as a coordinator. */
    static YearPlan plan(CalendarService calendar, SchoolYear year) {
        if (calendar.plan(year).isEmpty()) {
            calendar.generate(year);
        }
        return calendar.plan(year).orElseThrow();
    }

    static CalendarItem item(YearPlan plan, ItemKind kind, String code) {
        return plan.itemsOf(kind).stream().filter(i -> code.equals(i.code())).findFirst().orElseThrow();
    }

    /** Puts the demo volunteer on the shift (confirmed), as the roster would. */
    static void assign(DSLContext dsl, long shiftId) {
        long userId = dsl.fetchSingle("select id from app_user where username = ?", "volunteer").get(0, Long.class);
        dsl.execute("insert into shift_assignment (shift_id, user_id, status, source) values (?, ?, 'CONFIRMED', "
                + "'COORDINATOR')", shiftId, userId);
    }

}
