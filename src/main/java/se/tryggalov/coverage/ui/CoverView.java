package se.tryggalov.coverage.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.coverage.CoverageCell;
import se.tryggalov.coverage.CoverageExportService;
import se.tryggalov.coverage.CoverageService;
import se.tryggalov.coverage.EveningCover;
import se.tryggalov.place.Venue;
import se.tryggalov.place.VenueKind;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.ui.Notifications;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import java.util.Optional;

/**
 * Vem är ute: for a youth centre (viewer) or a partner contact, on a phone first. Tonight, or each evening of a break
 * or high-risk date: per district the groups with organisation, times, gathering point and the lead's name and phone
 * (tap to call), and the organisations' commitments with their contact. The numbers are the read model's. A venue's
 * A4 sheet for the notice board is one tap away. {@code ?period=<calendar item id>} opens a period.
 */
@Route("coverage")
@RolesAllowed({Role.Names.VIEWER, Role.Names.PARTNER_CONTACT, Role.Names.COORDINATOR, Role.Names.ADMIN})
@Menu(order = 2, icon = "vaadin:group", title = "nav.coverage")
@StyleSheet("context://styles/coverage.css")
public class CoverView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /** A choice in the period picker: tonight (item null) or a break or raised-risk date of a school year. */
    record Choice(SchoolYear year, CalendarItem item, String label) {
    }

    private final CoverageService coverage;
    private final CoverageExportService exports;
    final Select<Choice> period = new Select<>();
    final Select<Venue> venue = new Select<>();
    final Anchor sheet = new Anchor();
    final Div evenings = new Div();
    private final DateTimeFormatter dayFormat;

    CoverView(CoverageService coverage, CoverageExportService exports, CalendarService calendar) {
        this.coverage = coverage;
        this.exports = exports;
        this.dayFormat = DateTimeFormatter.ofPattern("EEEE d MMMM", getLocale());
        addClassNames("page", "cover");
        add(new H1(getTranslation("coverage.view.title")));
        add(new Paragraph(getTranslation("coverage.view.intro")));

        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(null, null, getTranslation("coverage.view.tonight")));
        SchoolYear current = calendar.currentYear();
        for (SchoolYear year : List.of(current, current.next())) {
            for (CalendarItem item : coverage.periods(year)) {
                if (!item.lastDay().isBefore(coverage.tonight().minusDays(7))) {
                    choices.add(new Choice(year, item, label(item)));
                }
            }
        }
        period.setId("cover-period");
        period.setLabel(getTranslation("coverage.view.period"));
        period.setItems(choices);
        period.setItemLabelGenerator(Choice::label);
        period.setValue(choices.getFirst());
        period.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                show();
            }
        });

        List<Venue> venues = coverage.venues().stream()
                .sorted(Comparator.comparing((Venue v) -> v.kind() != VenueKind.YOUTH_CENTRE).thenComparing(Venue::name))
                .toList();
        venue.setId("cover-venue");
        venue.setLabel(getTranslation("coverage.view.venue"));
        venue.setItems(venues);
        venue.setItemLabelGenerator(Venue::name);
        venues.stream().filter(v -> v.kind() == VenueKind.YOUTH_CENTRE).findFirst().ifPresent(venue::setValue);
        venue.addValueChangeListener(e -> updateSheet());
        sheet.setId("cover-sheet");
        sheet.setText(getTranslation("coverage.view.sheet"));
        sheet.getElement().setAttribute("download", true);
        sheet.setHref(DownloadHandler.fromInputStream(event -> {
            Choice chosen = period.getValue();
            Venue v = venue.getValue();
            byte[] bytes = exports.venueSheet(v.id(), chosen.year(), chosen.item().id(), getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "vem-ar-ute-" + v.id() + "-"
                    + chosen.item().firstDay() + ".pdf", "application/pdf", bytes.length);
        }));
        Div controls = new Div(period, venue, sheet);
        controls.addClassName("cover-controls");
        evenings.setId("cover-evenings");
        add(controls, evenings);
    }

    private String label(CalendarItem item) {
        String name = item.nameKey() == null ? item.title() : getTranslation(item.nameKey());
        DateTimeFormatter f = DateTimeFormatter.ofPattern("d MMM", getLocale());
        return item.firstDay().equals(item.lastDay()) ? name + " (" + f.format(item.firstDay()) + ")"
                : name + " (" + f.format(item.firstDay()) + " – " + f.format(item.lastDay()) + ")";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        Optional<String> wanted = query.getSingleParameter("period");
        wanted.ifPresent(id -> period.getListDataView().getItems()
                .filter(c -> c.item() != null && String.valueOf(c.item().id()).equals(id)).findFirst()
                .ifPresent(period::setValue));
        show();
    }

    void show() {
        evenings.removeAll();
        Choice chosen = period.getValue();
        updateSheet();
        List<EveningCover> covers;
        try {
            covers = chosen.item() == null ? List.of(coverage.tonightsCover())
                    : coverage.evenings(chosen.item().firstDay(), chosen.item().lastDay().isAfter(
                    chosen.item().firstDay().plusDays(99)) ? chosen.item().firstDay().plusDays(99)
                    : chosen.item().lastDay());
        } catch (UserMessageException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            return;
        }
        if (covers.isEmpty() || covers.stream().allMatch(c -> c.districts().isEmpty())) {
            Paragraph none = new Paragraph(getTranslation("coverage.view.noScope"));
            none.setId("cover-none");
            evenings.add(none);
            return;
        }
        covers.forEach(c -> evenings.add(evening(c)));
    }

    private void updateSheet() {
        boolean possible = period.getValue() != null && period.getValue().item() != null && venue.getValue() != null;
        sheet.setEnabled(possible);
        sheet.setVisible(possible);
    }

    private Section evening(EveningCover evening) {
        Section section = new Section();
        section.addClassName("cover-evening");
        section.setId("evening-" + evening.date());
        H2 title = new H2(capitalised(dayFormat.format(evening.date())) + " · "
                + getTranslation("coverage.risk", evening.riskLevel()));
        section.add(title);
        for (EveningCover.DistrictCover d : evening.districts()) {
            Div district = new Div();
            district.addClassName("cover-district");
            district.add(new H3(d.districtName()));
            CoverageCell cell = d.cell();
            Paragraph summary = new Paragraph(cell.need() == 0
                    ? getTranslation("coverage.view.noNeed", cell.covered())
                    : getTranslation("coverage.view.cellSummary", cell.covered(), cell.need(), cell.gap()));
            summary.addClassName("cover-summary");
            district.add(summary);
            if (d.empty()) {
                district.add(new Paragraph(getTranslation("coverage.nobody")));
            }
            UnorderedList list = new UnorderedList();
            list.addClassName("cover-list");
            d.groups().forEach(g -> list.add(group(g)));
            d.commitments().forEach(c -> list.add(commitment(c)));
            if (!d.empty()) {
                district.add(list);
            }
            section.add(district);
        }
        return section;
    }

    private ListItem group(EveningCover.GroupCover g) {
        ListItem item = new ListItem();
        item.addClassName("cover-card");
        item.setId("cover-group-" + g.shiftId());
        String who = g.organisationName() == null ? g.activityTitle() : g.organisationName();
        H3 name = new H3(getTranslation("coverage.view.groupTitle", who, g.groupNo()));
        item.add(name);
        item.add(line(getTranslation("coverage.view.when", g.startsAt(), g.endsAt())
                + (g.gatheringPoint() == null ? "" : " · " + getTranslation("coverage.view.gathering",
                g.gatheringPoint()))));
        if (g.leadName() != null) {
            Span lead = new Span(getTranslation("coverage.view.lead", g.leadName()) + " ");
            lead.addClassName("cover-lead");
            Div row = new Div(lead);
            if (g.leadPhoneUrl() != null) {
                Anchor call = new Anchor(g.leadPhoneUrl(), g.leadPhone());
                call.addClassName("cover-call");
                call.getElement().setAttribute("aria-label", getTranslation("coverage.view.call", g.leadName(),
                        g.leadPhone()));
                row.add(call);
            }
            item.add(row);
        } else {
            item.add(line(getTranslation("coverage.noLead")));
        }
        String people = g.walks() ? getTranslation("coverage.view.people", g.people())
                : getTranslation("coverage.view.short", g.people(), g.minSize());
        Span state = line(people);
        if (!g.walks()) {
            state.addClassName("cover-short");
        }
        item.add(state);
        return item;
    }

    private ListItem commitment(EveningCover.CommitmentCover c) {
        ListItem item = new ListItem();
        item.addClassNames("cover-card", "cover-commitment");
        item.add(new H3(c.organisationName() == null ? getTranslation(c.type().messageKey()) : c.organisationName()));
        item.add(line(getTranslation("coverage.view.commitment", getTranslation(c.type().messageKey()), c.units(),
                c.startsAt(), c.endsAt())));
        if (c.contactName() != null) {
            Div row = new Div(new Span(getTranslation("coverage.view.contact", c.contactName()) + " "));
            if (c.contactPhoneUrl() != null) {
                Anchor call = new Anchor(c.contactPhoneUrl(), c.contactPhone());
                call.addClassName("cover-call");
                row.add(call);
            }
            item.add(row);
        }
        return item;
    }

    private static Span line(String text) {
        Span span = new Span(text);
        span.addClassName("cover-line");
        return span;
    }

    private String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coverage.view.title") + " – " + getTranslation("app.name");
    }

}
