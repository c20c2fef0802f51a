package se.tryggalov.place;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record1;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import se.tryggalov.jooq.DefaultSchema;
import se.tryggalov.jooq.tables.records.VenueOpeningHoursRecord;
import se.tryggalov.jooq.tables.records.VenueRecord;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectFrom;
import static se.tryggalov.jooq.Tables.DISTRICT;
import static se.tryggalov.jooq.Tables.MUNICIPALITY;
import static se.tryggalov.jooq.Tables.VENUE;
import static se.tryggalov.jooq.Tables.VENUE_OPENING_HOURS;

/** The only writer of municipality, district, venue and venue_opening_hours. */
@Repository
class PlaceRepository {

    /** A district or venue as it is locked for a change: the version the change must match. */
    record Locked(long id, String name, int version) {
    }

    private final DSLContext dsl;

    PlaceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Municipality> municipality() {
        return dsl.selectFrom(MUNICIPALITY).fetchOptional(r -> new Municipality(r.getName(), r.getCounty()));
    }

    void saveMunicipality(Municipality municipality) {
        dsl.insertInto(MUNICIPALITY)
                .set(MUNICIPALITY.ID, (short) 1)
                .set(MUNICIPALITY.NAME, municipality.name())
                .set(MUNICIPALITY.COUNTY, municipality.county())
                .onConflict(MUNICIPALITY.ID).doUpdate()
                .set(MUNICIPALITY.NAME, municipality.name())
                .set(MUNICIPALITY.COUNTY, municipality.county())
                .execute();
    }

    // --- reading ------------------------------------------------------------------------------------------------

    /** Every district in the chosen order, each with its venues (by name) and their opening hours: one query. */
    List<District> districts() {
        return dsl.select(DISTRICT.ID, DISTRICT.NAME, DISTRICT.SORT_ORDER, DISTRICT.VERSION,
                        multiset(selectFrom(VENUE).where(VENUE.DISTRICT_ID.eq(DISTRICT.ID)).orderBy(VENUE.NAME))
                                .convertFrom(rs -> rs.map(this::venueWithoutHours)),
                        multiset(select(VENUE_OPENING_HOURS.VENUE_ID, VENUE_OPENING_HOURS.WEEKDAY,
                                VENUE_OPENING_HOURS.OPENS, VENUE_OPENING_HOURS.CLOSES)
                                .from(VENUE_OPENING_HOURS).join(VENUE).on(VENUE.ID.eq(VENUE_OPENING_HOURS.VENUE_ID))
                                .where(VENUE.DISTRICT_ID.eq(DISTRICT.ID))))
                .from(DISTRICT)
                .orderBy(DISTRICT.SORT_ORDER, DISTRICT.NAME)
                .fetch(r -> new District(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5().stream().map(v -> withHours(v, r.value6().into(VENUE_OPENING_HOURS))).toList()));
    }

    /** Venues of one kind (or all when null), ordered as their districts, then by name. */
    List<Venue> venues(VenueKind kind, Condition extra) {
        Condition condition = kind == null ? DSL.noCondition() : VENUE.KIND.eq(kind.name());
        return dsl.select(VENUE, hoursOfVenue())
                .from(VENUE).join(DISTRICT).on(DISTRICT.ID.eq(VENUE.DISTRICT_ID))
                .where(condition.and(extra))
                .orderBy(DISTRICT.SORT_ORDER, DISTRICT.NAME, VENUE.NAME)
                .fetch(r -> withHours(venueWithoutHours(r.value1()), r.value2()));
    }

    List<Venue> venues(VenueKind kind) {
        return venues(kind, DSL.noCondition());
    }

    Optional<Venue> venue(long id) {
        return venues(null, VENUE.ID.eq(id)).stream().findFirst();
    }

    private Field<Result<VenueOpeningHoursRecord>> hoursOfVenue() {
        return multiset(selectFrom(VENUE_OPENING_HOURS).where(VENUE_OPENING_HOURS.VENUE_ID.eq(VENUE.ID)))
                .as("hours");
    }

