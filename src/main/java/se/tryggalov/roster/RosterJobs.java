package se.tryggalov.roster;

import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;

import java.time.Duration;

/**
 * The roster's jobs: the solve itself (one db-scheduler execution per solve job, its id as data) and the check
 * that marks jobs whose app instance died as interrupted, at start-up and every two seconds. A solve whose instance
 * died is not revived by the scheduler: the coordinator sees it interrupted and starts it again.
 */
@Configuration
class RosterJobs {

    static final String RECOVERY_TASK = "roster-solve-recovery";
    /**
     * How often any instance looks for solves that stopped beating: with the scheduler's polling interval and the
     * job's stale-after time (10 s, heartbeats every 3 s) a killed instance's solve shows as interrupted within ~15 s.
     */
    static final Duration RECOVERY_EVERY = Duration.ofSeconds(2);

    private final SolveJobService jobs;
    private final SystemAuthentication system;

    RosterJobs(SolveJobService jobs, SystemAuthentication system) {
        this.jobs = jobs;
        this.system = system;
    }

    @Bean
    OneTimeTask<Long> rosterSolveTask(SolveJobRunner runner) {
        return Tasks.oneTime(SolveJobService.TASK_NAME, Long.class)
                .onDeadExecution(new DeadExecutionHandler.CancelDeadExecution<>())
                .execute((instance, context) -> runner.run(instance.getData()));
    }

    @Bean
    RecurringTask<Void> rosterSolveRecovery() {
        return Tasks.recurring(RECOVERY_TASK, Schedules.fixedDelay(RECOVERY_EVERY))
                .execute((instance, context) -> recover());
    }

    /** Before the scheduler starts picking work: nothing from before the restart is left shown as running. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(-100)
    void recoverAtStartup() {
        recover();
    }

    void recover() {
        system.runAs(jobs::interruptStaleJobs, Role.COORDINATOR);
    }
}
