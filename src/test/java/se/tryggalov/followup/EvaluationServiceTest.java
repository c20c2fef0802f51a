package se.tryggalov.followup;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.calendar.BreakKind;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.roster.WalkEvening;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.i18n.UserMessageException;

import java.io.IOException;
import java.text.NumberFormat;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.tryggalov.jooq.Tables.SHIFT;
import static se.tryggalov.jooq.Tables.SHIFT_ASSIGNMENT;
import static se.tryggalov.jooq.Tables.VOLUNTEER_ORGANISATION;
import static se.tryggalov.jooq.Tables.WALK_LOG;

/**
 * The demo's last sportlov (walked and logged by the demo data): its evaluation beside the year before, the break
 * report and the grant basis as PDFs whose extracted text holds the figures.
 */
@IntegrationTest
class EvaluationServiceTest {

    @Autowired
    EvaluationService evaluations;
    @Autowired
    CalendarService calendar;
    @Autowired
    SystemAuthentication system;
    @Autowired
    DSLContext dsl;

    private CalendarItem demoSportlov() {
        SchoolYear last = system.callAs(() -> calendar.currentYear().previous(), Role.COORDINATOR);
        return system.callAs(() -> calendar.plan(last).orElseThrow().itemsOf(ItemKind.BREAK).stream()
                .filter(b -> b.code().equals(BreakKind.WINTER_SPORTS.name())).findFirst().orElseThrow(),
                Role.COORDINATOR);
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return text.toString();
    }

    @Test
    void theBreakReportOfTheDemoSportlovHoldsItsFiguresBesideTheYearBefore() throws IOException {
        CalendarItem sportlov = demoSportlov();
        Evaluation evaluation = system.callAs(() -> evaluations.evaluation(sportlov.id()), Role.COORDINATOR);
        assertThat(evaluation.columns()).as("this sportlov and the one the year before").hasSize(2);
        Evaluation.Column now = evaluation.columns().get(0);
        Evaluation.Column before = evaluation.columns().get(1);
        assertThat(before.period().first()).isBefore(now.period().first());
        assertThat(now.loggedShifts()).isPositive();
        assertThat(now.hours()).isPositive();
        assertThat(now.observations()).isPositive();
        assertThat(evaluation.notes()).contains("Alby");

        String text = text(system.callAs(() -> evaluations.breakReport(sportlov.id(), Translations.SWEDISH),
                Role.COORDINATOR));
        NumberFormat decimal = NumberFormat.getNumberInstance(Translations.SWEDISH);
        decimal.setMaximumFractionDigits(1);
        assertThat(text).contains("Lovrapport: Sportlov " + sportlov.firstDay().getYear(),
                now.period().first().getYear() + " (" + now.observations() + ")",
                "Glaskross vid badplatserna", "Åtgärdsplanen under lovet", "Genomförd");
        // the extractor drops the space between table cells now and then: compare the rows without spaces
        assertThat(text.replaceAll("\\s+", "")).contains(
                "Planeradepass" + now.plannedShifts() + before.plannedShifts(),
                "Nattvandringarmedlogg" + now.loggedShifts() + before.loggedShifts(),
                "Timmar" + decimal.format(now.hours()) + decimal.format(before.hours()),
                "Observationer" + now.observations() + before.observations(),
                "FlervuxnauteiAlbyochFittjapåsportlovetsfredagar"); // a cell that wraps
    }

