package se.tryggalov.roster;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import se.tryggalov.security.CurrentUser;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.UserMessageException;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Solving as a persistent background job. Starting writes a QUEUED row (one active job per scope: the database
 * refuses a second) and hands the job to db-scheduler, which runs it once even with several app instances. The job
 * beats a heartbeat while it runs; a job whose heartbeat stopped (the app was killed) is marked INTERRUPTED at
 * start-up and by a periodic check, so no job is shown as running forever.
 */
@Service
public class SolveJobService {

    static final String TASK_NAME = "roster-solve";
    public static final int MIN_SECONDS = 1;
    public static final int MAX_SECONDS = 3600;

    private static final Logger log = LoggerFactory.getLogger(SolveJobService.class);

    private final SolveJobRepository jobs;
    private final RosterService roster;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final TransactionTemplate transaction;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration staleAfter;

    SolveJobService(SolveJobRepository jobs, RosterService roster, ObjectProvider<SchedulerClient> scheduler,
                    TransactionTemplate transaction, CurrentUser currentUser, AuditLog audit, Clock clock,
                    @Value("${trygga.roster.job-stale-after:10s}") Duration staleAfter) {
        this.jobs = jobs;
        this.roster = roster;
        this.scheduler = scheduler;
        this.transaction = transaction;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    /**
     * Queues a solve of the scope with a time limit in seconds. Refused with a message when a solve of the same
     * scope is already queued or running. The job is handed to the scheduler only once its row is committed.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    public SolveJob start(RosterScope scope, int seconds) {
        if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
            throw new UserMessageException("roster.error.timeLimit", MIN_SECONDS, MAX_SECONDS);
        }
        RosterService.Resolved resolved = transaction.execute(tx -> roster.resolveWithYear(scope));
        String requestedBy = currentUser.username().orElse(null);
        long id = transaction.execute(tx -> {
            long jobId;
            try {
                jobId = jobs.insert(resolved.schoolYearId(), resolved.scope(), seconds, requestedBy,
                        OffsetDateTime.now(clock));
            } catch (DuplicateKeyException e) {
                throw new UserMessageException("roster.error.alreadySolving");
            }
            audit.record(AuditAction.ROSTER_SOLVE_STARTED, "solve_job", jobId,
                    "scope=" + resolved.scope().key() + " seconds=" + seconds);
            return jobId;
        });
        try {
            scheduler.getObject().schedule(new TaskInstance<>(TASK_NAME, String.valueOf(id), id), clock.instant());
        } catch (RuntimeException e) {
            log.error("Could not hand solve job {} to the scheduler", id, e);
            jobs.finish(id, SolveJobStatus.FAILED, null, null, null, "roster.job.failed", OffsetDateTime.now(clock));
        }
        return jobs.find(id).orElseThrow();
    }

    /** Asks the job to stop; the best roster found so far is kept. Nothing happens to a job that has ended. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public boolean stop(long jobId) {
        return jobs.requestStop(jobId, OffsetDateTime.now(clock));
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public Optional<SolveJob> job(long jobId) {
        return jobs.find(jobId);
    }

    /** The newest job for the scope's dates, whatever its status. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    /** How long a running job may go without a heartbeat before it counts as dead (3 missed beats and some). */
    Duration staleAfter() {
        return staleAfter;
    }

    public Optional<SolveJob> latest(RosterScope scope) {
        return jobs.latest(roster.resolveWithYear(scope).scope().key());
    }

    /**
     * Marks INTERRUPTED the jobs that cannot be running any more (no heartbeat for {@code trygga.roster.job-stale-after},
     * or a queued job whose task is gone). Runs at start-up and every {@link RosterJobs#RECOVERY_EVERY} on whichever
     * instance the scheduler picks, so a killed instance's job is shown interrupted within about 15 s.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public List<Long> interruptStaleJobs() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        // db-scheduler's heartbeats come from the system clock, not the application's Clock bean
        OffsetDateTime schedulerNow = OffsetDateTime.now(Clock.systemUTC());
        List<Long> interrupted = jobs.interruptStale(TASK_NAME, now.minus(staleAfter), schedulerNow.minus(staleAfter),
                "roster.job.interrupted", now);
        for (Long id : interrupted) {
            log.warn("Solve job {} stopped beating: marked interrupted", id);
            audit.record(AuditAction.ROSTER_SOLVED, "solve_job", id, "interrupted");
        }
        return interrupted;
    }
}
