package se.tryggalov.calendar;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.tryggalov.IntegrationTest;
import se.tryggalov.TestYears;
import se.tryggalov.shared.validation.IdentityNumbers;
import se.tryggalov.shared.i18n.UserMessageException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.Month.OCTOBER;
import static java.time.Month.SEPTEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.tryggalov.TestYears.date;
import static se.tryggalov.TestYears.firstDay;
import static se.tryggalov.TestYears.nth;

/**
 * The persisted calendar on real PostgreSQL. Every test works on a school year it claims, because all integration
 * tests share one database with the demo's years in it.
 */
@IntegrationTest
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class CalendarServiceTest {

    @Autowired
    CalendarService calendar;
    @Autowired
    TestYears years;

    private YearPlan plan(SchoolYear year) {
        return calendar.plan(year).orElseThrow();
    }

    private static CalendarItem item(YearPlan plan, ItemKind kind, String code) {
        return plan.itemsOf(kind).stream().filter(i -> code.equals(i.code())).findFirst().orElseThrow();
    }

    private static String errorKey(Throwable e) {
        return ((UserMessageException) e).messageKey();
    }

    @Test
    void aGeneratedYearHasTheWorkedDatesOfDomainMdAsProposals() {
        GenerationResult result = calendar.generate(SchoolYear.of(2027));
        YearPlan plan = plan(SchoolYear.of(2027));

        assertThat(result.created()).isGreaterThan(50);
        assertThat(plan.termsStatus()).isEqualTo(ItemStatus.PROPOSED);
        assertThat(plan.items()).allSatisfy(i -> assertThat(i.status()).isEqualTo(ItemStatus.PROPOSED));
        CalendarItem autumn = item(plan, ItemKind.BREAK, "AUTUMN");
        assertThat(autumn.firstDay()).isEqualTo(LocalDate.of(2027, 11, 1));
        assertThat(autumn.lastDay()).isEqualTo(LocalDate.of(2027, 11, 5));
        CalendarItem sport = item(plan, ItemKind.BREAK, "WINTER_SPORTS"); // Stockholm county: week 9
        assertThat(sport.firstDay()).isEqualTo(LocalDate.of(2028, 2, 28));
        assertThat(sport.lastDay()).isEqualTo(LocalDate.of(2028, 3, 3));
        CalendarItem easter = item(plan, ItemKind.BREAK, "EASTER"); // Easter 16 April 2028 → Holy Week
        assertThat(easter.firstDay()).isEqualTo(LocalDate.of(2028, 4, 10));
        assertThat(easter.lastDay()).isEqualTo(LocalDate.of(2028, 4, 14));

        DayInfo valborg = plan.day(LocalDate.of(2028, 4, 30));
        assertThat(valborg.riskLevel()).isEqualTo(5);
        assertThat(valborg.dayType()).isIn(DayType.EVE, DayType.WEEKEND);
        assertThat(plan.day(LocalDate.of(2027, 12, 31)).riskLevel()).as("nyårsafton").isEqualTo(5);
        assertThat(plan.day(LocalDate.of(2028, 3, 3)).riskLevel()).as("sportlov Friday").isGreaterThanOrEqualTo(3);
        assertThat(plan.day(LocalDate.of(2027, 12, 25)).dayType()).isEqualTo(DayType.STATUTORY_HOLIDAY);
        assertThat(plan.itemsOf(ItemKind.MEETING)).allSatisfy(m -> {
            assertThat(m.firstDay().getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
            assertThat(m.startsAt()).isEqualTo(LocalTime.of(13, 0));
        });
    }

    @Test
    void regeneratingChangesNothingThatIsAlreadyUpToDate() {
        SchoolYear year = years.claim();
        calendar.generate(year);
        int before = plan(year).items().size();

        GenerationResult again = calendar.generate(year);

        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.removed()).isZero();
        assertThat(plan(year).items()).hasSize(before);
    }

    @Test
    void regeneratingNeverOverwritesWhatACoordinatorEditedAndReportsTheConflict() {
        SchoolYear year = years.claim();
        calendar.generate(year);
        CalendarItem sport = item(plan(year), ItemKind.BREAK, "WINTER_SPORTS");
        // The municipality moved sportlov a week later than the rule says.
        ItemDraft moved = new ItemDraft(ItemKind.BREAK, "WINTER_SPORTS", null, sport.firstDay().plusWeeks(1),
                sport.lastDay().plusWeeks(1), null, null, null, null, null, Set.of());
        calendar.update(sport.id(), moved, sport.version());

        GenerationResult again = calendar.generate(year);

        CalendarItem after = item(plan(year), ItemKind.BREAK, "WINTER_SPORTS");
        assertThat(after.firstDay()).isEqualTo(sport.firstDay().plusWeeks(1));
        assertThat(after.status()).isEqualTo(ItemStatus.CONFIRMED);
        assertThat(again.keptConfirmed()).isGreaterThanOrEqualTo(1);
        assertThat(plan(year).itemsOf(ItemKind.BREAK)).filteredOn(b -> b.code().equals("WINTER_SPORTS")).hasSize(1);
    }

    @Test
    void aHandMadeBreakBlocksTheOverlappingProposalWhichIsListedForADecision() {
        SchoolYear year = years.claim();
        calendar.generate(year);
        YearPlan plan = plan(year);
        CalendarItem autumn = item(plan, ItemKind.BREAK, "AUTUMN");
        calendar.delete(autumn.id(), autumn.version());
        long custom = calendar.create(year, new ItemDraft(ItemKind.BREAK, "CUSTOM", "Extra höstlov",
                autumn.firstDay().minusDays(2), autumn.lastDay(), null, null, null, null, null, Set.of()));

        GenerationResult again = calendar.generate(year);

        assertThat(again.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.nameKey()).isEqualTo("calendar.break.AUTUMN");
            assertThat(c.blockedBy().id()).isEqualTo(custom);
        });
        assertThat(plan(year).itemsOf(ItemKind.BREAK)).extracting(CalendarItem::code).doesNotContain("AUTUMN");
    }

    @Test
    void overlappingBreaksAreRefusedWithAClearMessageAndNothingIsSaved() {
        SchoolYear year = years.claim();
        calendar.generate(year);
        YearPlan plan = plan(year);
        CalendarItem autumn = item(plan, ItemKind.BREAK, "AUTUMN");
        int before = plan.items().size();

        assertThatThrownBy(() -> calendar.create(year, new ItemDraft(ItemKind.BREAK, "CUSTOM", "Krock",
                autumn.lastDay(), autumn.lastDay().plusDays(3), null, null, null, null, null, Set.of())))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("calendar.error.breakOverlap"));
        assertThat(plan(year).items()).hasSize(before);
    }

    @Test
    void aBreakThatEndsBeforeItStartsIsRefusedAndTheOldDatesStay() {
        SchoolYear year = years.claim();
        calendar.generate(year);
        CalendarItem autumn = item(plan(year), ItemKind.BREAK, "AUTUMN");

        assertThatThrownBy(() -> calendar.update(autumn.id(), new ItemDraft(ItemKind.BREAK, "AUTUMN", null,
                autumn.lastDay(), autumn.firstDay().minusDays(1), null, null, null, null, null, Set.of()), autumn.version()))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("calendar.error.endBeforeStart"));
        CalendarItem after = item(plan(year), ItemKind.BREAK, "AUTUMN");
        assertThat(after.firstDay()).isEqualTo(autumn.firstDay());
        assertThat(after.status()).isEqualTo(ItemStatus.PROPOSED);
    }

    @Test
    void twoCoordinatorsEditingTheSameItemDoNotLoseAnEdit() {
        SchoolYear year = years.claim();
        calendar.generate(year);
        CalendarItem valborg = item(plan(year), ItemKind.KEY_DATE, "WALPURGIS_EVE");
        ItemDraft first = new ItemDraft(ItemKind.KEY_DATE, "WALPURGIS_EVE", null, valborg.firstDay(), valborg.lastDay(),
                4, null, null, "Alby", null, Set.of());
        calendar.update(valborg.id(), first, valborg.version());

        ItemDraft second = new ItemDraft(ItemKind.KEY_DATE, "WALPURGIS_EVE", null, valborg.firstDay(),
                valborg.lastDay(), 5, null, null, "Fittja", null, Set.of());
        assertThatThrownBy(() -> calendar.update(valborg.id(), second, valborg.version()))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("error.changedByOthers"));
        CalendarItem after = item(plan(year), ItemKind.KEY_DATE, "WALPURGIS_EVE");
        assertThat(after.riskLevel()).isEqualTo(4);
        assertThat(after.location()).isEqualTo("Alby");
    }

    @Test
    void anImportWithOneBadRowAddsNothingAndNamesTheRow() {
        SchoolYear year = years.claim();
        calendar.generate(year);
        int before = plan(year).items().size();
        LocalDate tournament = nth(MONDAY, SEPTEMBER, 3, year);
        LocalDate meeting = nth(FRIDAY, SEPTEMBER, 3, year);
        List<ItemDraft> drafts = List.of(
                new ItemDraft(ItemKind.KEY_DATE, "CUSTOM", "Fotbollsturnering", tournament,
                        tournament, 3, null, null, null, null, Set.of()),
                new ItemDraft(ItemKind.DAY_OFF, "DAY_OFF", null, date(year, OCTOBER, 10),
                        date(year, OCTOBER, 9), null, null, null, null, null, Set.of()),
                new ItemDraft(ItemKind.MEETING, "COORDINATION", null, meeting,
                        meeting, null, LocalTime.of(9, 0), LocalTime.of(10, 0), "Tumba", null, Set.of()));

        assertThatThrownBy(() -> calendar.importItems(year, drafts))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.row()).isEqualTo(2);
                    assertThat(e.reason().messageKey()).isEqualTo("calendar.error.endBeforeStart");
                });
        assertThat(plan(year).items()).hasSize(before);

        assertThat(calendar.importItems(year, List.of(drafts.getFirst(), drafts.getLast()))).isEqualTo(2);
        assertThat(plan(year).items()).hasSize(before + 2)
                .filteredOn(i -> i.source() == ItemSource.IMPORT).allSatisfy(i -> assertThat(i.confirmed()).isTrue());
    }

    @Test
    void confirmingTheYearConfirmsTermsAndEveryProposal() {
        SchoolYear year = years.claim();
        calendar.generate(year);
        int proposals = plan(year).items().size();

        assertThat(calendar.confirmAll(year)).isEqualTo(proposals);

        YearPlan plan = plan(year);
        assertThat(plan.termsStatus()).isEqualTo(ItemStatus.CONFIRMED);
        assertThat(plan.hasProposals()).isFalse();
    }

    @Test
    void anItemOutsideTheSchoolYearIsRefused() {
        SchoolYear year = years.claim();
        calendar.generate(year);
        assertThatThrownBy(() -> calendar.create(year, new ItemDraft(ItemKind.KEY_DATE, "LUCIA", null,
                firstDay(year).minusDays(1), firstDay(year).minusDays(1), 2, null, null, null, null, Set.of())))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("calendar.error.outsideYear"));
    }

    @Test
    void theSummerBreakRunsUntilTheAutumnTermAndCanBeConfirmedByEditing() {
        SchoolYear year = years.claim();
        calendar.generate(year);
        CalendarItem summer = item(plan(year), ItemKind.BREAK, "SUMMER");
        assertThat(summer.lastDay().getMonthValue()).as("ends in August").isEqualTo(8);

        calendar.update(summer.id(), ItemDraft.of(summer), summer.version());

        assertThat(item(plan(year), ItemKind.BREAK, "SUMMER").status()).isEqualTo(ItemStatus.CONFIRMED);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void aViewerReadsTheCalendarButCannotChangeIt() {
        SchoolYear year = years.claim();
        assertThat(calendar.plan(calendar.currentYear())).as("the demo's current year").isPresent();
        assertThatThrownBy(() -> calendar.generate(year)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendar.renewFeedToken()).isInstanceOf(AccessDeniedException.class);
        assertThat(calendar.plansForFeed("not-the-secret")).isEmpty();
    }

    @Test
    void theDemoHasLastAndThisYearPlannedAndConfirmed() {
        SchoolYear current = calendar.currentYear();
        assertThat(calendar.plan(current)).hasValueSatisfying(p -> assertThat(p.hasProposals()).isFalse());
        assertThat(calendar.plan(current.previous())).hasValueSatisfying(p -> assertThat(p.hasProposals()).isFalse());
    }

    /** Issue 22, finding 5: the service refuses what the form and the import refuse, with the shared rule. */
    @Test
    void anIdentityNumberInTitleLocationOrNotesIsRefusedAndNothingIsSaved() {
        SchoolYear year = years.claim();
        calendar.generate(year);
        int before = plan(year).items().size();
        LocalDate day = year.firstDay().plusMonths(2);
        List<ItemDraft> drafts = List.of(
                new ItemDraft(ItemKind.KEY_DATE, CalendarItem.CUSTOM, "Titel 19850101-1236", day, day, 3, null, null,
                        null, null, java.util.Set.of()),
                new ItemDraft(ItemKind.MEETING, CalendarItem.CUSTOM, "Möte", day, day, null, null, null,
                        "Hos 850101-1236", null, java.util.Set.of()),
                new ItemDraft(ItemKind.KEY_DATE, CalendarItem.CUSTOM, "Fest", day, day, 3, null, null, null,
                        "Ring 198501011236", java.util.Set.of()));

        for (ItemDraft draft : drafts) {
            assertThatThrownBy(() -> calendar.create(year, draft))
                    .satisfies(e -> assertThat(errorKey(e)).isEqualTo(IdentityNumbers.PROBLEM));
            assertThatThrownBy(() -> calendar.importItems(year, List.of(draft)))
                    .isInstanceOf(ImportRejectedException.class);
        }
        assertThat(plan(year).items()).hasSize(before);
    }
}
