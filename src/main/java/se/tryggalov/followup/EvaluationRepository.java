package se.tryggalov.followup;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Optional;

import static se.tryggalov.jooq.Tables.BREAK_EVALUATION;

/** The notes on what worked, one per break. */
@Repository
class EvaluationRepository {

    private final DSLContext dsl;

    EvaluationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<String> notes(long breakId) {
        return dsl.select(BREAK_EVALUATION.NOTES).from(BREAK_EVALUATION)
                .where(BREAK_EVALUATION.CALENDAR_ITEM_ID.eq(breakId)).fetchOptional(BREAK_EVALUATION.NOTES);
    }

    void save(long breakId, String notes, Long by, OffsetDateTime at) {
        dsl.insertInto(BREAK_EVALUATION)
                .set(BREAK_EVALUATION.CALENDAR_ITEM_ID, breakId)
                .set(BREAK_EVALUATION.NOTES, notes)
                .set(BREAK_EVALUATION.UPDATED_BY, by)
                .set(BREAK_EVALUATION.UPDATED_AT, at)
                .onConflict(BREAK_EVALUATION.CALENDAR_ITEM_ID).doUpdate()
                .set(BREAK_EVALUATION.NOTES, notes)
                .set(BREAK_EVALUATION.UPDATED_BY, by)
                .set(BREAK_EVALUATION.UPDATED_AT, at)
                .set(BREAK_EVALUATION.VERSION, BREAK_EVALUATION.VERSION.plus(1))
                .execute();
    }
}
