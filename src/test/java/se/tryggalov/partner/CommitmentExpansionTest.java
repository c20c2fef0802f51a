package se.tryggalov.partner;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Worked examples of what a standing commitment means on a given evening. */
class CommitmentExpansionTest {

    static final DistrictRef ALBY = new DistrictRef(1, "Alby");
    static final DistrictRef FITTJA = new DistrictRef(2, "Fittja");
    static final DistrictRef HALLUNDA = new DistrictRef(3, "Hallunda-Norsborg");
    static final DistrictRef TUMBA = new DistrictRef(4, "Tumba");
    static final List<DistrictRef> ALL = List.of(ALBY, FITTJA, HALLUNDA, TUMBA);

    static final LocalDate VALBORG_2027 = LocalDate.of(2027, 4, 30); // a Friday, risk 5
    static final LocalDate ORDINARY_FRIDAY = LocalDate.of(2027, 2, 5); // term time, risk 2
    static final LocalDate ORDINARY_TUESDAY = LocalDate.of(2027, 2, 9); // risk 0
    static final LocalDate NEW_YEARS_EVE_2026 = LocalDate.of(2026, 12, 31); // a Thursday, risk 5

    private static StandingCommitment commitment(long id, long organisationId, CommitmentKind kind, int quantity,
                                                 DistrictRef district, int minRisk, Set<DayOfWeek> weekdays,
                                                 LocalDate validFrom, LocalDate validTo) {
        return new StandingCommitment(id, organisationId, kind, quantity, district == null ? null : district.id(),
                district == null ? null : district.name(), minRisk, weekdays, LocalTime.of(21, 0),
                LocalTime.of(1, 0), validFrom, validTo, "test", 0);
    }

    private static OrganisationDetail organisation(long id, String name, OrganisationKind kind,
                                                   List<DistrictRef> districts, StandingCommitment... commitments) {
        return new OrganisationDetail(id, name, kind, districts, List.of(), List.of(commitments), 0);
    }

    static final OrganisationDetail POLICE = organisation(10, "Polisen", OrganisationKind.POLICE, ALL,
            commitment(100, 10, CommitmentKind.PATROL, 1, ALBY, 4, Set.of(), null, null));

    @Test
    void thePolicePatrolInAlbyAtRiskFourCoversAlbyOnValborgButNotOnAnOrdinaryFriday() {
        List<Commitment> valborg = CommitmentExpansion.on(VALBORG_2027, 5, List.of(POLICE), ALL);
        assertThat(valborg).singleElement().satisfies(c -> {
            assertThat(c.organisationName()).isEqualTo("Polisen");
            assertThat(c.kind()).isEqualTo(CommitmentKind.PATROL);
            assertThat(c.quantity()).isEqualTo(1);
            assertThat(c.districtId()).isEqualTo(ALBY.id());
            assertThat(c.districtName()).isEqualTo("Alby");
        });

        assertThat(CommitmentExpansion.on(ORDINARY_FRIDAY, 2, List.of(POLICE), ALL)).isEmpty();
        assertThat(CommitmentExpansion.on(ORDINARY_FRIDAY, 4, List.of(POLICE), ALL)).as("risk exactly 4").hasSize(1);
    }

    @Test
    void aCommitmentWithoutADistrictCoversEachOfTheOrganisationsDistricts() {
        OrganisationDetail security = organisation(11, "Väktarbolaget", OrganisationKind.SECURITY_COMPANY,
                List.of(HALLUNDA, FITTJA),
                commitment(101, 11, CommitmentKind.GUARD, 2, null, 3, Set.of(), null, null));

        List<Commitment> evening = CommitmentExpansion.on(VALBORG_2027, 3, List.of(security), ALL);

        assertThat(evening).extracting(Commitment::districtName).containsExactly("Hallunda-Norsborg", "Fittja");
        assertThat(evening).allSatisfy(c -> assertThat(c.quantity()).isEqualTo(2));
        assertThat(CommitmentExpansion.on(VALBORG_2027, 2, List.of(security), ALL)).isEmpty();
    }

    @Test
    void anOrganisationWithoutDistrictsWorksInTheWholeMunicipality() {
        OrganisationDetail rescue = organisation(12, "Räddningstjänsten", OrganisationKind.RESCUE_SERVICE, List.of(),
                commitment(102, 12, CommitmentKind.STANDBY, 1, null, 5, Set.of(), null, null));

        assertThat(CommitmentExpansion.on(NEW_YEARS_EVE_2026, 5, List.of(rescue), ALL))
                .extracting(Commitment::districtName).containsExactly("Alby", "Fittja", "Hallunda-Norsborg", "Tumba");
        assertThat(CommitmentExpansion.districtsOf(rescue.commitments().getFirst(), rescue, ALL)).isEqualTo(ALL);
    }

    @Test
    void weekdaysLimitTheEveningsAndRiskOneMeansWhateverTheRisk() {
        OrganisationDetail youthCentre = organisation(13, "Southside", OrganisationKind.YOUTH_CENTRE, List.of(TUMBA),
                commitment(103, 13, CommitmentKind.OPENING, 1, TUMBA, 1,
                        Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), null, null));

        assertThat(CommitmentExpansion.on(ORDINARY_FRIDAY, 2, List.of(youthCentre), ALL)).hasSize(1);
        assertThat(CommitmentExpansion.on(ORDINARY_FRIDAY.plusDays(1), 0, List.of(youthCentre), ALL))
                .as("a Saturday the calendar gives risk 0").hasSize(1);
        assertThat(CommitmentExpansion.on(ORDINARY_TUESDAY, 0, List.of(youthCentre), ALL)).isEmpty();
    }

    @Test
    void theValidityDatesAreInclusive() {
        StandingCommitment summer = commitment(104, 14, CommitmentKind.STAFF, 3, FITTJA, 1, Set.of(),
                LocalDate.of(2027, 6, 14), LocalDate.of(2027, 8, 15));

        assertThat(summer.appliesOn(LocalDate.of(2027, 6, 13), 5)).isFalse();
        assertThat(summer.appliesOn(LocalDate.of(2027, 6, 14), 0)).isTrue();
        assertThat(summer.appliesOn(LocalDate.of(2027, 8, 15), 0)).isTrue();
        assertThat(summer.appliesOn(LocalDate.of(2027, 8, 16), 0)).isFalse();
        assertThat(summer.validDuring(LocalDate.of(2026, 8, 1), LocalDate.of(2027, 6, 14))).isTrue();
        assertThat(summer.validDuring(LocalDate.of(2027, 8, 16), LocalDate.of(2028, 7, 31))).isFalse();
    }

    @Test
    void severalOrganisationsAreCountedSeparately() {
        OrganisationDetail walkers = organisation(15, "Nattvandrarna", OrganisationKind.NIGHT_WALKERS, List.of(ALBY),
                commitment(105, 15, CommitmentKind.STAFF, 2, null, 3, Set.of(DayOfWeek.FRIDAY), null, null));

        List<Commitment> valborg = CommitmentExpansion.on(VALBORG_2027, 5, List.of(POLICE, walkers), ALL);

        assertThat(valborg).extracting(Commitment::organisationName, Commitment::districtName, Commitment::quantity)
                .containsExactly(org.assertj.core.api.Assertions.tuple("Polisen", "Alby", 1),
                        org.assertj.core.api.Assertions.tuple("Nattvandrarna", "Alby", 2));
    }
}
