package se.tryggalov.roster;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import se.tryggalov.jooq.tables.records.SolveJobRecord;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.SCHEDULED_TASKS;
import static se.tryggalov.jooq.Tables.SOLVE_JOB;

/** The only writer of solve jobs. Status changes are conditional on the status seen, so no two writers race. */
@Repository
class SolveJobRepository {

    private static final List<String> ACTIVE = List.of(SolveJobStatus.QUEUED.name(), SolveJobStatus.RUNNING.name());

    private final DSLContext dsl;

    SolveJobRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A new QUEUED job; the unique index refuses a second active job for the same scope (DuplicateKeyException). */
    long insert(long schoolYearId, RosterScope scope, int secondsLimit, String requestedBy, OffsetDateTime now) {
        return dsl.insertInto(SOLVE_JOB)
                .set(SOLVE_JOB.SCHOOL_YEAR_ID, schoolYearId)
                .set(SOLVE_JOB.SCOPE_KIND, scope.kind().name())
                .set(SOLVE_JOB.CALENDAR_ITEM_ID, scope.calendarItemId())
                .set(SOLVE_JOB.FIRST_DAY, scope.firstDay())
                .set(SOLVE_JOB.LAST_DAY, scope.lastDay())
                .set(SOLVE_JOB.SCOPE_KEY, scope.key())
                .set(SOLVE_JOB.STATUS, SolveJobStatus.QUEUED.name())
                .set(SOLVE_JOB.SECONDS_LIMIT, secondsLimit)
                .set(SOLVE_JOB.REQUESTED_BY, requestedBy == null ? null
                        : DSL.field(DSL.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(requestedBy))))
                .set(SOLVE_JOB.REQUESTED_AT, now)
                .returning(SOLVE_JOB.ID)
                .fetchSingle(SOLVE_JOB.ID);
    }

    Optional<SolveJob> find(long id) {
        return dsl.selectFrom(SOLVE_JOB).where(SOLVE_JOB.ID.eq(id)).fetchOptional(SolveJobRepository::toJob);
    }

    Optional<SolveJob> latest(String scopeKey) {
        return dsl.selectFrom(SOLVE_JOB).where(SOLVE_JOB.SCOPE_KEY.eq(scopeKey))
                .orderBy(SOLVE_JOB.REQUESTED_AT.desc(), SOLVE_JOB.ID.desc()).limit(1)
                .fetchOptional(SolveJobRepository::toJob);
    }

    /** QUEUED → RUNNING; false when the job was stopped or given up on before it started. */
    boolean markRunning(long id, OffsetDateTime now) {
        return dsl.update(SOLVE_JOB)
                .set(SOLVE_JOB.STATUS, SolveJobStatus.RUNNING.name())
                .set(SOLVE_JOB.STARTED_AT, now)
                .set(SOLVE_JOB.HEARTBEAT_AT, now)
                .where(SOLVE_JOB.ID.eq(id).and(SOLVE_JOB.STATUS.eq(SolveJobStatus.QUEUED.name()))
                        .and(SOLVE_JOB.STOP_REQUESTED.isFalse()))
                .execute() == 1;
    }

    /** The job is alive; answers whether a stop was asked for (empty: the job is no longer running). */
    Optional<Boolean> heartbeat(long id, OffsetDateTime now) {
        return dsl.update(SOLVE_JOB)
                .set(SOLVE_JOB.HEARTBEAT_AT, now)
                .where(SOLVE_JOB.ID.eq(id).and(SOLVE_JOB.STATUS.eq(SolveJobStatus.RUNNING.name())))
                .returning(SOLVE_JOB.STOP_REQUESTED)
                .fetchOptional(SOLVE_JOB.STOP_REQUESTED);
    }

    void progress(long id, String score, double coveredShare, OffsetDateTime now) {
        dsl.update(SOLVE_JOB)
                .set(SOLVE_JOB.BEST_SCORE, score)
                .set(SOLVE_JOB.COVERED_SHARE, share(coveredShare))
                .set(SOLVE_JOB.HEARTBEAT_AT, now)
                .where(SOLVE_JOB.ID.eq(id).and(SOLVE_JOB.STATUS.eq(SolveJobStatus.RUNNING.name())))
                .execute();
    }

    void shiftCount(long id, int shifts) {
        dsl.update(SOLVE_JOB).set(SOLVE_JOB.SHIFT_COUNT, shifts).where(SOLVE_JOB.ID.eq(id)).execute();
    }

    /** RUNNING → an end state; false when the job was already marked otherwise (e.g. interrupted). */
    boolean finish(long id, SolveJobStatus status, String score, Double coveredShare, Integer assigned,
                   String message, OffsetDateTime now) {
        return dsl.update(SOLVE_JOB)
                .set(SOLVE_JOB.STATUS, status.name())
                .set(SOLVE_JOB.BEST_SCORE, score == null ? SOLVE_JOB.BEST_SCORE : DSL.val(score))
                .set(SOLVE_JOB.COVERED_SHARE, coveredShare == null ? SOLVE_JOB.COVERED_SHARE
                        : DSL.val(share(coveredShare)))
                .set(SOLVE_JOB.ASSIGNED_COUNT, assigned)
                .set(SOLVE_JOB.MESSAGE, message)
                .set(SOLVE_JOB.FINISHED_AT, now)
                .set(SOLVE_JOB.HEARTBEAT_AT, now)
                .where(SOLVE_JOB.ID.eq(id).and(SOLVE_JOB.STATUS.in(ACTIVE)))
                .execute() == 1;
    }

    /**
     * Asks a job to stop. A job still waiting is stopped at once (its task will find it so and do nothing); a
     * running one sees the flag at its next heartbeat. False when the job is not active.
     */
    boolean requestStop(long id, OffsetDateTime now) {
        int queued = dsl.update(SOLVE_JOB)
                .set(SOLVE_JOB.STOP_REQUESTED, true)
                .set(SOLVE_JOB.STATUS, SolveJobStatus.STOPPED.name())
                .set(SOLVE_JOB.FINISHED_AT, now)
                .where(SOLVE_JOB.ID.eq(id).and(SOLVE_JOB.STATUS.eq(SolveJobStatus.QUEUED.name())))
                .execute();
        if (queued == 1) {
            return true;
        }
        return dsl.update(SOLVE_JOB)
                .set(SOLVE_JOB.STOP_REQUESTED, true)
                .where(SOLVE_JOB.ID.eq(id).and(SOLVE_JOB.STATUS.eq(SolveJobStatus.RUNNING.name())))
                .execute() == 1;
    }

    /**
     * Marks INTERRUPTED every job that cannot be running any more: RUNNING with a heartbeat older than
     * {@code staleBefore}; QUEUED for longer than that while its scheduler task is gone or was picked by an
     * instance that stopped beating. (A QUEUED job whose task waits for a free worker is left alone.) The scheduler
     * stamps its own heartbeats with the system clock, so they are compared with {@code schedulerStaleBefore} from
     * that clock, never with the application's (which tests move ahead of it).
     */
    List<Long> interruptStale(String taskName, OffsetDateTime staleBefore, OffsetDateTime schedulerStaleBefore,
                              String message, OffsetDateTime now) {
        var waitingTask = DSL.selectOne().from(SCHEDULED_TASKS)
                .where(SCHEDULED_TASKS.TASK_NAME.eq(taskName)
                        .and(SCHEDULED_TASKS.TASK_INSTANCE.eq(DSL.cast(SOLVE_JOB.ID, String.class)))
                        .and(SCHEDULED_TASKS.PICKED.isFalse()
                                .or(SCHEDULED_TASKS.LAST_HEARTBEAT.ge(schedulerStaleBefore))));
        return dsl.update(SOLVE_JOB)
                .set(SOLVE_JOB.STATUS, SolveJobStatus.INTERRUPTED.name())
                .set(SOLVE_JOB.FINISHED_AT, now)
                .set(SOLVE_JOB.MESSAGE, message)
                .where(SOLVE_JOB.STATUS.eq(SolveJobStatus.RUNNING.name())
                        .and(DSL.coalesce(SOLVE_JOB.HEARTBEAT_AT, SOLVE_JOB.STARTED_AT, SOLVE_JOB.REQUESTED_AT)
                                .lt(staleBefore))
                        .or(SOLVE_JOB.STATUS.eq(SolveJobStatus.QUEUED.name())
                                .and(SOLVE_JOB.REQUESTED_AT.lt(staleBefore))
                                .andNotExists(waitingTask)))
                .returning(SOLVE_JOB.ID)
                .fetch(SOLVE_JOB.ID);
    }

    private static BigDecimal share(double value) {
        double clamped = Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
        return BigDecimal.valueOf(clamped).setScale(4, RoundingMode.HALF_UP);
    }

    private static SolveJob toJob(SolveJobRecord r) {
        return new SolveJob(r.getId(), r.getScopeKey(), ScopeKind.valueOf(r.getScopeKind()), r.getCalendarItemId(),
                r.getFirstDay(), r.getLastDay(), SolveJobStatus.valueOf(r.getStatus()), r.getSecondsLimit(),
                r.getStopRequested(), r.getRequestedAt(), r.getStartedAt(), r.getFinishedAt(), r.getHeartbeatAt(),
                r.getBestScore(), r.getCoveredShare(), r.getShiftCount(), r.getAssignedCount(), r.getMessage());
    }
}
