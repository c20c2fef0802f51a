package se.tryggalov.privacy;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.time.Zones;

import java.time.Clock;
import java.time.LocalTime;

/**
 * The retention rules run every night at 03:15 Stockholm time, when nobody plans, as "system" with the
 * administrator role (the audit log shows the run and each anonymisation). db-scheduler runs it once even with
 * several app instances, and catches up after downtime.
 */
@Configuration
class PrivacyJobs {

    static final String RETENTION_TASK = "privacy-retention";
    static final Schedule RETENTION_SCHEDULE = Schedules.daily(Zones.STOCKHOLM, LocalTime.of(3, 15));

    private static final Logger log = LoggerFactory.getLogger(PrivacyJobs.class);

    @Bean
    RecurringTask<Void> retentionTask(PrivacyService privacy, SystemAuthentication system, Clock clock) {
        return Tasks.recurring(RETENTION_TASK, RETENTION_SCHEDULE)
                .execute((instance, context) -> {
                    RetentionSummary summary = system.callAs(() -> privacy.runRetention(clock.instant()), Role.ADMIN);
                    log.info("Retention run: {}", summary.stored());
                });
    }
}
