package se.tryggalov.calendar;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.tryggalov.IntegrationTest;
import se.tryggalov.shared.i18n.UserMessageException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The persisted calendar on real PostgreSQL. Every test works on its own school year (2041–2050 here; the view
 * tests use 2031–2039), because all integration tests share one database with the demo's years in it.
 */
@IntegrationTest
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class CalendarServiceTest {

    @Autowired
    CalendarService calendar;

    private YearPlan plan(int startYear) {
        return calendar.plan(SchoolYear.of(startYear)).orElseThrow();
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
        YearPlan plan = plan(2027);

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
        calendar.generate(SchoolYear.of(2041));
        int before = plan(2041).items().size();

        GenerationResult again = calendar.generate(SchoolYear.of(2041));

        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.removed()).isZero();
        assertThat(plan(2041).items()).hasSize(before);
    }

    @Test
    void regeneratingNeverOverwritesWhatACoordinatorEditedAndReportsTheConflict() {
        calendar.generate(SchoolYear.of(2042));
        CalendarItem sport = item(plan(2042), ItemKind.BREAK, "WINTER_SPORTS");
        // The municipality moved sportlov a week later than the rule says.
        ItemDraft moved = new ItemDraft(ItemKind.BREAK, "WINTER_SPORTS", null, sport.firstDay().plusWeeks(1),
                sport.lastDay().plusWeeks(1), null, null, null, null, null, Set.of());
        calendar.update(sport.id(), moved, sport.version());

        GenerationResult again = calendar.generate(SchoolYear.of(2042));

        CalendarItem after = item(plan(2042), ItemKind.BREAK, "WINTER_SPORTS");
        assertThat(after.firstDay()).isEqualTo(sport.firstDay().plusWeeks(1));
        assertThat(after.status()).isEqualTo(ItemStatus.CONFIRMED);
        assertThat(again.keptConfirmed()).isGreaterThanOrEqualTo(1);
        assertThat(plan(2042).itemsOf(ItemKind.BREAK)).filteredOn(b -> b.code().equals("WINTER_SPORTS")).hasSize(1);
    }

    @Test
    void aHandMadeBreakBlocksTheOverlappingProposalWhichIsListedForADecision() {
        calendar.generate(SchoolYear.of(2043));
        YearPlan plan = plan(2043);
        CalendarItem autumn = item(plan, ItemKind.BREAK, "AUTUMN");
        calendar.delete(autumn.id(), autumn.version());
        long custom = calendar.create(SchoolYear.of(2043), new ItemDraft(ItemKind.BREAK, "CUSTOM", "Extra höstlov",
                autumn.firstDay().minusDays(2), autumn.lastDay(), null, null, null, null, null, Set.of()));

        GenerationResult again = calendar.generate(SchoolYear.of(2043));

        assertThat(again.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.nameKey()).isEqualTo("calendar.break.AUTUMN");
            assertThat(c.blockedBy().id()).isEqualTo(custom);
        });
        assertThat(plan(2043).itemsOf(ItemKind.BREAK)).extracting(CalendarItem::code).doesNotContain("AUTUMN");
    }

    @Test
    void overlappingBreaksAreRefusedWithAClearMessageAndNothingIsSaved() {
        calendar.generate(SchoolYear.of(2044));
        YearPlan plan = plan(2044);
        CalendarItem autumn = item(plan, ItemKind.BREAK, "AUTUMN");
        int before = plan.items().size();

        assertThatThrownBy(() -> calendar.create(SchoolYear.of(2044), new ItemDraft(ItemKind.BREAK, "CUSTOM", "Krock",
                autumn.lastDay(), autumn.lastDay().plusDays(3), null, null, null, null, null, Set.of())))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("calendar.error.breakOverlap"));
        assertThat(plan(2044).items()).hasSize(before);
    }

    @Test
    void aBreakThatEndsBeforeItStartsIsRefusedAndTheOldDatesStay() {
        calendar.generate(SchoolYear.of(2045));
        CalendarItem autumn = item(plan(2045), ItemKind.BREAK, "AUTUMN");

        assertThatThrownBy(() -> calendar.update(autumn.id(), new ItemDraft(ItemKind.BREAK, "AUTUMN", null,
                autumn.lastDay(), autumn.firstDay().minusDays(1), null, null, null, null, null, Set.of()), autumn.version()))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("calendar.error.endBeforeStart"));
        CalendarItem after = item(plan(2045), ItemKind.BREAK, "AUTUMN");
        assertThat(after.firstDay()).isEqualTo(autumn.firstDay());
        assertThat(after.status()).isEqualTo(ItemStatus.PROPOSED);
    }

    @Test
    void twoCoordinatorsEditingTheSameItemDoNotLoseAnEdit() {
        calendar.generate(SchoolYear.of(2046));
        CalendarItem valborg = item(plan(2046), ItemKind.KEY_DATE, "WALPURGIS_EVE");
        ItemDraft first = new ItemDraft(ItemKind.KEY_DATE, "WALPURGIS_EVE", null, valborg.firstDay(), valborg.lastDay(),
                4, null, null, "Alby", null, Set.of());
        calendar.update(valborg.id(), first, valborg.version());

        ItemDraft second = new ItemDraft(ItemKind.KEY_DATE, "WALPURGIS_EVE", null, valborg.firstDay(),
                valborg.lastDay(), 5, null, null, "Fittja", null, Set.of());
        assertThatThrownBy(() -> calendar.update(valborg.id(), second, valborg.version()))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("error.changedByOthers"));
        CalendarItem after = item(plan(2046), ItemKind.KEY_DATE, "WALPURGIS_EVE");
        assertThat(after.riskLevel()).isEqualTo(4);
        assertThat(after.location()).isEqualTo("Alby");
    }

    @Test
    void anImportWithOneBadRowAddsNothingAndNamesTheRow() {
        SchoolYear year = SchoolYear.of(2047);
        calendar.generate(year);
        int before = plan(2047).items().size();
        List<ItemDraft> drafts = List.of(
                new ItemDraft(ItemKind.KEY_DATE, "CUSTOM", "Fotbollsturnering", LocalDate.of(2047, 9, 16),
                        LocalDate.of(2047, 9, 16), 3, null, null, null, null, Set.of()),
                new ItemDraft(ItemKind.DAY_OFF, "DAY_OFF", null, LocalDate.of(2047, 10, 10),
                        LocalDate.of(2047, 10, 9), null, null, null, null, null, Set.of()),
                new ItemDraft(ItemKind.MEETING, "COORDINATION", null, LocalDate.of(2047, 9, 20),
                        LocalDate.of(2047, 9, 20), null, LocalTime.of(9, 0), LocalTime.of(10, 0), "Tumba", null, Set.of()));

        assertThatThrownBy(() -> calendar.importItems(year, drafts))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.row()).isEqualTo(2);
                    assertThat(e.reason().messageKey()).isEqualTo("calendar.error.endBeforeStart");
                });
        assertThat(plan(2047).items()).hasSize(before);

        assertThat(calendar.importItems(year, List.of(drafts.getFirst(), drafts.getLast()))).isEqualTo(2);
        assertThat(plan(2047).items()).hasSize(before + 2)
                .filteredOn(i -> i.source() == ItemSource.IMPORT).allSatisfy(i -> assertThat(i.confirmed()).isTrue());
    }

    @Test
    void confirmingTheYearConfirmsTermsAndEveryProposal() {
        calendar.generate(SchoolYear.of(2048));
        int proposals = plan(2048).items().size();

        assertThat(calendar.confirmAll(SchoolYear.of(2048))).isEqualTo(proposals);

        YearPlan plan = plan(2048);
        assertThat(plan.termsStatus()).isEqualTo(ItemStatus.CONFIRMED);
        assertThat(plan.hasProposals()).isFalse();
    }

    @Test
    void anItemOutsideTheSchoolYearIsRefused() {
        calendar.generate(SchoolYear.of(2049));
        assertThatThrownBy(() -> calendar.create(SchoolYear.of(2049), new ItemDraft(ItemKind.KEY_DATE, "LUCIA", null,
                LocalDate.of(2049, 7, 31), LocalDate.of(2049, 7, 31), 2, null, null, null, null, Set.of())))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("calendar.error.outsideYear"));
    }

    @Test
    void theSummerBreakRunsUntilTheAutumnTermAndCanBeConfirmedByEditing() {
        calendar.generate(SchoolYear.of(2051));
        CalendarItem summer = item(plan(2051), ItemKind.BREAK, "SUMMER");
        assertThat(summer.lastDay().getMonthValue()).as("ends in August").isEqualTo(8);

        calendar.update(summer.id(), ItemDraft.of(summer), summer.version());

        assertThat(item(plan(2051), ItemKind.BREAK, "SUMMER").status()).isEqualTo(ItemStatus.CONFIRMED);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void aViewerReadsTheCalendarButCannotChangeIt() {
        assertThat(calendar.plan(calendar.currentYear())).as("the demo's current year").isPresent();
        assertThatThrownBy(() -> calendar.generate(SchoolYear.of(2050))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendar.renewFeedToken()).isInstanceOf(AccessDeniedException.class);
        assertThat(calendar.feedToken()).as("anyone signed in may subscribe").hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void theDemoHasLastAndThisYearPlannedAndConfirmed() {
        SchoolYear current = calendar.currentYear();
        assertThat(calendar.plan(current)).hasValueSatisfying(p -> assertThat(p.hasProposals()).isFalse());
        assertThat(calendar.plan(current.previous())).hasValueSatisfying(p -> assertThat(p.hasProposals()).isFalse());
    }
}
