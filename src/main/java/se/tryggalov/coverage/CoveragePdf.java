package se.tryggalov.coverage;

import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import static se.tryggalov.shared.pdf.PdfParts.cell;
import static se.tryggalov.shared.pdf.PdfParts.font;

/**
 * A4 PDFs from the read model: a break's coverage and groups for the steering group, and one venue's sheet for its
 * notice board (who is out each evening, the lead's name and work phone, the organisations with their contact).
 * The font is the Unicode font OpenPDF ships (Liberation Sans), embedded.
 */
final class CoveragePdf {

    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color RULE = new Color(0xcc, 0xcc, 0xcc);

    private CoveragePdf() {
    }

    private record Fonts(Font title, Font heading, Font normal, Font small, Font header) {
        static Fonts of(BaseFont base) {
            return new Fonts(new Font(base, 16, Font.BOLD), new Font(base, 12, Font.BOLD), new Font(base, 9.5f),
                    new Font(base, 8.5f, Font.NORMAL, GREY), new Font(base, 8.5f, Font.BOLD));
        }
    }

    static byte[] roster(CoverageExportService.Export export, CoverageTexts texts, LocalDate today) {
        Fonts f = Fonts.of(font());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = open(out, texts, texts.t("coverage.pdf.rosterTitle", texts.periodName(export.period())));
        document.add(new Paragraph(texts.t("coverage.pdf.rosterTitle", texts.periodName(export.period())), f.title()));
        CoverageGrid grid = export.grid();
        document.add(new Paragraph(texts.t("coverage.pdf.made", texts.date(today)), f.small()));
        document.add(new Paragraph(texts.t("coverage.summary", grid.covered(), grid.need(), grid.gapUnits(),
                grid.seatsBooked(), grid.seatsNeeded()), f.normal()));
        PdfPTable table = new PdfPTable(CoverageExportService.COVERAGE_COLUMNS.size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(8);
        for (String key : CoverageExportService.COVERAGE_COLUMNS) {
            table.addCell(headerCell(texts.t(key), f));
        }
        for (CoverageCell c : grid.cells()) {
            for (String value : List.of(texts.shortDate(c.date()), c.districtName(), "" + c.riskLevel(),
                    "" + c.need(), "" + c.volunteerGroups(), "" + c.staffGroups(), "" + c.commitmentUnits(),
                    "" + c.covered(), "" + c.gap(), "" + c.shortGroups(), "" + c.seatsNeeded(),
                    "" + c.seatsBooked())) {
                table.addCell(cell(new Phrase(value, f.small())));
            }
        }
        document.add(table);
        document.newPage();
        document.add(new Paragraph(texts.t("coverage.sheet.groups"), f.heading()));
        PdfPTable groups = new PdfPTable(CoverageExportService.GROUP_COLUMNS.size());
        groups.setWidthPercentage(100);
        groups.setHeaderRows(1);
        groups.setSpacingBefore(6);
        for (String key : CoverageExportService.GROUP_COLUMNS) {
            groups.addCell(headerCell(texts.t(key), f));
        }
        for (List<String> line : CoverageExportService.groupLines(export, texts)) {
            line.forEach(value -> groups.addCell(cell(new Phrase(value, f.small()))));
        }
        document.add(groups);
        document.close();
        return out.toByteArray();
    }

    static byte[] venueSheet(CoverageService.VenueSheet sheet, CoverageTexts texts, LocalDate today) {
        Fonts f = Fonts.of(font());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String title = texts.t("coverage.pdf.venueTitle", sheet.venue().name(), texts.periodName(sheet.period()));
        Document document = open(out, texts, title);
        document.add(new Paragraph(title, f.title()));
        document.add(new Paragraph(texts.t("coverage.pdf.venueIntro", texts.date(today)), f.small()));
        for (EveningCover evening : sheet.evenings()) {
            PdfPTable block = new PdfPTable(1);
            block.setWidthPercentage(100);
            block.setKeepTogether(true);
            block.setSpacingBefore(8);
            PdfPCell day = cell(new Phrase(texts.date(evening.date()) + " · "
                    + texts.t("coverage.risk", evening.riskLevel()), f.heading()));
            day.setBorder(Rectangle.TOP);
            day.setBorderColor(RULE);
            block.addCell(day);
            boolean any = false;
            for (EveningCover.DistrictCover d : evening.districts()) {
                for (EveningCover.GroupCover g : d.groups()) {
                    any = true;
                    String lead = g.leadName() == null ? texts.t("coverage.noLead")
                            : texts.t("coverage.lead", g.leadName(), g.leadPhone() == null ? "" : g.leadPhone());
                    block.addCell(cell(new Phrase("• " + texts.t("coverage.groupLine", orEmpty(g.organisationName()),
                            g.activityTitle(), g.groupNo(), texts.times(g.startsAt(), g.endsAt()),
                            g.gatheringPoint() == null ? "–" : g.gatheringPoint()) + "\n   " + lead
                            + (g.walks() ? "" : " · " + texts.t("coverage.notWalking")), f.normal())));
                }
                for (EveningCover.CommitmentCover c : d.commitments()) {
                    any = true;
                    String contact = c.contactName() == null ? "" : " · " + texts.t("coverage.contact",
                            c.contactName(), c.contactPhone() == null ? "" : c.contactPhone());
                    block.addCell(cell(new Phrase("• " + texts.t("coverage.commitmentLine", c.organisationName(),
                            texts.t(c.type().messageKey()), c.units(), texts.times(c.startsAt(), c.endsAt()))
                            + contact, f.normal())));
                }
            }
            if (!any) {
                block.addCell(cell(new Phrase(texts.t("coverage.nobody"), f.small())));
            }
            document.add(block);
        }
        document.close();
        return out.toByteArray();
    }

    private static Document open(ByteArrayOutputStream out, CoverageTexts texts, String title) {
        Document document = new Document(PageSize.A4, 36, 36, 36, 40);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(title);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(texts.locale().getLanguage()));
        document.open();
        return document;
    }

    private static PdfPCell headerCell(String text, Fonts f) {
        PdfPCell cell = cell(new Phrase(text, f.header()));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        return cell;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
