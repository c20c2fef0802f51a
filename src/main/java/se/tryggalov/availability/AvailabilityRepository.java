package se.tryggalov.availability;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep7;
import org.jooq.Record4;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import se.tryggalov.jooq.tables.records.AvailabilityRecord;
import se.tryggalov.volunteer.PeopleAccess;
import se.tryggalov.volunteer.PeopleAccessQueries;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.AVAILABILITY;
import static se.tryggalov.jooq.Tables.VOLUNTEER;
import static se.tryggalov.jooq.Tables.VOLUNTEER_DISTRICT;
import static se.tryggalov.jooq.Tables.VOLUNTEER_QUALIFICATION;

/**
 * The only writer of availability. Every query about people takes the caller's {@link PeopleAccess.Scope} and
 * applies it in SQL, so a person outside the scope is simply not there.
 */
@Repository
class AvailabilityRepository {

    private final DSLContext dsl;

    AvailabilityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The status of a person in scope, locking their volunteer row against a concurrent status change (pausing,
     * anonymising) until the caller's transaction ends. Empty when the person is not in scope or no volunteer.
     */
    Optional<String> lockStatus(PeopleAccess.Scope scope, long userId) {
        return dsl.select(VOLUNTEER.STATUS).from(VOLUNTEER)
                .where(VOLUNTEER.USER_ID.eq(userId).and(PeopleAccessQueries.visible(scope, VOLUNTEER.USER_ID)))
                .forShare()
                .fetchOptional(VOLUNTEER.STATUS);
    }

    Optional<String> status(PeopleAccess.Scope scope, long userId) {
        return dsl.select(VOLUNTEER.STATUS).from(VOLUNTEER)
                .where(VOLUNTEER.USER_ID.eq(userId).and(PeopleAccessQueries.visible(scope, VOLUNTEER.USER_ID)))
                .fetchOptional(VOLUNTEER.STATUS);
    }

    Map<LocalDate, Answer> answers(PeopleAccess.Scope scope, long userId, LocalDate from, LocalDate to) {
        Map<LocalDate, Answer> answers = new HashMap<>();
        dsl.selectFrom(AVAILABILITY)
                .where(AVAILABILITY.USER_ID.eq(userId)
                        .and(AVAILABILITY.DAY.between(from, to))
                        .and(PeopleAccessQueries.visible(scope, AVAILABILITY.USER_ID)))
                .forEach(r -> answers.put(r.getDay(), toAnswer(r)));
        return answers;
    }

    private static Answer toAnswer(AvailabilityRecord r) {
        return new Answer(r.getDay(), AvailabilityState.valueOf(r.getState()),
                TimeWindow.of(r.getFromTime(), r.getToTime()),
                r.getEnteredBy() != null && !r.getEnteredBy().equals(r.getUserId()));
    }

    /**
     * Saves one answer, atomically per row (two tabs saving the same evening: the last one wins, nothing breaks).
     * With {@code keepWindow} an existing time window stays as it was (a tap on the toggle); otherwise
     * {@code window} replaces it. A "no" never keeps a window.
     */
    void upsert(long userId, LocalDate day, AvailabilityState state, TimeWindow window, boolean keepWindow,
                Long enteredBy, OffsetDateTime now) {
        LocalTime from = window == null ? null : window.from();
        LocalTime to = window == null ? null : window.to();
        dsl.insertInto(AVAILABILITY, AVAILABILITY.USER_ID, AVAILABILITY.DAY, AVAILABILITY.STATE,
                        AVAILABILITY.FROM_TIME, AVAILABILITY.TO_TIME, AVAILABILITY.ENTERED_BY, AVAILABILITY.UPDATED_AT)
                .values(userId, day, state.name(), from, to, enteredBy, now)
                .onConflict(AVAILABILITY.USER_ID, AVAILABILITY.DAY).doUpdate()
                .set(AVAILABILITY.STATE, DSL.excluded(AVAILABILITY.STATE))
                .set(AVAILABILITY.FROM_TIME, windowAfterUpdate(AVAILABILITY.FROM_TIME, keepWindow))
                .set(AVAILABILITY.TO_TIME, windowAfterUpdate(AVAILABILITY.TO_TIME, keepWindow))
                .set(AVAILABILITY.ENTERED_BY, DSL.excluded(AVAILABILITY.ENTERED_BY))
                .set(AVAILABILITY.UPDATED_AT, DSL.excluded(AVAILABILITY.UPDATED_AT))
                .execute();
    }

