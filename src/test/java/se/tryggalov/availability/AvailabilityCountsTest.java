package se.tryggalov.availability;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.tryggalov.IntegrationTest;
import se.tryggalov.TestYears;
import se.tryggalov.security.Role;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.i18n.UserMessageException;

import java.time.LocalDate;
import java.util.List;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.Month.MARCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.tryggalov.TestYears.nth;

/**
 * The coordinator's counts, with worked numbers. Everything happens on the first Friday of March (D1) and the
 * Saturday after it (D2), in a school year the class claims and nobody plans (so no pattern applied elsewhere
 * reaches them), in the demo districts Alby and Fittja.
 *
 * <pre>
 *            home           Friday (D1)    Saturday (D2)  qualifications
 *   P1       Alby           yes            yes            basic training until D1 (valid D1, not D2)
 *   P2       Alby, Fittja   yes            maybe          lead, no expiry
 *   P3       Fittja         maybe          yes            basic training from D2 (not D1, valid D2)
 *   P4       (none)         yes            –
 *   P5       Alby, PAUSED   yes            –              never counted
 *   P6       Alby, youth    yes            –              never counted (not a confirmed adult)
 *   P7       Alby           no             –              a no is not counted
 * </pre>
 * P1 and P3 belong to the organisation of the partner contact; the others to another one.
 */
@IntegrationTest
class AvailabilityCountsTest {

    /** D1 and D2 of the table. */
    static LocalDate friday;
    static LocalDate saturday;

    @Autowired
    AvailabilityService availability;
    @Autowired
    DSLContext dsl;
    @Autowired
    SecurityContexts contexts;

    AvailabilityTestData data;
    long alby;
    long fittja;
    AvailabilityTestData.Person contact;
    static boolean created;
    static long organisation;

    @BeforeAll
    static void claimAYear(@Autowired TestYears years) {
        friday = nth(FRIDAY, MARCH, 1, years.claim());
        saturday = friday.plusDays(1);
    }

    @BeforeEach
    void setUp() {
        data = new AvailabilityTestData(dsl, contexts);
        alby = data.district("Alby");
        fittja = data.district("Fittja");
        if (!created) {
            created = true;
            organisation = data.organisation("counts-org");
            long other = data.organisation("counts-other");
            var p1 = data.volunteer("p1", "ACTIVE", true, List.of(organisation), List.of(alby));
            var p2 = data.volunteer("p2", "ACTIVE", true, List.of(other), List.of(alby, fittja));
            var p3 = data.volunteer("p3", "ACTIVE", true, List.of(organisation), List.of(fittja));
            var p4 = data.volunteer("p4", "ACTIVE", true, List.of(other), List.of());
            var p5 = data.volunteer("p5", "PAUSED", true, List.of(other), List.of(alby));
            var p6 = data.volunteer("p6", "ACTIVE", false, List.of(other), List.of(alby));
            var p7 = data.volunteer("p7", "ACTIVE", true, List.of(other), List.of(alby));
            data.qualification(p1.id(), "BASIC_TRAINING", friday.minusYears(8), friday);
            data.qualification(p2.id(), "LEAD", friday.minusYears(8), null);
            data.qualification(p3.id(), "BASIC_TRAINING", saturday, saturday.plusYears(2));
            data.answer(p1.id(), friday, AvailabilityState.AVAILABLE);
            data.answer(p1.id(), saturday, AvailabilityState.AVAILABLE);
            data.answer(p2.id(), friday, AvailabilityState.AVAILABLE);
            data.answer(p2.id(), saturday, AvailabilityState.MAYBE);
            data.answer(p3.id(), friday, AvailabilityState.MAYBE);
            data.answer(p3.id(), saturday, AvailabilityState.AVAILABLE);
            data.answer(p4.id(), friday, AvailabilityState.AVAILABLE);
            data.answer(p5.id(), friday, AvailabilityState.AVAILABLE);
            data.answer(p6.id(), friday, AvailabilityState.AVAILABLE);
            data.answer(p7.id(), friday, AvailabilityState.UNAVAILABLE);
        }
        contact = data.account("counts-contact", organisation, Role.PARTNER_CONTACT);
    }

    private AvailabilityCounts asCoordinator(QualificationFilter filter) {
        return data.as("coordinator", () -> availability.counts(friday, saturday, filter), Role.COORDINATOR);
    }

    private static AvailabilityCounts.Day day(AvailabilityCounts counts, LocalDate date) {
        return counts.days().stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow();
    }

    private static AvailabilityCounts.Cell cell(int available, int maybe) {
        return new AvailabilityCounts.Cell(available, maybe);
    }

