package se.tryggalov.activity.ui;

import se.tryggalov.activity.ActivityDraft;
import se.tryggalov.activity.ActivityService;
import se.tryggalov.activity.ActivityType;
import se.tryggalov.activity.Purpose;
import se.tryggalov.activity.Shift;
import se.tryggalov.activity.ShiftDraft;
import se.tryggalov.calendar.BreakKind;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.calendar.YearPlan;
import se.tryggalov.place.District;
import se.tryggalov.place.PlaceService;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Activities and shifts the plan view tests make for themselves, in a school year the test class claimed, as a
 * coordinator would through the service.
 */
final class PlanTestData {

    /** The year the test plans in. */
    private final SchoolYear year;
    private final CalendarService calendar;
    private final ActivityService activities;
    private final PlaceService places;
    private final SystemAuthentication system;

    PlanTestData(SchoolYear year, CalendarService calendar, ActivityService activities, PlaceService places,
                 SystemAuthentication system) {
        this.year = year;
        this.calendar = calendar;
        this.activities = activities;
        this.places = places;
        this.system = system;
    }

    <T> T asCoordinator(Supplier<T> work) {
        return system.callAs(work, Role.COORDINATOR);
    }

    /** The year's calendar, made from the rules the first time. */
    YearPlan plan(SchoolYear year) {
        return asCoordinator(() -> {
            if (calendar.plan(year).isEmpty()) {
                calendar.generate(year);
            }
            return calendar.plan(year).orElseThrow();
        });
    }

    CalendarItem sportlov(SchoolYear year) {
        return plan(year).itemsOf(ItemKind.BREAK).stream()
                .filter(b -> BreakKind.WINTER_SPORTS.name().equals(b.code())).findFirst().orElseThrow();
    }

    /** The Friday of the year's sportlov. */
    LocalDate sportlovFriday(SchoolYear year) {
        CalendarItem sport = sportlov(year);
        return sport.dates().stream().filter(d -> d.getDayOfWeek() == DayOfWeek.FRIDAY).findFirst()
                .orElse(sport.firstDay());
    }

    List<District> districts() {
        return asCoordinator(places::districts);
    }

    District district(int index) {
        return districts().get(index);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A night walk in the district during the year's sportlov. */
    long nightWalk(String title, District district) {
        return activity(title, ActivityType.NIGHT_WALK, district);
    }

    long activity(String title, ActivityType type, District district) {
        CalendarItem sport = sportlov(year);
        return asCoordinator(() -> activities.createActivity(new ActivityDraft(year, sport.id(), type,
                Purpose.PREVENTIVE, title, null, district.id(), null, null, null, null)));
    }

    /** A group of 3–5 with a lead, 21:00–01:00 on that evening. */
    long shift(long activityId, LocalDate day) {
        return asCoordinator(() -> activities.addShift(activityId,
                ShiftDraft.nightWalk(day, LocalTime.of(21, 0), LocalTime.of(1, 0))));
    }

    Shift shiftById(long id) {
        return asCoordinator(() -> activities.shift(id).orElseThrow());
    }

    List<Shift> shiftsOf(long activityId) {
        return asCoordinator(() -> activities.shifts(se.tryggalov.activity.ShiftFilter.ofActivity(activityId)));
    }
}
