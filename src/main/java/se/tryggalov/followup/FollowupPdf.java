package se.tryggalov.followup;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.roster.WalkEvening;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The follow-up documents as A4 PDFs (OpenPDF, the embedded Liberation Sans font it ships): the break report for the
 * steering group (evaluation beside the two years before, a bar chart of observations, the situational picture of
 * the break, the notes) and the grant basis per association (evenings, walkers, hours, each with its walk log's
 * number; evenings without a log listed apart).
 */
final class FollowupPdf {

    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color RULE = new Color(0xcc, 0xcc, 0xcc);
    private static final Color BAR = new Color(0x1a, 0x5f, 0xb4);

    /** The report's language and its translations. */
    record Texts(Locale locale, BiFunction<String, Object[], String> translator) {

        String t(String key, Object... args) {
            return translator.apply(key, args);
        }
    }

    private FollowupPdf() {
    }

    static byte[] breakReport(CalendarItem brk, Evaluation evaluation, SituationPicture picture,
                              List<Measure> measures, java.util.Map<Long, String> owners, Texts texts,
                              LocalDate today) {
        Fonts f = new Fonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String name = breakName(brk, texts);
        Opened opened = open(out, texts, texts.t("followup.report.breakTitle", name, brk.firstDay().getYear()));
        Document document = opened.document();
        PdfWriter writer = opened.writer();
        document.add(new Paragraph(texts.t("followup.report.breakTitle", name, brk.firstDay().getYear()), f.title));
        document.add(new Paragraph(texts.t("followup.report.made", brk.firstDay(), brk.lastDay(), today), f.small));

        document.add(heading(texts.t("followup.evaluation.heading"), f));
        document.add(evaluationTable(evaluation, c -> c.period().first().getYear() + "", texts, f));
        bars(writer, document, evaluation, texts, f, texts.t("followup.report.chart"),
                c -> c.period().first().getYear() + "", texts.t("followup.report.chartNote"));

        document.add(heading(texts.t("followup.picture.byDistrict"), f));
        document.add(districtTable(picture, texts, f));

        document.add(heading(texts.t("followup.report.actionPlan"), f));
        document.add(measures.isEmpty() ? new Paragraph(texts.t("followup.report.noMeasures"), f.normal)
                : measureTable(measures, owners, texts, f));

        document.add(heading(texts.t("followup.evaluation.notes"), f));
        document.add(new Paragraph(evaluation.notes().isBlank() ? texts.t("followup.evaluation.noNotes")
                : evaluation.notes(), f.normal));
        document.close();
        return out.toByteArray();
    }

    /**
     * The yearly report for the steering group and the municipal board: the school year beside the two before, each
     * break of the year, the situational picture of the year by district against the year before, and the action
     * plan's measures with their status.
     */
    static byte[] yearReport(String yearLabel, Evaluation year, List<BreakLine> breaks, SituationPicture picture,
                             List<Measure> measures, java.util.Map<Long, String> owners, Texts texts,
                             LocalDate today) {
        Fonts f = new Fonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String title = texts.t("followup.report.yearTitle", yearLabel);
        Opened opened = open(out, texts, title);
        Document document = opened.document();
        document.add(new Paragraph(title, f.title));
        document.add(new Paragraph(texts.t("followup.report.yearMade", today), f.small));

        document.add(heading(texts.t("followup.report.yearEvaluation"), f));
        document.add(evaluationTable(year, c -> labelOf(c), texts, f));
        bars(opened.writer(), document, year, texts, f, texts.t("followup.report.yearChart"), c -> labelOf(c),
                texts.t("followup.report.yearChartNote"));

        document.add(heading(texts.t("followup.report.breaks"), f));
        if (breaks.isEmpty()) {
            document.add(new Paragraph(texts.t("followup.report.noBreaks"), f.normal));
        } else {
            NumberFormat decimal = NumberFormat.getNumberInstance(texts.locale());
            decimal.setMaximumFractionDigits(1);
            PdfPTable table = table(List.of(texts.t("followup.report.break"), texts.t("followup.evaluation.planned"),
                    texts.t("followup.evaluation.staffed"), texts.t("followup.evaluation.logged"),
                    texts.t("followup.evaluation.hours"), texts.t("followup.evaluation.observations")), f);
            for (BreakLine line : breaks) {
                Evaluation.Column c = line.column();
                row(table, f, line.name(), List.of(String.valueOf(c.plannedShifts()),
                        String.valueOf(c.staffedShifts()), String.valueOf(c.loggedShifts()), decimal.format(c.hours()),
                        String.valueOf(c.observations())));
            }
            document.add(table);
        }

        document.add(heading(texts.t("followup.report.yearPicture"), f));
        document.add(districtTable(picture, texts, f));

        document.add(heading(texts.t("followup.report.yearActionPlan"), f));
        document.add(measures.isEmpty() ? new Paragraph(texts.t("followup.report.noYearMeasures"), f.normal)
                : measureTable(measures, owners, texts, f));
        document.close();
        return out.toByteArray();
    }

