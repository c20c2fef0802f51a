package se.tryggalov.roster;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static se.tryggalov.jooq.Tables.ACTIVITY;
import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.DISTRICT;
import static se.tryggalov.jooq.Tables.ORGANISATION;
import static se.tryggalov.jooq.Tables.SHIFT;
import static se.tryggalov.jooq.Tables.SHIFT_ASSIGNMENT;
import static se.tryggalov.jooq.Tables.VOLUNTEER_ORGANISATION;
import static se.tryggalov.jooq.Tables.VOLUNTEER_QUALIFICATION;
import static se.tryggalov.jooq.Tables.WALK_LOG;
import static se.tryggalov.jooq.Tables.WALK_LOG_COUNT;

/** The walk log and check-in: who came to a shift, the evening's report and its counts; tallies for follow-up. */
@Repository
class WalkLogRepository {

    private static final String CONFIRMED = AssignmentStatus.CONFIRMED.name();
    private static final String NO_SHOW = AssignmentStatus.NO_SHOW.name();

    record ShiftHead(long id, LocalDate day, LocalTime startsAt, LocalTime endsAt, LocalDateTime start,
                     String status, String districtName, String title) {
    }

    private final DSLContext dsl;

    WalkLogRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<ShiftHead> lockShift(long shiftId) {
        return dsl.select(SHIFT.ID, SHIFT.DAY, SHIFT.STARTS_AT, SHIFT.ENDS_AT, SHIFT.START_TS, SHIFT.STATUS,
                        DISTRICT.NAME, ACTIVITY.TITLE)
                .from(SHIFT).join(ACTIVITY).on(ACTIVITY.ID.eq(SHIFT.ACTIVITY_ID))
                .join(DISTRICT).on(DISTRICT.ID.eq(ACTIVITY.DISTRICT_ID))
                .where(SHIFT.ID.eq(shiftId)).forUpdate().of(SHIFT)
                .fetchOptional(r -> new ShiftHead(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8()));
    }

    /** What a training evening gives its attendants: the qualification and for how many months (null: no expiry). */
    record TrainingGrant(String qualification, Integer validMonths) {
    }

    /** The shift's training grant; empty when it is not a training evening that gives a qualification. */
    Optional<TrainingGrant> trainingGrant(long shiftId) {
        return dsl.select(ACTIVITY.GRANTS_QUALIFICATION, ACTIVITY.GRANTS_VALID_MONTHS).from(SHIFT)
                .join(ACTIVITY).on(ACTIVITY.ID.eq(SHIFT.ACTIVITY_ID))
                .where(SHIFT.ID.eq(shiftId).and(ACTIVITY.ACTIVITY_TYPE.eq("TRAINING"))
                        .and(ACTIVITY.GRANTS_QUALIFICATION.isNotNull()))
                .fetchOptional(r -> new TrainingGrant(r.value1(), r.value2() == null ? null : r.value2().intValue()));
    }

    /** The people of the shift's assignments. */
    List<Long> userIdsOf(long shiftId, java.util.Collection<Long> assignmentIds) {
        if (assignmentIds.isEmpty()) {
            return List.of();
        }
        return dsl.select(SHIFT_ASSIGNMENT.USER_ID).from(SHIFT_ASSIGNMENT)
                .where(SHIFT_ASSIGNMENT.SHIFT_ID.eq(shiftId).and(SHIFT_ASSIGNMENT.ID.in(assignmentIds)))
                .fetch(SHIFT_ASSIGNMENT.USER_ID);
    }

    /** Whether the person is confirmed on the shift and holds a lead qualification valid that day. */
    boolean leadsShift(long shiftId, long userId) {
        return dsl.fetchExists(DSL.selectOne().from(SHIFT_ASSIGNMENT).join(SHIFT).on(SHIFT.ID.eq(SHIFT_ASSIGNMENT.SHIFT_ID))
                .join(VOLUNTEER_QUALIFICATION).on(VOLUNTEER_QUALIFICATION.USER_ID.eq(SHIFT_ASSIGNMENT.USER_ID)
                        .and(VOLUNTEER_QUALIFICATION.KIND.eq("LEAD"))
                        .and(VOLUNTEER_QUALIFICATION.OBTAINED_ON.le(SHIFT.DAY))
                        .and(VOLUNTEER_QUALIFICATION.EXPIRES_ON.isNull().or(VOLUNTEER_QUALIFICATION.EXPIRES_ON.ge(SHIFT.DAY))))
                .where(SHIFT_ASSIGNMENT.SHIFT_ID.eq(shiftId).and(SHIFT_ASSIGNMENT.USER_ID.eq(userId))
                        .and(SHIFT_ASSIGNMENT.STATUS.eq(CONFIRMED))));
    }

