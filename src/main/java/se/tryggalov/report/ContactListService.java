package se.tryggalov.report;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.calendar.YearPlan;
import se.tryggalov.partner.CommitmentExpansion;
import se.tryggalov.partner.DistrictRef;
import se.tryggalov.partner.OrganisationDetail;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.partner.StandingCommitment;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.time.Zones;

import java.text.Collator;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The contact list (kontaktlista) of the partner network for a school year or one break, on screen, as PDF and
 * as CSV. Contact persons' details are personal data: every showing and every download is written to the audit
 * log (the scope and format, never the data). It lives in {@code report} because it joins the calendar and the
 * partner features, and the calendar already reads the partner feature.
 */
@Service
public class ContactListService {

    private static final String SUBJECT = "contact_list";

    private final PartnerService partners;
    private final CalendarService calendar;
    private final AuditLog audit;
    private final Translations translations;
    private final Clock clock;

    ContactListService(PartnerService partners, CalendarService calendar, AuditLog audit, Translations translations,
                       Clock clock) {
        this.clock = clock;
        this.partners = partners;
        this.calendar = calendar;
        this.audit = audit;
        this.translations = translations;
    }

    /** The breaks of a planned school year, in date order; empty when the year is not planned. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public List<CalendarItem> breaks(SchoolYear year) {
        return calendar.plan(year).map(p -> p.itemsOf(ItemKind.BREAK)).orElse(List.of());
    }

    /** The list as shown on screen; audited as a showing of the contact list. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional
    public ContactList show(ContactListRequest request, Locale locale) {
        ContactList list = build(request, locale);
        audit.record(AuditAction.CONTACT_LIST_VIEWED, SUBJECT, request.year().label(),
                request.describe(null) + " organisations=" + list.entries().size());
        return list;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional
    public byte[] pdf(ContactListRequest request, Locale locale) {
        ContactList list = build(request, locale);
        byte[] pdf = ContactListPdf.write(list, texts(locale), LocalDate.now(clock.withZone(Zones.STOCKHOLM)));
        audit.record(AuditAction.CONTACT_LIST_EXPORTED, SUBJECT, request.year().label(),
                request.describe("PDF") + " organisations=" + list.entries().size());
        return pdf;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional
    public byte[] csv(ContactListRequest request, Locale locale) {
        ContactList list = build(request, locale);
        byte[] csv = ContactListCsv.write(list, texts(locale));
        audit.record(AuditAction.CONTACT_LIST_EXPORTED, SUBJECT, request.year().label(),
                request.describe("CSV") + " organisations=" + list.entries().size());
        return csv;
    }

    /** A file name such as {@code kontaktlista-2026-27-hostlov-alby.pdf}. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public String fileName(ContactListRequest request, String extension, Locale locale) {
        ContactListTexts texts = texts(locale);
        StringBuilder name = new StringBuilder(texts.t("partners.contacts.fileName"))
                .append('-').append(request.year().label().replace('/', '-'));
        if (request.breakItemId() != null) {
            breaks(request.year()).stream().filter(b -> b.id() == request.breakItemId()).findFirst()
                    .ifPresent(b -> name.append('-').append(texts.breakName(b)));
        }
        if (request.districtId() != null) {
            partners.districts().stream().filter(d -> d.id() == request.districtId()).findFirst()
                    .ifPresent(d -> name.append('-').append(d.name()));
        }
        String ascii = Normalizer.normalize(name.toString(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-")
                .replaceAll("-{2,}", "-").replaceAll("-$", "");
        return ascii + "." + extension;
    }

    public ContactListTexts texts(Locale locale) {
        Locale supported = Translations.supported(locale);
        return new ContactListTexts(supported, (key, arguments) -> translations.get(supported, key, arguments));
    }

    // ---- building ------------------------------------------------------------------------------------------

    ContactList build(ContactListRequest request, Locale locale) {
        Optional<YearPlan> plan = calendar.plan(request.year());
        List<DistrictRef> allDistricts = partners.districts();
        DistrictRef district = null;
        if (request.districtId() != null) {
            district = allDistricts.stream().filter(d -> d.id() == request.districtId()).findFirst()
                    .orElseThrow(() -> new UserMessageException("error.notFound"));
        }
        CalendarItem breakItem = null;
        LocalDate from = request.year().firstDay();
        LocalDate to = request.year().lastDay();
        if (request.breakItemId() != null) {
            breakItem = plan.flatMap(p -> p.itemsOf(ItemKind.BREAK).stream()
                            .filter(i -> i.id() == request.breakItemId()).findFirst())
                    .orElseThrow(() -> new UserMessageException("error.notFound"));
            from = breakItem.firstDay();
            to = breakItem.lastDay();
        }
        List<Entry> entries = entries(partners.organisationDetails(), allDistricts, district, plan.orElse(null),
                breakItem, from, to);
        Collator collator = Collator.getInstance(Translations.supported(locale));
        List<ContactList.Entry> sorted = entries.stream()
                .sorted(Comparator.comparing((Entry e) -> e.organisation().kind())
                        .thenComparing(e -> e.organisation().name(), collator))
                .map(e -> new ContactList.Entry(e.organisation(), e.lines()))
                .toList();
        return new ContactList(request.year(), breakItem, district, from, to, allDistricts, sorted);
    }

    private record Entry(OrganisationDetail organisation, List<ContactList.Line> lines) {
    }

    /**
     * For the year: every organisation (in the district) with the commitments valid in the year. For a break:
     * the organisations whose commitments apply on at least one evening of it, with those commitments and on how
     * many evenings, plus every organisation that has contact persons.
     */
    static List<Entry> entries(List<OrganisationDetail> organisations, List<DistrictRef> allDistricts,
                               DistrictRef district, YearPlan plan, CalendarItem breakItem, LocalDate from,
                               LocalDate to) {
        List<Entry> entries = new ArrayList<>();
        for (OrganisationDetail organisation : organisations) {
            List<ContactList.Line> lines = new ArrayList<>();
            for (StandingCommitment c : organisation.commitments()) {
                if (!c.validDuring(from, to)) {
                    continue;
                }
                if (district != null && CommitmentExpansion.districtsOf(c, organisation, allDistricts).stream()
                        .noneMatch(d -> d.id() == district.id())) {
                    continue;
                }
                if (breakItem == null) {
                    lines.add(new ContactList.Line(c, null));
                    continue;
                }
                int evenings = (int) breakItem.dates().stream()
                        .filter(date -> c.appliesOn(date, plan == null ? 0 : plan.day(date).riskLevel())).count();
                if (evenings > 0) {
                    lines.add(new ContactList.Line(c, evenings));
                }
            }
            boolean inDistrict = district == null || organisation.worksIn(district.id()) || !lines.isEmpty();
            boolean listed = breakItem == null ? inDistrict
                    : !lines.isEmpty() || (inDistrict && !organisation.contacts().isEmpty());
            if (listed) {
                entries.add(new Entry(organisation, lines));
            }
        }
        return entries;
    }
}
