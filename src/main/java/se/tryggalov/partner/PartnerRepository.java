package se.tryggalov.partner;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static se.tryggalov.jooq.Tables.DISTRICT;
import static se.tryggalov.jooq.Tables.ORGANISATION;
import static se.tryggalov.jooq.Tables.ORGANISATION_DISTRICT;

/** The only writer of organisation and organisation_district. */
@Repository
class PartnerRepository {

    private final DSLContext dsl;

    PartnerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Organisation> organisations() {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.KIND,
                        multiset(select(DISTRICT.NAME).from(ORGANISATION_DISTRICT).join(DISTRICT)
                                .on(DISTRICT.ID.eq(ORGANISATION_DISTRICT.DISTRICT_ID))
                                .where(ORGANISATION_DISTRICT.ORGANISATION_ID.eq(ORGANISATION.ID))
                                .orderBy(DISTRICT.SORT_ORDER, DISTRICT.NAME))
                                .convertFrom(rs -> rs.map(org.jooq.Record1::value1)))
                .from(ORGANISATION)
                .orderBy(ORGANISATION.NAME)
                .fetch(r -> new Organisation(r.value1(), r.value2(), OrganisationKind.valueOf(r.value3()), r.value4()));
    }

    boolean nameTaken(String name) {
        return dsl.fetchExists(ORGANISATION, ORGANISATION.NAME.equalIgnoreCase(name));
    }

    long insert(String name, OrganisationKind kind, Collection<Long> districtIds) {
        long id = dsl.insertInto(ORGANISATION).set(ORGANISATION.NAME, name).set(ORGANISATION.KIND, kind.name())
                .returning(ORGANISATION.ID).fetchSingle(ORGANISATION.ID);
        for (Long districtId : districtIds) {
            dsl.insertInto(ORGANISATION_DISTRICT).set(ORGANISATION_DISTRICT.ORGANISATION_ID, id)
                    .set(ORGANISATION_DISTRICT.DISTRICT_ID, districtId).execute();
        }
        return id;
    }
}
