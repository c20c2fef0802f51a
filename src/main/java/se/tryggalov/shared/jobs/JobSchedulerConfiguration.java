package se.tryggalov.shared.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;

/**
 * Persistent jobs with db-scheduler on the app's own PostgreSQL (table {@code scheduled_tasks}). A job runs once
 * even when several app instances share the database; a job whose instance died is picked up again after its
 * heartbeat stops. Features contribute {@link Task} beans; {@link RecurringTask} beans are scheduled at start.
 * With {@code trygga.jobs.enabled=false} nothing is polled (tests that drive a job by hand).
 */
@Configuration
public class JobSchedulerConfiguration {

    /** How often the scheduler looks for due work: short, because a killed solve must be noticed within ~15 s. */
    public static final String POLLING_INTERVAL = "2s";

    private Scheduler scheduler;

    @Bean(destroyMethod = "stop")
    @SuppressWarnings({"unchecked", "rawtypes"})
    Scheduler jobScheduler(DataSource dataSource, ObjectProvider<Task<?>> taskBeans,
                           @Value("${trygga.jobs.polling-interval:" + POLLING_INTERVAL + "}") Duration pollingInterval) {
        List<Task<?>> tasks = taskBeans.orderedStream().toList();
        List recurring = tasks.stream().filter(RecurringTask.class::isInstance).toList();
        // startTasks(...) registers the recurring tasks itself; naming them twice fails with "Duplicate key".
        List others = tasks.stream().filter(t -> !(t instanceof RecurringTask)).toList();
        scheduler = Scheduler.create(dataSource, others)
                .startTasks(recurring)
                .threads(2)
                .pollingInterval(pollingInterval)
                .heartbeatInterval(Duration.ofSeconds(30))
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
        return scheduler;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start(ApplicationReadyEvent event) {
        boolean enabled = event.getApplicationContext().getEnvironment()
                .getProperty("trygga.jobs.enabled", Boolean.class, true);
        if (enabled && scheduler != null) {
            scheduler.start();
        }
    }
}
