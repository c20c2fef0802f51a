package se.tryggalov.coverage;

import jakarta.annotation.security.RolesAllowed;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.csv.CsvText;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.time.Zones;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A break's roster and coverage as Excel (two sheets: coverage per evening and district, and the groups), as CSV
 * (the groups, safe against formula injection) and as PDF, and the A4 sheet of one venue for its notice board.
 * Everything comes from the one read model ({@link CoverageService}), so the files show its numbers. A file with
 * leads' names is a personal-data export and is logged.
 */
@Service
public class CoverageExportService {

    /** Columns of the coverage sheet, by translation key; the test reads them back by position. */
    static final List<String> COVERAGE_COLUMNS = List.of("coverage.col.date", "coverage.col.district",
            "coverage.col.risk", "coverage.col.need", "coverage.col.volunteers", "coverage.col.staff",
            "coverage.col.commitments", "coverage.col.covered", "coverage.col.gap", "coverage.col.shortGroups",
            "coverage.col.seatsNeeded", "coverage.col.seatsBooked");
    static final List<String> GROUP_COLUMNS = List.of("coverage.col.date", "coverage.col.risk",
            "coverage.col.district", "coverage.col.organisation", "coverage.col.activity", "coverage.col.group",
            "coverage.col.times", "coverage.col.gathering", "coverage.col.people", "coverage.col.walks",
            "coverage.col.lead");
    static final CSVFormat CSV = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';')
            .setRecordSeparator("\r\n").get();

    private final CoverageService coverage;
    private final Translations translations;
    private final AuditLog audit;
    private final Clock clock;

    CoverageExportService(CoverageService coverage, Translations translations, AuditLog audit, Clock clock) {
        this.coverage = coverage;
        this.translations = translations;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an export holds: the period, its grid and its evenings (for coordinators: every district). */
    record Export(CoverageService.Period period, CoverageGrid grid, List<EveningCover> evenings) {
    }

    private Export export(SchoolYear year, long calendarItemId, String format) {
        CoverageService.Period period = coverage.period(year, calendarItemId);
        if (period.firstDay().datesUntil(period.lastDay().plusDays(1)).count() > CoverageService.MAX_EVENINGS) {
            throw new UserMessageException("coverage.error.badRange");
        }
        CoverageGrid grid = coverage.grid(year, calendarItemId);
        List<EveningCover> evenings = coverage.evenings(period.firstDay(), period.lastDay());
        audit.record(AuditAction.PERSONAL_DATA_EXPORTED, "coverage", calendarItemId, "roster " + format);
        return new Export(period, grid, evenings);
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public byte[] xlsx(SchoolYear year, long calendarItemId, Locale locale) {
        Export export = export(year, calendarItemId, "xlsx");
        CoverageTexts texts = new CoverageTexts(Translations.supported(locale), translations);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet cover = book.createSheet(texts.t("coverage.sheet.coverage"));
            header(cover, COVERAGE_COLUMNS, texts, bold);
            int r = 1;
            for (CoverageCell c : export.grid().cells()) {
                Row row = cover.createRow(r++);
                row.createCell(0).setCellValue(c.date().toString());
                row.createCell(1).setCellValue(c.districtName());
                int[] numbers = {c.riskLevel(), c.need(), c.volunteerGroups(), c.staffGroups(), c.commitmentUnits(),
                        c.covered(), c.gap(), c.shortGroups(), c.seatsNeeded(), c.seatsBooked()};
                for (int i = 0; i < numbers.length; i++) {
                    row.createCell(2 + i).setCellValue(numbers[i]);
                }
            }
            cover.createFreezePane(0, 1);
            Sheet groups = book.createSheet(texts.t("coverage.sheet.groups"));
            header(groups, GROUP_COLUMNS, texts, bold);
            r = 1;
            for (List<String> line : groupLines(export, texts)) {
                Row row = groups.createRow(r++);
                for (int i = 0; i < line.size(); i++) {
                    row.createCell(i).setCellValue(line.get(i));
                }
            }
            groups.createFreezePane(0, 1);
            for (Sheet sheet : List.of(cover, groups)) {
                for (int i = 0; i < sheet.getRow(0).getLastCellNum(); i++) {
                    sheet.setColumnWidth(i, 16 * 256);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, List<String> keys, CoverageTexts texts, CellStyle bold) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < keys.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(texts.t(keys.get(i)));
            cell.setCellStyle(bold);
        }
    }

    /** One line per group and per organisation's commitment, in evening and district order. */
    static List<List<String>> groupLines(Export export, CoverageTexts texts) {
        List<List<String>> lines = new ArrayList<>();
        for (EveningCover evening : export.evenings()) {
            for (EveningCover.DistrictCover d : evening.districts()) {
                for (EveningCover.GroupCover g : d.groups()) {
                    lines.add(List.of(evening.date().toString(), String.valueOf(evening.riskLevel()),
                            d.districtName(), orEmpty(g.organisationName()), g.activityTitle(),
                            String.valueOf(g.groupNo()), texts.times(g.startsAt(), g.endsAt()),
                            orEmpty(g.gatheringPoint()), g.people() + "/" + g.minSize(),
                            texts.t(g.walks() ? "coverage.walks.yes" : "coverage.walks.no"),
                            orEmpty(g.leadName())));
                }
                for (EveningCover.CommitmentCover c : d.commitments()) {
                    lines.add(List.of(evening.date().toString(), String.valueOf(evening.riskLevel()),
                            d.districtName(), orEmpty(c.organisationName()), texts.t(c.type().messageKey()),
                            "×" + c.units(), texts.times(c.startsAt(), c.endsAt()), "", "",
                            texts.t("coverage.walks.commitment"), orEmpty(c.contactName())));
                }
            }
        }
        return lines;
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public byte[] csv(SchoolYear year, long calendarItemId, Locale locale) {
        Export export = export(year, calendarItemId, "csv");
        CoverageTexts texts = new CoverageTexts(Translations.supported(locale), translations);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(writer, CSV)) {
                csv.printRecord(GROUP_COLUMNS.stream().map(texts::t).map(CsvText::neutralised).toList());
                for (List<String> line : groupLines(export, texts)) {
                    csv.printRecord(line.stream().map(CsvText::neutralised).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public byte[] pdf(SchoolYear year, long calendarItemId, Locale locale) {
        Export export = export(year, calendarItemId, "pdf");
        CoverageTexts texts = new CoverageTexts(Translations.supported(locale), translations);
        return CoveragePdf.roster(export, texts, LocalDate.now(clock.withZone(Zones.STOCKHOLM)));
    }

    /** The A4 sheet of one venue and period for its notice board: open to whoever may see the venue's district. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional
    public byte[] venueSheet(long venueId, SchoolYear year, long calendarItemId, Locale locale) {
        CoverageService.VenueSheet sheet = coverage.venueSheet(venueId, year, calendarItemId);
        CoverageTexts texts = new CoverageTexts(Translations.supported(locale), translations);
        return CoveragePdf.venueSheet(sheet, texts, LocalDate.now(clock.withZone(Zones.STOCKHOLM)));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
