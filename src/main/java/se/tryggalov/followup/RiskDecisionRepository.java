package se.tryggalov.followup;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import static se.tryggalov.jooq.Tables.RISK_DECISION;

/** The coordinator's answers to the picture's suggestions, one per evening. */
@Repository
class RiskDecisionRepository {

    /** Serialises answers, so two coordinators cannot both raise the same evening. */
    private static final long DECISION_LOCK = 0x7269736b64656369L; // "riskdeci"

    private final DSLContext dsl;

    RiskDecisionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Map<LocalDate, Boolean> decisions(LocalDate first, LocalDate last) {
        Map<LocalDate, Boolean> result = new HashMap<>();
        dsl.select(RISK_DECISION.DAY, RISK_DECISION.ACCEPTED).from(RISK_DECISION)
                .where(RISK_DECISION.DAY.between(first, last))
                .forEach(r -> result.put(r.value1(), r.value2()));
        return result;
    }

    /** False when the evening was decided already (by someone else first). */
    boolean insert(LocalDate day, int raisedTo, boolean accepted, Long calendarItemId, Long by, OffsetDateTime at) {
        return dsl.insertInto(RISK_DECISION)
                .set(RISK_DECISION.DAY, day)
                .set(RISK_DECISION.RAISED_TO, raisedTo)
                .set(RISK_DECISION.ACCEPTED, accepted)
                .set(RISK_DECISION.CALENDAR_ITEM_ID, calendarItemId)
                .set(RISK_DECISION.DECIDED_BY, by)
                .set(RISK_DECISION.DECIDED_AT, at)
                .onConflictDoNothing().execute() == 1;
    }

    void lock() {
        dsl.fetch("select pg_advisory_xact_lock(?)", DECISION_LOCK);
    }
}
