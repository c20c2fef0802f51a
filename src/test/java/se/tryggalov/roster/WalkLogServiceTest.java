package se.tryggalov.roster;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.TestYears;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.i18n.UserMessageException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.tryggalov.jooq.Tables.SHIFT_ASSIGNMENT;
import static se.tryggalov.jooq.Tables.WALK_LOG;

/**
 * Check-in and the walk log on the real database. The walk has happened, so its shift lies in the past (a day before
 * any test year, in an activity of the class's claimed year, with a district of its own).
 */
@IntegrationTest
class WalkLogServiceTest {

    static SchoolYear year;

    @Autowired
    WalkLogService walkLogs;
    @Autowired
    CalendarService calendar;
    @Autowired
    SystemAuthentication system;
    @Autowired
    DSLContext dsl;
    @Autowired
    SecurityContexts contexts;

    RosterTestData data;
    long organisation;
    long activity;
    LocalDate day;

    @BeforeAll
    static void claimAYear(@Autowired TestYears years) {
        year = years.claim();
    }

    @BeforeEach
    void setUp() {
        data = new RosterTestData(dsl, contexts);
        RosterTestData.plan(calendar, system, year);
        organisation = data.organisation("wl-org");
        activity = data.activity(year, data.district("wl-district"), organisation, "Nattvandring");
        // a past evening of its own for each test (the walkers are new, so nothing else of theirs overlaps)
        day = LocalDate.of(2021, 1, 1).plusDays(Math.floorMod(UUID.randomUUID().hashCode(), 300));
    }

    private static String key(Throwable e) {
        return ((UserMessageException) e).messageKey();
    }

    private WalkReport report(Set<Long> present, String note) {
        return new WalkReport(present, day.atTime(21, 5), day.plusDays(1).atTime(0, 35), "Alby centrum, tunnelbanan",
                Map.of(WalkCategory.GRAFFITI, 2, WalkCategory.BROKEN_GLASS, 1), note);
    }

    @Test
    void theLeadChecksInTheGroupAndFilesTheLogNoShowsAndHoursAreCounted() {
        long shift = data.shift(activity, day, 1, 1, 3, 3, true, "PUBLISHED", "PEOPLE");
        var lead = data.volunteer("wl-lead", true, organisation);
        var came = data.volunteer("wl-came", false, organisation);
        var absent = data.volunteer("wl-absent", false, organisation);
        long leadPlace = data.assign(shift, lead.id(), "CONFIRMED", false);
        long camePlace = data.assign(shift, came.id(), "CONFIRMED", false);
        long absentPlace = data.assign(shift, absent.id(), "CONFIRMED", false);

        CheckInSheet sheet = data.as(lead.username(), () -> walkLogs.sheet(shift), Role.VOLUNTEER);
        assertThat(sheet.people()).extracting(CheckInSheet.Walker::assignmentId)
                .containsExactlyInAnyOrder(leadPlace, camePlace, absentPlace);
        data.run(lead.username(), () -> walkLogs.file(shift, report(Set.of(leadPlace, camePlace),
                "Krossat glas vid busshållplatsen, 3 st")), Role.VOLUNTEER);

        assertThat(status(leadPlace)).isEqualTo("CONFIRMED");
        assertThat(status(absentPlace)).isEqualTo("NO_SHOW");
        assertThat(dsl.select(SHIFT_ASSIGNMENT.HOURS).from(SHIFT_ASSIGNMENT).where(SHIFT_ASSIGNMENT.ID.eq(camePlace))
                .fetchSingle(SHIFT_ASSIGNMENT.HOURS)).isEqualByComparingTo(new BigDecimal("3.50"));
        var tally = data.as("coordinator", () -> walkLogs.tally(day, day, organisation), Role.COORDINATOR);
        assertThat(tally).filteredOn(t -> t.userId() == absent.id()).singleElement()
                .satisfies(t -> assertThat(t.noShows()).isEqualTo(1));
        assertThat(tally).filteredOn(t -> t.userId() == came.id()).singleElement()
                .satisfies(t -> assertThat(t.walks()).isEqualTo(1));
        var observations = data.as("coordinator", () -> walkLogs.observations(day, day), Role.COORDINATOR);
        assertThat(observations).filteredOn(o -> o.shiftId() == shift)
                .extracting(WalkObservation::category, WalkObservation::count)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(WalkCategory.GRAFFITI, 2),
                        org.assertj.core.groups.Tuple.tuple(WalkCategory.BROKEN_GLASS, 1));