    /** The people confirmed on the shift or marked absent, with whether they came as last filed. */
    List<CheckInSheet.Walker> walkers(long shiftId) {
        return dsl.select(SHIFT_ASSIGNMENT.ID, APP_USER.DISPLAY_NAME, SHIFT_ASSIGNMENT.STATUS,
                        SHIFT_ASSIGNMENT.CHECKED_IN_AT)
                .from(SHIFT_ASSIGNMENT).join(APP_USER).on(APP_USER.ID.eq(SHIFT_ASSIGNMENT.USER_ID))
                .where(SHIFT_ASSIGNMENT.SHIFT_ID.eq(shiftId).and(SHIFT_ASSIGNMENT.STATUS.in(CONFIRMED, NO_SHOW)))
                .orderBy(APP_USER.DISPLAY_NAME, SHIFT_ASSIGNMENT.ID)
                .fetch(r -> new CheckInSheet.Walker(r.value1(), r.value2(),
                        NO_SHOW.equals(r.value3()) ? Boolean.FALSE : r.value4() != null ? Boolean.TRUE : null));
    }

    /** Marks who came (with their times and hours) and who did not; people of other states stay as they are. */
    void markAttendance(long shiftId, Set<Long> present, OffsetDateTime start, OffsetDateTime end, OffsetDateTime now) {
        BigDecimal hours = BigDecimal.valueOf(Duration.between(start, end).toMinutes())
                .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        var mine = SHIFT_ASSIGNMENT.SHIFT_ID.eq(shiftId).and(SHIFT_ASSIGNMENT.STATUS.in(CONFIRMED, NO_SHOW));
        dsl.update(SHIFT_ASSIGNMENT)
                .set(SHIFT_ASSIGNMENT.STATUS, CONFIRMED)
                .set(SHIFT_ASSIGNMENT.CHECKED_IN_AT, start)
                .set(SHIFT_ASSIGNMENT.CHECKED_OUT_AT, end)
                .set(SHIFT_ASSIGNMENT.HOURS, hours)
                .set(SHIFT_ASSIGNMENT.VERSION, SHIFT_ASSIGNMENT.VERSION.plus(1))
                .set(SHIFT_ASSIGNMENT.UPDATED_AT, now)
                .where(mine.and(SHIFT_ASSIGNMENT.ID.in(present)))
                .execute();
        dsl.update(SHIFT_ASSIGNMENT)
                .set(SHIFT_ASSIGNMENT.STATUS, NO_SHOW)
                .set(SHIFT_ASSIGNMENT.CHECKED_IN_AT, (OffsetDateTime) null)
                .set(SHIFT_ASSIGNMENT.CHECKED_OUT_AT, (OffsetDateTime) null)
                .set(SHIFT_ASSIGNMENT.HOURS, (BigDecimal) null)
                .set(SHIFT_ASSIGNMENT.DECIDED_AT, now)
                .set(SHIFT_ASSIGNMENT.VERSION, SHIFT_ASSIGNMENT.VERSION.plus(1))
                .set(SHIFT_ASSIGNMENT.UPDATED_AT, now)
                .where(mine.and(SHIFT_ASSIGNMENT.ID.notIn(present)))
                .execute();
    }

