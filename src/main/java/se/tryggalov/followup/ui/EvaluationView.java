package se.tryggalov.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.followup.Evaluation;
import se.tryggalov.followup.EvaluationService;
import se.tryggalov.followup.GrantBasis;
import se.tryggalov.followup.ObservationCategory;
import se.tryggalov.roster.WalkEvening;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.time.Zones;
import se.tryggalov.shared.ui.Notifications;

import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * After a break: planned, staffed and done, hours, organisations, no-shows and observations beside the same break
 * the two years before (a table), the notes on what worked, the break report as PDF; and the grant basis per
 * association and term (evenings, walkers, hours, each with its walk log), on screen and as PDF.
 */
@Route("evaluation")
@Menu(order = 62, icon = "vaadin:chart", title = "nav.evaluation")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
@StyleSheet("context://styles/followup.css")
public class EvaluationView extends Main implements HasDynamicTitle {

    /** A term: autumn (August–December) or spring (January–July). */
    record Term(LocalDate first, LocalDate last) {
    }

    private final EvaluationService evaluations;
    private final FollowupTexts texts;
    final Select<CalendarItem> breakChoice = new Select<>();
    final Div evaluation = new Div();
    final TextArea notes = new TextArea();
    final Select<Term> term = new Select<>();
    final Div grant = new Div();
    private Long breakId;

