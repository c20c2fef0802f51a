package se.tryggalov.roster;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static se.tryggalov.jooq.Tables.ACTIVITY;
import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.SHIFT;
import static se.tryggalov.jooq.Tables.SHIFT_ASSIGNMENT;
import static se.tryggalov.jooq.Tables.VOLUNTEER;
import static se.tryggalov.jooq.Tables.VOLUNTEER_ORGANISATION;
import static se.tryggalov.jooq.Tables.VOLUNTEER_QUALIFICATION;

/** Reads the crews of shifts for the coverage read models: counts, the lead and the lead's phone. Two queries. */
@Repository
class ShiftCrewRepository {

    private static final List<String> ON_SHIFT = List.of(AssignmentStatus.PROPOSED.name(),
            AssignmentStatus.CONFIRMED.name());

    private final DSLContext dsl;

    ShiftCrewRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Map<Long, ShiftCrew> crews(Collection<Long> shiftIds) {
        if (shiftIds.isEmpty()) {
            return Map.of();
        }
        Field<Boolean> isLead = DSL.field(DSL.exists(DSL.selectOne().from(VOLUNTEER_QUALIFICATION)
                .where(VOLUNTEER_QUALIFICATION.USER_ID.eq(SHIFT_ASSIGNMENT.USER_ID)
                        .and(VOLUNTEER_QUALIFICATION.KIND.eq(SignupRepository.LEAD))
                        .and(VOLUNTEER_QUALIFICATION.OBTAINED_ON.le(SHIFT.DAY))
                        .and(VOLUNTEER_QUALIFICATION.EXPIRES_ON.isNull()
                                .or(VOLUNTEER_QUALIFICATION.EXPIRES_ON.ge(SHIFT.DAY))))));
        record Row(long shiftId, long userId, String name, String phone, String status, boolean lead,
                   String meetingPoint) {
        }
        List<Row> rows = dsl.select(SHIFT_ASSIGNMENT.SHIFT_ID, SHIFT_ASSIGNMENT.USER_ID, APP_USER.DISPLAY_NAME,
                        VOLUNTEER.PHONE, SHIFT_ASSIGNMENT.STATUS, isLead, ACTIVITY.MEETING_POINT)
                .from(SHIFT_ASSIGNMENT)
                .join(SHIFT).on(SHIFT.ID.eq(SHIFT_ASSIGNMENT.SHIFT_ID))
                .join(ACTIVITY).on(ACTIVITY.ID.eq(SHIFT.ACTIVITY_ID))
                .join(APP_USER).on(APP_USER.ID.eq(SHIFT_ASSIGNMENT.USER_ID))
                .leftJoin(VOLUNTEER).on(VOLUNTEER.USER_ID.eq(SHIFT_ASSIGNMENT.USER_ID))
                .where(SHIFT_ASSIGNMENT.SHIFT_ID.in(shiftIds).and(SHIFT_ASSIGNMENT.STATUS.in(ON_SHIFT))
                        .and(VOLUNTEER.STATUS.isNull().or(VOLUNTEER.STATUS.ne("ANONYMISED"))))
                .orderBy(SHIFT_ASSIGNMENT.SHIFT_ID, SHIFT_ASSIGNMENT.ID)
                .fetch(r -> new Row(r.get(SHIFT_ASSIGNMENT.SHIFT_ID), r.get(SHIFT_ASSIGNMENT.USER_ID),
                        r.get(APP_USER.DISPLAY_NAME), r.get(VOLUNTEER.PHONE), r.get(SHIFT_ASSIGNMENT.STATUS),
                        Boolean.TRUE.equals(r.get(isLead)), r.get(ACTIVITY.MEETING_POINT)));
        Map<Long, Row> leads = new HashMap<>();
        Map<Long, int[]> counts = new HashMap<>();
        Map<Long, String> meetingPoints = new HashMap<>();
        for (Row row : rows) {
            int[] c = counts.computeIfAbsent(row.shiftId(), k -> new int[2]);
            c[0]++;
            if (AssignmentStatus.CONFIRMED.name().equals(row.status())) {
                c[1]++;
            }
            meetingPoints.putIfAbsent(row.shiftId(), row.meetingPoint());
            // a confirmed lead goes before a proposed one
            Row known = leads.get(row.shiftId());
            if (row.lead() && (known == null || (!AssignmentStatus.CONFIRMED.name().equals(known.status())
                    && AssignmentStatus.CONFIRMED.name().equals(row.status())))) {
                leads.put(row.shiftId(), row);
            }
        }
        Set<Long> leadIds = new HashSet<>();
        leads.values().forEach(r -> leadIds.add(r.userId()));
        Map<Long, Set<Long>> organisations = new HashMap<>();
        if (!leadIds.isEmpty()) {
            dsl.select(VOLUNTEER_ORGANISATION.USER_ID, VOLUNTEER_ORGANISATION.ORGANISATION_ID)
                    .from(VOLUNTEER_ORGANISATION).where(VOLUNTEER_ORGANISATION.USER_ID.in(leadIds))
                    .forEach(r -> organisations.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        }
        Map<Long, ShiftCrew> crews = new HashMap<>();
        counts.forEach((shiftId, c) -> {
            Row lead = leads.get(shiftId);
            crews.put(shiftId, new ShiftCrew(shiftId, c[0], c[1], lead == null ? null : lead.userId(),
                    lead == null ? null : lead.name(), lead == null ? null : lead.phone(),
                    lead == null ? Set.of() : organisations.getOrDefault(lead.userId(), Set.of()),
                    meetingPoints.get(shiftId)));
        });
        return crews;
    }

    /** For fairness: per person, the evenings they are on (proposed or confirmed) in the dates, with the risk. */
    List<PersonEvening> evenings(java.time.LocalDate first, java.time.LocalDate last) {
        return dsl.select(SHIFT_ASSIGNMENT.USER_ID, SHIFT.DAY, SHIFT.RISK_LEVEL)
                .from(SHIFT_ASSIGNMENT).join(SHIFT).on(SHIFT.ID.eq(SHIFT_ASSIGNMENT.SHIFT_ID))
                .where(SHIFT.DAY.between(first, last).and(SHIFT_ASSIGNMENT.STATUS.in(ON_SHIFT))
                        .and(SHIFT.STATUS.ne("CANCELLED")))
                .fetch(r -> new PersonEvening(r.value1(), r.value2(), r.value3()));
    }

    record PersonEvening(long userId, java.time.LocalDate day, int riskLevel) {
    }
}
