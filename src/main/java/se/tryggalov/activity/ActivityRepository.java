package se.tryggalov.activity;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.jooq.tables.records.ActivityRecord;
import se.tryggalov.jooq.tables.records.ShiftRecord;
import se.tryggalov.volunteer.QualificationKind;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectOne;
import static se.tryggalov.jooq.Tables.ACTIVITY;
import static se.tryggalov.jooq.Tables.CALENDAR_ITEM;
import static se.tryggalov.jooq.Tables.DISTRICT;
import static se.tryggalov.jooq.Tables.ORGANISATION;
import static se.tryggalov.jooq.Tables.SCHOOL_YEAR;
import static se.tryggalov.jooq.Tables.SHIFT;
import static se.tryggalov.jooq.Tables.SHIFT_ASSIGNMENT;
import static se.tryggalov.jooq.Tables.VENUE;

/**
 * The only writer of activity and shift. Reads names of districts, venues, organisations and calendar items, and
 * counts shift assignments (the roster's table), in the same queries.
 */
@Repository
class ActivityRepository {

    /** Assignments that take a seat (the places shift_assignment holds, V9: a pending sign-up, an offered place). */
    static final List<String> SEATED = List.of("PROPOSED", "CONFIRMED", "PENDING", "OFFERED");
    /** Assignments that tie a shift to people: regenerating leaves such shifts alone. */
    static final List<String> HELD = List.of("PROPOSED", "CONFIRMED", "PENDING", "OFFERED", "WAITLISTED");

    /** An activity as locked for a change. */
    record ActivityRow(long id, long schoolYearId, int startYear, Long calendarItemId, ActivityType type,
                       Purpose purpose, String title, Long organisationId, long districtId, Long venueId,
                       String meetingPoint, String description, String planMeasure, Long ruleId, String ruleKey,
                       int version) {

        ActivityValues values() {
            return new ActivityValues(calendarItemId, type, purpose, title, organisationId, districtId, venueId,
                    meetingPoint, description, planMeasure, ruleId, ruleKey);
        }
    }

    /** A stored shift with the activity it belongs to and how many people hold it (proposed, confirmed, waitlisted). */
    record ShiftRow(long id, long activityId, String activityKey, String activityTitle, long districtId,
                    String districtName, ShiftValues values, int people, boolean edited, int version) {
    }

    private static final Field<Integer> SEATED_COUNT = field(selectCount().from(SHIFT_ASSIGNMENT)
            .where(SHIFT_ASSIGNMENT.SHIFT_ID.eq(SHIFT.ID).and(SHIFT_ASSIGNMENT.STATUS.in(SEATED)))).as("seated");
    private static final Field<Integer> HELD_COUNT = field(selectCount().from(SHIFT_ASSIGNMENT)
            .where(SHIFT_ASSIGNMENT.SHIFT_ID.eq(SHIFT.ID).and(SHIFT_ASSIGNMENT.STATUS.in(HELD)))).as("held");
    private static final Field<Integer> SHIFT_COUNT = field(selectCount().from(SHIFT)
            .where(SHIFT.ACTIVITY_ID.eq(ACTIVITY.ID))).as("shifts");

    private final DSLContext dsl;

    ActivityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Serialises generating and rolling forward into one school year (released at commit). */
    void lockYearPlan(int startYear) {
        dsl.select(field("pg_advisory_xact_lock({0}, {1})", Object.class, DSL.val(5005), DSL.val(startYear)))
                .fetch();
    }

    // ---- activities ----------------------------------------------------------------------------------------

    List<Activity> activities(long schoolYearId) {
        return activityQuery(ACTIVITY.SCHOOL_YEAR_ID.eq(schoolYearId));
    }

    Optional<Activity> activity(long id) {
        return activityQuery(ACTIVITY.ID.eq(id)).stream().findFirst();
    }

