package se.tryggalov.coverage;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.event.TransactionalEventListener;
import se.tryggalov.roster.RosterEvents;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.time.Zones;

import java.time.Clock;
import java.time.LocalTime;

/**
 * The coverage history's jobs (db-scheduler, so each run happens on one node): every evening at 23:45 Stockholm
 * time a snapshot of every coming period, and one more soon after a roster is published (a one-time task; a
 * publication while one is waiting adds nothing). Both run as "system" with the coordinator role.
 */
@Configuration(proxyBeanMethods = false)
class CoverageJobs {

    static final String DAILY_TASK = "coverage-snapshot-daily";
    static final String AFTER_PUBLISH_TASK = "coverage-snapshot-after-publish";
    static final Schedule DAILY = Schedules.daily(Zones.STOCKHOLM, LocalTime.of(23, 45));

    private static final Logger log = LoggerFactory.getLogger(CoverageJobs.class);

    private final CoverageHistory history;
    private final SystemAuthentication system;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final Clock clock;

    CoverageJobs(CoverageHistory history, SystemAuthentication system, ObjectProvider<SchedulerClient> scheduler,
                 Clock clock) {
        this.history = history;
        this.system = system;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> coverageSnapshotDaily() {
        return Tasks.recurring(DAILY_TASK, DAILY).execute((instance, context) -> run());
    }

    @Bean
    OneTimeTask<Void> coverageSnapshotAfterPublish() {
        return Tasks.oneTime(AFTER_PUBLISH_TASK).execute((instance, context) -> run());
    }

    /** Today's snapshot of every coming period; returns how many periods were written. */
    int run() {
        int periods = system.callAs(history::snapshotComing, Role.COORDINATOR);
        log.debug("Coverage snapshot of {} periods", periods);
        return periods;
    }

    /** After a publication commits: a snapshot soon, on whichever node picks it up. */
    @TransactionalEventListener
    void published(RosterEvents.Published event) {
        scheduler.ifAvailable(s -> s.scheduleIfNotExists(new TaskInstance<Void>(AFTER_PUBLISH_TASK, "next"),
                clock.instant()));
    }
}
