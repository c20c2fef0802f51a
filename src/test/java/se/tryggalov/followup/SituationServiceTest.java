package se.tryggalov.followup;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.TestYears;
import se.tryggalov.activity.ActivityType;
import se.tryggalov.activity.CoverageRuleDraft;
import se.tryggalov.activity.CoverageRuleService;
import se.tryggalov.activity.DistrictScope;
import se.tryggalov.activity.GenerationPreview;
import se.tryggalov.activity.PlannedShift;
import se.tryggalov.activity.Purpose;
import se.tryggalov.activity.Staffing;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.place.PlaceService;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.i18n.UserMessageException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The weekly picture on a hand-worked example, and a coordinator's answer to a suggestion changing the coverage
 * the rules want. Each test has a district of its own, so other tests' observations do not count.
 */
@IntegrationTest
class SituationServiceTest {

    static SchoolYear year;

    @Autowired
    se.tryggalov.coverage.CoverageService coverage;
    @Autowired
    SituationService situation;
    @Autowired
    ObservationService observations;
    @Autowired
    PlaceService places;
    @Autowired
    CalendarService calendar;
    @Autowired
    CoverageRuleService rules;
    @Autowired
    SystemAuthentication system;

    @BeforeAll
    static void claimAYear(@Autowired TestYears years) {
        year = years.claim();
    }

    private long district(String prefix) {
        return system.callAs(() -> places.createDistrict(prefix + " x" + UUID.randomUUID().toString().substring(0, 7)),
                Role.COORDINATOR);
    }

    private void seen(long district, ObservationCategory category, LocalDateTime at, int count) {
        system.runAs(() -> observations.report(new ObservationDraft(district, null, category, at, count, null)),
                Role.COORDINATOR);
    }

    private static SituationPicture.Line line(SituationPicture picture, long district, ObservationCategory category) {
        return picture.lines().stream().filter(l -> l.districtId() == district && l.category() == category)
                .findFirst().orElseThrow(() -> new AssertionError("no line for " + category));
    }

    /**
     * ISO week 10 of 2025 (3–9 March) against the week before (24 Feb – 2 Mar) and ISO week 10 of 2024 (4–10 March):
     * <pre>
     *                 week 10   before   2024   vs before             vs 2024
     * graffiti           3        10       8    −7 (−70 %) > half     −5 (−63 %) > half
     * fire               4         0       0    +4 new                +4 new
     * broken glass       5         4       5    +1 (+25 %)            ±0
     * damage             0         2       1    −2 (−100 %) > half    −1 (−100 %) > half
     * total             12        16      14    −4 (−25 %)            −2 (−14 %)
     * </pre>
     * A graffiti at 23:30 on the Sunday counts in the week; one ten minutes past midnight belongs to the next.
     */
    @Test
    void theWeekIsComparedWithTheWeekBeforeAndTheSameWeekLastYear() {
        long d = district("Lägesbild");
        seen(d, ObservationCategory.GRAFFITI, LocalDateTime.of(2025, 3, 5, 21, 0), 2);
        seen(d, ObservationCategory.GRAFFITI, LocalDateTime.of(2025, 3, 9, 23, 30), 1);
        seen(d, ObservationCategory.GRAFFITI, LocalDateTime.of(2025, 3, 10, 0, 10), 6);
        seen(d, ObservationCategory.GRAFFITI, LocalDateTime.of(2025, 2, 28, 22, 0), 10);
        seen(d, ObservationCategory.GRAFFITI, LocalDateTime.of(2024, 3, 6, 20, 0), 8);
        seen(d, ObservationCategory.FIRE, LocalDateTime.of(2025, 3, 7, 23, 0), 4);
        seen(d, ObservationCategory.BROKEN_GLASS, LocalDateTime.of(2025, 3, 3, 0, 0), 5);
        seen(d, ObservationCategory.BROKEN_GLASS, LocalDateTime.of(2025, 2, 24, 19, 0), 4);
        seen(d, ObservationCategory.BROKEN_GLASS, LocalDateTime.of(2024, 3, 10, 22, 0), 5);
        seen(d, ObservationCategory.DAMAGE, LocalDateTime.of(2025, 3, 2, 23, 59), 2);
        seen(d, ObservationCategory.DAMAGE, LocalDateTime.of(2024, 3, 4, 18, 0), 1);

        SituationPicture picture = system.callAs(() -> situation.picture(Period.week(LocalDate.of(2025, 3, 6))),
                Role.COORDINATOR);

        assertThat(picture.previous().first()).isEqualTo(LocalDate.of(2025, 2, 24));
        assertThat(picture.lastYear().first()).isEqualTo(LocalDate.of(2024, 3, 4));
        SituationPicture.Line graffiti = line(picture, d, ObservationCategory.GRAFFITI);
        assertThat(graffiti.vsPrevious()).isEqualTo(new Change(3, 10, -7, -70, Change.Trend.FELL_BY_MORE_THAN_HALF));
        assertThat(graffiti.vsLastYear()).isEqualTo(new Change(3, 8, -5, -63, Change.Trend.FELL_BY_MORE_THAN_HALF));
        SituationPicture.Line fire = line(picture, d, ObservationCategory.FIRE);
        assertThat(fire.vsPrevious()).isEqualTo(new Change(4, 0, 4, null, Change.Trend.NEW));
        assertThat(fire.vsLastYear()).isEqualTo(new Change(4, 0, 4, null, Change.Trend.NEW));
        SituationPicture.Line glass = line(picture, d, ObservationCategory.BROKEN_GLASS);
        assertThat(glass.vsPrevious()).isEqualTo(new Change(5, 4, 1, 25, Change.Trend.UP));
        assertThat(glass.vsLastYear()).isEqualTo(new Change(5, 5, 0, 0, Change.Trend.SAME));
        SituationPicture.Line damage = line(picture, d, ObservationCategory.DAMAGE);
        assertThat(damage.vsPrevious()).isEqualTo(new Change(0, 2, -2, -100, Change.Trend.FELL_BY_MORE_THAN_HALF));
        assertThat(damage.vsLastYear()).isEqualTo(new Change(0, 1, -1, -100, Change.Trend.FELL_BY_MORE_THAN_HALF));
        assertThat(picture.lines()).filteredOn(l -> l.districtId() == d).hasSize(4);
        SituationPicture.Line total = picture.totals().stream().filter(l -> l.districtId() == d).findFirst()
                .orElseThrow();
        assertThat(total.vsPrevious()).isEqualTo(new Change(12, 16, -4, -25, Change.Trend.DOWN));
        assertThat(total.vsLastYear()).isEqualTo(new Change(12, 14, -2, -14, Change.Trend.DOWN));
    }

