package se.tryggalov.availability.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.shared.ui.EmptyState;
import se.tryggalov.availability.AvailabilityCounts;
import se.tryggalov.availability.AvailabilityService;
import se.tryggalov.availability.QualificationFilter;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.calendar.YearPlan;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How many qualified people can go out, per date and home district, for a break or a date range: counts only, no
 * names. Coordinators see everyone; a partner contact sees their own organisation's people. On a phone the table
 * scrolls sideways inside its box with the date column fixed. {@code ?from=2031-10-27&to=2031-11-02&qualification=LEAD}
 * opens a given period.
 */
@Route("availability/overview")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT})
@Menu(order = 46, icon = "vaadin:table", title = "nav.availabilityOverview")
@StyleSheet("context://styles/availability.css")
public class AvailabilityOverviewView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /** A break to pick as the period. */
    record BreakChoice(String label, LocalDate from, LocalDate to) {
    }

    private final AvailabilityService availability;
    private final CalendarService calendar;
    private final Clock clock;
    private final AvailabilityTexts texts;

    final Select<BreakChoice> period = new Select<>();
    final DatePicker from;
    final DatePicker to;
    final Select<QualificationFilter> qualification = new Select<>();
    final Paragraph message = new Paragraph();
    final Grid<AvailabilityCounts.Day> table = new Grid<>();
    private boolean filling;

    AvailabilityOverviewView(AvailabilityService availability, CalendarService calendar, Clock clock,
                             AuthenticationContext authentication) {
        this.availability = availability;
        this.calendar = calendar;
        this.clock = clock;
        this.texts = AvailabilityTexts.of(this, getLocale());
        addClassNames("page", "availability-overview");
        add(new H1(getTranslation("availability.overview.title")));
        boolean everyone = authentication.hasAnyRole(Role.Names.COORDINATOR, Role.Names.ADMIN);
        add(new Paragraph(getTranslation(everyone ? "availability.overview.intro"
                : "availability.overview.introContact")));

        from = texts.datePicker(getTranslation("availability.overview.from"));
        from.setId("overview-from");
        to = texts.datePicker(getTranslation("availability.overview.to"));
        to.setId("overview-to");
        period.setId("overview-break");
        period.setLabel(getTranslation("availability.overview.break"));
        String ownRange = getTranslation("availability.overview.ownRange");
        period.setItemLabelGenerator(b -> b == null ? ownRange : b.label());
        period.setEmptySelectionCaption(ownRange);
        period.setEmptySelectionAllowed(true);
        period.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                filling = true;
                try {
                    this.from.setValue(e.getValue().from());
                    this.to.setValue(e.getValue().to());
                } finally {
                    filling = false;
                }
                refresh();
            }
        });
        for (DatePicker picker : List.of(from, to)) {
            picker.addValueChangeListener(e -> {
                if (!filling) {
                    period.clear();
                    refresh();
                }
            });
        }
        qualification.setId("overview-qualification");
        qualification.setLabel(getTranslation("availability.overview.qualification"));
        qualification.setItems(QualificationFilter.values());
        qualification.setItemLabelGenerator(q -> getTranslation("availability.qualification." + q.name()));
        qualification.setValue(QualificationFilter.ANY);
        qualification.addValueChangeListener(e -> refresh());
        Div filters = new Div(period, from, to, qualification);
        filters.addClassName("overview-filters");
        add(filters);

        Paragraph legend = new Paragraph(getTranslation("availability.overview.legend"));
        legend.addClassName("hint");
        add(legend);
        message.setId("overview-message");
        add(message);

        table.setId("availability-counts");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        table.setAllRowsVisible(true);
        table.setAriaLabel(getTranslation("availability.overview.title"));
        table.setEmptyStateComponent(new EmptyState(getTranslation("words.empty.availabilityOverview")));
        table.addClassName("counts-table");
        add(table);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        List<BreakChoice> breaks = breaks();
        period.setItems(breaks);
        filling = true;
        try {
            query.getSingleParameter("qualification").flatMap(AvailabilityOverviewView::parseFilter)
                    .ifPresent(qualification::setValue);
            Optional<LocalDate> qFrom = query.getSingleParameter("from").flatMap(AvailabilityOverviewView::parseDate);
            Optional<LocalDate> qTo = query.getSingleParameter("to").flatMap(AvailabilityOverviewView::parseDate);
            if (qFrom.isPresent() && qTo.isPresent()) {
                from.setValue(qFrom.get());
                to.setValue(qTo.get());
            } else {
                LocalDate today = LocalDate.now(clock);
                BreakChoice next = breaks.stream().filter(b -> !b.to().isBefore(today)).findFirst().orElse(null);
                if (next != null) {
                    period.setValue(next);
                    from.setValue(next.from());
                    to.setValue(next.to());
                } else {
                    from.setValue(today);
                    to.setValue(today.plusDays(13));
                }
            }
        } finally {
            filling = false;
        }
        refresh();
    }

    /** The breaks of this school year and the next, with the weekends next to them. */
    private List<BreakChoice> breaks() {
        SchoolYear current = calendar.currentYear();
        List<BreakChoice> choices = new ArrayList<>();
        Stream.of(current, current.next()).map(calendar::plan).flatMap(Optional::stream)
                .flatMap((YearPlan p) -> p.itemsOf(ItemKind.BREAK).stream())
                .forEach((CalendarItem b) -> {
                    LocalDate first = b.firstDay().minusDays(3);
                    LocalDate last = b.lastDay().plusDays(2);
                    choices.add(new BreakChoice(getTranslation("availability.overview.breakOption",
                            texts.itemName(b), String.valueOf(b.firstDay().getYear()), texts.shortDate(first),
                            texts.shortDate(last)),
                            first, last.isAfter(first.plusDays(AvailabilityService.MAX_COUNT_DAYS - 1))
                                    ? first.plusDays(AvailabilityService.MAX_COUNT_DAYS - 1) : last));
                });
        return choices;
    }

    private static Optional<LocalDate> parseDate(String value) {
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<QualificationFilter> parseFilter(String value) {
        try {
            return Optional.of(QualificationFilter.valueOf(value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Counts for the chosen period and qualification; a bad period shows why instead of a table. */
    void refresh() {
        table.removeAllColumns();
        table.setItems(List.of());
        if (from.isEmpty() || to.isEmpty() || from.isInvalid() || to.isInvalid()) {
            showMessage(getTranslation("availability.error.periodRequired"));
            return;
        }
        AvailabilityCounts counts;
        try {
            counts = availability.counts(from.getValue(), to.getValue(), qualification.getValue());
        } catch (UserMessageException e) {
            showMessage(getTranslation(e.messageKey(), e.arguments()));
            return;
        }
        message.setVisible(false);
        table.setVisible(true);
        table.addColumn(d -> texts.shortDate(d.date()) + (d.riskLevel() > 0 ? " · " + texts.riskBadge(d.riskLevel()) : ""))
                .setHeader(getTranslation("availability.overview.date")).setFrozen(true).setAutoWidth(true)
                .setFlexGrow(0).setKey("date").setPartNameGenerator(d -> "risk-cell risk-" + d.riskLevel());
        for (AvailabilityCounts.DistrictColumn district : counts.districts()) {
            table.addColumn(d -> cell(d.district(district.id()))).setHeader(district.name()).setAutoWidth(true)
                    .setKey("district-" + district.id());
        }
        table.addColumn(d -> cell(d.anywhere())).setHeader(getTranslation("availability.overview.anywhere"))
                .setAutoWidth(true).setKey("anywhere");
        table.addColumn(d -> cell(d.total())).setHeader(getTranslation("availability.overview.total"))
                .setAutoWidth(true).setKey("total").setPartNameGenerator(d -> "total-cell");
        table.setItems(counts.days());
    }

    /** "3 (+2)": three yes and two maybe. */
    private String cell(AvailabilityCounts.Cell cell) {
        return cell.maybe() == 0 ? String.valueOf(cell.available())
                : getTranslation("availability.overview.cell", cell.available(), cell.maybe());
    }

    private void showMessage(String text) {
        message.setText(text);
        message.setVisible(true);
        table.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("availability.overview.title") + " – " + getTranslation("app.name");
    }
}