    /** A break of the year in the yearly report: its name and its figures. */
    record BreakLine(String name, Evaluation.Column column) {
    }

    /** A school year's column: "2026/27" from its first day (1 July). */
    private static String labelOf(Evaluation.Column c) {
        int start = c.period().first().getYear();
        return start + "/" + String.format("%02d", (start + 1) % 100);
    }

    static byte[] grantBasis(GrantBasis basis, Texts texts, LocalDate today) {
        Fonts f = new Fonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String title = texts.t("followup.grant.title", basis.first(), basis.last());
        Document document = open(out, texts, title).document();
        document.add(new Paragraph(title, f.title));
        document.add(new Paragraph(texts.t("followup.grant.made", today), f.small));
        if (basis.associations().isEmpty()) {
            document.add(new Paragraph(texts.t("followup.grant.none"), f.normal));
        }
        NumberFormat decimal = NumberFormat.getNumberInstance(texts.locale());
        decimal.setMaximumFractionDigits(2);
        for (GrantBasis.Association a : basis.associations()) {
            document.add(heading(a.name(), f));
            document.add(new Paragraph(texts.t("followup.grant.summary", a.evenings(),
                    decimal.format(a.walkersPerEvening()), decimal.format(a.hours())), f.normal));
            PdfPTable table = table(List.of(texts.t("followup.grant.evening"), texts.t("followup.picture.district"),
                    texts.t("followup.grant.walkers"), texts.t("followup.evaluation.hours"),
                    texts.t("followup.grant.log")), f);
            for (WalkEvening e : a.walked()) {
                row(table, f, e.day().toString(), List.of(e.districtName(), String.valueOf(e.present()),
                        decimal.format(e.hours()), "#" + e.walkLogId()));
            }
            document.add(table);
            if (!a.lackingLog().isEmpty()) {
                document.add(new Paragraph(texts.t("followup.grant.lacking", a.lackingLog().size()), f.bold));
                for (WalkEvening e : a.lackingLog()) {
                    document.add(new Paragraph("• " + e.day() + " " + e.districtName() + " ("
                            + texts.t("followup.grant.confirmed", e.confirmed()) + ")", f.normal));
                }
            }
        }
        document.close();
        return out.toByteArray();
    }

    private record Opened(Document document, PdfWriter writer) {
    }

    private static Opened open(ByteArrayOutputStream out, Texts texts, String title) {
        Document document = new Document(PageSize.A4, 40, 40, 40, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(title);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(texts.locale().getLanguage()));
        document.open();
        return new Opened(document, writer);
    }


    /** Observations per district against the same period a year earlier. */
    private static PdfPTable districtTable(SituationPicture picture, Texts texts, Fonts f) {
        PdfPTable districts = table(List.of(texts.t("followup.picture.district"), texts.t("followup.picture.count"),
                texts.t("followup.picture.lastYear"), texts.t("followup.picture.vsLastYear")), f);
        for (SituationPicture.Line line : picture.totals()) {
            row(districts, f, line.districtName(), List.of(String.valueOf(line.count()),
                    String.valueOf(line.vsLastYear().earlier()), change(line.vsLastYear(), texts)));
        }
        return districts;
    }

    /** The action plan's measures with owner, follow-up date and status. */
    private static PdfPTable measureTable(List<Measure> measures, java.util.Map<Long, String> owners, Texts texts,
                                          Fonts f) {
        PdfPTable plan = table(List.of(texts.t("followup.measure.name"), texts.t("followup.measure.owner"),
                texts.t("followup.measure.followUp"), texts.t("followup.measure.status")), f);
        for (Measure m : measures) {
            row(plan, f, m.draft().title(), List.of(owners.getOrDefault(m.draft().ownerOrganisationId(), ""),
                    m.draft().followUpOn().toString(), texts.t(m.draft().status().messageKey())));
        }
        return plan;
    }

