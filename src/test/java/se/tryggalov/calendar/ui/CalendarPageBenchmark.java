package se.tryggalov.calendar.ui;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import se.tryggalov.Application;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.calendar.YearPlan;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.time.Zones;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The server time of the calendar page for the demo's current school year: reading the plan from PostgreSQL
 * and rendering the wheel and the year view. Starts the application with the test profile (embedded database,
 * demo data) and prints median, 95th percentile and maximum over 300 runs after 100 warm-up runs.
 * Run with {@code bench/run.sh calendar}; results are recorded in bench/README.md.
 */
final class CalendarPageBenchmark {

    private CalendarPageBenchmark() {
    }

    public static void main(String[] args) {
        try (ConfigurableApplicationContext app = new SpringApplication(Application.class)
                .run("--spring.profiles.active=test", "--server.port=0", "--logging.level.root=WARN")) {
            CalendarService calendar = app.getBean(CalendarService.class);
            SystemAuthentication system = app.getBean(SystemAuthentication.class);
            Translations translations = app.getBean(Translations.class);
            CalendarTexts texts = new CalendarTexts((key, params) -> translations.getTranslation(key,
                    Translations.SWEDISH, params), Translations.SWEDISH);
            AnnualWheelSvg wheel = new AnnualWheelSvg(texts);
            YearCalendar months = new YearCalendar(texts);
            SchoolYear year = system.callAs(calendar::currentYear, Role.VIEWER);
            LocalDate today = LocalDate.now(Zones.STOCKHOLM);

            int warmUp = 100;
            int runs = 300;
            long[] nanos = new long[runs];
            long chars = 0;
            for (int i = -warmUp; i < runs; i++) {
                long start = System.nanoTime();
                YearPlan plan = system.callAs(() -> calendar.plan(year).orElseThrow(), Role.VIEWER);
                chars += wheel.render(plan, today).length() + months.render(plan, today).length();
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - start;
                }
            }
            Arrays.sort(nanos);
            YearPlan plan = system.callAs(() -> calendar.plan(year).orElseThrow(), Role.VIEWER);
            System.out.printf("calendar page %s (%d items): median %.2f ms, p95 %.2f ms, max %.2f ms (%d chars)%n",
                    year.label(), plan.items().size(), nanos[runs / 2] / 1e6, nanos[runs * 95 / 100] / 1e6,
                    nanos[runs - 1] / 1e6, chars);
        }
    }
}