    private Venue venueWithoutHours(VenueRecord v) {
        return new Venue(v.getId(), v.getDistrictId(), v.getName(), VenueKind.valueOf(v.getKind()), v.getAddress(),
                v.getLatitude(), v.getLongitude(), List.of(), v.getVersion());
    }

    private static Venue withHours(Venue v, List<VenueOpeningHoursRecord> hours) {
        List<OpeningHours> own = hours.stream().filter(h -> h.getVenueId() == v.id())
                .map(h -> new OpeningHours(DayOfWeek.of(h.getWeekday()), h.getOpens(), h.getCloses())).toList();
        return new Venue(v.id(), v.districtId(), v.name(), v.kind(), v.address(), v.latitude(), v.longitude(), own,
                v.version());
    }

    boolean districtNameTaken(String name, Long exceptId) {
        return dsl.fetchExists(DISTRICT, DISTRICT.NAME.equalIgnoreCase(name)
                .and(exceptId == null ? DSL.noCondition() : DISTRICT.ID.ne(exceptId)));
    }

    boolean venueNameTaken(long districtId, String name, Long exceptId) {
        return dsl.fetchExists(VENUE, VENUE.DISTRICT_ID.eq(districtId).and(VENUE.NAME.equalIgnoreCase(name))
                .and(exceptId == null ? DSL.noCondition() : VENUE.ID.ne(exceptId)));
    }

    boolean districtExists(long id) {
        return dsl.fetchExists(DISTRICT, DISTRICT.ID.eq(id));
    }

    boolean venueExists(long id) {
        return dsl.fetchExists(VENUE, VENUE.ID.eq(id));
    }

    // --- districts ----------------------------------------------------------------------------------------------

    long insertDistrict(String name, int sortOrder) {
        return dsl.insertInto(DISTRICT).set(DISTRICT.NAME, name).set(DISTRICT.SORT_ORDER, sortOrder)
                .returning(DISTRICT.ID).fetchSingle(DISTRICT.ID);
    }

    int nextSortOrder() {
        return dsl.select(coalesce(max(DISTRICT.SORT_ORDER).plus(1), DSL.inline(0))).from(DISTRICT)
                .fetchSingle(Record1::value1);
    }

    boolean renameDistrict(long id, String name, int expectedVersion) {
        return dsl.update(DISTRICT).set(DISTRICT.NAME, name).set(DISTRICT.VERSION, DISTRICT.VERSION.plus(1))
                .where(DISTRICT.ID.eq(id).and(DISTRICT.VERSION.eq(expectedVersion))).execute() == 1;
    }

    /** Every district in list order, locked so two reorderings cannot interleave. */
    List<Locked> lockDistrictsInOrder() {
        return dsl.select(DISTRICT.ID, DISTRICT.NAME, DISTRICT.VERSION).from(DISTRICT)
                .orderBy(DISTRICT.SORT_ORDER, DISTRICT.NAME)
                .forUpdate().fetch(r -> new Locked(r.value1(), r.value2(), r.value3()));
    }

    void setSortOrder(long id, int sortOrder, boolean bumpVersion) {
        Condition changed = bumpVersion ? DSL.noCondition() : DISTRICT.SORT_ORDER.ne(sortOrder);
        dsl.update(DISTRICT).set(DISTRICT.SORT_ORDER, sortOrder)
                .set(DISTRICT.VERSION, bumpVersion ? DISTRICT.VERSION.plus(1) : DISTRICT.VERSION)
                .where(DISTRICT.ID.eq(id).and(changed))
                .execute();
    }

    /**
     * Locks the district against changes and against new rows that refer to it (a row that refers to it needs a
     * key-share lock, which waits for this one), so a check for references stays true until the transaction ends.
     */
    Optional<Locked> lockDistrict(long id) {
        return dsl.select(DISTRICT.ID, DISTRICT.NAME, DISTRICT.VERSION).from(DISTRICT).where(DISTRICT.ID.eq(id))
                .forUpdate().fetchOptional(r -> new Locked(r.value1(), r.value2(), r.value3()));
    }

