package se.tryggalov.followup;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import se.tryggalov.shared.time.Zones;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import static se.tryggalov.jooq.Tables.DISTRICT;
import static se.tryggalov.jooq.Tables.OBSERVATION;
import static se.tryggalov.jooq.Tables.VENUE;

/** The observation table; district and venue names come along for the lists (read only). */
@Repository
class ObservationRepository {

    private final DSLContext dsl;

    ObservationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(ObservationDraft d, ObservationSource source, String importKey, Long reportedBy, Long organisationId,
                OffsetDateTime now) {
        return dsl.insertInto(OBSERVATION)
                .set(OBSERVATION.DISTRICT_ID, d.districtId())
                .set(OBSERVATION.VENUE_ID, d.venueId())
                .set(OBSERVATION.CATEGORY, d.category().name())
                .set(OBSERVATION.OBSERVED_AT, d.observedAt().atZone(Zones.STOCKHOLM).toOffsetDateTime())
                .set(OBSERVATION.COUNT, d.count())
                .set(OBSERVATION.NOTE, d.note())
                .set(OBSERVATION.SOURCE, source.name())
                .set(OBSERVATION.IMPORT_KEY, importKey)
                .set(OBSERVATION.REPORTED_BY, reportedBy)
                .set(OBSERVATION.ORGANISATION_ID, organisationId)
                .set(OBSERVATION.REPORTED_AT, now)
                .returning(OBSERVATION.ID).fetchSingle(OBSERVATION.ID);
    }

    /** Many at once (the demo history): one batch. */
    void insertAll(List<ObservationDraft> drafts, ObservationSource source, OffsetDateTime now) {
        dsl.batch(drafts.stream().map(d -> dsl.insertInto(OBSERVATION)
                .set(OBSERVATION.DISTRICT_ID, d.districtId())
                .set(OBSERVATION.VENUE_ID, d.venueId())
                .set(OBSERVATION.CATEGORY, d.category().name())
                .set(OBSERVATION.OBSERVED_AT, d.observedAt().atZone(Zones.STOCKHOLM).toOffsetDateTime())
                .set(OBSERVATION.COUNT, d.count())
                .set(OBSERVATION.NOTE, d.note())
                .set(OBSERVATION.SOURCE, source.name())
                .set(OBSERVATION.REPORTED_AT, now)).toList()).execute();
    }

    /** The import keys of the given ones already stored. */
    Set<String> existingKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(dsl.select(OBSERVATION.IMPORT_KEY).from(OBSERVATION)
                .where(OBSERVATION.IMPORT_KEY.in(keys)).fetch(OBSERVATION.IMPORT_KEY));
    }

    /** Observations on the Stockholm dates first..last, both inclusive, oldest first. */
    List<Observation> between(LocalDate first, LocalDate last) {
        OffsetDateTime from = first.atStartOfDay(Zones.STOCKHOLM).toOffsetDateTime();
        OffsetDateTime to = last.plusDays(1).atStartOfDay(Zones.STOCKHOLM).toOffsetDateTime();
        return dsl.select(OBSERVATION.ID, OBSERVATION.SOURCE, OBSERVATION.DISTRICT_ID, DISTRICT.NAME,
                        OBSERVATION.VENUE_ID, VENUE.NAME, OBSERVATION.CATEGORY, OBSERVATION.OBSERVED_AT,
                        OBSERVATION.COUNT, OBSERVATION.NOTE)
                .from(OBSERVATION).join(DISTRICT).on(DISTRICT.ID.eq(OBSERVATION.DISTRICT_ID))
                .leftJoin(VENUE).on(VENUE.ID.eq(OBSERVATION.VENUE_ID))
                .where(OBSERVATION.OBSERVED_AT.ge(from).and(OBSERVATION.OBSERVED_AT.lt(to)))
                .orderBy(OBSERVATION.OBSERVED_AT, OBSERVATION.ID)
                .fetch(r -> new Observation(r.value1(), ObservationSource.valueOf(r.value2()), r.value3(), r.value4(),
                        r.value5(), r.value6(), ObservationCategory.valueOf(r.value7()),
                        r.value8().atZoneSameInstant(Zones.STOCKHOLM).toLocalDateTime(), r.value9(), r.value10()));
    }
}