    EvaluationView(EvaluationService evaluations, Clock clock) {
        this.evaluations = evaluations;
        this.texts = FollowupTexts.of(this, getLocale());
        addClassNames("page", "followup");
        add(new H1(getTranslation("followup.evaluation.title")));
        breakChoice.setLabel(getTranslation("followup.evaluation.break"));
        breakChoice.setId("evaluation-break");
        List<CalendarItem> breaks = evaluations.breaks();
        breakChoice.setItems(breaks);
        breakChoice.setItemLabelGenerator(this::breakName);
        breakChoice.addValueChangeListener(e -> showEvaluation(e.getValue()));
        evaluation.setId("evaluation");
        notes.setLabel(getTranslation("followup.evaluation.notes"));
        notes.setHelperText(getTranslation("followup.evaluation.notesHelp"));
        notes.setId("evaluation-notes");
        notes.setMaxLength(4000);
        notes.setWidthFull();
        Button save = new Button(getTranslation("followup.evaluation.saveNotes"), e -> saveNotes());
        save.setId("evaluation-save-notes");
        Anchor report = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = evaluations.breakReport(breakId, getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "lovrapport.pdf", "application/pdf",
                    bytes.length);
        }), getTranslation("followup.evaluation.downloadReport"));
        report.setId("evaluation-report");
        Anchor yearReport = new Anchor(DownloadHandler.fromInputStream(event -> {
            SchoolYear year = SchoolYear.containing(breakChoice.getValue().firstDay());
            byte[] bytes = evaluations.yearReport(year, getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "arsrapport-" + year.startYear() + ".pdf",
                    "application/pdf", bytes.length);
        }), getTranslation("followup.evaluation.downloadYearReport"));
        yearReport.setId("evaluation-year-report");
        add(breakChoice, evaluation, notes, save, new Paragraph(report), new Paragraph(yearReport));

        add(new H2(getTranslation("followup.grant.heading")));
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        List<Term> terms = new ArrayList<>();
        for (int year = today.getYear(); year >= today.getYear() - 2; year--) {
            terms.add(new Term(LocalDate.of(year, 8, 1), LocalDate.of(year, 12, 31)));
            terms.add(new Term(LocalDate.of(year, 1, 1), LocalDate.of(year, 7, 31)));
        }
        terms.removeIf(t -> t.first().isAfter(today));
        term.setLabel(getTranslation("followup.grant.term"));
        term.setId("grant-term");
        term.setItems(terms);
        term.setItemLabelGenerator(t -> getTranslation(t.first().getMonthValue() == 8 ? "followup.grant.autumn"
                : "followup.grant.spring", String.valueOf(t.first().getYear())));
        term.addValueChangeListener(e -> showGrant(e.getValue()));
        grant.setId("grant");
        Anchor grantPdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            Term t = term.getValue();
            byte[] bytes = evaluations.grantBasisPdf(t.first(), t.last(), getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "bidragsunderlag.pdf", "application/pdf",
                    bytes.length);
        }), getTranslation("followup.grant.download"));
        grantPdf.setId("grant-pdf");
        add(term, grant, new Paragraph(grantPdf));
        if (!breaks.isEmpty()) {
            breakChoice.setValue(breaks.getFirst());
        }
        if (!terms.isEmpty()) {
            term.setValue(terms.getFirst());
        }
    }

    private String breakName(CalendarItem b) {
        return (b.title() != null ? b.title() : getTranslation(b.nameKey())) + " " + b.firstDay().getYear();
    }

    private void showEvaluation(CalendarItem chosen) {
        evaluation.removeAll();
        if (chosen == null) {
            return;
        }
        breakId = chosen.id();
        Evaluation e = evaluations.evaluation(chosen.id());
        List<String> heads = new ArrayList<>();
        heads.add("");
        e.columns().forEach(c -> heads.add(texts.period(c.period())));
        HtmlTable table = new HtmlTable(getTranslation("followup.evaluation.caption", breakName(chosen)), heads);
        NumberFormat decimal = NumberFormat.getNumberInstance(getLocale());
        decimal.setMaximumFractionDigits(1);
        row(table, e, "followup.evaluation.planned", c -> String.valueOf(c.plannedShifts()));
        row(table, e, "followup.evaluation.staffed", c -> String.valueOf(c.staffedShifts()));
        row(table, e, "followup.evaluation.logged", c -> String.valueOf(c.loggedShifts()));
        row(table, e, "followup.evaluation.hours", c -> decimal.format(c.hours()));
        row(table, e, "followup.evaluation.organisations", c -> String.valueOf(c.organisations()));
        row(table, e, "followup.evaluation.noShows", c -> String.valueOf(c.noShows()));
        row(table, e, "followup.evaluation.observations", c -> String.valueOf(c.observations()));
        for (ObservationCategory category : ObservationCategory.values()) {
            if (e.columns().stream().anyMatch(c -> c.byCategory().getOrDefault(category, 0) > 0)) {
                List<String> cells = new ArrayList<>();
                cells.add(texts.category(category));
                e.columns().forEach(c -> cells.add(String.valueOf(c.byCategory().getOrDefault(category, 0))));
                table.row(cells);
            }
        }
        evaluation.add(table.component("evaluation-table"));
        evaluation.add(bars("evaluation-chart-observations", "followup.evaluation.chartObservations", e,
                c -> c.observations(), c -> String.valueOf(c.observations())));
        evaluation.add(bars("evaluation-chart-hours", "followup.evaluation.chartHours", e,
                c -> c.hours().doubleValue(), c -> decimal.format(c.hours())));
        notes.setValue(e.notes());
    }

    /**
     * A bar per period (this break, then the years before): each row says its period and value in words, so the
     * bars themselves are hidden from screen readers and the table above is the full text alternative. The bars
     * differ in length only, so they read in grey and print.
     */
    private Div bars(String id, String titleKey, Evaluation e, java.util.function.ToDoubleFunction<Evaluation.Column> value,
                     Function<Evaluation.Column, String> shown) {
        Div chart = new Div();
        chart.setId(id);
        chart.addClassName("followup-bars");
        chart.add(new H3(getTranslation(titleKey)));
        double max = e.columns().stream().mapToDouble(value).max().orElse(0);
        for (Evaluation.Column c : e.columns()) {
            Div row = new Div();
            row.addClassName("followup-bar-row");
            row.add(new Span(getTranslation("followup.evaluation.barLabel", texts.period(c.period()), shown.apply(c))));
            Div bar = new Div();
            bar.addClassName("followup-bar");
            bar.getElement().setAttribute("aria-hidden", "true");
            double share = max <= 0 ? 0 : value.applyAsDouble(c) / max;
            bar.getStyle().set("width", String.format(java.util.Locale.ROOT, "%.1f%%", share * 100));
            row.add(bar);
            chart.add(row);
        }
        return chart;
    }

    private void row(HtmlTable table, Evaluation e, String key, Function<Evaluation.Column, String> value) {
        List<String> cells = new ArrayList<>();
        cells.add(getTranslation(key));
        e.columns().forEach(c -> cells.add(value.apply(c)));
        table.row(cells);
    }

    private void saveNotes() {
        if (breakId == null) {
            return;
        }
        try {
            evaluations.saveNotes(breakId, notes.getValue());
            Notifications.success(getTranslation("followup.evaluation.notesSaved"));
        } catch (UserMessageException ex) {
            Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
        }
    }

    private void showGrant(Term chosen) {
        grant.removeAll();
        if (chosen == null) {
            return;
        }
        GrantBasis basis = evaluations.grantBasis(chosen.first(), chosen.last());
        if (basis.associations().isEmpty()) {
            grant.add(new Paragraph(getTranslation("followup.grant.none")));
            return;
        }
        NumberFormat decimal = NumberFormat.getNumberInstance(getLocale());
        decimal.setMaximumFractionDigits(2);
        HtmlTable table = new HtmlTable(getTranslation("followup.grant.caption"), List.of(
                getTranslation("followup.grant.association"), getTranslation("followup.grant.evenings"),
                getTranslation("followup.grant.walkersPerEvening"), getTranslation("followup.evaluation.hours"),
                getTranslation("followup.grant.lackingShort")));
        for (GrantBasis.Association a : basis.associations()) {
            table.row(List.of(a.name(), String.valueOf(a.evenings()), decimal.format(a.walkersPerEvening()),
                    decimal.format(a.hours()), a.lackingLog().stream().map(WalkEvening::day).map(LocalDate::toString)
                            .reduce((x, y) -> x + ", " + y).orElse("–")));
        }
        grant.add(table.component("grant-table"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followup.evaluation.title");
    }
}
