package se.tryggalov.coverage;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.tryggalov.IntegrationTest;
import se.tryggalov.TestYears;
import se.tryggalov.activity.ShiftRef;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.roster.RosterTestData;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.i18n.UserMessageException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The read model on the hand-worked example of {@link CoverageFixture}: the exact figures per cell, the gap list,
 * the totals, the contributions, the same figures read back from the xlsx, and who sees what.
 */
@IntegrationTest
class CoverageServiceTest {

    private static CoverageFixture fixture;

    @Autowired
    CoverageService coverage;
    @Autowired
    CoverageExportService exports;
    @Autowired
    CalendarService calendar;
    @Autowired
    SystemAuthentication system;
    @Autowired
    DSLContext dsl;
    @Autowired
    SecurityContexts contexts;
    @Autowired
    TestYears years;

    RosterTestData data;

    @BeforeEach
    void setUp() {
        data = new RosterTestData(dsl, contexts);
        synchronized (CoverageServiceTest.class) {
            if (fixture == null) {
                fixture = new CoverageFixture(dsl, data, calendar, system, years.claim());
            }
        }
    }

    private CoverageGrid grid() {
        return data.as("coordinator", () -> coverage.grid(fixture.year, fixture.tue, fixture.thu,
                Set.of(fixture.districtA, fixture.districtB)), Role.COORDINATOR);
    }

    private CoverageCell cell(CoverageGrid grid, LocalDate day, long district) {
        return grid.cell(day, district).orElseThrow();
    }

    @Test
    void eachCellCountsNeedFromRiskAndWhatCoversItByHand() {
        CoverageGrid grid = grid();
        CoverageFixture f = fixture;

        assertThat(grid.days()).containsExactly(f.tue, f.wed, f.thu);
        // Tue A: risk 5 → need 3; one walking group, the short group does not count, one patrol unit
        CoverageCell tueA = cell(grid, f.tue, f.districtA);
        assertThat(List.of(tueA.riskLevel(), tueA.need(), tueA.volunteerGroups(), tueA.staffGroups(),
                tueA.commitmentUnits(), tueA.covered(), tueA.gap(), tueA.shortGroups(), tueA.emptyGroups(),
                tueA.seatsNeeded(), tueA.seatsBooked(), tueA.weightedGap()))
                .containsExactly(5, 3, 1, 0, 1, 2, 1, 1, 0, 8, 6, 5);
        assertThat(tueA.openable()).extracting(ShiftRef::id).containsExactly(f.walkA2);
        // Tue B: nothing planned
        CoverageCell tueB = cell(grid, f.tue, f.districtB);
        assertThat(List.of(tueB.need(), tueB.covered(), tueB.gap(), tueB.weightedGap(), tueB.seatsNeeded()))
                .containsExactly(3, 0, 3, 15, 0);
        // Wed A: risk 3 → need 2; paid outreach staff reach their minimum of 2
        CoverageCell wedA = cell(grid, f.wed, f.districtA);
        assertThat(List.of(wedA.need(), wedA.volunteerGroups(), wedA.staffGroups(), wedA.gap(), wedA.seatsNeeded(),
                wedA.seatsBooked())).containsExactly(2, 0, 1, 1, 2, 2);
        // Wed B: two walking groups of 3 cover the need of 2
        CoverageCell wedB = cell(grid, f.wed, f.districtB);
        assertThat(List.of(wedB.need(), wedB.volunteerGroups(), wedB.gap(), wedB.seatsNeeded(), wedB.seatsBooked(),
                wedB.percent())).containsExactly(2, 2, 0, 8, 6, 100);
        // Thu: risk 2 → need 1; B's cancelled group counts nowhere, its empty draft group can be opened
        CoverageCell thuA = cell(grid, f.thu, f.districtA);
        CoverageCell thuB = cell(grid, f.thu, f.districtB);
        assertThat(List.of(thuA.need(), thuA.gap(), thuB.need(), thuB.covered(), thuB.gap(), thuB.emptyGroups(),
                thuB.seatsNeeded(), thuB.seatsBooked())).containsExactly(1, 1, 1, 0, 1, 1, 4, 0);
        assertThat(thuB.openable()).extracting(ShiftRef::id).containsExactly(f.walkB4empty);
    }

    @Test
    void totalsGapsRiskiestFirstAndContributions() {
        CoverageGrid grid = grid();
        CoverageFixture f = fixture;

        assertThat(List.of(grid.need(), grid.covered(), grid.gapUnits(), grid.weightedNeed(), grid.weightedGap(),
                grid.seatsNeeded(), grid.seatsBooked())).containsExactly(12, 5, 7, 46, 27, 22, 14);
        assertThat(grid.gapsAtRisk(5)).isEqualTo(2);
        List<CoverageCell> gaps = grid.gaps();
        assertThat(gaps).extracting(CoverageCell::date, CoverageCell::districtId, CoverageCell::gap).startsWith(
                tuple(f.tue, f.districtB, 3), tuple(f.tue, f.districtA, 1), tuple(f.wed, f.districtA, 1));
        assertThat(gaps.subList(3, gaps.size())).extracting(CoverageCell::date, CoverageCell::districtId)
                .containsExactlyInAnyOrder(tuple(f.thu, f.districtA), tuple(f.thu, f.districtB));
        // walkers: Tue A g1 (4 people × 4 h) and Wed B g1, g2 (3 × 4 h each); police: one patrol of 4 h
        assertThat(grid.contributions()).extracting(CoverageGrid.Contribution::organisationId,
                        CoverageGrid.Contribution::evenings, CoverageGrid.Contribution::units,
                        CoverageGrid.Contribution::hours)
                .containsExactly(tuple(f.walkers, 2, 3, 40.0), tuple(f.police, 1, 1, 4.0));
    }