    /** The same answer for many evenings of one person, in one statement; existing time windows are kept. */
    void upsertMany(long userId, Collection<LocalDate> days, AvailabilityState state, Long enteredBy,
                    OffsetDateTime now) {
        if (days.isEmpty()) {
            return;
        }
        InsertValuesStep7<AvailabilityRecord, Long, LocalDate, String, LocalTime, LocalTime, Long, OffsetDateTime> insert =
                dsl.insertInto(AVAILABILITY, AVAILABILITY.USER_ID, AVAILABILITY.DAY, AVAILABILITY.STATE,
                        AVAILABILITY.FROM_TIME, AVAILABILITY.TO_TIME, AVAILABILITY.ENTERED_BY, AVAILABILITY.UPDATED_AT);
        for (LocalDate day : days) {
            insert = insert.values(userId, day, state.name(), null, null, enteredBy, now);
        }
        insert.onConflict(AVAILABILITY.USER_ID, AVAILABILITY.DAY).doUpdate()
                .set(AVAILABILITY.STATE, DSL.excluded(AVAILABILITY.STATE))
                .set(AVAILABILITY.FROM_TIME, windowAfterUpdate(AVAILABILITY.FROM_TIME, true))
                .set(AVAILABILITY.TO_TIME, windowAfterUpdate(AVAILABILITY.TO_TIME, true))
                .set(AVAILABILITY.ENTERED_BY, DSL.excluded(AVAILABILITY.ENTERED_BY))
                .set(AVAILABILITY.UPDATED_AT, DSL.excluded(AVAILABILITY.UPDATED_AT))
                .execute();
    }

    /** A "no" clears the window; otherwise keep the stored one, or take the new one. */
    private static Field<LocalTime> windowAfterUpdate(Field<LocalTime> column, boolean keepWindow) {
        Field<LocalTime> wanted = keepWindow ? column : DSL.excluded(column);
        return DSL.when(DSL.excluded(AVAILABILITY.STATE).eq(AvailabilityState.UNAVAILABLE.name()),
                DSL.inline((LocalTime) null, column.getDataType())).otherwise(wanted);
    }

    int delete(long userId, Collection<LocalDate> days) {
        if (days.isEmpty()) {
            return 0;
        }
        return dsl.deleteFrom(AVAILABILITY)
                .where(AVAILABILITY.USER_ID.eq(userId).and(AVAILABILITY.DAY.in(days)))
                .execute();
    }

