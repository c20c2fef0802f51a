package se.tryggalov.calendar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.DayInfo;
import se.tryggalov.calendar.DayType;
import se.tryggalov.calendar.GenerationResult;
import se.tryggalov.calendar.Holiday;
import se.tryggalov.calendar.ItemStatus;
import se.tryggalov.calendar.RiskLevel;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.calendar.TermDates;
import se.tryggalov.calendar.YearPlan;
import se.tryggalov.partner.Organisation;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.ui.Notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.TreeSet;

/**
 * The school year as the steering group plans it: an annual wheel, a year of month calendars and a list. Everyone
 * signed in reads it; coordinators propose a year from the rules, confirm, edit items, term dates and settings.
 * {@code ?year=2031} (or {@code 2031/32}) opens a given school year, planned or not.
 */
@Route("calendar")
@PermitAll
@Menu(order = 10, icon = "vaadin:calendar", title = "nav.calendar")
public class CalendarView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final CalendarService calendar;
    private final Clock clock;
    private final boolean canEdit;
    private final CalendarTexts texts;

    final Select<SchoolYear> yearSelect = new Select<>();
    final Span status = new Span();
    final Paragraph terms = new Paragraph();
    final Div result = new Div();
    final Div emptyState = new Div();
    final Button generate;
    final Button confirmAll;
    final Button newItem;
    final Button editTerms;
    final Button settings;
    final Button exchange;
    final Button print;
    final TabSheet tabs = new TabSheet();
    final AnnualWheel wheel;
    final WheelAgenda agenda;
    final Div yearMonths = new Div();
    final Div dayDetails = new Div();
    final CalendarList list;

    private final List<Organisation> organisations;
    private SchoolYear year;
    private YearPlan plan;
    private boolean updatingYears;

    CalendarView(CalendarService calendar, PartnerService partners, AuthenticationContext authentication, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
        this.canEdit = authentication.hasAnyRole(Role.Names.COORDINATOR, Role.Names.ADMIN);
        // Volunteers may not read the partner list; for them a meeting simply shows no invitations.
        this.organisations = authentication.hasAnyRole(Role.Names.COORDINATOR, Role.Names.ADMIN,
                Role.Names.PARTNER_CONTACT, Role.Names.VIEWER) ? partners.organisations() : List.of();
        this.texts = CalendarTexts.of(this, getLocale());
        addClassNames("page", "calendar-view");

        yearSelect.setLabel(getTranslation("calendar.year"));
        yearSelect.setItemLabelGenerator(SchoolYear::label);
        yearSelect.setId("school-year");
        yearSelect.addValueChangeListener(e -> {
            if (!updatingYears && e.getValue() != null) {
                show(e.getValue());
            }
        });
        status.setId("calendar-status");
        status.addClassName("calendar-status");
        status.getElement().setAttribute("role", "status");
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("calendar.title")), yearSelect, status);
        header.addClassNames("page-header", "calendar-header");
        header.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(header);

        generate = button("calendar.action.generate", VaadinIcon.MAGIC, "generate", e -> generate());
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirmAll = button("calendar.action.confirmAll", VaadinIcon.CHECK, "confirm-all", e -> confirmAll());
        newItem = button("calendar.action.newItem", VaadinIcon.PLUS, "new-item", e -> open(null));
        editTerms = button("calendar.action.terms", VaadinIcon.ACADEMY_CAP, "edit-terms", e -> openTerms());
        settings = button("calendar.action.settings", VaadinIcon.COG, "calendar-settings", e -> openSettings());
        exchange = button("calendar.action.exchange", VaadinIcon.EXCHANGE, "calendar-exchange",
                e -> new CalendarExchangeDialog(calendar, year, canEdit, this::changed).open());
        print = button("calendar.action.print", VaadinIcon.PRINT, "print-calendar",
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        HorizontalLayout toolbar = new HorizontalLayout(generate, confirmAll, newItem, editTerms, settings, exchange, print);
        toolbar.addClassName("calendar-toolbar");
        toolbar.setWrap(true);
        for (Button b : List.of(generate, confirmAll, newItem, editTerms, settings)) {
            b.setVisible(canEdit);
        }
        add(toolbar);

        terms.setId("calendar-terms");
        terms.addClassName("calendar-terms");
        result.setId("generation-result");
        result.addClassName("generation-result");
        result.getElement().setAttribute("role", "status");
        result.setVisible(false);
        emptyState.setId("calendar-empty");
        emptyState.addClassName("calendar-empty");
        add(terms, result, emptyState);

        wheel = new AnnualWheel(this::openById);
        agenda = new WheelAgenda(this::openById);
        Div wheelColumn = new Div(wheel, legend());
        wheelColumn.addClassName("wheel-column");
        Div wheelTab = new Div(wheelColumn, agenda);
        wheelTab.addClassName("wheel-layout");

        yearMonths.setId("year-months");
        yearMonths.addClassName("year-calendar");
        DataAttributeEvents.listen(yearMonths.getElement(), YearCalendar.DATE, false, this::showDay);
        dayDetails.setId("day-details");
        dayDetails.addClassName("day-details");
        dayDetails.getElement().setAttribute("aria-live", "polite");
        Div yearTab = new Div(dayLegend(), yearMonths, dayDetails);
        yearTab.addClassName("year-layout");

        list = new CalendarList(calendar, texts, canEdit, this::open, this::changed);

        tabs.setId("calendar-tabs");
        tabs.add(getTranslation("calendar.tab.wheel"), wheelTab);
        tabs.add(getTranslation("calendar.tab.year"), yearTab);
        tabs.add(getTranslation("calendar.tab.list"), list);
        tabs.setWidthFull();
        add(tabs);
    }

    private Button button(String key, VaadinIcon icon, String id,
                          com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> click) {
        Button button = new Button(getTranslation(key), icon.create(), click);
        button.setId(id);
        return button;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SchoolYear requested = event.getLocation().getQueryParameters().getSingleParameter("year")
                .flatMap(SchoolYear::tryParse).orElseGet(calendar::currentYear);
        show(requested);
    }

    /** Shows a school year: its plan, or an empty state saying it is not planned yet. */
    void show(SchoolYear selected) {
        year = selected;
        plan = calendar.plan(selected).orElse(null);
        updateYears();
        LocalDate today = LocalDate.now(clock);
        status.removeClassNames("status-proposed", "status-confirmed", "status-none");
        if (plan == null) {
            status.setText(getTranslation("calendar.status.notPlanned"));
            status.addClassName("status-none");
        } else if (plan.hasProposals()) {
            long proposals = plan.items().stream().filter(i -> i.status() == ItemStatus.PROPOSED).count()
                    + (plan.termsStatus() == ItemStatus.PROPOSED ? 1 : 0);
            status.setText(getTranslation("calendar.status.proposals", proposals));
            status.addClassName("status-proposed");
        } else {
            status.setText(getTranslation("calendar.status.confirmedYear"));
            status.addClassName("status-confirmed");
        }
        confirmAll.setVisible(canEdit && plan != null && plan.hasProposals());
        newItem.setVisible(canEdit && plan != null);
        editTerms.setVisible(canEdit && plan != null);
        print.setVisible(plan != null);
        emptyState.setVisible(plan == null);
        tabs.setVisible(plan != null);
        terms.setVisible(plan != null);
        emptyState.removeAll();
        if (plan == null) {
            emptyState.add(new H2(getTranslation("calendar.empty.title", selected.label())),
                    new Paragraph(getTranslation(canEdit ? "calendar.empty.coordinator" : "calendar.empty.reader",
                            selected.label())));
            return;
        }
        TermDates t = plan.terms();
        terms.setText(getTranslation("calendar.terms.summary", texts.dates(t.autumnStart(), t.autumnEnd()),
                texts.dates(t.springStart(), t.springEnd()), texts.status(plan.termsStatus())));
        wheel.show(plan, texts, today);
        agenda.show(plan, texts);
        yearMonths.getElement().setProperty("innerHTML", new YearCalendar(texts).render(plan, today));
        dayDetails.removeAll();
        dayDetails.add(new Paragraph(getTranslation("calendar.day.hint")));
        list.show(plan);
    }

    private void updateYears() {
        TreeSet<SchoolYear> years = new TreeSet<>(calendar.years());
        SchoolYear current = calendar.currentYear();
        SchoolYear latest = years.isEmpty() || years.last().compareTo(current) < 0 ? current : years.last();
        years.add(current);
        years.add(latest.next());
        years.add(year);
        updatingYears = true;
        try {
            yearSelect.setItems(years);
            yearSelect.setValue(year);
        } finally {
            updatingYears = false;
        }
    }

    private void reload() {
        show(year);
    }

    private void changed(String message) {
        Notifications.success(message);
        reload();
    }

    // ---- coordinators' actions ----------------------------------------------------------------------------------

    private void generate() {
        try {
            GenerationResult outcome = calendar.generate(year);
            reload();
            showResult(outcome);
            Notifications.success(getTranslation("calendar.generate.done", year.label()));
        } catch (UserMessageException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    void showResult(GenerationResult outcome) {
        result.removeAll();
        result.add(new Paragraph(getTranslation("calendar.generate.summary", outcome.year().label(), outcome.created(),
                outcome.updated(), outcome.removed(), outcome.keptConfirmed())));
        if (!outcome.conflicts().isEmpty()) {
            result.add(new Paragraph(getTranslation("calendar.generate.conflicts", outcome.conflicts().size())));
            UnorderedList conflicts = new UnorderedList();
            for (GenerationResult.Conflict c : outcome.conflicts()) {
                CalendarItem blocker = c.blockedBy();
                conflicts.add(new ListItem(getTranslation("calendar.generate.conflict", getTranslation(c.nameKey()),
                        texts.dates(c.firstDay(), c.lastDay()), texts.name(blocker), texts.dates(blocker))));
            }
            result.add(conflicts);
        }
        result.setVisible(true);
    }

    private void confirmAll() {
        try {
            int confirmed = calendar.confirmAll(year);
            result.setVisible(false);
            changed(getTranslation("calendar.confirmAll.done", confirmed, year.label()));
        } catch (UserMessageException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void openTerms() {
        if (plan != null) {
            new TermsDialog(calendar, texts, plan, this::changed).open();
        }
    }

    private void openSettings() {
        new CalendarSettingsDialog(calendar, texts, this::changed).open();
    }

    // ---- items and days -----------------------------------------------------------------------------------------

    void openById(long id) {
        if (plan == null) {
            return;
        }
        plan.items().stream().filter(i -> i.id() == id).findFirst().ifPresentOrElse(this::open,
                () -> Notifications.error(getTranslation("error.notFound")));
    }

    /** Opens an item (or a new one, for null): editable for coordinators, details for everyone else. */
    void open(CalendarItem item) {
        if (plan == null) {
            return;
        }
        new CalendarItemDialog(calendar, texts, plan, item, canEdit, organisations, this::changed).open();
    }

    void showDay(String isoDate) {
        if (plan == null) {
            return;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(isoDate);
        } catch (DateTimeParseException e) {
            return;
        }
        if (!plan.covers(date)) {
            return;
        }
        DayInfo day = plan.day(date);
        dayDetails.removeAll();
        H2 heading = new H2(texts.dateWithWeekday(date));
        heading.addClassName("day-heading");
        Paragraph what = new Paragraph(texts.dayType(day.dayType()) + (day.riskLevel() > 0
                ? " · " + texts.risk(day.riskLevel()) : "") + " · " + getTranslation("calendar.week", texts.isoWeek(date)));
        dayDetails.add(heading, what);
        UnorderedList on = new UnorderedList();
        for (Holiday holiday : day.holidays()) {
            on.add(new ListItem(texts.holiday(holiday)));
        }
        for (CalendarItem item : day.items()) {
            Button open = new Button(texts.name(item) + " (" + texts.kind(item.kind()) + ", "
                    + texts.status(item.status()) + ")", e -> open(item));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            open.setAriaLabel(texts.summary(item));
            on.add(new ListItem(open));
        }
        if (on.getChildren().findAny().isEmpty()) {
            dayDetails.add(new Paragraph(getTranslation("calendar.day.nothing")));
        } else {
            dayDetails.add(on);
        }
    }

    // ---- legends ------------------------------------------------------------------------------------------------

    private Component legend() {
        Div legend = new Div();
        legend.addClassName("calendar-legend");
        legend.add(new H2(getTranslation("calendar.legend.title")));
        UnorderedList entries = new UnorderedList();
        for (se.tryggalov.calendar.BreakKind kind : se.tryggalov.calendar.BreakKind.values()) {
            entries.add(swatch(AnnualWheelSvg.BREAK_COLOURS.get(kind.name()), "legend-arc", "",
                    getTranslation("calendar.break." + kind.name())));
        }
        for (int level = 1; level <= 5; level++) {
            entries.add(swatch(AnnualWheelSvg.colourOfRisk(level), "legend-marker", String.valueOf(level),
                    getTranslation("calendar.risk.level", level)));
        }
        entries.add(swatch(null, "legend-meeting", "", getTranslation("calendar.legend.meeting")));
        entries.add(swatch(null, "legend-steering", "", getTranslation("calendar.legend.steeringGroup")));
        entries.add(swatch(null, "legend-today", "", getTranslation("calendar.today")));
        entries.add(swatch(null, "legend-proposed", "", getTranslation("calendar.legend.proposed")));
        legend.add(entries);
        return legend;
    }

    private static ListItem swatch(String colour, String shape, String symbol, String label) {
        Span mark = new Span(symbol);
        mark.addClassNames("legend-swatch", shape);
        mark.getElement().setAttribute("aria-hidden", "true");
        if (colour != null) {
            mark.getStyle().set("--swatch", colour);
        }
        ListItem item = new ListItem(mark, new Span(label));
        item.addClassName("legend-entry");
        return item;
    }

    private Component dayLegend() {
        Div legend = new Div();
        legend.addClassNames("calendar-legend", "day-legend");
        UnorderedList entries = new UnorderedList();
        for (DayType type : DayType.values()) {
            Span mark = new Span();
            mark.addClassNames("legend-day", "type-" + YearCalendar.typeClass(type));
            mark.getElement().setAttribute("aria-hidden", "true");
            ListItem entry = new ListItem(mark, new Span(texts.dayType(type)));
            entry.addClassName("legend-entry");
            entries.add(entry);
        }
        for (int level = 1; level <= 5; level++) {
            Span mark = new Span(RiskLevel.isRaised(level) ? String.valueOf(level) : "");
            mark.addClassNames("legend-day", "risk-" + level);
            mark.getElement().setAttribute("aria-hidden", "true");
            ListItem entry = new ListItem(mark, new Span(getTranslation("calendar.risk.level", level)));
            entry.addClassName("legend-entry");
            entries.add(entry);
        }
        Span today = new Span();
        today.addClassNames("legend-day", "today");
        today.getElement().setAttribute("aria-hidden", "true");
        ListItem todayEntry = new ListItem(today, new Span(getTranslation("calendar.today")));
        todayEntry.addClassName("legend-entry");
        entries.add(todayEntry);
        legend.add(entries);
        return legend;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title") + " – " + getTranslation("app.name");
    }
}
