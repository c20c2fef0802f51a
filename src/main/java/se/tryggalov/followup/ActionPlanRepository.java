package se.tryggalov.followup;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static se.tryggalov.jooq.Tables.ACTION_MEASURE;
import static se.tryggalov.jooq.Tables.ACTION_MEASURE_ACTIVITY;

/** The action plan's measures and the activities that carry them out. */
@Repository
class ActionPlanRepository {

    private final DSLContext dsl;

    ActionPlanRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Measure> all() {
        return dsl.selectFrom(ACTION_MEASURE).orderBy(ACTION_MEASURE.FOLLOW_UP_ON, ACTION_MEASURE.ID).fetch()
                .map(this::measure);
    }

    long insert(MeasureDraft d, Long by, OffsetDateTime at) {
        long id = dsl.insertInto(ACTION_MEASURE)
                .set(ACTION_MEASURE.TITLE, d.title())
                .set(ACTION_MEASURE.DESCRIPTION, d.description())
                .set(ACTION_MEASURE.OWNER_ORGANISATION_ID, d.ownerOrganisationId())
                .set(ACTION_MEASURE.PARTNER_IDS, d.partnerIds().toArray(Long[]::new))
                .set(ACTION_MEASURE.DISTRICT_IDS, d.districtIds().toArray(Long[]::new))
                .set(ACTION_MEASURE.CATEGORIES, d.categories().stream().map(Enum::name).toArray(String[]::new))
                .set(ACTION_MEASURE.FIRST_DAY, d.firstDay())
                .set(ACTION_MEASURE.LAST_DAY, d.lastDay())
                .set(ACTION_MEASURE.FOLLOW_UP_ON, d.followUpOn())
                .set(ACTION_MEASURE.STATUS, d.status().name())
                .set(ACTION_MEASURE.UPDATED_BY, by)
                .set(ACTION_MEASURE.UPDATED_AT, at)
                .returning(ACTION_MEASURE.ID).fetchSingle(ACTION_MEASURE.ID);
        activities(id, d.activityIds());
        return id;
    }

    /** False when someone else saved first (the version moved) or the measure is gone. */
    boolean update(long id, MeasureDraft d, int expectedVersion, Long by, OffsetDateTime at) {
        int rows = dsl.update(ACTION_MEASURE)
                .set(ACTION_MEASURE.TITLE, d.title())
                .set(ACTION_MEASURE.DESCRIPTION, d.description())
                .set(ACTION_MEASURE.OWNER_ORGANISATION_ID, d.ownerOrganisationId())
                .set(ACTION_MEASURE.PARTNER_IDS, d.partnerIds().toArray(Long[]::new))
                .set(ACTION_MEASURE.DISTRICT_IDS, d.districtIds().toArray(Long[]::new))
                .set(ACTION_MEASURE.CATEGORIES, d.categories().stream().map(Enum::name).toArray(String[]::new))
                .set(ACTION_MEASURE.FIRST_DAY, d.firstDay())
                .set(ACTION_MEASURE.LAST_DAY, d.lastDay())
                .set(ACTION_MEASURE.FOLLOW_UP_ON, d.followUpOn())
                .set(ACTION_MEASURE.STATUS, d.status().name())
                .set(ACTION_MEASURE.UPDATED_BY, by)
                .set(ACTION_MEASURE.UPDATED_AT, at)
                .set(ACTION_MEASURE.VERSION, ACTION_MEASURE.VERSION.plus(1))
                .where(ACTION_MEASURE.ID.eq(id).and(ACTION_MEASURE.VERSION.eq(expectedVersion)))
                .execute();
        if (rows == 1) {
            dsl.deleteFrom(ACTION_MEASURE_ACTIVITY).where(ACTION_MEASURE_ACTIVITY.MEASURE_ID.eq(id)).execute();
            activities(id, d.activityIds());
        }
        return rows == 1;
    }

    private void activities(long id, Set<Long> activityIds) {
        for (long activity : activityIds) {
            dsl.insertInto(ACTION_MEASURE_ACTIVITY).set(ACTION_MEASURE_ACTIVITY.MEASURE_ID, id)
                    .set(ACTION_MEASURE_ACTIVITY.ACTIVITY_ID, activity).execute();
        }
    }

    private Measure measure(Record r) {
        long id = r.get(ACTION_MEASURE.ID);
        Set<Long> activities = new HashSet<>(dsl.select(ACTION_MEASURE_ACTIVITY.ACTIVITY_ID)
                .from(ACTION_MEASURE_ACTIVITY).where(ACTION_MEASURE_ACTIVITY.MEASURE_ID.eq(id))
                .fetch(ACTION_MEASURE_ACTIVITY.ACTIVITY_ID));
        Set<ObservationCategory> categories = Arrays.stream(r.get(ACTION_MEASURE.CATEGORIES))
                .map(ObservationCategory::valueOf).collect(Collectors.toSet());
        return new Measure(id, new MeasureDraft(r.get(ACTION_MEASURE.TITLE), r.get(ACTION_MEASURE.DESCRIPTION),
                r.get(ACTION_MEASURE.OWNER_ORGANISATION_ID), Set.of(r.get(ACTION_MEASURE.PARTNER_IDS)),
                Set.of(r.get(ACTION_MEASURE.DISTRICT_IDS)), categories, activities, r.get(ACTION_MEASURE.FIRST_DAY),
                r.get(ACTION_MEASURE.LAST_DAY), r.get(ACTION_MEASURE.FOLLOW_UP_ON),
                MeasureStatus.valueOf(r.get(ACTION_MEASURE.STATUS))), r.get(ACTION_MEASURE.VERSION));
    }
}
