package se.tryggalov.activity;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import se.tryggalov.jooq.tables.records.CoverageRuleRecord;
import se.tryggalov.place.VenueKind;
import se.tryggalov.volunteer.QualificationKind;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static se.tryggalov.jooq.Tables.COVERAGE_RULE;
import static se.tryggalov.jooq.Tables.COVERAGE_RULE_DISTRICT;
import static se.tryggalov.jooq.Tables.ORGANISATION;

/** The only writer of coverage_rule and coverage_rule_district. */
@Repository
class CoverageRuleRepository {

    private static final Field<List<Long>> DISTRICTS = multiset(select(COVERAGE_RULE_DISTRICT.DISTRICT_ID)
            .from(COVERAGE_RULE_DISTRICT).where(COVERAGE_RULE_DISTRICT.RULE_ID.eq(COVERAGE_RULE.ID)))
            .convertFrom(r -> r.map(x -> x.value1()));

    private final DSLContext dsl;

    CoverageRuleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<CoverageRule> rules() {
        return dsl.select(COVERAGE_RULE.asterisk(), ORGANISATION.NAME, DISTRICTS)
                .from(COVERAGE_RULE)
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(COVERAGE_RULE.ORGANISATION_ID))
                .orderBy(COVERAGE_RULE.SORT_ORDER, COVERAGE_RULE.ID)
                .fetch(r -> rule(r.into(COVERAGE_RULE), r.get(ORGANISATION.NAME), r.get(DISTRICTS)));
    }

    Optional<CoverageRule> rule(long id) {
        return rules().stream().filter(r -> r.id() == id).findFirst();
    }

    boolean exists(long id) {
        return dsl.fetchExists(COVERAGE_RULE, COVERAGE_RULE.ID.eq(id));
    }

    long insert(CoverageRuleDraft d) {
        CoverageRuleRecord r = dsl.newRecord(COVERAGE_RULE);
        fill(r, d);
        r.setSortOrder(dsl.select(DSL.coalesce(DSL.max(COVERAGE_RULE.SORT_ORDER), -1).plus(1)).from(COVERAGE_RULE)
                .fetchSingle().value1());
        r.store();
        saveDistricts(r.getId(), d.districtIds());
        return r.getId();
    }

    boolean update(long id, CoverageRuleDraft d, int expectedVersion) {
        CoverageRuleRecord r = dsl.selectFrom(COVERAGE_RULE)
                .where(COVERAGE_RULE.ID.eq(id).and(COVERAGE_RULE.VERSION.eq(expectedVersion))).forUpdate()
                .fetchOne();
        if (r == null) {
            return false;
        }
        fill(r, d);
        r.setVersion(r.getVersion() + 1);
        r.store();
        dsl.deleteFrom(COVERAGE_RULE_DISTRICT).where(COVERAGE_RULE_DISTRICT.RULE_ID.eq(id)).execute();
        saveDistricts(id, d.districtIds());
        return true;
    }

    boolean delete(long id, int expectedVersion) {
        return dsl.deleteFrom(COVERAGE_RULE)
                .where(COVERAGE_RULE.ID.eq(id).and(COVERAGE_RULE.VERSION.eq(expectedVersion))).execute() == 1;
    }

    private void saveDistricts(long ruleId, Set<Long> districtIds) {
        if (districtIds.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(COVERAGE_RULE_DISTRICT, COVERAGE_RULE_DISTRICT.RULE_ID,
                COVERAGE_RULE_DISTRICT.DISTRICT_ID);
        for (Long districtId : districtIds.stream().sorted().toList()) {
            insert = insert.values(ruleId, districtId);
        }
        insert.execute();
    }

    private static void fill(CoverageRuleRecord r, CoverageRuleDraft d) {
        r.setName(d.name());
        r.setActivityType(d.type().name());
        r.setPurpose(d.purpose().name());
        r.setOrganisationId(d.organisationId());
        r.setMinRisk((short) d.minRisk());
        r.setWeekdays(d.weekdays().stream().sorted().map(w -> (short) w.getValue()).toArray(Short[]::new));
        r.setInBreaksOnly(d.inBreaksOnly());
        r.setDistrictScope(d.scope().name());
        r.setVenueKind(d.venueKind() == null ? null : d.venueKind().name());
        r.setGroupsPerPlace(d.groupsPerPlace() == null ? null : d.groupsPerPlace().shortValue());
        r.setStartsAt(d.startsAt());
        r.setEndsAt(d.endsAt());
        r.setLateFromRisk(d.lateFromRisk() == null ? null : d.lateFromRisk().shortValue());
        r.setLateEndsAt(d.lateEndsAt());
        r.setMinSize((short) d.minSize());
        r.setPeopleNeeded((short) d.peopleNeeded());
        r.setMaxSize((short) d.maxSize());
        r.setLeadRequired(d.leadRequired());
        r.setAdultsOnly(d.adultsOnly());
        r.setQualifications(d.qualifications().stream().sorted().map(Enum::name).toArray(String[]::new));
        r.setStaffing(d.staffing().name());
        r.setActive(d.active());
    }

    private static CoverageRule rule(CoverageRuleRecord r, String organisationName, List<Long> districtIds) {
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        for (Short day : r.getWeekdays()) {
            weekdays.add(DayOfWeek.of(day));
        }
        Set<QualificationKind> qualifications = EnumSet.noneOf(QualificationKind.class);
        for (String name : r.getQualifications()) {
            try {
                qualifications.add(QualificationKind.valueOf(name));
            } catch (IllegalArgumentException e) {
                // a qualification kind since removed: not required any more
            }
        }
        return new CoverageRule(r.getId(), r.getName(), ActivityType.valueOf(r.getActivityType()),
                Purpose.valueOf(r.getPurpose()), r.getOrganisationId(), organisationName, r.getMinRisk(), weekdays,
                r.getInBreaksOnly(), DistrictScope.valueOf(r.getDistrictScope()),
                r.getVenueKind() == null ? null : VenueKind.valueOf(r.getVenueKind()), Set.copyOf(districtIds),
                r.getGroupsPerPlace() == null ? null : r.getGroupsPerPlace().intValue(), r.getStartsAt(),
                r.getEndsAt(), r.getLateFromRisk() == null ? null : r.getLateFromRisk().intValue(), r.getLateEndsAt(),
                r.getMinSize(), r.getPeopleNeeded(), r.getMaxSize(), r.getLeadRequired(), r.getAdultsOnly(),
                qualifications, Staffing.valueOf(r.getStaffing()), r.getActive(), r.getSortOrder(), r.getVersion());
    }
}
