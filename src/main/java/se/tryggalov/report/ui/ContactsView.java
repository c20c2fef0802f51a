package se.tryggalov.report.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.PeriodChoices;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.partner.Contact;
import se.tryggalov.partner.DistrictRef;
import se.tryggalov.partner.OrganisationDetail;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.partner.ui.ContactLinks;
import se.tryggalov.report.ContactList;
import se.tryggalov.report.ContactListRequest;
import se.tryggalov.report.ContactListService;
import se.tryggalov.report.ContactListTexts;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.ui.Notifications;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The contact list (kontaktlista): the partner organisations with their contact persons and commitments, for the
 * whole school year or one break, for all districts or one. Cards on screen (readable on a phone), PDF and CSV to
 * download. Every showing and every download is audited by the service.
 */
@Route("contacts")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
@Menu(order = 35, icon = "vaadin:phone", title = "nav.contacts")
@StyleSheet("context://styles/partners.css")
public class ContactsView extends Main implements HasDynamicTitle {

    private final ContactListService contactList;
    private final CalendarService calendar;
    private final Clock clock;
    private final Locale locale;
    private final ContactListTexts texts;

    final Select<SchoolYear> year = new Select<>();
    final Select<CalendarItem> scope = new Select<>();
    final Select<DistrictRef> district = new Select<>();
    final Paragraph count = new Paragraph();
    final Paragraph notPlanned = new Paragraph();
    final Div cards = new Div();
    final Anchor pdf;
    final Anchor csv;

    private volatile ContactListRequest request;
    private boolean updating;

