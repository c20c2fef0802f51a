package se.tryggalov.coverage.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import se.tryggalov.shared.ui.ScrollRegion;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.coverage.CoverageCell;
import se.tryggalov.coverage.CoverageExportService;
import se.tryggalov.coverage.CoverageGrid;
import se.tryggalov.coverage.CoverageHistory;
import se.tryggalov.coverage.CoverageService;
import se.tryggalov.partner.OrganisationDetail;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.ui.Chart;
import se.tryggalov.shared.ui.Notifications;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The steering group's dashboard for a break, a high-risk date or the school year, all from the one read model: a
 * date × district heat map of coverage against need (one colour scale from dark = uncovered to light = covered,
 * which reads in grey too, with the numbers in every cell; the table is its own text alternative), the gaps riskiest
 * first each with its actions (open for sign-up, run the solver on the evening, ask a partner by e-mail), what each
 * organisation contributes, the spread of evenings over people, and the exports. {@code ?period=<id>|year}.
 */
@Route("dashboard")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
@Menu(order = 1, icon = "vaadin:dashboard", title = "nav.dashboard")
@StyleSheet("context://styles/coverage.css")
public class DashboardView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /** The gap list shows at most this many, riskiest first. */
    static final int MAX_GAPS = 40;
    /** Five steps of coverage share; step 0 (nothing) darkest. Lightness alone orders them, so grey print works. */
    static final int STEPS = 5;
    /** The heat map's colours per step (as in coverage.css) and the text colour on each. */
    static final List<String> STEP_COLOURS = List.of("#4a0d0d", "#a63a1f", "#e07b39", "#f6c98a", "#fdf3e1");
    static final List<String> STEP_TEXT = List.of("#ffffff", "#ffffff", "#000000", "#000000", "#000000");
    /** The heat map is drawn as a chart for periods up to this many evenings; the school year keeps the table. */
    static final int MAX_CHART_DAYS = 45;

    record Choice(SchoolYear year, CalendarItem item, String label) {
    }

    private final CoverageService coverage;
    private final CoverageExportService exports;
    final Select<Choice> period = new Select<>();
    final Paragraph summary = new Paragraph();
    final Div heat = new Div();
    final OrderedList gaps = new OrderedList();
    final Div contributions = new Div();
    final Paragraph fairness = new Paragraph();
    final Div fairnessDetail = new Div();
    final Div growth = new Div();
    final Div downloads = new Div();
    final Chart heatChart = new Chart(300);
    final Chart contributionChart = new Chart(240);
    final Chart fairnessChart = new Chart(240);
    final Chart growthChart = new Chart(260);
    private final CoverageHistory history;
    private CoverageGrid grid;
    private final DateTimeFormatter dayFormat;

    DashboardView(CoverageService coverage, CoverageExportService exports, CalendarService calendar,
                  CoverageHistory history) {
        this.coverage = coverage;
        this.history = history;
        this.exports = exports;
        this.dayFormat = DateTimeFormatter.ofPattern("EEE d MMM", getLocale());
        addClassNames("page", "dashboard");
        add(new H1(getTranslation("coverage.dashboard.title")));
        List<Choice> choices = new ArrayList<>();
        SchoolYear current = calendar.currentYear();
        for (SchoolYear year : List.of(current, current.next())) {
            if (calendar.plan(year).isEmpty()) {
                continue;
            }
            choices.add(new Choice(year, null, getTranslation("coverage.period.year", year.label())));
            for (CalendarItem item : coverage.periods(year)) {
                String name = item.nameKey() == null ? item.title() : getTranslation(item.nameKey());
                choices.add(new Choice(year, item, name + " " + year.label().substring(0, 4) + " ("
                        + DateTimeFormatter.ofPattern("d MMM", getLocale()).format(item.firstDay()) + ")"));
            }
        }
        period.setId("dashboard-period");
        period.setLabel(getTranslation("coverage.view.period"));
        period.setItems(choices);
        period.setItemLabelGenerator(Choice::label);
        period.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                show();
            }
        });
        summary.setId("dashboard-summary");
        heat.setId("heat-map");
        heat.addClassName("heat-wrap");
        ScrollRegion.mark(heat, getTranslation("coverage.dashboard.heat"));
        gaps.setId("gap-list");
        gaps.addClassName("gap-list");
        fairness.setId("fairness");
        fairnessDetail.setId("fairness-detail");
        growth.setId("growth");
        downloads.addClassName("cover-controls");
        heatChart.setId("heat-chart");
        contributionChart.setId("contribution-chart");
        fairnessChart.setId("fairness-chart");
        growthChart.setId("growth-chart");
        add(period, summary, section("coverage.dashboard.heat", heatChart, ScrollRegion.hint(), heat, legend()),
                section("coverage.dashboard.gaps", gaps),
                section("coverage.dashboard.contributions", contributionChart, contributions),
                section("coverage.dashboard.fairness", fairnessChart, fairness, fairnessDetail),
                section("coverage.dashboard.growth", growthChart, growth),
                section("coverage.dashboard.exports", downloads));
        if (!choices.isEmpty()) {
            // the next break by default
            Choice first = coverage.nextPeriod().flatMap(p -> choices.stream().filter(c -> c.item() != null
                    && p.item() != null && c.item().id() == p.item().id()).findFirst()).orElse(choices.getFirst());
            period.setValue(first);
        }
    }

    private Section section(String titleKey, com.vaadin.flow.component.Component... content) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.add(content);
        return section;
    }

    private Paragraph legend() {
        Paragraph legend = new Paragraph();
        legend.addClassName("heat-legend");
        legend.add(new Text(getTranslation("coverage.dashboard.legend") + " "));
        for (int step = 0; step < STEPS; step++) {
            Span swatch = new Span(getTranslation("coverage.dashboard.step." + step));
            swatch.addClassNames("heat", "heat-" + step);
            legend.add(swatch);
        }
        return legend;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("period").ifPresent(id ->
                period.getListDataView().getItems().filter(c -> c.item() != null
                        ? String.valueOf(c.item().id()).equals(id) : "year".equals(id)).findFirst()
                        .ifPresent(period::setValue));
        show();
    }

    void show() {
        Choice chosen = period.getValue();
        heat.removeAll();
        gaps.removeAll();
        contributions.removeAll();
        fairnessDetail.removeAll();
        growth.removeAll();
        downloads.removeAll();
        for (Chart chart : List.of(heatChart, contributionChart, fairnessChart, growthChart)) {
            chart.setVisible(false);
        }
        if (chosen == null) {
            summary.setText(getTranslation("coverage.dashboard.noYear"));
            return;
        }
        try {
            grid = coverage.grid(chosen.year(), chosen.item() == null ? null : chosen.item().id());
        } catch (UserMessageException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            return;
        }
        summary.setText(getTranslation("coverage.summary", grid.covered(), grid.need(), grid.gapUnits(),
                grid.seatsBooked(), grid.seatsNeeded()) + " " + getTranslation("coverage.dashboard.weighted",
                grid.weightedNeed() - grid.weightedGap(), grid.weightedNeed()));
        heat.add(heatMap(grid));
        heatChart(grid);
        List<CoverageCell> all = grid.gaps();
        all.stream().limit(MAX_GAPS).forEach(g -> gaps.add(gap(chosen, g)));
        if (all.isEmpty()) {
            gaps.add(new ListItem(getTranslation("coverage.dashboard.noGaps")));
        } else if (all.size() > MAX_GAPS) {
            gaps.add(new ListItem(getTranslation("coverage.dashboard.moreGaps", all.size() - MAX_GAPS)));
        }
        contributions.add(contributionTable(grid));
        contributionChart(grid);
        CoverageService.Fairness f = coverage.fairness(grid.firstDay(), grid.lastDay());
        fairness.setText(f.people() == 0 ? getTranslation("coverage.dashboard.fairnessNone")
                : getTranslation("coverage.dashboard.fairnessText", f.people(), f.medianEvenings(), f.maxEvenings(),
                f.highRiskPeople(), f.maxHighRisk()));
        if (f.people() > 0) {
            fairnessDetail.add(fairnessTable(f));
            fairnessChart(f);
        }
        if (chosen.item() != null) {
            List<CoverageHistory.Point> points = history.growth(chosen.year(), chosen.item().id());
            if (points.isEmpty()) {
                growth.add(new Paragraph(getTranslation("coverage.dashboard.growthNone")));
            } else {
                growth.add(growthTable(points));
                growthChart(points);
            }
        } else {
            growth.add(new Paragraph(getTranslation("coverage.dashboard.growthBreakOnly")));
        }
        if (chosen.item() != null) {
            downloads.add(download("xlsx", "coverage.dashboard.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    () -> exports.xlsx(chosen.year(), chosen.item().id(), getLocale())));
            downloads.add(download("csv", "coverage.dashboard.csv", "text/csv;charset=utf-8",
                    () -> exports.csv(chosen.year(), chosen.item().id(), getLocale())));
            downloads.add(download("pdf", "coverage.dashboard.pdf", "application/pdf",
                    () -> exports.pdf(chosen.year(), chosen.item().id(), getLocale())));
        } else {
            downloads.add(new Paragraph(getTranslation("coverage.dashboard.exportsBreakOnly")));
        }
    }

    private Anchor download(String extension, String labelKey, String type, Supplier<byte[]> bytes) {
        Choice chosen = period.getValue();
        String name = "bemanning-" + chosen.item().firstDay() + "." + extension;
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] data = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(data), name, type, data.length);
        }), getTranslation(labelKey));
        anchor.setId("download-" + extension);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    /** Coverage share → step 0..4 (0: nothing of a need covered, 4: all); -1 when nothing is needed. */
    static int step(CoverageCell cell) {
        if (cell.need() == 0) {
            return -1;
        }
        return Math.min(STEPS - 1, cell.percent() * (STEPS - 1) / 100);
    }

    private NativeTable heatMap(CoverageGrid grid) {
        NativeTable table = new NativeTable();
        table.addClassName("heat-map");
        table.getElement().appendChild(new com.vaadin.flow.dom.Element("caption")
                .setText(getTranslation("coverage.dashboard.heatCaption")));
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow header = new NativeTableRow();
        header.add(scoped(new NativeTableHeaderCell(getTranslation("coverage.col.date")), "col"));
        header.add(scoped(new NativeTableHeaderCell(getTranslation("coverage.col.risk")), "col"));
        grid.districts().forEach(d -> header.add(scoped(new NativeTableHeaderCell(d.name()), "col")));
        head.add(header);
        NativeTableBody body = new NativeTableBody();
        for (var day : grid.days()) {
            NativeTableRow row = new NativeTableRow();
            List<CoverageCell> cells = grid.districts().stream().map(d -> grid.cell(day, d.id()).orElseThrow())
                    .toList();
            row.add(scoped(new NativeTableHeaderCell(dayFormat.format(day)), "row"));
            row.add(new NativeTableCell(String.valueOf(cells.getFirst().riskLevel())));
            for (CoverageCell c : cells) {
                NativeTableCell cell = new NativeTableCell();
                int step = step(c);
                cell.addClassNames("heat", step < 0 ? "heat-none" : "heat-" + step);
                cell.setText(cellText(c));
                cell.getElement().setAttribute("title", getTranslation("coverage.view.cellSummary", c.covered(),
                        c.need(), c.gap()));
                row.add(cell);
            }
            body.add(row);
        }
        table.add(head, body);
        return table;
    }

    private static <T extends com.vaadin.flow.component.Component> T scoped(T cell, String scope) {
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }

    private ListItem gap(Choice chosen, CoverageCell g) {
        ListItem item = new ListItem();
        item.addClassName("gap");
        item.setId("gap-" + g.date() + "-" + g.districtId());
        item.add(new H3(getTranslation("coverage.dashboard.gapTitle", dayFormat.format(g.date()), g.districtName(),
                g.riskLevel())));
        item.add(new Paragraph(getTranslation("coverage.dashboard.gapText", g.covered(), g.need(), g.gap(),
                g.shortGroups(), g.emptyGroups())));
        Button open = new Button(getTranslation("coverage.dashboard.open", g.openable().size()));
        open.addClassName("gap-open");
        open.setEnabled(!g.openable().isEmpty());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> act(() -> getTranslation("coverage.dashboard.opened",
                coverage.openForSignup(g))));
        Button solve = new Button(getTranslation("coverage.dashboard.solve"));
        solve.addClassName("gap-solve");
        solve.addClickListener(e -> act(() -> {
            coverage.solveEvening(chosen.year(), g.date());
            return getTranslation("coverage.dashboard.solving");
        }));
        Button ask = new Button(getTranslation("coverage.dashboard.ask"));
        ask.addClassName("gap-ask");
        ask.addClickListener(e -> askDialog(g));
        Div actions = new Div(open, solve, ask);
        actions.addClassName("gap-actions");
        item.add(actions);
        return item;
    }

    private void act(Supplier<String> action) {
        try {
            Notifications.success(action.get());
            show();
        } catch (UserMessageException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void askDialog(CoverageCell g) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("coverage.dashboard.askTitle", g.districtName(),
                dayFormat.format(g.date())));
        List<OrganisationDetail> candidates = coverage.partnersToAsk(g.districtId());
        if (candidates.isEmpty()) {
            dialog.add(new Paragraph(getTranslation("coverage.dashboard.askNone")));
        } else {
            Select<OrganisationDetail> organisation = new Select<>();
            organisation.setLabel(getTranslation("coverage.col.organisation"));
            organisation.setItems(candidates);
            organisation.setItemLabelGenerator(OrganisationDetail::name);
            organisation.setValue(candidates.getFirst());
            organisation.setId("ask-organisation");
            dialog.add(new Paragraph(getTranslation("coverage.dashboard.askIntro")), organisation);
            Button send = new Button(getTranslation("coverage.dashboard.askSend"), e -> {
                try {
                    String who = coverage.askPartner(organisation.getValue().id(), g);
                    Notifications.success(getTranslation("coverage.dashboard.asked", who));
                    dialog.close();
                } catch (UserMessageException ex) {
                    Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
                }
            });
            send.setId("ask-send");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(send);
        }
        dialog.getFooter().add(new Button(getTranslation("coverage.dashboard.close"), e -> dialog.close()));
        dialog.open();
    }

    private NativeTable contributionTable(CoverageGrid grid) {
        NativeTable table = new NativeTable();
        table.addClassName("data-table");
        table.setId("contributions");
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow header = new NativeTableRow();
        for (String key : List.of("coverage.col.organisation", "coverage.dashboard.evenings",
                "coverage.dashboard.units", "coverage.dashboard.hours")) {
            header.add(scoped(new NativeTableHeaderCell(getTranslation(key)), "col"));
        }
        head.add(header);
        NativeTableBody body = new NativeTableBody();
        for (CoverageGrid.Contribution c : grid.contributions()) {
            NativeTableRow row = new NativeTableRow();
            row.add(scoped(new NativeTableHeaderCell(c.organisationName()), "row"),
                    new NativeTableCell(String.valueOf(c.evenings())), new NativeTableCell(String.valueOf(c.units())),
                    new NativeTableCell(String.format(getLocale(), "%.1f", c.hours())));
            body.add(row);
        }
        table.add(head, body);
        return table;
    }

    // ---- charts: each is aria-hidden; the table or text next to it carries the same figures ----------------------

    /** The label of a heat-map cell, the same text in the chart and the table. */
    static String cellText(CoverageCell c) {
        return c.need() == 0 ? (c.covered() == 0 ? "–" : "+" + c.covered()) : c.covered() + "/" + c.need();
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private void heatChart(CoverageGrid grid) {
        if (grid.days().isEmpty() || grid.days().size() > MAX_CHART_DAYS) {
            return;
        }
        List<String> days = grid.days().stream().map(dayFormat::format).toList();
        List<String> districts = grid.districts().stream().map(CoverageGrid.District::name).toList();
        List<Object> data = new ArrayList<>();
        for (int y = 0; y < grid.days().size(); y++) {
            for (int x = 0; x < grid.districts().size(); x++) {
                CoverageCell c = grid.cell(grid.days().get(y), grid.districts().get(x).id()).orElseThrow();
                int step = step(c);
                data.add(map("value", List.of(x, y, step),
                        "label", map("formatter", cellText(c), "color", step < 0 ? "#555555" : STEP_TEXT.get(step))));
            }
        }
        List<Object> pieces = new ArrayList<>();
        pieces.add(map("value", -1, "color", "#f4f4f4"));
        for (int step = 0; step < STEPS; step++) {
            pieces.add(map("value", step, "color", STEP_COLOURS.get(step)));
        }
        heatChart.setHeight(70 + 28 * days.size());
        heatChart.setOption(map(
                "grid", map("left", 4, "right", 4, "top", 28, "bottom", 4, "containLabel", true),
                "xAxis", map("type", "category", "data", districts, "position", "top",
                        "axisLabel", map("interval", 0, "width", 64, "overflow", "truncate"),
                        "splitArea", map("show", false)),
                "yAxis", map("type", "category", "data", days, "inverse", true),
                "narrowXAxisLabel", map("rotate", 45, "width", 90),
                "visualMap", map("type", "piecewise", "show", false, "dimension", 2, "pieces", pieces),
                "series", List.of(map("type", "heatmap", "data", data,
                        "label", map("show", true, "fontSize", 11),
                        "itemStyle", map("borderColor", "#ffffff", "borderWidth", 1)))));
        heatChart.setVisible(true);
    }

    private void contributionChart(CoverageGrid grid) {
        List<CoverageGrid.Contribution> rows = grid.contributions();
        if (rows.isEmpty()) {
            return;
        }
        List<String> names = rows.stream().map(CoverageGrid.Contribution::organisationName).toList();
        contributionChart.setHeight(80 + 44 * rows.size());
        contributionChart.setOption(map(
                "grid", map("left", 4, "right", 36, "top", 36, "bottom", 24, "containLabel", true),
                "legend", map("top", 0),
                "tooltip", map("trigger", "axis"),
                "xAxis", List.of(map("type", "value", "name", getTranslation("coverage.dashboard.hours"),
                                "nameLocation", "middle", "nameGap", 22),
                        map("type", "value", "position", "top", "show", false)),
                "yAxis", map("type", "category", "data", names, "inverse", true,
                        "axisLabel", map("width", 130, "overflow", "truncate")),
                "series", List.of(
                        map("type", "bar", "name", getTranslation("coverage.dashboard.hours"), "xAxisIndex", 0,
                                "data", rows.stream().map(CoverageGrid.Contribution::hours).toList(),
                                "itemStyle", map("color", "#1f4e79"),
                                "label", map("show", true, "position", "right")),
                        map("type", "bar", "name", getTranslation("coverage.dashboard.evenings"), "xAxisIndex", 1,
                                "data", rows.stream().map(CoverageGrid.Contribution::evenings).toList(),
                                "itemStyle", map("color", "#9ecae1", "borderColor", "#1f4e79", "borderWidth", 1),
                                "label", map("show", true, "position", "right")))));
        contributionChart.setVisible(true);
    }

    private NativeTable fairnessTable(CoverageService.Fairness f) {
        NativeTable table = new NativeTable();
        table.addClassName("data-table");
        table.setId("fairness-table");
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow header = new NativeTableRow();
        for (String key : List.of("coverage.dashboard.eveningsEach", "coverage.dashboard.peopleWith",
                "coverage.dashboard.peopleWithHighRisk")) {
            header.add(scoped(new NativeTableHeaderCell(getTranslation(key)), "col"));
        }
        head.add(header);
        NativeTableBody body = new NativeTableBody();
        for (int n = 1; n <= f.maxEvenings(); n++) {
            NativeTableRow row = new NativeTableRow();
            row.add(scoped(new NativeTableHeaderCell(String.valueOf(n)), "row"),
                    new NativeTableCell(String.valueOf(f.byEvenings().get(n - 1))),
                    new NativeTableCell(String.valueOf(f.byHighRisk().get(n - 1))));
            body.add(row);
        }
        table.add(head, body);
        return table;
    }

    private void fairnessChart(CoverageService.Fairness f) {
        List<String> evenings = new ArrayList<>();
        for (int n = 1; n <= f.maxEvenings(); n++) {
            evenings.add(String.valueOf(n));
        }
        fairnessChart.setOption(map(
                "grid", map("left", 4, "right", 8, "top", 36, "bottom", 28, "containLabel", true),
                "legend", map("top", 0),
                "tooltip", map("trigger", "axis"),
                "xAxis", map("type", "category", "data", evenings,
                        "name", getTranslation("coverage.dashboard.eveningsEach"), "nameLocation", "middle",
                        "nameGap", 24),
                "yAxis", map("type", "value", "minInterval", 1),
                "series", List.of(
                        map("type", "bar", "name", getTranslation("coverage.dashboard.peopleWith"),
                                "data", f.byEvenings(), "itemStyle", map("color", "#1f4e79"),
                                "label", map("show", true, "position", "top")),
                        map("type", "bar", "name", getTranslation("coverage.dashboard.peopleWithHighRisk"),
                                "data", f.byHighRisk(),
                                "itemStyle", map("color", "#9ecae1", "borderColor", "#1f4e79", "borderWidth", 1),
                                "label", map("show", true, "position", "top")))));
        fairnessChart.setVisible(true);
    }

    private NativeTable growthTable(List<CoverageHistory.Point> points) {
        NativeTable table = new NativeTable();
        table.addClassName("data-table");
        table.setId("growth-table");
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow header = new NativeTableRow();
        for (String key : List.of("coverage.col.date", "coverage.dashboard.daysBefore", "coverage.col.covered",
                "coverage.dashboard.coveredPercent", "coverage.col.seatsBooked", "coverage.dashboard.bookedPercent")) {
            header.add(scoped(new NativeTableHeaderCell(getTranslation(key)), "col"));
        }
        head.add(header);
        NativeTableBody body = new NativeTableBody();
        for (CoverageHistory.Point p : points.reversed()) {
            NativeTableRow row = new NativeTableRow();
            row.add(scoped(new NativeTableHeaderCell(dayFormat.format(p.takenOn())), "row"),
                    new NativeTableCell(String.valueOf(p.daysBefore())),
                    new NativeTableCell(p.covered() + "/" + p.need()),
                    new NativeTableCell(p.percent() + " %"),
                    new NativeTableCell(p.seatsBooked() + "/" + p.seatsNeeded()),
                    new NativeTableCell(p.bookedPercent() + " %"));
            body.add(row);
        }
        table.add(head, body);
        return table;
    }

    private void growthChart(List<CoverageHistory.Point> points) {
        growthChart.setOption(map(
                "grid", map("left", 4, "right", 16, "top", 36, "bottom", 28, "containLabel", true),
                "legend", map("top", 0),
                "tooltip", map("trigger", "axis"),
                "xAxis", map("type", "value", "inverse", true, "minInterval", 1,
                        "name", getTranslation("coverage.dashboard.daysBefore"), "nameLocation", "middle",
                        "nameGap", 24),
                "yAxis", map("type", "value", "min", 0, "max", 100,
                        "axisLabel", map("formatter", "{value} %")),
                "series", List.of(
                        map("type", "line", "name", getTranslation("coverage.dashboard.coveredPercent"),
                                "data", points.stream().map(p -> List.of(p.daysBefore(), p.percent())).toList(),
                                "lineStyle", map("color", "#1f4e79", "width", 3),
                                "itemStyle", map("color", "#1f4e79"), "symbol", "circle"),
                        map("type", "line", "name", getTranslation("coverage.dashboard.bookedPercent"),
                                "data", points.stream().map(p -> List.of(p.daysBefore(), p.bookedPercent()))
                                        .toList(),
                                "lineStyle", map("color", "#6b6b6b", "width", 2, "type", "dashed"),
                                "itemStyle", map("color", "#6b6b6b"), "symbol", "triangle"))));
        growthChart.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coverage.dashboard.title") + " – " + getTranslation("app.name");
    }

}
