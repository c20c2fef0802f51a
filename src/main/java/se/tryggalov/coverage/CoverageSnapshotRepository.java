package se.tryggalov.coverage;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;

import static se.tryggalov.jooq.Tables.COVERAGE_SNAPSHOT;

/** The daily coverage snapshots of each break or raised-risk date (table {@code coverage_snapshot}). */
@Repository
class CoverageSnapshotRepository {

    /** One district's figures on one day. */
    record Row(long districtId, int need, int covered, int seatsNeeded, int seatsBooked) {
    }

    /** The figures of all districts summed, per day. */
    record Day(LocalDate takenOn, int need, int covered, int seatsNeeded, int seatsBooked) {
    }

    private final DSLContext dsl;

    CoverageSnapshotRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Writes the day's rows; a row already there for the period, day and district is replaced. */
    void save(long calendarItemId, LocalDate takenOn, List<Row> rows) {
        for (Row row : rows) {
            dsl.insertInto(COVERAGE_SNAPSHOT)
                    .set(COVERAGE_SNAPSHOT.CALENDAR_ITEM_ID, calendarItemId)
                    .set(COVERAGE_SNAPSHOT.TAKEN_ON, takenOn)
                    .set(COVERAGE_SNAPSHOT.DISTRICT_ID, row.districtId())
                    .set(COVERAGE_SNAPSHOT.NEED, row.need())
                    .set(COVERAGE_SNAPSHOT.COVERED, row.covered())
                    .set(COVERAGE_SNAPSHOT.SEATS_NEEDED, row.seatsNeeded())
                    .set(COVERAGE_SNAPSHOT.SEATS_BOOKED, row.seatsBooked())
                    .onConflict(COVERAGE_SNAPSHOT.CALENDAR_ITEM_ID, COVERAGE_SNAPSHOT.TAKEN_ON,
                            COVERAGE_SNAPSHOT.DISTRICT_ID)
                    .doUpdate()
                    .set(COVERAGE_SNAPSHOT.NEED, DSL.excluded(COVERAGE_SNAPSHOT.NEED))
                    .set(COVERAGE_SNAPSHOT.COVERED, DSL.excluded(COVERAGE_SNAPSHOT.COVERED))
                    .set(COVERAGE_SNAPSHOT.SEATS_NEEDED, DSL.excluded(COVERAGE_SNAPSHOT.SEATS_NEEDED))
                    .set(COVERAGE_SNAPSHOT.SEATS_BOOKED, DSL.excluded(COVERAGE_SNAPSHOT.SEATS_BOOKED))
                    .execute();
        }
    }

    /** The period's days with a snapshot, oldest first, the districts summed. */
    List<Day> series(long calendarItemId) {
        return dsl.select(COVERAGE_SNAPSHOT.TAKEN_ON, DSL.sum(COVERAGE_SNAPSHOT.NEED).cast(Integer.class),
                        DSL.sum(COVERAGE_SNAPSHOT.COVERED).cast(Integer.class),
                        DSL.sum(COVERAGE_SNAPSHOT.SEATS_NEEDED).cast(Integer.class),
                        DSL.sum(COVERAGE_SNAPSHOT.SEATS_BOOKED).cast(Integer.class))
                .from(COVERAGE_SNAPSHOT)
                .where(COVERAGE_SNAPSHOT.CALENDAR_ITEM_ID.eq(calendarItemId))
                .groupBy(COVERAGE_SNAPSHOT.TAKEN_ON)
                .orderBy(COVERAGE_SNAPSHOT.TAKEN_ON)
                .fetch(r -> new Day(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** How many rows the period has (tests and the demo: one per day and district). */
    int rows(long calendarItemId) {
        return dsl.fetchCount(COVERAGE_SNAPSHOT, COVERAGE_SNAPSHOT.CALENDAR_ITEM_ID.eq(calendarItemId));
    }
}