    /** Writes (or rewrites) the shift's report and its counts. */
    long saveLog(long shiftId, WalkReport report, OffsetDateTime start, OffsetDateTime end, Long filedBy,
                 OffsetDateTime now) {
        long id = dsl.insertInto(WALK_LOG)
                .set(WALK_LOG.SHIFT_ID, shiftId)
                .set(WALK_LOG.ACTUAL_START, start)
                .set(WALK_LOG.ACTUAL_END, end)
                .set(WALK_LOG.PLACES_VISITED, blankToNull(report.placesVisited()))
                .set(WALK_LOG.NOTE, blankToNull(report.note()))
                .set(WALK_LOG.FILED_BY, filedBy)
                .set(WALK_LOG.FILED_AT, now)
                .onConflict(WALK_LOG.SHIFT_ID).doUpdate()
                .set(WALK_LOG.ACTUAL_START, start)
                .set(WALK_LOG.ACTUAL_END, end)
                .set(WALK_LOG.PLACES_VISITED, blankToNull(report.placesVisited()))
                .set(WALK_LOG.NOTE, blankToNull(report.note()))
                .set(WALK_LOG.FILED_BY, filedBy)
                .set(WALK_LOG.FILED_AT, now)
                .set(WALK_LOG.VERSION, WALK_LOG.VERSION.plus(1))
                .returning(WALK_LOG.ID).fetchSingle(WALK_LOG.ID);
        dsl.deleteFrom(WALK_LOG_COUNT).where(WALK_LOG_COUNT.WALK_LOG_ID.eq(id)).execute();
        report.counts().forEach((category, count) -> {
            if (count != null && count > 0) {
                dsl.insertInto(WALK_LOG_COUNT).set(WALK_LOG_COUNT.WALK_LOG_ID, id)
                        .set(WALK_LOG_COUNT.CATEGORY, category.name()).set(WALK_LOG_COUNT.COUNT, count).execute();
            }
        });
        return id;
    }

    Optional<WalkReport> report(long shiftId, ZoneId zone) {
        return dsl.selectFrom(WALK_LOG).where(WALK_LOG.SHIFT_ID.eq(shiftId)).fetchOptional().map(log -> {
            Map<WalkCategory, Integer> counts = new EnumMap<>(WalkCategory.class);
            dsl.selectFrom(WALK_LOG_COUNT).where(WALK_LOG_COUNT.WALK_LOG_ID.eq(log.getId()))
                    .forEach(c -> counts.put(WalkCategory.valueOf(c.getCategory()), c.getCount()));
            Set<Long> present = Set.copyOf(dsl.select(SHIFT_ASSIGNMENT.ID).from(SHIFT_ASSIGNMENT)
                    .where(SHIFT_ASSIGNMENT.SHIFT_ID.eq(shiftId).and(SHIFT_ASSIGNMENT.STATUS.eq(CONFIRMED))
                            .and(SHIFT_ASSIGNMENT.CHECKED_IN_AT.isNotNull()))
                    .fetch(SHIFT_ASSIGNMENT.ID));
            return new WalkReport(present, log.getActualStart().atZoneSameInstant(zone).toLocalDateTime(),
                    log.getActualEnd().atZoneSameInstant(zone).toLocalDateTime(), log.getPlacesVisited(), counts,
                    log.getNote());
        });
    }

