package se.tryggalov.calendar.ui;

import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.ItemStatus;
import se.tryggalov.calendar.RiskDefaults;
import se.tryggalov.calendar.TermDates;
import se.tryggalov.calendar.YearPlan;
import se.tryggalov.shared.i18n.Translations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A rough benchmark of the wheel and year renderers (not a test: performance lives in benchmarks with recorded
 * results). Run from the IDE, or:
 * {@code java -cp "target/classes:target/test-classes:$(cat cp.txt)" se.tryggalov.calendar.ui.AnnualWheelSvgBenchmark}.
 * Recorded 2026-11-23 on the 2-core build machine, a year of 5 breaks, 80 key dates and 18 meetings:
 * wheel 0.44 ms (54 kB of SVG), year view 1.4 ms (89 kB of HTML) per render after warm-up.
 */
final class AnnualWheelSvgBenchmark {

    private AnnualWheelSvgBenchmark() {
    }

    static YearPlan busyYear() {
        YearPlan small = AnnualWheelSvgTest.plan();
        List<CalendarItem> items = new ArrayList<>(small.items().stream().filter(i -> i.kind() == ItemKind.BREAK)
                .toList());
        LocalDate start = small.wheelStart();
        long id = 100;
        for (int i = 0; i < 80; i++) {
            LocalDate d = start.plusDays(i * 4L + 3);
            items.add(AnnualWheelSvgTest.item(id++, ItemKind.KEY_DATE, "LONG_WEEKEND_EVE", null, d, d, i % 6,
                    i % 3 == 0 ? ItemStatus.PROPOSED : ItemStatus.CONFIRMED));
        }
        for (int i = 0; i < 18; i++) {
            LocalDate d = start.plusDays(i * 19L + 10);
            items.add(AnnualWheelSvgTest.item(id++, ItemKind.MEETING, i % 4 == 0 ? "STEERING_GROUP" : "COORDINATION",
                    null, d, d, null, ItemStatus.PROPOSED));
        }
        return new YearPlan(1, small.year(), TermDates.defaultFor(small.year()), ItemStatus.PROPOSED, items,
                small.holidays(), RiskDefaults.standard(), 0);
    }

    public static void main(String[] args) {
        CalendarTexts texts = AnnualWheelSvgTest.texts(Translations.SWEDISH);
        YearPlan plan = busyYear();
        LocalDate today = LocalDate.of(2026, 11, 23);
        AnnualWheelSvg wheel = new AnnualWheelSvg(texts);
        YearCalendar year = new YearCalendar(texts);
        int sink = 0;
        for (int i = 0; i < 2_000; i++) {
            sink += wheel.render(plan, today).length() + year.render(plan, today).length();
        }
        int runs = 2_000;
        long t0 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            sink += wheel.render(plan, today).length();
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            sink += year.render(plan, today).length();
        }
        long t2 = System.nanoTime();
        System.out.printf("wheel: %.3f ms/render (%d chars); year view: %.3f ms/render (%d chars); sink %d%n",
                (t1 - t0) / 1e6 / runs, wheel.render(plan, today).length(), (t2 - t1) / 1e6 / runs,
                year.render(plan, today).length(), sink);
    }
}