    @Test
    void acceptingASuggestionRaisesTheEveningsRiskAndTheCoverageTheRulesWant() {
        system.runAs(() -> {
            if (calendar.plan(year).isEmpty()) {
                calendar.generate(year);
            }
        }, Role.COORDINATOR);
        long d = district("Behov");
        // the second Friday of September: an ordinary term-time Friday, risk 2
        LocalDate friday = TestYears.nth(DayOfWeek.FRIDAY, Month.SEPTEMBER, 2, year);
        assertThat(riskOn(friday)).isEqualTo(2);
        long rule = system.callAs(() -> rules.create(new CoverageRuleDraft("Följ upp " + d, ActivityType.NIGHT_WALK,
                Purpose.PREVENTIVE, null, 2, Set.of(DayOfWeek.FRIDAY), false, DistrictScope.LISTED, null, Set.of(d),
                null, LocalTime.of(21, 0), LocalTime.of(1, 0), null, null, 3, 3, 5, false, true, Set.of(),
                Staffing.PEOPLE, true)), Role.COORDINATOR);
        try {
            List<PlannedShift> before = wanted(rule, friday);
            assertThat(dashboardNeed(friday, d)).as("risk 2 needs one unit").isEqualTo(1);

            system.runAs(() -> situation.accept(friday, 3, "Förhöjd risk enligt lägesbild"), Role.COORDINATOR);

            assertThat(riskOn(friday)).isEqualTo(3);
            assertThat(dashboardNeed(friday, d)).as("the dashboard: risk 3 needs two units").isEqualTo(2);
            List<PlannedShift> after = wanted(rule, friday);
            assertThat(after).hasSizeGreaterThan(before.size()).allSatisfy(s -> assertThat(s.riskLevel()).isEqualTo(3));
            assertThatThrownBy(() -> system.runAs(() -> situation.accept(friday, 4, "Igen"), Role.COORDINATOR))
                    .isInstanceOfSatisfying(UserMessageException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("followup.suggestion.error.decided"));
            LocalDate saturday = friday.plusDays(1);
            system.runAs(() -> situation.reject(saturday), Role.COORDINATOR);
            assertThat(riskOn(saturday)).as("a rejected suggestion leaves the risk").isEqualTo(2);
            assertThatThrownBy(() -> system.runAs(() -> situation.accept(LocalDate.of(2020, 1, 3), 3, "För sent"),
                    Role.COORDINATOR)).isInstanceOfSatisfying(UserMessageException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("followup.suggestion.error.past"));
        } finally {
            system.runAs(() -> rules.delete(rule, rules.rule(rule).orElseThrow().version()), Role.COORDINATOR);
        }
    }

    /** The steering group's dashboard (the coverage read model): the need of one evening in one district. */
    private int dashboardNeed(LocalDate day, long district) {
        return system.callAs(() -> coverage.grid(year, day, day, Set.of(district)).cell(day, district).orElseThrow()
                .need(), Role.COORDINATOR);
    }

    private int riskOn(LocalDate day) {
        return system.callAs(() -> calendar.plan(year).orElseThrow().day(day).riskLevel(), Role.COORDINATOR);
    }

    private List<PlannedShift> wanted(long ruleId, LocalDate day) {
        GenerationPreview preview = system.callAs(() -> rules.preview(year), Role.COORDINATOR);
        return preview.sources().stream().filter(s -> s.source().kind() == se.tryggalov.activity.GenerationSource.Kind.RULE && s.source().id() == ruleId)
                .flatMap(s -> s.toCreate().stream()).filter(s -> s.day().equals(day)).toList();
    }
}