    int venueCount(long districtId) {
        return dsl.fetchCount(VENUE, VENUE.DISTRICT_ID.eq(districtId));
    }

    /** Rows of other features that refer to the district, found from the schema's foreign keys (none left out). */
    int otherReferencesToDistrict(long id) {
        return referencesTo(DISTRICT, id, Set.of(VENUE));
    }

    void deleteDistrict(long id) {
        dsl.deleteFrom(DISTRICT).where(DISTRICT.ID.eq(id)).execute();
    }

    // --- venues -------------------------------------------------------------------------------------------------

    long insertVenue(VenueDraft d) {
        long id = dsl.insertInto(VENUE).set(VENUE.DISTRICT_ID, d.districtId()).set(VENUE.NAME, d.name())
                .set(VENUE.KIND, d.kind().name()).set(VENUE.ADDRESS, d.address())
                .set(VENUE.LATITUDE, d.latitude()).set(VENUE.LONGITUDE, d.longitude())
                .returning(VENUE.ID).fetchSingle(VENUE.ID);
        insertHours(id, d.openingHours());
        return id;
    }

    boolean updateVenue(long id, VenueDraft d, int expectedVersion) {
        boolean updated = dsl.update(VENUE).set(VENUE.DISTRICT_ID, d.districtId()).set(VENUE.NAME, d.name())
                .set(VENUE.KIND, d.kind().name()).set(VENUE.ADDRESS, d.address())
                .set(VENUE.LATITUDE, d.latitude()).set(VENUE.LONGITUDE, d.longitude())
                .set(VENUE.VERSION, VENUE.VERSION.plus(1))
                .where(VENUE.ID.eq(id).and(VENUE.VERSION.eq(expectedVersion))).execute() == 1;
        if (updated) {
            dsl.deleteFrom(VENUE_OPENING_HOURS).where(VENUE_OPENING_HOURS.VENUE_ID.eq(id)).execute();
            insertHours(id, d.openingHours());
        }
        return updated;
    }

    private void insertHours(long venueId, List<OpeningHours> hours) {
        if (hours.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(VENUE_OPENING_HOURS, VENUE_OPENING_HOURS.VENUE_ID, VENUE_OPENING_HOURS.WEEKDAY,
                VENUE_OPENING_HOURS.OPENS, VENUE_OPENING_HOURS.CLOSES);
        for (OpeningHours h : hours) {
            insert = insert.values(venueId, (short) h.weekday().getValue(), h.opens(), h.closes());
        }
        insert.execute();
    }

    /** Locks the venue as {@link #lockDistrict} does; empty when it is gone. */
    Optional<Locked> lockVenue(long id) {
        return dsl.select(VENUE.ID, VENUE.NAME, VENUE.VERSION).from(VENUE).where(VENUE.ID.eq(id)).forUpdate()
                .fetchOptional(r -> new Locked(r.value1(), r.value2(), r.value3()));
    }

    /** Rows of other features that refer to the venue (its own opening hours go with it). */
    int otherReferencesToVenue(long id) {
        return referencesTo(VENUE, id, Set.of(VENUE_OPENING_HOURS));
    }

    void deleteVenue(long id) {
        dsl.deleteFrom(VENUE).where(VENUE.ID.eq(id)).execute();
    }

    /**
     * Counts the rows in every table of the schema whose foreign key points at this row of {@code target}. Asking the
     * schema, not a list written here, keeps the check right when other features add tables that refer to places.
     */
    @SuppressWarnings("unchecked")
    private int referencesTo(Table<?> target, long id, Set<Table<?>> ignored) {
        int count = 0;
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            if (ignored.contains(table)) {
                continue;
            }
            for (ForeignKey<?, ?> key : table.getReferencesTo(target)) {
                if (key.getFields().size() == 1) {
                    count += dsl.fetchCount(table, ((Field<Long>) key.getFields().getFirst()).eq(id));
                }
            }
        }
        return count;
    }
}