    /** The evaluation's figures, one column per period (this one first), with a row per category observed. */
    private static PdfPTable evaluationTable(Evaluation evaluation,
                                             java.util.function.Function<Evaluation.Column, String> header,
                                             Texts texts, Fonts f) {
        List<String> headers = new ArrayList<>();
        headers.add("");
        evaluation.columns().forEach(c -> headers.add(header.apply(c)));
        PdfPTable table = table(headers, f);
        NumberFormat decimal = NumberFormat.getNumberInstance(texts.locale());
        decimal.setMaximumFractionDigits(1);
        row(table, f, texts.t("followup.evaluation.planned"), evaluation.columns().stream()
                .map(c -> String.valueOf(c.plannedShifts())).toList());
        row(table, f, texts.t("followup.evaluation.staffed"), evaluation.columns().stream()
                .map(c -> String.valueOf(c.staffedShifts())).toList());
        row(table, f, texts.t("followup.evaluation.logged"), evaluation.columns().stream()
                .map(c -> String.valueOf(c.loggedShifts())).toList());
        row(table, f, texts.t("followup.evaluation.hours"), evaluation.columns().stream()
                .map(c -> decimal.format(c.hours())).toList());
        row(table, f, texts.t("followup.evaluation.organisations"), evaluation.columns().stream()
                .map(c -> String.valueOf(c.organisations())).toList());
        row(table, f, texts.t("followup.evaluation.noShows"), evaluation.columns().stream()
                .map(c -> String.valueOf(c.noShows())).toList());
        row(table, f, texts.t("followup.evaluation.observations"), evaluation.columns().stream()
                .map(c -> String.valueOf(c.observations())).toList());
        for (ObservationCategory category : ObservationCategory.values()) {
            if (evaluation.columns().stream().anyMatch(c -> c.byCategory().getOrDefault(category, 0) > 0)) {
                row(table, f, "  " + texts.t(category.messageKey()), evaluation.columns().stream()
                        .map(c -> String.valueOf(c.byCategory().getOrDefault(category, 0))).toList());
            }
        }
        return table;
    }

    /** Horizontal bars: observations per period, drawn with the page's graphics, under a heading and above a note. */
    private static void bars(PdfWriter w, Document document, Evaluation evaluation, Texts texts, Fonts f,
                             String title, java.util.function.Function<Evaluation.Column, String> label,
                             String note) {
        document.add(heading(title, f));
        int max = evaluation.columns().stream().mapToInt(Evaluation.Column::observations).max().orElse(0);
        PdfPTable chart = new PdfPTable(new float[]{1.2f, 5});
        chart.setWidthPercentage(100);
        for (Evaluation.Column c : evaluation.columns()) {
            PdfPCell name = new PdfPCell(new Phrase(label.apply(c) + " (" + c.observations() + ")", f.normal));
            name.setBorder(Rectangle.NO_BORDER);
            chart.addCell(name);
            PdfPCell bar = new PdfPCell(new Phrase(" ", f.normal));
            bar.setBorder(Rectangle.NO_BORDER);
            float share = max == 0 ? 0 : (float) c.observations() / max;
            bar.setCellEvent((cell, position, canvases) -> {
                PdfContentByte canvas = canvases[PdfPTable.BACKGROUNDCANVAS];
                canvas.setColorFill(BAR);
                canvas.rectangle(position.getLeft(), position.getBottom() + 2,
                        Math.max(1, position.getWidth() * share), position.getHeight() - 4);
                canvas.fill();
            });
            chart.addCell(bar);
        }
        document.add(chart);
        document.add(new Paragraph(note, f.small));
    }

    private static String change(Change change, Texts texts) {
        String difference = change.difference() > 0 ? "+" + change.difference()
                : change.difference() < 0 ? "−" + (-change.difference()) : "±0";
        if (change.percent() == null) {
            return difference;
        }
        int p = change.percent();
        return difference + " (" + (p > 0 ? "+" + p : p < 0 ? "−" + (-p) : "0") + " %)";
    }

    private static String breakName(CalendarItem brk, Texts texts) {
        return brk.title() != null ? brk.title() : texts.t(brk.nameKey());
    }

    private static Paragraph heading(String text, Fonts f) {
        Paragraph p = new Paragraph(text, f.heading);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        return p;
    }

    private static PdfPTable table(List<String> headers, Fonts f) {
        PdfPTable table = new PdfPTable(headers.size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, f.bold));
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(RULE);
            table.addCell(cell);
        }
        return table;
    }

    private static void row(PdfPTable table, Fonts f, String first, List<String> values) {
        PdfPCell head = new PdfPCell(new Phrase(first, f.normal));
        head.setBorder(Rectangle.NO_BORDER);
        table.addCell(head);
        for (String value : values) {
            PdfPCell cell = new PdfPCell(new Phrase(value, f.normal));
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(cell);
        }
    }

    private static final class Fonts {
        final Font title;
        final Font heading;
        final Font normal;
        final Font bold;
        final Font small;

        Fonts() {
            BaseFont base = se.tryggalov.shared.pdf.PdfParts.font();
            title = new Font(base, 16, Font.BOLD);
            heading = new Font(base, 12, Font.BOLD);
            normal = new Font(base, 9.5f);
            bold = new Font(base, 9.5f, Font.BOLD);
            small = new Font(base, 8.5f, Font.NORMAL, GREY);
        }
    }
}