    private List<Activity> activityQuery(Condition condition) {
        return dsl.select(ACTIVITY.asterisk(), SCHOOL_YEAR.START_YEAR, DISTRICT.NAME, VENUE.NAME, ORGANISATION.NAME,
                        CALENDAR_ITEM.KIND, CALENDAR_ITEM.CODE, CALENDAR_ITEM.TITLE, CALENDAR_ITEM.FIRST_DAY,
                        CALENDAR_ITEM.LAST_DAY, SHIFT_COUNT)
                .from(ACTIVITY)
                .join(SCHOOL_YEAR).on(SCHOOL_YEAR.ID.eq(ACTIVITY.SCHOOL_YEAR_ID))
                .join(DISTRICT).on(DISTRICT.ID.eq(ACTIVITY.DISTRICT_ID))
                .leftJoin(VENUE).on(VENUE.ID.eq(ACTIVITY.VENUE_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(ACTIVITY.ORGANISATION_ID))
                .leftJoin(CALENDAR_ITEM).on(CALENDAR_ITEM.ID.eq(ACTIVITY.CALENDAR_ITEM_ID))
                .where(condition)
                .orderBy(CALENDAR_ITEM.FIRST_DAY.asc().nullsFirst(), DISTRICT.SORT_ORDER, DISTRICT.NAME,
                        ACTIVITY.TITLE, ACTIVITY.ID)
                .fetch(r -> {
                    ActivityRecord a = r.into(ACTIVITY);
                    return new Activity(a.getId(), SchoolYear.of(r.get(SCHOOL_YEAR.START_YEAR)), period(r),
                            ActivityType.valueOf(a.getActivityType()), Purpose.valueOf(a.getPurpose()), a.getTitle(),
                            a.getOrganisationId(), r.get(ORGANISATION.NAME), a.getDistrictId(), r.get(DISTRICT.NAME),
                            a.getVenueId(), r.get(VENUE.NAME), a.getMeetingPoint(), a.getDescription(),
                            a.getPlanMeasure(), a.getRuleId(), a.getRuleKey(), r.get(SHIFT_COUNT), a.getVersion());
                });
    }

    private static PeriodRef period(Record r) {
        Long id = r.get(ACTIVITY.CALENDAR_ITEM_ID);
        if (id == null || r.get(CALENDAR_ITEM.KIND) == null) {
            return null;
        }
        return periodRef(id, ItemKind.valueOf(r.get(CALENDAR_ITEM.KIND)), r.get(CALENDAR_ITEM.CODE),
                r.get(CALENDAR_ITEM.TITLE), r.get(CALENDAR_ITEM.FIRST_DAY), r.get(CALENDAR_ITEM.LAST_DAY));
    }

    static PeriodRef periodRef(long id, ItemKind kind, String code, String title, LocalDate first, LocalDate last) {
        String nameKey = title != null || "CUSTOM".equals(code) ? null : switch (kind) {
            case BREAK -> "calendar.break." + code;
            case KEY_DATE -> "calendar.keyDate." + code;
            case MEETING -> "calendar.meeting." + code;
            case DAY_OFF -> "calendar.dayOff";
        };
        return new PeriodRef(id, kind, code, nameKey, title, first, last);
    }

    Optional<ActivityRow> lockActivity(long id) {
        return dsl.select(ACTIVITY.asterisk(), SCHOOL_YEAR.START_YEAR).from(ACTIVITY)
                .join(SCHOOL_YEAR).on(SCHOOL_YEAR.ID.eq(ACTIVITY.SCHOOL_YEAR_ID))
                .where(ACTIVITY.ID.eq(id)).forUpdate().of(ACTIVITY)
                .fetchOptional(r -> activityRow(r.into(ACTIVITY), r.get(SCHOOL_YEAR.START_YEAR)));
    }

    /** Every activity of the year whose key starts as given (e.g. the generated ones), by key. */
    Map<String, ActivityRow> keyedActivities(long schoolYearId, int startYear) {
        return dsl.selectFrom(ACTIVITY)
                .where(ACTIVITY.SCHOOL_YEAR_ID.eq(schoolYearId).and(ACTIVITY.RULE_KEY.isNotNull()))
                .fetch(a -> activityRow(a, startYear)).stream()
                .collect(Collectors.toMap(ActivityRow::ruleKey, a -> a));
    }

    private static ActivityRow activityRow(ActivityRecord a, int startYear) {
        return new ActivityRow(a.getId(), a.getSchoolYearId(), startYear, a.getCalendarItemId(),
                ActivityType.valueOf(a.getActivityType()), Purpose.valueOf(a.getPurpose()), a.getTitle(),
                a.getOrganisationId(), a.getDistrictId(), a.getVenueId(), a.getMeetingPoint(), a.getDescription(),
                a.getPlanMeasure(), a.getRuleId(), a.getRuleKey(), a.getVersion());
    }

    long insertActivity(long schoolYearId, ActivityValues v) {
        ActivityRecord r = dsl.newRecord(ACTIVITY);
        r.setSchoolYearId(schoolYearId);
        fill(r, v);
        r.store();
        return r.getId();
    }

    /** Many keyed activities at once (generating): their ids by key. */
    Map<String, Long> insertActivities(long schoolYearId, List<ActivityValues> values) {
        Map<String, Long> ids = new java.util.HashMap<>();
        for (int from = 0; from < values.size(); from += 500) {
            var insert = dsl.insertInto(ACTIVITY, ACTIVITY.SCHOOL_YEAR_ID, ACTIVITY.CALENDAR_ITEM_ID,
                    ACTIVITY.ACTIVITY_TYPE, ACTIVITY.PURPOSE, ACTIVITY.TITLE, ACTIVITY.ORGANISATION_ID,
                    ACTIVITY.DISTRICT_ID, ACTIVITY.VENUE_ID, ACTIVITY.MEETING_POINT, ACTIVITY.DESCRIPTION,
                    ACTIVITY.PLAN_MEASURE, ACTIVITY.RULE_ID, ACTIVITY.RULE_KEY);
            for (ActivityValues v : values.subList(from, Math.min(values.size(), from + 500))) {
                insert = insert.values(schoolYearId, v.calendarItemId(), v.type().name(), v.purpose().name(),
                        v.title(), v.organisationId(), v.districtId(), v.venueId(), v.meetingPoint(),
                        v.description(), v.planMeasure(), v.ruleId(), v.ruleKey());
            }
            insert.returningResult(ACTIVITY.ID, ACTIVITY.RULE_KEY).fetch()
                    .forEach(r -> ids.put(r.value2(), r.value1()));
        }
        return ids;
    }

    Optional<TrainingGrant> trainingGrant(long id) {
        return dsl.select(ACTIVITY.GRANTS_QUALIFICATION, ACTIVITY.GRANTS_VALID_MONTHS).from(ACTIVITY)
                .where(ACTIVITY.ID.eq(id).and(ACTIVITY.GRANTS_QUALIFICATION.isNotNull()))
                .fetchOptional(r -> new TrainingGrant(se.tryggalov.volunteer.QualificationKind.valueOf(r.value1()),
                        r.value2() == null ? null : r.value2().intValue()));
    }

    /** Sets what a training activity gives its attendants, against its version. */
    boolean setTrainingGrant(long id, String qualification, Integer validMonths, int expectedVersion,
                             OffsetDateTime now) {
        return dsl.update(ACTIVITY)
                .set(ACTIVITY.GRANTS_QUALIFICATION, qualification)
                .set(ACTIVITY.GRANTS_VALID_MONTHS, validMonths == null ? null : validMonths.shortValue())
                .set(ACTIVITY.VERSION, ACTIVITY.VERSION.plus(1))
                .set(ACTIVITY.UPDATED_AT, now)
                .where(ACTIVITY.ID.eq(id).and(ACTIVITY.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    boolean updateActivity(long id, ActivityValues v, int expectedVersion, OffsetDateTime now) {
        return dsl.update(ACTIVITY)
                .set(ACTIVITY.CALENDAR_ITEM_ID, v.calendarItemId())
                .set(ACTIVITY.ACTIVITY_TYPE, v.type().name())
                .set(ACTIVITY.PURPOSE, v.purpose().name())
                .set(ACTIVITY.TITLE, v.title())
                .set(ACTIVITY.ORGANISATION_ID, v.organisationId())
                .set(ACTIVITY.DISTRICT_ID, v.districtId())
                .set(ACTIVITY.VENUE_ID, v.venueId())
                .set(ACTIVITY.MEETING_POINT, v.meetingPoint())
                .set(ACTIVITY.DESCRIPTION, v.description())
                .set(ACTIVITY.PLAN_MEASURE, v.planMeasure())
                .set(ACTIVITY.RULE_ID, v.ruleId())
                .set(ACTIVITY.VERSION, ACTIVITY.VERSION.plus(1))
                .set(ACTIVITY.UPDATED_AT, now)
                .where(ACTIVITY.ID.eq(id).and(ACTIVITY.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    boolean deleteActivity(long id, int expectedVersion) {
        return dsl.deleteFrom(ACTIVITY).where(ACTIVITY.ID.eq(id).and(ACTIVITY.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    /** Deletes those of the activities that have no shift left. */
    int deleteEmptyActivities(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return dsl.deleteFrom(ACTIVITY).where(ACTIVITY.ID.in(ids)
                .andNotExists(selectOne().from(SHIFT).where(SHIFT.ACTIVITY_ID.eq(ACTIVITY.ID)))).execute();
    }

    private static void fill(ActivityRecord r, ActivityValues v) {
        r.setCalendarItemId(v.calendarItemId());
        r.setActivityType(v.type().name());
        r.setPurpose(v.purpose().name());
        r.setTitle(v.title());
        r.setOrganisationId(v.organisationId());
        r.setDistrictId(v.districtId());
        r.setVenueId(v.venueId());
        r.setMeetingPoint(v.meetingPoint());
        r.setDescription(v.description());
        r.setPlanMeasure(v.planMeasure());
        r.setRuleId(v.ruleId());
        r.setRuleKey(v.ruleKey());
    }

    // ---- shifts --------------------------------------------------------------------------------------------

    List<Shift> shifts(Condition condition, int limit) {
        return dsl.select(SHIFT.asterisk(), ACTIVITY.ACTIVITY_TYPE, ACTIVITY.PURPOSE, ACTIVITY.TITLE,
                        ACTIVITY.CALENDAR_ITEM_ID, ACTIVITY.DISTRICT_ID, DISTRICT.NAME, ACTIVITY.VENUE_ID, VENUE.NAME,
                        ACTIVITY.ORGANISATION_ID, ORGANISATION.NAME, SEATED_COUNT)
                .from(SHIFT)
                .join(ACTIVITY).on(ACTIVITY.ID.eq(SHIFT.ACTIVITY_ID))
                .join(DISTRICT).on(DISTRICT.ID.eq(ACTIVITY.DISTRICT_ID))
                .leftJoin(VENUE).on(VENUE.ID.eq(ACTIVITY.VENUE_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(ACTIVITY.ORGANISATION_ID))
                .where(condition)
                .orderBy(SHIFT.DAY, SHIFT.STARTS_AT, DISTRICT.SORT_ORDER, DISTRICT.NAME, ACTIVITY.TITLE,
                        SHIFT.GROUP_NO, SHIFT.ID)
                .limit(limit)
                .fetch(r -> {
                    ShiftRecord s = r.into(SHIFT);
                    return new Shift(s.getId(), s.getActivityId(), ActivityType.valueOf(r.get(ACTIVITY.ACTIVITY_TYPE)),
                            Purpose.valueOf(r.get(ACTIVITY.PURPOSE)), r.get(ACTIVITY.TITLE),
                            r.get(ACTIVITY.CALENDAR_ITEM_ID), r.get(ACTIVITY.DISTRICT_ID), r.get(DISTRICT.NAME),
                            r.get(ACTIVITY.VENUE_ID), r.get(VENUE.NAME), r.get(ACTIVITY.ORGANISATION_ID),
                            r.get(ORGANISATION.NAME), s.getDay(), s.getStartsAt(), s.getEndsAt(), s.getGroupNo(),
                            s.getMinSize(), s.getPeopleNeeded(), s.getMaxSize(), s.getLeadRequired(),
                            s.getAdultsOnly(), qualifications(s.getQualifications()), s.getRiskLevel(),
                            s.getRiskOverridden(), ShiftStatus.valueOf(s.getStatus()),
                            Staffing.valueOf(s.getStaffing()), r.get(SEATED_COUNT), s.getRuleKey(), s.getVersion());
                });
    }

    int count(Condition condition) {
        return dsl.select(DSL.count()).from(SHIFT).join(ACTIVITY).on(ACTIVITY.ID.eq(SHIFT.ACTIVITY_ID))
                .where(condition).fetchSingle(0, int.class);
    }

    /** The filter as a condition on SHIFT joined with ACTIVITY. */
    static Condition condition(ShiftFilter f) {
        Condition c = DSL.noCondition();
        if (f.schoolYear() != null) {
            c = c.and(ACTIVITY.SCHOOL_YEAR_ID.eq(select(SCHOOL_YEAR.ID).from(SCHOOL_YEAR)
                    .where(SCHOOL_YEAR.START_YEAR.eq(f.schoolYear().startYear()))));
        }
        if (f.breakId() != null) {
            c = c.andExists(selectOne().from(CALENDAR_ITEM).where(CALENDAR_ITEM.ID.eq(f.breakId())
                    .and(CALENDAR_ITEM.SCHOOL_YEAR_ID.eq(ACTIVITY.SCHOOL_YEAR_ID))
                    .and(SHIFT.DAY.between(CALENDAR_ITEM.FIRST_DAY, CALENDAR_ITEM.LAST_DAY))));
        }
        if (f.from() != null) {
            c = c.and(SHIFT.DAY.ge(f.from()));
        }
        if (f.to() != null) {
            c = c.and(SHIFT.DAY.le(f.to()));
        }
        if (!f.districtIds().isEmpty()) {
            c = c.and(ACTIVITY.DISTRICT_ID.in(f.districtIds()));
        }
        if (!f.organisationIds().isEmpty()) {
            c = c.and(ACTIVITY.ORGANISATION_ID.in(f.organisationIds()));
        }
        if (!f.types().isEmpty()) {
            c = c.and(ACTIVITY.ACTIVITY_TYPE.in(f.types().stream().map(Enum::name).toList()));
        }
        if (!f.statuses().isEmpty()) {
            c = c.and(SHIFT.STATUS.in(f.statuses().stream().map(Enum::name).toList()));
        }
        if (f.activityId() != null) {
            c = c.and(SHIFT.ACTIVITY_ID.eq(f.activityId()));
        }
        return c;
    }

    static Condition shiftIdIs(long id) {
        return SHIFT.ID.eq(id);
    }

    /** The shifts, locked for a change, with how many people hold each. */
    List<ShiftRow> lockShifts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> sorted = ids.stream().distinct().sorted().toList();
        dsl.select(SHIFT.ID).from(SHIFT).where(SHIFT.ID.in(sorted)).orderBy(SHIFT.ID).forUpdate().fetch();
        return shiftRows(SHIFT.ID.in(sorted));
    }

    /** Every shift of the year with a key (generated or rolled forward), with how many people hold each. */
    List<ShiftRow> keyedShifts(long schoolYearId) {
        return shiftRows(ACTIVITY.SCHOOL_YEAR_ID.eq(schoolYearId).and(SHIFT.RULE_KEY.isNotNull()));
    }

    /** Every shift of the year, with how many people hold each. */
    List<ShiftRow> shiftRows(long schoolYearId, Condition extra) {
        return shiftRows(ACTIVITY.SCHOOL_YEAR_ID.eq(schoolYearId).and(extra));
    }

    private List<ShiftRow> shiftRows(Condition condition) {
        return dsl.select(SHIFT.asterisk(), ACTIVITY.RULE_KEY, ACTIVITY.TITLE, ACTIVITY.DISTRICT_ID, DISTRICT.NAME,
                        HELD_COUNT)
                .from(SHIFT)
                .join(ACTIVITY).on(ACTIVITY.ID.eq(SHIFT.ACTIVITY_ID))
                .join(DISTRICT).on(DISTRICT.ID.eq(ACTIVITY.DISTRICT_ID))
                .where(condition)
                .orderBy(SHIFT.DAY, SHIFT.ID)
                .fetch(r -> {
                    ShiftRecord s = r.into(SHIFT);
                    return new ShiftRow(s.getId(), s.getActivityId(), r.get(ACTIVITY.RULE_KEY), r.get(ACTIVITY.TITLE),
                            r.get(ACTIVITY.DISTRICT_ID), r.get(DISTRICT.NAME), values(s), r.get(HELD_COUNT),
                            s.getEdited(), s.getVersion());
                });
    }

    private static ShiftValues values(ShiftRecord s) {
        return new ShiftValues(s.getDay(), s.getStartsAt(), s.getEndsAt(), s.getGroupNo(), s.getMinSize(),
                s.getPeopleNeeded(), s.getMaxSize(), s.getLeadRequired(), s.getAdultsOnly(),
                qualifications(s.getQualifications()), s.getRiskLevel(), s.getRiskOverridden(),
                ShiftStatus.valueOf(s.getStatus()), Staffing.valueOf(s.getStaffing()), s.getRuleKey());
    }

    private static Set<QualificationKind> qualifications(String[] names) {
        Set<QualificationKind> kinds = EnumSet.noneOf(QualificationKind.class);
        if (names != null) {
            for (String name : names) {
                try {
                    kinds.add(QualificationKind.valueOf(name));
                } catch (IllegalArgumentException e) {
                    // a qualification kind since removed: not required any more
                }
            }
        }
        return kinds;
    }

    private static String[] names(Set<QualificationKind> kinds) {
        return kinds.stream().sorted().map(Enum::name).toArray(String[]::new);
    }

    /** The group numbers the activity's other shifts use on this evening. */
    Set<Integer> groupsInUse(long activityId, LocalDate day, Long exceptShiftId) {
        return Set.copyOf(dsl.select(SHIFT.GROUP_NO).from(SHIFT)
                .where(SHIFT.ACTIVITY_ID.eq(activityId).and(SHIFT.DAY.eq(day))
                        .and(exceptShiftId == null ? DSL.noCondition() : SHIFT.ID.ne(exceptShiftId)))
                .fetch(r -> r.value1().intValue()));
    }

    /** The first and last evening of the activity's shifts, if it has any. */
    Optional<LocalDate[]> shiftSpan(long activityId) {
        Record r = dsl.select(DSL.min(SHIFT.DAY), DSL.max(SHIFT.DAY)).from(SHIFT)
                .where(SHIFT.ACTIVITY_ID.eq(activityId)).fetchOne();
        return r == null || r.get(0) == null ? Optional.empty()
                : Optional.of(new LocalDate[] {r.get(0, LocalDate.class), r.get(1, LocalDate.class)});
    }

    /** How many shifts of the activity people hold (proposed, confirmed or waitlisted). */
    int heldShifts(long activityId) {
        return dsl.fetchCount(SHIFT, SHIFT.ACTIVITY_ID.eq(activityId).andExists(selectOne().from(SHIFT_ASSIGNMENT)
                .where(SHIFT_ASSIGNMENT.SHIFT_ID.eq(SHIFT.ID).and(SHIFT_ASSIGNMENT.STATUS.in(HELD)))));
    }

    long insertShift(long activityId, ShiftValues v) {
        ShiftRecord r = dsl.newRecord(SHIFT);
        r.setActivityId(activityId);
        fill(r, v);
        r.store();
        return r.getId();
    }

    /** Many shifts at once (generating and rolling forward): one statement with a column array each. */
    void insertShifts(List<Map.Entry<Long, ShiftValues>> shifts) {
        if (shifts.isEmpty()) {
            return;
        }
        int n = shifts.size();
        Long[] activity = new Long[n];
        LocalDate[] day = new LocalDate[n];
        java.time.LocalTime[] starts = new java.time.LocalTime[n];
        java.time.LocalTime[] ends = new java.time.LocalTime[n];
        Short[] group = new Short[n];
        Short[] min = new Short[n];
        Short[] needed = new Short[n];
        Short[] max = new Short[n];
        Boolean[] lead = new Boolean[n];
        Boolean[] adults = new Boolean[n];
        String[] qualifications = new String[n];
        Short[] risk = new Short[n];
        Boolean[] overridden = new Boolean[n];
        String[] status = new String[n];
        String[] staffing = new String[n];
        String[] key = new String[n];
        for (int i = 0; i < n; i++) {
            ShiftValues v = shifts.get(i).getValue();
            activity[i] = shifts.get(i).getKey();
            day[i] = v.day();
            starts[i] = v.startsAt();
            ends[i] = v.endsAt();
            group[i] = (short) v.groupNo();
            min[i] = (short) v.minSize();
            needed[i] = (short) v.peopleNeeded();
            max[i] = (short) v.maxSize();
            lead[i] = v.leadRequired();
            adults[i] = v.adultsOnly();
            qualifications[i] = String.join(",", names(v.qualifications()));
            risk[i] = (short) v.riskLevel();
            overridden[i] = v.riskOverridden();
            status[i] = v.status().name();
            staffing[i] = v.staffing().name();
            key[i] = v.ruleKey();
        }
        // Qualifications travel as one comma-separated text per row: unnest cannot take ragged arrays.
        dsl.execute("""
                insert into shift (activity_id, day, starts_at, ends_at, group_no, min_size, people_needed, max_size,
                                   lead_required, adults_only, qualifications, risk_level, risk_overridden, status,
                                   staffing, rule_key)
                select a, d, s, e, g, mi, ne, ma, le, ad, coalesce(string_to_array(nullif(q, ''), ','), '{}'), r, o, st, sf, k
                from unnest({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10}, {11}, {12}, {13}, {14}, {15})
                     as t(a, d, s, e, g, mi, ne, ma, le, ad, q, r, o, st, sf, k)
                """, DSL.val(activity), DSL.val(day), DSL.val(starts), DSL.val(ends), DSL.val(group), DSL.val(min),
                DSL.val(needed), DSL.val(max), DSL.val(lead), DSL.val(adults), DSL.val(qualifications),
                DSL.val(risk), DSL.val(overridden), DSL.val(status), DSL.val(staffing), DSL.val(key));
    }

    /** A coordinator's edit; {@code edited} marks a generated shift whose rule values were changed by hand. */
    boolean updateShift(long id, ShiftValues v, boolean edited, int expectedVersion, OffsetDateTime now) {
        return shiftUpdate(v, now).set(SHIFT.EDITED, edited).where(SHIFT.ID.eq(id).and(SHIFT.VERSION.eq(expectedVersion))).execute() == 1;
    }

    /** The generator's update of an unassigned generated shift (under the year's plan lock). */
    void regenerateShift(long id, ShiftValues v, OffsetDateTime now) {
        shiftUpdate(v, now).where(SHIFT.ID.eq(id)).execute();
    }

    private org.jooq.UpdateSetMoreStep<ShiftRecord> shiftUpdate(ShiftValues v, OffsetDateTime now) {
        return dsl.update(SHIFT)
                .set(SHIFT.DAY, v.day())
                .set(SHIFT.STARTS_AT, v.startsAt())
                .set(SHIFT.ENDS_AT, v.endsAt())
                .set(SHIFT.GROUP_NO, (short) v.groupNo())
                .set(SHIFT.MIN_SIZE, (short) v.minSize())
                .set(SHIFT.PEOPLE_NEEDED, (short) v.peopleNeeded())
                .set(SHIFT.MAX_SIZE, (short) v.maxSize())
                .set(SHIFT.LEAD_REQUIRED, v.leadRequired())
                .set(SHIFT.ADULTS_ONLY, v.adultsOnly())
                .set(SHIFT.QUALIFICATIONS, names(v.qualifications()))
                .set(SHIFT.RISK_LEVEL, (short) v.riskLevel())
                .set(SHIFT.RISK_OVERRIDDEN, v.riskOverridden())
                .set(SHIFT.STATUS, v.status().name())
                .set(SHIFT.STAFFING, v.staffing().name())
                .set(SHIFT.RULE_KEY, v.ruleKey())
                .set(SHIFT.VERSION, SHIFT.VERSION.plus(1))
                .set(SHIFT.UPDATED_AT, now);
    }

    boolean deleteShift(long id, int expectedVersion) {
        return dsl.deleteFrom(SHIFT).where(SHIFT.ID.eq(id).and(SHIFT.VERSION.eq(expectedVersion))).execute() == 1;
    }

    /** Deletes those of the shifts nobody holds; returns how many. */
    int deleteUnheldShifts(Collection<Long> ids) {
        int deleted = 0;
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            deleted += dsl.deleteFrom(SHIFT).where(SHIFT.ID.in(all.subList(from, Math.min(all.size(), from + 1000)))
                    .andNotExists(selectOne().from(SHIFT_ASSIGNMENT).where(SHIFT_ASSIGNMENT.SHIFT_ID.eq(SHIFT.ID)
                            .and(SHIFT_ASSIGNMENT.STATUS.in(HELD))))).execute();
        }
        return deleted;
    }

    boolean shiftExists(long id) {
        return dsl.fetchExists(SHIFT, SHIFT.ID.eq(id));
    }

    /** Which of these keys exist already (across all years). */
    Set<String> existingShiftKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(dsl.select(SHIFT.RULE_KEY).from(SHIFT).where(SHIFT.RULE_KEY.in(keys)).fetch(SHIFT.RULE_KEY));
    }

    private static void fill(ShiftRecord r, ShiftValues v) {
        r.setDay(v.day());
        r.setStartsAt(v.startsAt());
        r.setEndsAt(v.endsAt());
        r.setGroupNo((short) v.groupNo());
        r.setMinSize((short) v.minSize());
        r.setPeopleNeeded((short) v.peopleNeeded());
        r.setMaxSize((short) v.maxSize());
        r.setLeadRequired(v.leadRequired());
        r.setAdultsOnly(v.adultsOnly());
        r.setQualifications(names(v.qualifications()));
        r.setRiskLevel((short) v.riskLevel());
        r.setRiskOverridden(v.riskOverridden());
        r.setStatus(v.status().name());
        r.setStaffing(v.staffing().name());
        r.setRuleKey(v.ruleKey());
    }

    // ---- references ----------------------------------------------------------------------------------------

    /** The school year's id, if its calendar exists. */
    Optional<Long> schoolYearId(SchoolYear year) {
        return dsl.select(SCHOOL_YEAR.ID).from(SCHOOL_YEAR).where(SCHOOL_YEAR.START_YEAR.eq(year.startYear()))
                .fetchOptional(SCHOOL_YEAR.ID);
    }

    /** A calendar item as a period, with the school year it belongs to. */
    record YearPeriod(long schoolYearId, SchoolYear year, PeriodRef period) {
    }

    Optional<YearPeriod> period(long calendarItemId) {
        return dsl.select(CALENDAR_ITEM.asterisk(), SCHOOL_YEAR.START_YEAR).from(CALENDAR_ITEM)
                .join(SCHOOL_YEAR).on(SCHOOL_YEAR.ID.eq(CALENDAR_ITEM.SCHOOL_YEAR_ID))
                .where(CALENDAR_ITEM.ID.eq(calendarItemId))
                .fetchOptional(r -> {
                    var c = r.into(CALENDAR_ITEM);
                    return new YearPeriod(c.getSchoolYearId(), SchoolYear.of(r.get(SCHOOL_YEAR.START_YEAR)),
                            periodRef(c.getId(), ItemKind.valueOf(c.getKind()), c.getCode(), c.getTitle(),
                                    c.getFirstDay(), c.getLastDay()));
                });
    }

    /** The district a venue lies in, if the venue exists. */
    Optional<Long> districtOfVenue(long venueId) {
        return dsl.select(VENUE.DISTRICT_ID).from(VENUE).where(VENUE.ID.eq(venueId)).fetchOptional(VENUE.DISTRICT_ID);
    }

    boolean districtExists(long id) {
        return dsl.fetchExists(DISTRICT, DISTRICT.ID.eq(id));
    }

    boolean organisationExists(long id) {
        return dsl.fetchExists(ORGANISATION, ORGANISATION.ID.eq(id));
    }

    /** Marks shifts published, apart from cancelled and already published ones; the count changed. */
    int publishShifts(Collection<Long> shiftIds, OffsetDateTime now) {
        if (shiftIds.isEmpty()) {
            return 0;
        }
        return dsl.update(SHIFT)
                .set(SHIFT.STATUS, ShiftStatus.PUBLISHED.name())
                .set(SHIFT.VERSION, SHIFT.VERSION.plus(1))
                .set(SHIFT.UPDATED_AT, now)
                .where(SHIFT.ID.in(shiftIds).and(SHIFT.STATUS.ne(ShiftStatus.PUBLISHED.name()))
                        .and(SHIFT.STATUS.ne(ShiftStatus.CANCELLED.name())))
                .execute();
    }
}