    @Test
    void countsActiveAdultsPerHomeDistrictWithAnAnywhereColumnAndEachPersonOnceInTheTotal() {
        AvailabilityCounts counts = asCoordinator(QualificationFilter.ANY);

        assertThat(counts.days()).extracting(AvailabilityCounts.Day::date).containsExactly(friday, saturday);
        assertThat(counts.districts()).extracting(AvailabilityCounts.DistrictColumn::name).contains("Alby", "Fittja");
        AvailabilityCounts.Day d1 = day(counts, friday);
        assertThat(d1.district(alby)).isEqualTo(cell(2, 0));     // P1, P2
        assertThat(d1.district(fittja)).isEqualTo(cell(1, 1));   // P2; P3 maybe
        assertThat(d1.anywhere()).isEqualTo(cell(1, 0));         // P4
        assertThat(d1.total()).isEqualTo(cell(3, 1));            // P1, P2, P4; P3 (P2 once)
        AvailabilityCounts.Day d2 = day(counts, saturday);
        assertThat(d2.district(alby)).isEqualTo(cell(1, 1));     // P1; P2 maybe
        assertThat(d2.district(fittja)).isEqualTo(cell(1, 1));   // P3; P2 maybe
        assertThat(d2.anywhere()).isEqualTo(cell(0, 0));
        assertThat(d2.total()).isEqualTo(cell(2, 1));
    }

    @Test
    void basicTrainingCountsOnlyOnTheDatesItIsValidTheExpiryDayIncluded() {
        AvailabilityCounts counts = asCoordinator(QualificationFilter.BASIC_TRAINING);

        AvailabilityCounts.Day d1 = day(counts, friday);
        assertThat(d1.district(alby)).isEqualTo(cell(1, 0));     // P1, on the last day of the training
        assertThat(d1.district(fittja)).isEqualTo(cell(0, 0));   // P3 not trained yet
        assertThat(d1.total()).isEqualTo(cell(1, 0));
        AvailabilityCounts.Day d2 = day(counts, saturday);
        assertThat(d2.district(alby)).isEqualTo(cell(0, 0));     // P1's training has expired
        assertThat(d2.district(fittja)).isEqualTo(cell(1, 0));   // P3 trained from this day
        assertThat(d2.total()).isEqualTo(cell(1, 0));
    }

    @Test
    void onlyLeadsCountsTheLeadInEveryHomeDistrictButOnceInTheTotal() {
        AvailabilityCounts counts = asCoordinator(QualificationFilter.LEAD);

        assertThat(day(counts, friday).district(alby)).isEqualTo(cell(1, 0));
        assertThat(day(counts, friday).district(fittja)).isEqualTo(cell(1, 0));
        assertThat(day(counts, friday).total()).isEqualTo(cell(1, 0));
        assertThat(day(counts, saturday).total()).isEqualTo(cell(0, 1));
        assertThat(day(counts, friday).anywhere()).isEqualTo(cell(0, 0));
    }

    @Test
    void aPartnerContactCountsOnlyTheirOwnOrganisationsPeople() {
        AvailabilityCounts counts = data.as(contact,
                () -> availability.counts(friday, saturday, QualificationFilter.ANY), Role.PARTNER_CONTACT);

        AvailabilityCounts.Day d1 = day(counts, friday);
        assertThat(d1.district(alby)).isEqualTo(cell(1, 0));     // P1
        assertThat(d1.district(fittja)).isEqualTo(cell(0, 1));   // P3 maybe
        assertThat(d1.anywhere()).isEqualTo(cell(0, 0));
        assertThat(d1.total()).isEqualTo(cell(1, 1));
    }

    @Test
    void volunteersAndViewersMayNotSeeTheCounts() {
        AvailabilityTestData.Person volunteer = data.activeVolunteer("counts-vol", organisation);
        AvailabilityTestData.Person viewer = data.account("counts-viewer", null, Role.VIEWER);

        assertThatThrownBy(() -> data.as(volunteer,
                () -> availability.counts(friday, saturday, QualificationFilter.ANY), Role.VOLUNTEER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.as(viewer, () -> availability.counts(friday, saturday, QualificationFilter.ANY),
                Role.VIEWER)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aBadPeriodIsRefusedWithAMessage() {
        assertThatThrownBy(() -> data.as("coordinator",
                () -> availability.counts(saturday, friday, QualificationFilter.ANY), Role.COORDINATOR))
                .satisfies(e -> assertThat(((UserMessageException) e).messageKey())
                        .isEqualTo("availability.error.periodEndsBeforeStart"));
        assertThatThrownBy(() -> data.as("coordinator", () -> availability.counts(friday, friday.plusDays(100),
                QualificationFilter.ANY), Role.COORDINATOR)).satisfies(e -> assertThat(((UserMessageException) e)
                .messageKey()).isEqualTo("availability.error.periodTooLong"));
    }
}
