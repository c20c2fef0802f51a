package se.tryggalov.place;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.selectFrom;
import static se.tryggalov.jooq.Tables.DISTRICT;
import static se.tryggalov.jooq.Tables.MUNICIPALITY;
import static se.tryggalov.jooq.Tables.VENUE;

/** The only writer of municipality, district and venue. */
@Repository
class PlaceRepository {

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

    List<District> districts() {
        return dsl.select(DISTRICT.ID, DISTRICT.NAME,
                        multiset(selectFrom(VENUE).where(VENUE.DISTRICT_ID.eq(DISTRICT.ID)).orderBy(VENUE.NAME))
                                .convertFrom(rs -> rs.map(v -> new Venue(v.getId(), v.getDistrictId(), v.getName(),
                                        VenueKind.valueOf(v.getKind()), v.getLatitude(), v.getLongitude()))))
                .from(DISTRICT)
                .orderBy(DISTRICT.SORT_ORDER, DISTRICT.NAME)
                .fetch(r -> new District(r.value1(), r.value2(), r.value3()));
    }

    long insertDistrict(String name, int sortOrder) {
        return dsl.insertInto(DISTRICT).set(DISTRICT.NAME, name).set(DISTRICT.SORT_ORDER, sortOrder)
                .returning(DISTRICT.ID).fetchSingle(DISTRICT.ID);
    }

    long insertVenue(long districtId, String name, VenueKind kind, BigDecimal latitude, BigDecimal longitude) {
        return dsl.insertInto(VENUE).set(VENUE.DISTRICT_ID, districtId).set(VENUE.NAME, name)
                .set(VENUE.KIND, kind.name()).set(VENUE.LATITUDE, latitude).set(VENUE.LONGITUDE, longitude)
                .returning(VENUE.ID).fetchSingle(VENUE.ID);
    }

    boolean districtNameTaken(String name) {
        return dsl.fetchExists(DISTRICT, DISTRICT.NAME.equalIgnoreCase(name));
    }

    boolean districtExists(long id) {
        return dsl.fetchExists(DISTRICT, DISTRICT.ID.eq(id));
    }
}