    @Test
    void theGrantBasisCountsOnlyEveningsWithALogAndListsTheOthers() throws IOException {
        CalendarItem sportlov = demoSportlov();
        LocalDate first = LocalDate.of(sportlov.firstDay().getYear(), 1, 1);
        LocalDate last = LocalDate.of(sportlov.firstDay().getYear(), 7, 31);
        GrantBasis basis = system.callAs(() -> evaluations.grantBasis(first, last), Role.COORDINATOR);
        GrantBasis.Association walkers = basis.associations().stream().filter(a -> a.evenings() > 0)
                .filter(a -> !a.lackingLog().isEmpty()).findFirst().orElseThrow();

        // counted straight from the logbook: evenings with a filed log on which the association's members came
        int evenings = dsl.select(DSL.countDistinct(SHIFT.DAY)).from(WALK_LOG)
                .join(SHIFT).on(SHIFT.ID.eq(WALK_LOG.SHIFT_ID))
                .join(SHIFT_ASSIGNMENT).on(SHIFT_ASSIGNMENT.SHIFT_ID.eq(SHIFT.ID))
                .join(VOLUNTEER_ORGANISATION).on(VOLUNTEER_ORGANISATION.USER_ID.eq(SHIFT_ASSIGNMENT.USER_ID))
                .where(SHIFT.DAY.between(first, last).and(SHIFT_ASSIGNMENT.CHECKED_IN_AT.isNotNull())
                        .and(VOLUNTEER_ORGANISATION.ORGANISATION_ID.eq(walkers.organisationId())))
                .fetchSingle().value1();
        assertThat(walkers.evenings()).isEqualTo(evenings);
        assertThat(walkers.walked()).allSatisfy(e -> assertThat(e.walkLogId()).isNotNull());
        assertThat(walkers.lackingLog()).allSatisfy(e -> assertThat(e.walkLogId()).isNull());

        String text = text(system.callAs(() -> evaluations.grantBasisPdf(first, last, Translations.SWEDISH),
                Role.COORDINATOR));
        NumberFormat decimal = NumberFormat.getNumberInstance(Translations.SWEDISH);
        decimal.setMaximumFractionDigits(2);
        assertThat(text).contains(walkers.name(), "Kvällar: " + walkers.evenings() + ", vandrare per kväll: "
                + decimal.format(walkers.walkersPerEvening()) + ", timmar: " + decimal.format(walkers.hours()));
        for (WalkEvening e : walkers.walked()) {
            assertThat(text).contains(e.day() + " " + e.districtName() + " " + e.present() + " "
                    + decimal.format(e.hours()) + " #" + e.walkLogId());
        }
        assertThat(text).contains("Kvällar utan logg (" + walkers.lackingLog().size() + ")",
                "• " + walkers.lackingLog().getFirst().day() + " " + walkers.lackingLog().getFirst().districtName());
    }

    /**
     * The yearly report of the demo's last school year: each break of the year with the figures its own evaluation
     * gives, and the year beside the two before; a year that has not begun is refused.
     */
    @Test
    void theYearlyReportHoldsEachBreakOfTheYearAndTheYearBesideTheTwoBefore() throws IOException {
        CalendarItem sportlov = demoSportlov();
        SchoolYear year = SchoolYear.containing(sportlov.firstDay());
        Evaluation.Column lov = system.callAs(() -> evaluations.evaluation(sportlov.id()), Role.COORDINATOR)
                .columns().getFirst();

        String text = text(system.callAs(() -> evaluations.yearReport(year, Translations.SWEDISH),
                Role.COORDINATOR));

        assertThat(text).contains("Årsrapport: läsåret " + year.label(), "Lov för lov",
                "Åtgärdsplanen under läsåret");
        String compact = text.replaceAll("\\s+", "");
        assertThat(compact).contains(year.label() + year.previous().label() + year.previous().previous().label());
        NumberFormat decimal = NumberFormat.getNumberInstance(Translations.SWEDISH);
        decimal.setMaximumFractionDigits(1);
        assertThat(compact).contains("Sportlov" + lov.plannedShifts() + lov.staffedShifts() + lov.loggedShifts()
                + decimal.format(lov.hours()) + lov.observations());
        assertThatThrownBy(() -> system.callAs(() -> evaluations.yearReport(year.next().next(),
                Translations.SWEDISH), Role.COORDINATOR))
                .isInstanceOfSatisfying(UserMessageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("followup.report.error.year"));
    }

    @Test
    void notesAboutPeopleAreRefused() {
        CalendarItem sportlov = demoSportlov();
        assertThatThrownBy(() -> system.runAs(() -> evaluations.saveNotes(sportlov.id(),
                "Ring Kim på 070-123 45 67"), Role.COORDINATOR))
                .isInstanceOfSatisfying(UserMessageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.phoneInText"));
        assertThat(system.callAs(() -> evaluations.evaluation(sportlov.id()), Role.COORDINATOR).notes())
                .contains("Glaskross");
    }
}