    @Test
    void theXlsxReadBackGivesTheReadModelsFigures() throws Exception {
        byte[] xlsx = data.as("coordinator", () -> exports.xlsx(fixture.year, fixture.tueItem, Locale.ENGLISH),
                Role.COORDINATOR);
        CoverageGrid grid = data.as("coordinator", () -> coverage.grid(fixture.year, fixture.tueItem),
                Role.COORDINATOR);
        CoverageGrid mine = grid();
        Map<String, List<Integer>> read = new HashMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Gap");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<Integer> numbers = new ArrayList<>();
                for (int c = 2; c < 12; c++) {
                    numbers.add((int) row.getCell(c).getNumericCellValue());
                }
                read.put(row.getCell(0).getStringCellValue() + "|" + row.getCell(1).getStringCellValue(), numbers);
            }
            assertThat(book.getSheetAt(1).getLastRowNum()).isGreaterThanOrEqualTo(3);
        }
        assertThat(read).hasSize(grid.cells().size());
        for (CoverageCell c : grid.cells()) {
            assertThat(read.get(c.date() + "|" + c.districtName())).as(c.date() + " " + c.districtName())
                    .containsExactly(c.riskLevel(), c.need(), c.volunteerGroups(), c.staffGroups(),
                            c.commitmentUnits(), c.covered(), c.gap(), c.shortGroups(), c.seatsNeeded(),
                            c.seatsBooked());
        }
        CoverageCell tueA = cell(mine, fixture.tue, fixture.districtA);
        assertThat(read.get(fixture.tue + "|" + tueA.districtName())).containsExactly(5, 3, 1, 0, 1, 2, 1, 1, 8, 6);
        CoverageCell tueB = cell(mine, fixture.tue, fixture.districtB);
        assertThat(read.get(fixture.tue + "|" + tueB.districtName())).containsExactly(5, 3, 0, 0, 0, 0, 3, 0, 0, 0);
    }

    @Test
    void theCsvNeutralisesFormulasAndThePdfsArePdfs() {
        byte[] csv = data.as("coordinator", () -> exports.csv(fixture.year, fixture.tueItem, Locale.ENGLISH),
                Role.COORDINATOR);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains("Nattvandring A").contains("Tumba torg");
        // the police contact's phone starts with a digit, nothing starts a cell with = + - @
        assertThat(text.lines().flatMap(l -> java.util.Arrays.stream(l.split(";"))))
                .noneMatch(cellText -> !cellText.isEmpty() && "=+@".indexOf(cellText.charAt(0)) >= 0);
        byte[] pdf = data.as("coordinator", () -> exports.pdf(fixture.year, fixture.tueItem, Locale.ENGLISH),
                Role.COORDINATOR);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(se.tryggalov.shared.csv.CsvText.neutralised("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(se.tryggalov.shared.csv.CsvText.neutralised("-1+2")).isEqualTo("'-1+2");
    }

    // ---- access -----------------------------------------------------------------------------------------------

    @Test
    void aViewerSeesOnlyTheirDistrictAndTheLeadsPhoneButNobodyElsesAndItIsLogged() {
        CoverageFixture f = fixture;
        var viewer = data.account("covviewer", f.youthCentre, Role.VIEWER);
        List<EveningCover> evenings = data.as(viewer.username(), () -> coverage.evenings(f.tue, f.thu), Role.VIEWER);

        assertThat(evenings).extracting(EveningCover::date).containsExactly(f.tue, f.wed, f.thu);
        assertThat(evenings).allSatisfy(e -> assertThat(e.districts()).extracting(EveningCover.DistrictCover::districtId)
                .containsExactly(f.districtA));
        EveningCover.DistrictCover tueA = evenings.getFirst().districts().getFirst();
        assertThat(tueA.groups()).extracting(EveningCover.GroupCover::shiftId, EveningCover.GroupCover::leadName,
                        EveningCover.GroupCover::leadPhone, EveningCover.GroupCover::gatheringPoint,
                        EveningCover.GroupCover::walks)
                .containsExactly(tuple(f.walkA1, "Test " + f.lead.username(), CoverageFixture.LEAD_PHONE, "Tumba torg",
                                true),
                        tuple(f.walkA2, null, null, "Tumba torg", false));
        assertThat(tueA.groups().getFirst().leadPhoneUrl()).isEqualTo("tel:0705550101");
        assertThat(tueA.commitments()).extracting(EveningCover.CommitmentCover::organisationId,
                        EveningCover.CommitmentCover::units, EveningCover.CommitmentCover::contactPhone)
                .containsExactly(tuple(f.police, 1, CoverageFixture.POLICE_PHONE));
        assertThat(tueA.cell().gap()).isEqualTo(1);
        String everything = evenings.toString();
        assertThat(f.hiddenPhones).allSatisfy(phone -> assertThat(everything).doesNotContain(phone));
        assertThat(everything).doesNotContain(CoverageFixture.LEAD_B_PHONE).doesNotContain("Nattvandring B");
        assertThat(data.auditDetails("PERSON_LIST_VIEWED", f.tue + ".." + f.thu)).contains("leads count=1");

        // the sheet of a venue in their district; a venue elsewhere does not exist for them
        byte[] sheet = data.as(viewer.username(), () -> exports.venueSheet(f.venueA, f.year, f.tueItem,
                Locale.ENGLISH), Role.VIEWER);
        assertThat(new String(sheet, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThatThrownBy(() -> data.as(viewer.username(), () -> exports.venueSheet(f.venueB, f.year, f.tueItem,
                Locale.ENGLISH), Role.VIEWER)).isInstanceOf(UserMessageException.class);
        assertThat(data.as(viewer.username(), () -> coverage.venues(), Role.VIEWER))
                .extracting(v -> v.districtId()).containsOnly(f.districtA);
        // the steering group's grid and exports are not theirs
        assertThatThrownBy(() -> data.as(viewer.username(), () -> coverage.grid(f.year, f.tueItem), Role.VIEWER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.as(viewer.username(), () -> exports.xlsx(f.year, f.tueItem, Locale.ENGLISH),
                Role.VIEWER)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPartnerSeesTheirOrganisationsGroupsAndOnlyTheirOwnLeads() {
        CoverageFixture f = fixture;
        var partner = data.account("covpartner", f.walkers, Role.PARTNER_CONTACT);
        List<EveningCover> evenings = data.as(partner.username(), () -> coverage.evenings(f.tue, f.thu),
                Role.PARTNER_CONTACT);
        List<EveningCover.GroupCover> groups = evenings.stream().flatMap(e -> e.districts().stream())
                .flatMap(d -> d.groups().stream()).toList();
        assertThat(groups).extracting(EveningCover.GroupCover::shiftId)
                .containsExactlyInAnyOrder(f.walkA1, f.walkA2, f.walkB1, f.walkB2, f.walkB4empty);
        // their own volunteer leads A1; B1's lead belongs to another organisation: not shown
        assertThat(groups).filteredOn(g -> g.shiftId() == f.walkA1).extracting(EveningCover.GroupCover::leadPhone)
                .containsExactly(CoverageFixture.LEAD_PHONE);
        assertThat(groups).filteredOn(g -> g.shiftId() == f.walkB1)
                .extracting(EveningCover.GroupCover::leadName, EveningCover.GroupCover::leadPhone)
                .containsExactly(tuple(null, null));
        String everything = evenings.toString();
        assertThat(everything).doesNotContain(CoverageFixture.LEAD_B_PHONE).doesNotContain(CoverageFixture.POLICE_PHONE)
                .doesNotContain("Fältassistenter");
        assertThat(f.hiddenPhones).allSatisfy(phone -> assertThat(everything).doesNotContain(phone));

        var policeContact = data.account("covpolice", f.police, Role.PARTNER_CONTACT);
        List<EveningCover> theirs = data.as(policeContact.username(), () -> coverage.evenings(f.tue, f.thu),
                Role.PARTNER_CONTACT);
        assertThat(theirs.stream().flatMap(e -> e.districts().stream()).flatMap(d -> d.groups().stream())).isEmpty();
        assertThat(theirs.stream().flatMap(e -> e.districts().stream()).flatMap(d -> d.commitments().stream()))
                .extracting(EveningCover.CommitmentCover::organisationId).containsExactly(f.police);
    }

    @Test
    void nobodyElseGetsIn() {
        CoverageFixture f = fixture;
        var lonelyViewer = data.account("covnoorg", null, Role.VIEWER);
        assertThat(data.as(lonelyViewer.username(), () -> coverage.evenings(f.tue, f.thu), Role.VIEWER)).isEmpty();
        var volunteer = data.volunteer("covvol", false, f.walkers);
        assertThatThrownBy(() -> data.as(volunteer.username(), () -> coverage.evenings(f.tue, f.thu), Role.VOLUNTEER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.as("coordinator", () -> coverage.evenings(f.thu, f.tue), Role.COORDINATOR))
                .isInstanceOf(UserMessageException.class);
        // a coordinator sees both districts and every lead
        List<EveningCover> all = data.as("coordinator", () -> coverage.evenings(f.tue, f.thu), Role.COORDINATOR);
        assertThat(all.get(1).districts()).extracting(EveningCover.DistrictCover::districtId)
                .contains(f.districtA, f.districtB);
        assertThat(all.toString()).contains(CoverageFixture.LEAD_B_PHONE);
    }
}
