package se.tryggalov.shared.audit;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.time.Zones;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.AUDIT_LOG;

/**
 * Writes who did what to which record, and who read whose personal data. Details never repeat the personal
 * data itself. The entry joins the caller's transaction, so a change that rolls back leaves no trace claiming
 * it happened.
 */
@Component
public class AuditLog {

    private final DSLContext dsl;
    private final Clock clock;
    private final SecurityContexts contexts;

    AuditLog(DSLContext dsl, Clock clock, SecurityContexts contexts) {
        this.dsl = dsl;
        this.clock = clock;
        this.contexts = contexts;
    }

    /** An action by the signed-in user. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditAction action, String subjectType, Object subjectId, String details) {
        String actor = contexts.authentication().map(Authentication::getName).orElse(null);
        recordFor(actor, null, action, subjectType, subjectId, details);
    }

    /** An action by a named actor (e.g. a login attempt, before anyone is signed in). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordFor(String actorUsername, String clientAddress, AuditAction action, String subjectType,
                          Object subjectId, String details) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.OCCURRED_AT, OffsetDateTime.now(clock))
                .set(AUDIT_LOG.ACTOR_USERNAME, actorUsername)
                .set(AUDIT_LOG.ACTOR_USER_ID, actorUsername == null ? null
                        : DSL.field(DSL.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(actorUsername))))
                .set(AUDIT_LOG.ACTION, action.name())
                .set(AUDIT_LOG.SUBJECT_TYPE, subjectType)
                .set(AUDIT_LOG.SUBJECT_ID, subjectId == null ? null : subjectId.toString())
                .set(AUDIT_LOG.DETAILS, details)
                .set(AUDIT_LOG.CLIENT_ADDRESS, clientAddress)
                .execute();
    }

    /** The newest entries first, optionally only one action or one actor. Callers check the reader's role. */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditAction action, String actorUsername, int limit) {
        return search(AuditFilter.of(action, actorUsername), limit).entries();
    }

    /**
     * The newest entries that match every part of the filter, at most {@code limit}, and whether there are older
     * ones. Callers check the reader's role. A range whose end is before its start matches nothing.
     */
    @Transactional(readOnly = true)
    public AuditPage search(AuditFilter filter, int limit) {
        Condition condition = DSL.noCondition();
        if (filter.action() != null) {
            condition = condition.and(AUDIT_LOG.ACTION.eq(filter.action().name()));
        }
        if (filter.actor() != null) {
            condition = condition.and(AUDIT_LOG.ACTOR_USERNAME.containsIgnoreCase(filter.actor()));
        }
        if (filter.subjectType() != null) {
            condition = condition.and(AUDIT_LOG.SUBJECT_TYPE.eq(filter.subjectType()));
        }
        if (filter.subjectId() != null) {
            condition = condition.and(AUDIT_LOG.SUBJECT_ID.eq(filter.subjectId()));
        }
        if (filter.from() != null) {
            condition = condition.and(AUDIT_LOG.OCCURRED_AT.ge(startOf(filter.from())));
        }
        if (filter.to() != null) {
            condition = condition.and(AUDIT_LOG.OCCURRED_AT.lt(startOf(filter.to().plusDays(1))));
        }
        List<AuditEntry> entries = dsl.selectFrom(AUDIT_LOG).where(condition).orderBy(AUDIT_LOG.ID.desc())
                .limit(limit + 1)
                .fetch(r -> new AuditEntry(r.getId(), r.getOccurredAt(), r.getActorUsername(),
                        AuditAction.valueOf(r.getAction()), r.getSubjectType(), r.getSubjectId(), r.getDetails(),
                        r.getClientAddress()));
        boolean more = entries.size() > limit;
        return new AuditPage(more ? entries.subList(0, limit) : entries, limit, more);
    }

    /** The kinds of record the log names (user, venue, ...), for choosing one in a filter. */
    @Transactional(readOnly = true)
    public List<String> subjectTypes() {
        return dsl.selectDistinct(AUDIT_LOG.SUBJECT_TYPE).from(AUDIT_LOG).where(AUDIT_LOG.SUBJECT_TYPE.isNotNull())
                .orderBy(AUDIT_LOG.SUBJECT_TYPE).fetch(AUDIT_LOG.SUBJECT_TYPE);
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(Zones.STOCKHOLM).toOffsetDateTime();
    }
}