        // corrected by a coordinator: the absent walker did come after all
        data.run("coordinator", () -> walkLogs.file(shift, report(Set.of(leadPlace, camePlace, absentPlace), null)),
                Role.COORDINATOR);
        assertThat(status(absentPlace)).isEqualTo("CONFIRMED");
        assertThat(dsl.fetchCount(WALK_LOG, WALK_LOG.SHIFT_ID.eq(shift))).isEqualTo(1);
    }

    @Test
    void aNoteAboutPeopleOrBadTimesIsRefusedAndNothingChanges() {
        long shift = data.shift(activity, day, 1, 1, 3, 3, true, "PUBLISHED", "PEOPLE");
        var lead = data.volunteer("wl-lead2", true, organisation);
        long leadPlace = data.assign(shift, lead.id(), "CONFIRMED", false);
        var walker = data.volunteer("wl-walker", false, organisation);
        long walkerPlace = data.assign(shift, walker.id(), "CONFIRMED", false);

        assertThatThrownBy(() -> data.run(lead.username(), () -> walkLogs.file(shift,
                report(Set.of(leadPlace), "Ring 070-123 45 67 om glaset")), Role.VOLUNTEER))
                .satisfies(e -> assertThat(key(e)).isEqualTo("validation.phoneInText"));
        assertThatThrownBy(() -> data.run(lead.username(), () -> walkLogs.file(shift,
                report(Set.of(leadPlace), "Pojken 850709-1234 klottrade")), Role.VOLUNTEER))
                .satisfies(e -> assertThat(key(e)).isEqualTo("validation.identityNumber"));
        assertThatThrownBy(() -> data.run(lead.username(), () -> walkLogs.file(shift,
                new WalkReport(Set.of(leadPlace), day.atTime(23, 0), day.atTime(22, 0), null, Map.of(), null)),
                Role.VOLUNTEER))
                .satisfies(e -> assertThat(key(e)).isEqualTo("walklog.error.endBeforeStart"));
        assertThatThrownBy(() -> data.run(lead.username(), () -> walkLogs.file(shift,
                new WalkReport(Set.of(leadPlace), day.atTime(21, 0), day.atTime(23, 0), null,
                        Map.of(WalkCategory.FIRE, -1), null)), Role.VOLUNTEER))
                .satisfies(e -> assertThat(key(e)).isEqualTo("walklog.error.count"));
        assertThatThrownBy(() -> data.run(walker.username(), () -> walkLogs.file(shift,
                report(Set.of(walkerPlace), null)), Role.VOLUNTEER))
                .satisfies(e -> assertThat(key(e)).isEqualTo("walklog.error.notLead"));
        long future = data.shift(activity, TestYears.firstDay(year), 1, 1, 3, 3, true, "PUBLISHED", "PEOPLE");
        data.assign(future, lead.id(), "CONFIRMED", false);
        assertThatThrownBy(() -> data.run(lead.username(), () -> walkLogs.file(future, report(Set.of(), null)),
                Role.VOLUNTEER))
                .satisfies(e -> assertThat(key(e)).isEqualTo("walklog.error.notYet"));

        assertThat(dsl.fetchCount(WALK_LOG, WALK_LOG.SHIFT_ID.in(shift, future))).isZero();
        assertThat(status(walkerPlace)).isEqualTo("CONFIRMED");
    }

    private String status(long assignmentId) {
        return dsl.select(SHIFT_ASSIGNMENT.STATUS).from(SHIFT_ASSIGNMENT).where(SHIFT_ASSIGNMENT.ID.eq(assignmentId))
                .fetchSingle(SHIFT_ASSIGNMENT.STATUS);
    }
}