    /** Per person: hours walked, walks, no-shows and late cancellations on shifts of the period. */
    List<WalkTally> tally(LocalDate first, LocalDate last, Long organisationId) {
        var status = SHIFT_ASSIGNMENT.STATUS;
        var where = SHIFT.DAY.between(first, last);
        if (organisationId != null) {
            where = where.and(SHIFT_ASSIGNMENT.USER_ID.in(DSL.select(VOLUNTEER_ORGANISATION.USER_ID)
                    .from(VOLUNTEER_ORGANISATION).where(VOLUNTEER_ORGANISATION.ORGANISATION_ID.eq(organisationId))));
        }
        var hours = DSL.coalesce(DSL.sum(SHIFT_ASSIGNMENT.HOURS), BigDecimal.ZERO);
        var walks = DSL.count().filterWhere(SHIFT_ASSIGNMENT.CHECKED_IN_AT.isNotNull());
        var noShows = DSL.count().filterWhere(status.eq(NO_SHOW));
        var late = DSL.count().filterWhere(status.eq(AssignmentStatus.LATE_CANCELLED.name()));
        return dsl.select(SHIFT_ASSIGNMENT.USER_ID, APP_USER.DISPLAY_NAME, hours, walks, noShows, late)
                .from(SHIFT_ASSIGNMENT).join(SHIFT).on(SHIFT.ID.eq(SHIFT_ASSIGNMENT.SHIFT_ID))
                .join(APP_USER).on(APP_USER.ID.eq(SHIFT_ASSIGNMENT.USER_ID))
                .where(where.and(status.in(CONFIRMED, NO_SHOW, AssignmentStatus.LATE_CANCELLED.name())))
                .groupBy(SHIFT_ASSIGNMENT.USER_ID, APP_USER.DISPLAY_NAME)
                .orderBy(APP_USER.DISPLAY_NAME)
                .fetch(r -> new WalkTally(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /** Hours walked per organisation of the walkers (a walker in two organisations counts for both). */
    Map<String, BigDecimal> hoursPerOrganisation(LocalDate first, LocalDate last) {
        Map<String, BigDecimal> result = new java.util.LinkedHashMap<>();
        dsl.select(ORGANISATION.NAME, DSL.coalesce(DSL.sum(SHIFT_ASSIGNMENT.HOURS), BigDecimal.ZERO))
                .from(SHIFT_ASSIGNMENT).join(SHIFT).on(SHIFT.ID.eq(SHIFT_ASSIGNMENT.SHIFT_ID))
                .join(VOLUNTEER_ORGANISATION).on(VOLUNTEER_ORGANISATION.USER_ID.eq(SHIFT_ASSIGNMENT.USER_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(VOLUNTEER_ORGANISATION.ORGANISATION_ID))
                .where(SHIFT.DAY.between(first, last).and(SHIFT_ASSIGNMENT.HOURS.isNotNull()))
                .groupBy(ORGANISATION.NAME).orderBy(ORGANISATION.NAME)
                .forEach(r -> result.put(r.value1(), r.value2()));
        return result;
    }

    List<WalkObservation> observations(LocalDate first, LocalDate last) {
        return dsl.select(WALK_LOG.ID, SHIFT.ID, SHIFT.DAY, DISTRICT.ID, DISTRICT.NAME, WALK_LOG_COUNT.CATEGORY,
                        WALK_LOG_COUNT.COUNT)
                .from(WALK_LOG_COUNT).join(WALK_LOG).on(WALK_LOG.ID.eq(WALK_LOG_COUNT.WALK_LOG_ID))
                .join(SHIFT).on(SHIFT.ID.eq(WALK_LOG.SHIFT_ID))
                .join(ACTIVITY).on(ACTIVITY.ID.eq(SHIFT.ACTIVITY_ID))
                .join(DISTRICT).on(DISTRICT.ID.eq(ACTIVITY.DISTRICT_ID))
                .where(SHIFT.DAY.between(first, last))
                .orderBy(SHIFT.DAY, DISTRICT.NAME, WALK_LOG_COUNT.CATEGORY)
                .fetch(r -> new WalkObservation(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        WalkCategory.valueOf(r.value6()), r.value7()));
    }

    /** Night-walk shifts in the period per organisation of the walkers on them, with their log if filed. */
    List<WalkEvening> evenings(LocalDate first, LocalDate last) {
        var present = DSL.count().filterWhere(SHIFT_ASSIGNMENT.CHECKED_IN_AT.isNotNull()
                .and(SHIFT_ASSIGNMENT.STATUS.eq(CONFIRMED)));
        var hours = DSL.coalesce(DSL.sum(SHIFT_ASSIGNMENT.HOURS), BigDecimal.ZERO);
        return dsl.select(SHIFT.ID, SHIFT.DAY, DISTRICT.NAME, ORGANISATION.ID, ORGANISATION.NAME, WALK_LOG.ID,
                        DSL.count(), present, hours)
                .from(SHIFT_ASSIGNMENT).join(SHIFT).on(SHIFT.ID.eq(SHIFT_ASSIGNMENT.SHIFT_ID))
                .join(ACTIVITY).on(ACTIVITY.ID.eq(SHIFT.ACTIVITY_ID))
                .join(DISTRICT).on(DISTRICT.ID.eq(ACTIVITY.DISTRICT_ID))
                .join(VOLUNTEER_ORGANISATION).on(VOLUNTEER_ORGANISATION.USER_ID.eq(SHIFT_ASSIGNMENT.USER_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(VOLUNTEER_ORGANISATION.ORGANISATION_ID))
                .leftJoin(WALK_LOG).on(WALK_LOG.SHIFT_ID.eq(SHIFT.ID))
                .where(SHIFT.DAY.between(first, last).and(ACTIVITY.ACTIVITY_TYPE.eq("NIGHT_WALK"))
                        .and(SHIFT_ASSIGNMENT.STATUS.in(CONFIRMED, NO_SHOW)))
                .groupBy(SHIFT.ID, SHIFT.DAY, DISTRICT.NAME, ORGANISATION.ID, ORGANISATION.NAME, WALK_LOG.ID)
                .orderBy(ORGANISATION.NAME, SHIFT.DAY, DISTRICT.NAME, SHIFT.ID)
                .fetch(r -> new WalkEvening(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
