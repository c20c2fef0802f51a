package se.tryggalov.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.tryggalov.IntegrationTest;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.partner.CommitmentDraft;
import se.tryggalov.partner.CommitmentKind;
import se.tryggalov.partner.ContactDraft;
import se.tryggalov.partner.DistrictRef;
import se.tryggalov.partner.OrganisationKind;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditEntry;
import se.tryggalov.shared.audit.AuditLog;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contact list on the demo's current (planned) school year, with organisations of its own: a rescue service
 * on standby only at risk 5 (no contacts), a youth centre in Tumba open on Fridays and Saturdays (with a contact)
 * and an association that only has a contact.
 */
@IntegrationTest
@WithMockUser(username = "viewer", roles = "VIEWER")
class ContactListServiceTest {

    @Autowired
    ContactListService contactList;
    @Autowired
    PartnerService partners;
    @Autowired
    CalendarService calendar;
    @Autowired
    SystemAuthentication system;
    @Autowired
    AuditLog audit;

    String suffix;
    long rescue;
    long youthCentre;
    long association;
    long tumba;
    long alby;
    SchoolYear year;
    CalendarItem autumn;

    @BeforeEach
    void organisations() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        year = calendar.currentYear();
        autumn = calendar.plan(year).orElseThrow().itemsOf(ItemKind.BREAK).stream().filter(b -> "AUTUMN".equals(b.code())).findFirst().orElseThrow();
        List<DistrictRef> districts = partners.districts();
        tumba = districts.stream().filter(d -> d.name().equals("Tumba")).findFirst().orElseThrow().id();
        alby = districts.stream().filter(d -> d.name().equals("Alby")).findFirst().orElseThrow().id();
        system.runAs(() -> {
            rescue = partners.createOrganisation("Räddning " + suffix, OrganisationKind.RESCUE_SERVICE, List.of());
            partners.addCommitment(rescue, new CommitmentDraft(CommitmentKind.STANDBY, 1, null, 5, Set.of(), null,
                    null, null, null, "Släckbil i beredskap på de högsta riskkvällarna"));
            youthCentre = partners.createOrganisation("Fritidsgård " + suffix, OrganisationKind.YOUTH_CENTRE,
                    List.of(tumba));
            partners.addContact(youthCentre, new ContactDraft("Åsa Öberg", "Föreståndare", "+46 70 174 06 30",
                    "asa@example.org", null));
            partners.addContact(youthCentre, new ContactDraft("=HYPERLINK(\"x\")", null, null, null, null));
            partners.addCommitment(youthCentre, new CommitmentDraft(CommitmentKind.OPENING, 1, null, 1,
                    Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), LocalTime.of(18, 0), LocalTime.of(23, 0), null,
                    null, "Förlängt öppet fredag och lördag"));
            association = partners.createOrganisation("Förening " + suffix, OrganisationKind.OTHER, List.of());
            partners.addContact(association, new ContactDraft("Bo Ek", null, "070-174 06 31", null, null));
        }, Role.COORDINATOR);
    }

    private List<String> names(ContactList list) {
        return list.entries().stream().map(e -> e.organisation().name()).filter(n -> n.endsWith(suffix)).toList();
    }

    @Test
    void theYearListsEveryOrganisationOrderedByKindThenName() {
        ContactList list = contactList.show(new ContactListRequest(year, null, null), Locale.forLanguageTag("sv"));

        assertThat(names(list)).containsExactly("Räddning " + suffix, "Fritidsgård " + suffix,
                "Förening " + suffix); // RESCUE_SERVICE, YOUTH_CENTRE, OTHER: the order of OrganisationKind
        ContactList.Entry rescueEntry = list.entries().stream().filter(e -> e.organisation().id() == rescue)
                .findFirst().orElseThrow();
        assertThat(rescueEntry.commitments()).singleElement().satisfies(l -> assertThat(l.evenings()).isNull());
    }

    @Test
    void aBreakListsTheOrganisationsWhoseCommitmentsApplyAndThoseWithContacts() {
        ContactList list = contactList.show(new ContactListRequest(year, autumn.id(), null), Locale.ENGLISH);

        assertThat(names(list)).as("the rescue service is only out at risk 5 and has no contacts")
                .containsExactly("Fritidsgård " + suffix, "Förening " + suffix);
        ContactList.Entry centre = list.entries().stream().filter(e -> e.organisation().id() == youthCentre)
                .findFirst().orElseThrow();
        long fridaysAndSaturdays = autumn.dates().stream().filter(d -> d.getDayOfWeek() == DayOfWeek.FRIDAY
                || d.getDayOfWeek() == DayOfWeek.SATURDAY).count();
        assertThat(centre.commitments()).singleElement()
                .satisfies(l -> assertThat(l.evenings()).isEqualTo((int) fridaysAndSaturdays));
        assertThat(list.from()).isEqualTo(autumn.firstDay());
    }

    @Test
    void aDistrictKeepsTheOrganisationsThatWorkThereOrInTheWholeMunicipality() {
        ContactList list = contactList.show(new ContactListRequest(year, null, alby), Locale.ENGLISH);

        assertThat(names(list)).containsExactly("Räddning " + suffix, "Förening " + suffix);
        assertThat(list.district().name()).isEqualTo("Alby");
    }

    @Test
    void showingIsAuditedWithTheScopeButNeverTheData() {
        contactList.show(new ContactListRequest(year, autumn.id(), tumba), Locale.ENGLISH);

        AuditEntry entry = system.callAs(() -> audit.search(AuditAction.CONTACT_LIST_VIEWED, "viewer", 1),
                Role.ADMIN).getFirst();
        assertThat(entry.details()).contains("scope=break:" + autumn.id(), "district=" + tumba)
                .doesNotContain("Åsa", "070");
    }

    @Test
    void thePdfParsesAndHoldsTheOrganisationsTheContactsAndPageNumbers() throws Exception {
        byte[] pdf = contactList.pdf(new ContactListRequest(year, autumn.id(), null), Locale.forLanguageTag("sv"));

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        int pages = reader.getNumberOfPages();
        reader.close();
        assertThat(text.toString()).contains("Fritidsgård " + suffix, "Åsa Öberg", "+46 70 174 06 30",
                "Kontaktlista", "Sida 1 av " + pages);
        AuditEntry entry = system.callAs(() -> audit.search(AuditAction.CONTACT_LIST_EXPORTED, "viewer", 1),
                Role.ADMIN).getFirst();
        assertThat(entry.details()).startsWith("format=PDF").doesNotContain("Åsa");
    }

    @Test
    void theCsvRoundTripsWithSemicolonsAndAByteOrderMarkForExcel() throws Exception {
        byte[] csv = contactList.csv(new ContactListRequest(year, null, null), Locale.forLanguageTag("sv"));

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.charAt(0)).isEqualTo(ContactListCsv.BOM);
        List<CSVRecord> rows = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(rows.getFirst().values()).containsExactly("Organisation", "Typ", "Kommundelar", "Namn", "Roll",
                "Telefon", "E-post", "Åtaganden");
        List<CSVRecord> centre = rows.stream().filter(r -> r.get(0).equals("Fritidsgård " + suffix)).toList();
        assertThat(centre).hasSize(2);
        assertThat(centre.getFirst().values()).containsExactly("Fritidsgård " + suffix, "Fritidsgård", "Tumba",
                "Åsa Öberg", "Föreståndare", "'+46 70 174 06 30", "asa@example.org",
                "1 × Öppet · Tumba · fre, lör · 18:00–23:00 – Förlängt öppet fredag och lördag");
        assertThat(centre.get(1).get(3)).as("no formula reaches Excel").isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(rows.stream().filter(r -> r.get(0).equals("Räddning " + suffix)))
                .as("an organisation without contacts still has its row").singleElement()
                .satisfies(r -> assertThat(r.get(3)).isEmpty());
        AuditEntry entry = system.callAs(() -> audit.search(AuditAction.CONTACT_LIST_EXPORTED, "viewer", 1),
                Role.ADMIN).getFirst();
        assertThat(entry.details()).startsWith("format=CSV").contains("scope=year");
    }

    @Test
    void anUnknownBreakIsNotFound() {
        assertThatThrownBy(() -> contactList.show(new ContactListRequest(year, 999_999_999L, null), Locale.ENGLISH))
                .hasMessage("error.notFound");
    }

    @Test
    void theFileNameSaysWhatIsInIt() {
        assertThat(contactList.fileName(new ContactListRequest(year, autumn.id(), alby), "pdf",
                Locale.forLanguageTag("sv")))
                .isEqualTo("kontaktlista-" + year.label().replace('/', '-') + "-hostlov-alby.pdf");
    }

    @Test
    @WithMockUser(username = "volunteer", roles = "VOLUNTEER")
    void aVolunteerGetsNoContactList() {
        assertThatThrownBy(() -> contactList.show(new ContactListRequest(year, null, null), Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contactList.csv(new ContactListRequest(year, null, null), Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
    }
}
