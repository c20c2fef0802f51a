package se.tryggalov.roster;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.roster.solver.RosterProblem;
import se.tryggalov.roster.solver.RosterSolution;
import se.tryggalov.roster.solver.SolveOptions;
import se.tryggalov.roster.solver.SolveProgress;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs one solve job on a scheduler thread, as "system" with the coordinator role: marks it RUNNING, beats a
 * heartbeat (which also picks up a stop request), records each new best score (at most a few times a second),
 * writes the result in one short transaction and marks the job FINISHED, STOPPED or FAILED. The database is never
 * held in a transaction while the solver works.
 */
@Component
class SolveJobRunner {

    private static final Logger log = LoggerFactory.getLogger(SolveJobRunner.class);
    private static final long PROGRESS_EVERY_MILLIS = 500;

    private final SolveJobRepository jobs;
    private final RosterService roster;
    private final SolverAccess solvers;
    private final SystemAuthentication system;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration heartbeatInterval;
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "roster-solve-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    SolveJobRunner(SolveJobRepository jobs, RosterService roster, SolverAccess solvers, SystemAuthentication system,
                   AuditLog audit, Clock clock,
                   @Value("${trygga.roster.heartbeat-interval:3s}") Duration heartbeatInterval) {
        this.jobs = jobs;
        this.roster = roster;
        this.solvers = solvers;
        this.system = system;
        this.audit = audit;
        this.clock = clock;
        this.heartbeatInterval = heartbeatInterval;
    }

    @PreDestroy
    void shutdown() {
        heartbeats.shutdownNow();
    }

    void run(long jobId) {
        if (!jobs.markRunning(jobId, now())) {
            log.info("Solve job {} was stopped or given up on before it started", jobId);
            return;
        }
        SolveJob job = jobs.find(jobId).orElseThrow();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean lost = new AtomicBoolean();
        ScheduledFuture<?> heartbeat = heartbeats.scheduleAtFixedRate(() -> beat(jobId, stop, lost),
                heartbeatInterval.toMillis(), heartbeatInterval.toMillis(), TimeUnit.MILLISECONDS);
        try {
            // The job's dates were fixed when it was queued: solve exactly those, even if a break moved since.
            RosterScope scope = RosterScope.ofRange(SchoolYear.containing(job.firstDay()), job.firstDay(), job.lastDay());
            RosterProblem problem = system.callAs(() -> roster.problem(scope), Role.COORDINATOR);
            jobs.shiftCount(jobId, problem.shifts().size());
            RosterSolution solution = solvers.solver().solve(problem,
                    new SolveOptions(Duration.ofSeconds(job.secondsLimit()), null, stop::get), progress(jobId));
            heartbeat.cancel(false);
            if (lost.get()) {
                log.warn("Solve job {} was marked ended while it ran: its result is not saved", jobId);
                return;
            }
            SaveResult saved = system.callAs(() -> roster.saveSolution(scope, solution.assignments()),
                    Role.COORDINATOR);
            SolveJobStatus status = stop.get() ? SolveJobStatus.STOPPED : SolveJobStatus.FINISHED;
            jobs.finish(jobId, status, solution.score(), solution.coveredShare(), solution.assignments().size(),
                    saved.skipped() > 0 ? "roster.job.skipped" : null, now());
            system.runAs(() -> audit.record(AuditAction.ROSTER_SOLVED, "solve_job", jobId,
                    "status=" + status + " shifts=" + problem.shifts().size() + " assignments="
                            + solution.assignments().size() + " added=" + saved.inserted() + " skipped="
                            + saved.skipped()), Role.COORDINATOR);
        } catch (RuntimeException e) {
            log.error("Solve job {} failed", jobId, e);
            jobs.finish(jobId, SolveJobStatus.FAILED, null, null, null, "roster.job.failed", now());
        } finally {
            heartbeat.cancel(false);
        }
    }

    private void beat(long jobId, AtomicBoolean stop, AtomicBoolean lost) {
        try {
            jobs.heartbeat(jobId, now()).ifPresentOrElse(requested -> {
                if (requested) {
                    stop.set(true);
                }
            }, () -> {
                lost.set(true);
                stop.set(true);
            });
        } catch (RuntimeException e) {
            log.warn("Heartbeat of solve job {} failed: {}", jobId, e.toString());
        }
    }

    private Consumer<SolveProgress> progress(long jobId) {
        AtomicLong lastWrite = new AtomicLong();
        return p -> {
            long nowMillis = clock.millis();
            if (nowMillis - lastWrite.get() >= PROGRESS_EVERY_MILLIS) {
                lastWrite.set(nowMillis);
                try {
                    jobs.progress(jobId, p.score(), p.coveredShare(), now());
                } catch (RuntimeException e) {
                    log.warn("Progress of solve job {} not recorded: {}", jobId, e.toString());
                }
            }
        };
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