    ContactsView(ContactListService contactList, CalendarService calendar, PartnerService partners, Clock clock) {
        this.contactList = contactList;
        this.calendar = calendar;
        this.clock = clock;
        this.locale = getLocale();
        this.texts = new ContactListTexts(locale, this::getTranslation);
        addClassNames("page", "contacts-view");
        add(new H1(getTranslation("partners.contacts.title")), new Paragraph(getTranslation("partners.contacts.intro")));

        year.setLabel(getTranslation("partners.contacts.year"));
        year.setItemLabelGenerator(SchoolYear::label);
        year.setId("contacts-year");
        TreeSet<SchoolYear> years = new TreeSet<>(calendar.years());
        years.add(calendar.currentYear());
        year.setItems(years);
        scope.setLabel(getTranslation("partners.contacts.scope"));
        scope.setEmptySelectionAllowed(true);
        scope.setEmptySelectionCaption(getTranslation("partners.contacts.wholeYear"));
        scope.addClassName("period-choice");
        scope.setItemLabelGenerator(b -> b == null ? getTranslation("partners.contacts.wholeYear")
                : texts.breakName(b) + " (" + texts.date(b.firstDay()) + " – " + texts.date(b.lastDay()) + ")");
        scope.setId("contacts-scope");
        district.setLabel(getTranslation("partners.contacts.district"));
        district.setItems(partners.districts());
        district.setItemLabelGenerator(d -> d == null ? getTranslation("partners.contacts.allDistricts") : d.name());
        district.setEmptySelectionAllowed(true);
        district.setEmptySelectionCaption(getTranslation("partners.contacts.allDistricts"));
        district.setId("contacts-district");
        HorizontalLayout filters = new HorizontalLayout(year, scope, district);
        filters.setWrap(true);
        filters.addClassName("contacts-filters");

        pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            ContactListRequest current = current();
            byte[] bytes = contactList.pdf(current, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(current, "pdf"),
                    "application/pdf", bytes.length);
        }), getTranslation("partners.contacts.downloadPdf"));
        pdf.setId("download-pdf");
        csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            ContactListRequest current = current();
            byte[] bytes = contactList.csv(current, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(current, "csv"),
                    "text/csv;charset=utf-8", bytes.length);
        }), getTranslation("partners.contacts.downloadCsv"));
        csv.setId("download-csv");
        HorizontalLayout downloads = new HorizontalLayout(pdf, csv);
        downloads.setWrap(true);
        downloads.addClassName("contacts-downloads");

        count.setId("contacts-count");
        count.getElement().setAttribute("role", "status");
        notPlanned.setId("contacts-not-planned");
        notPlanned.setText(getTranslation("partners.contacts.noYear"));
        cards.setId("contact-cards");
        cards.addClassName("partner-cards");
        add(filters, notPlanned, downloads, count, cards);

        year.addValueChangeListener(e -> {
            if (!updating && e.getValue() != null) {
                yearChanged(e.getValue(), null);
            }
        });
        scope.addValueChangeListener(e -> {
            if (!updating) {
                show();
            }
        });
        district.addValueChangeListener(e -> {
            if (!updating) {
                show();
            }
        });
        yearChanged(calendar.currentYear(), LocalDate.now(clock));
    }

    /** Fills the breaks of the year; on first opening, the break that is on now or next. */
    private void yearChanged(SchoolYear selected, LocalDate today) {
        updating = true;
        try {
            year.setValue(selected);
            List<CalendarItem> breaks = contactList.breaks(selected);
            scope.setItems(PeriodChoices.comingFirst(breaks, today == null ? LocalDate.MIN : today, null));
            scope.setEnabled(!breaks.isEmpty());
            notPlanned.setVisible(breaks.isEmpty());
            CalendarItem next = today == null ? null : breaks.stream().filter(b -> !b.lastDay().isBefore(today))
                    .findFirst().orElse(null);
            scope.setValue(next);
        } finally {
            updating = false;
        }
        show();
    }

    void show() {
        ContactListRequest wanted = new ContactListRequest(year.getValue(),
                scope.getValue() == null ? null : scope.getValue().id(),
                district.getValue() == null ? null : district.getValue().id());
        ContactList list;
        try {
            list = contactList.show(wanted, locale);
        } catch (UserMessageException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            return;
        }
        request = wanted;
        count.setText(texts.t("partners.contacts.countFor", texts.scope(list), texts.district(list),
                list.entries().size(), list.contactCount()));
        cards.removeAll();
        if (list.entries().isEmpty()) {
            cards.add(new Paragraph(getTranslation("partners.contacts.empty")));
        }
        for (ContactList.Entry entry : list.entries()) {
            cards.add(card(entry, list));
        }
    }

    private Article card(ContactList.Entry entry, ContactList list) {
        OrganisationDetail organisation = entry.organisation();
        Article card = new Article();
        card.addClassName("partner-card");
        card.add(new H2(organisation.name()));
        Paragraph facts = new Paragraph(texts.kind(organisation) + " · " + texts.districts(organisation));
        facts.addClassName("card-facts");
        card.add(facts);
        if (organisation.contacts().isEmpty()) {
            card.add(new Paragraph(getTranslation("partners.contacts.noContacts")));
        } else {
            UnorderedList people = new UnorderedList();
            people.addClassName("contact-people");
            for (Contact contact : organisation.contacts()) {
                ListItem item = new ListItem();
                Span name = new Span(contact.name());
                name.addClassName("contact-name");
                item.add(name);
                if (contact.roleTitle() != null) {
                    Span role = new Span(contact.roleTitle());
                    role.addClassName("contact-role");
                    item.add(role);
                }
                item.add(ContactLinks.phone(this, contact), ContactLinks.email(this, contact));
                people.add(item);
            }
            card.add(people);
        }
        if (!entry.commitments().isEmpty()) {
            card.add(new H3(getTranslation("partners.contacts.commitments")));
            UnorderedList lines = new UnorderedList();
            lines.addClassName("commitment-lines");
            for (ContactList.Line line : entry.commitments()) {
                ListItem item = new ListItem(new Span(texts.commitment(line, organisation, list)));
                Span words = new Span(line.commitment().description());
                words.addClassName("commitment-words");
                item.add(words);
                lines.add(item);
            }
            card.add(lines);
        }
        card.getElement().setAttribute("data-organisation-id", String.valueOf(organisation.id()));
        return card;
    }

    /** What the screen shows now; the whole current year if nothing could be shown yet. */
    private ContactListRequest current() {
        ContactListRequest shown = request;
        return shown != null ? shown : new ContactListRequest(calendar.currentYear(), null, null);
    }

    private String fileName(ContactListRequest current, String extension) {
        return contactList.fileName(current, extension, locale);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partners.contacts.title") + " – " + getTranslation("app.name");
    }
}