    /** ACTIVE volunteers in scope, by name. */
    List<ReachablePerson> activePeople(PeopleAccess.Scope scope) {
        return dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME)
                .from(VOLUNTEER).join(APP_USER).on(APP_USER.ID.eq(VOLUNTEER.USER_ID))
                .where(VOLUNTEER.STATUS.eq(AvailabilityService.ACTIVE)
                        .and(PeopleAccessQueries.visible(scope, VOLUNTEER.USER_ID)))
                .orderBy(APP_USER.DISPLAY_NAME, APP_USER.ID)
                .fetch(r -> new ReachablePerson(r.value1(), r.value2()));
    }

    /**
     * Yes and maybe answers of ACTIVE adult volunteers in scope, per date and home district; the null district
     * holds the people without a home district.
     */
    Map<LocalDate, Map<Long, AvailabilityCounts.Cell>> countsByDistrict(PeopleAccess.Scope scope, LocalDate from,
                                                                        LocalDate to, QualificationFilter filter) {
        Field<Integer> yes = DSL.count().filterWhere(AVAILABILITY.STATE.eq(AvailabilityState.AVAILABLE.name()));
        Field<Integer> maybe = DSL.count().filterWhere(AVAILABILITY.STATE.eq(AvailabilityState.MAYBE.name()));
        Map<LocalDate, Map<Long, AvailabilityCounts.Cell>> counts = new HashMap<>();
        for (Record4<LocalDate, Long, Integer, Integer> r : dsl
                .select(AVAILABILITY.DAY, VOLUNTEER_DISTRICT.DISTRICT_ID, yes, maybe)
                .from(AVAILABILITY)
                .join(VOLUNTEER).on(VOLUNTEER.USER_ID.eq(AVAILABILITY.USER_ID))
                .leftJoin(VOLUNTEER_DISTRICT).on(VOLUNTEER_DISTRICT.USER_ID.eq(AVAILABILITY.USER_ID))
                .where(counted(scope, from, to, filter))
                .groupBy(AVAILABILITY.DAY, VOLUNTEER_DISTRICT.DISTRICT_ID)
                .fetch()) {
            counts.computeIfAbsent(r.value1(), d -> new HashMap<>())
                    .put(r.value2(), new AvailabilityCounts.Cell(r.value3(), r.value4()));
        }
        return counts;
    }

    /** Per date, each person once. */
    Map<LocalDate, AvailabilityCounts.Cell> totals(PeopleAccess.Scope scope, LocalDate from, LocalDate to,
                                                   QualificationFilter filter) {
        Field<Integer> yes = DSL.count().filterWhere(AVAILABILITY.STATE.eq(AvailabilityState.AVAILABLE.name()));
        Field<Integer> maybe = DSL.count().filterWhere(AVAILABILITY.STATE.eq(AvailabilityState.MAYBE.name()));
        Map<LocalDate, AvailabilityCounts.Cell> totals = new HashMap<>();
        dsl.select(AVAILABILITY.DAY, yes, maybe)
                .from(AVAILABILITY)
                .join(VOLUNTEER).on(VOLUNTEER.USER_ID.eq(AVAILABILITY.USER_ID))
                .where(counted(scope, from, to, filter))
                .groupBy(AVAILABILITY.DAY)
                .forEach(r -> totals.put(r.value1(), new AvailabilityCounts.Cell(r.value2(), r.value3())));
        return totals;
    }

    private static Condition counted(PeopleAccess.Scope scope, LocalDate from, LocalDate to,
                                     QualificationFilter filter) {
        Condition condition = AVAILABILITY.DAY.between(from, to)
                .and(AVAILABILITY.STATE.in(AvailabilityState.AVAILABLE.name(), AvailabilityState.MAYBE.name()))
                .and(VOLUNTEER.STATUS.eq(AvailabilityService.ACTIVE))
                .and(VOLUNTEER.ADULT_CONFIRMED.isTrue())
                .and(PeopleAccessQueries.visible(scope, VOLUNTEER.USER_ID));
        if (filter != null && filter.kind() != null) {
            // valid on the evening counted: obtained by then, and not expired before it (the expiry day still counts)
            condition = condition.and(DSL.exists(DSL.selectOne().from(VOLUNTEER_QUALIFICATION)
                    .where(VOLUNTEER_QUALIFICATION.USER_ID.eq(AVAILABILITY.USER_ID)
                            .and(VOLUNTEER_QUALIFICATION.KIND.eq(filter.kind()))
                            .and(VOLUNTEER_QUALIFICATION.OBTAINED_ON.le(AVAILABILITY.DAY))
                            .and(VOLUNTEER_QUALIFICATION.EXPIRES_ON.isNull()
                                    .or(VOLUNTEER_QUALIFICATION.EXPIRES_ON.ge(AVAILABILITY.DAY))))));
        }
        return condition;
    }

    // ---- demo data -------------------------------------------------------------------------------------------

    /** ACTIVE volunteers whose accounts are demo accounts, in id order (stable for a seeded random). */
    List<Long> activeDemoVolunteerIds(PeopleAccess.Scope scope) {
        return dsl.select(VOLUNTEER.USER_ID).from(VOLUNTEER).join(APP_USER).on(APP_USER.ID.eq(VOLUNTEER.USER_ID))
                .where(APP_USER.DEMO.isTrue().and(VOLUNTEER.STATUS.eq(AvailabilityService.ACTIVE))
                        .and(PeopleAccessQueries.visible(scope, VOLUNTEER.USER_ID)))
                .orderBy(VOLUNTEER.USER_ID)
                .fetch(VOLUNTEER.USER_ID);
    }

    /**
     * Inserts many answers in one statement (three arrays unnested by PostgreSQL: a few bind values however many
     * rows); an evening someone already answered is left as it is.
     */
    int insertMissing(List<PersonAnswer> answers, OffsetDateTime now) {
        if (answers.isEmpty()) {
            return 0;
        }
        Long[] users = answers.stream().map(PersonAnswer::userId).toArray(Long[]::new);
        LocalDate[] days = answers.stream().map(PersonAnswer::day).toArray(LocalDate[]::new);
        String[] states = answers.stream().map(a -> a.state().name()).toArray(String[]::new);
        Table<?> rows = DSL.table("unnest({0}, {1}, {2}) as answer(user_id, day, state)",
                DSL.val(users), DSL.val(days), DSL.val(states));
        return dsl.insertInto(AVAILABILITY, AVAILABILITY.USER_ID, AVAILABILITY.DAY, AVAILABILITY.STATE,
                        AVAILABILITY.UPDATED_AT)
                .select(DSL.select(DSL.field(DSL.name("answer", "user_id"), Long.class),
                                DSL.field(DSL.name("answer", "day"), LocalDate.class),
                                DSL.field(DSL.name("answer", "state"), String.class),
                                DSL.val(now))
                        .from(rows))
                .onConflictDoNothing()
                .execute();
    }

    // --- personal data --------------------------------------------------------------------------------------------

    List<AvailabilityPersonalData.Answer> answersOf(long userId) {
        return dsl.selectFrom(AVAILABILITY).where(AVAILABILITY.USER_ID.eq(userId)).orderBy(AVAILABILITY.DAY)
                .fetch(a -> new AvailabilityPersonalData.Answer(a.getDay(), a.getState(), a.getFromTime(),
                        a.getToTime(), a.getEnteredBy() != null && a.getEnteredBy() != userId, a.getUpdatedAt()));
    }

    int deleteAnswersOf(long userId) {
        return dsl.deleteFrom(AVAILABILITY).where(AVAILABILITY.USER_ID.eq(userId)).execute();
    }

    int deleteAnswersBefore(LocalDate firstKept) {
        return dsl.deleteFrom(AVAILABILITY).where(AVAILABILITY.DAY.lt(firstKept)).execute();
    }
}
