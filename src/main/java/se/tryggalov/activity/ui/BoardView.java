package se.tryggalov.activity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.activity.ActivityService;
import se.tryggalov.activity.PlanBoard;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.PeriodChoices;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.Collection;

/**
 * One break (or key date) as a date × district board: a row per evening with its risk level in numbers and words, a
 * column per district, and in each cell what is planned there: groups of people (needed against assigned) by type,
 * and what organisations put out as a whole (patrols, youth centres open late). Every cell is a button (keyboard
 * too) that opens its shifts. On a phone the table turns into one card per evening listing its districts.
 * {@code ?break=12} opens a given break; without it the current or next break is shown.
 */
@Route("plan/board")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
@Menu(order = 51, icon = "vaadin:grid-small", title = "nav.planBoard")
@StyleSheet("context://styles/plan.css")
public class BoardView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final ActivityService activities;
    private final CalendarService calendar;
    private final Clock clock;
    private final PlanTexts texts;
    final boolean canEdit;

    final Select<CalendarItem> period = new Select<>();
    final Paragraph summary = new Paragraph();
    final Div board = new Div();
    private PlanBoard shown;
    private boolean filling;

    BoardView(ActivityService activities, CalendarService calendar, Clock clock,
              AuthenticationContext authentication) {
        this.activities = activities;
        this.calendar = calendar;
        this.clock = clock;
        this.texts = PlanTexts.of(this, getLocale());
        this.canEdit = authentication.hasAnyRole(Role.Names.COORDINATOR, Role.Names.ADMIN);
        addClassNames("page", "plan-board-view");

        add(texts.pageTop("plan.board.title", PlanTexts.link(texts.t("plan.link.list"), PlanView.class, "link-plan"),
                "plan.board.intro"));

        period.setLabel(texts.t("plan.board.period"));
        period.setItemLabelGenerator(texts::itemWithDates);
        period.setId("board-period");
        period.addClassName("period-choice");
        period.addValueChangeListener(e -> {
            if (!filling && e.getValue() != null) {
                show(e.getValue().id());
            }
        });
        add(period);
        summary.setId("board-summary");
        summary.getElement().setAttribute("role", "status");
        add(summary, legend());
        board.setId("board");
        board.addClassName("board-wrapper");
        add(board);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> requested = event.getLocation().getQueryParameters().getSingleParameter("break")
                .flatMap(PlanView::parseLong);
        SchoolYear current = calendar.currentYear();
        TreeSet<SchoolYear> years = new TreeSet<>(List.of(current.previous(), current, current.next()));
        // a break of another school year (e.g. from a link) brings its year's breaks into the list
        requested.flatMap(this::yearOf).ifPresent(years::add);
        LocalDate today = LocalDate.now(clock);
        List<CalendarItem> periods = PeriodChoices.comingFirst(periods(years), today, years.first());
        Optional<CalendarItem> chosen = requested.flatMap(id -> periods.stream().filter(p -> p.id() == id)
                .findFirst());
        if (chosen.isEmpty()) {
            chosen = PeriodChoices.coming(periods, today);
        }
        filling = true;
        try {
            period.setItems(periods);
            chosen.ifPresent(period::setValue);
        } finally {
            filling = false;
        }
        if (chosen.isPresent()) {
            show(chosen.get().id());
        } else {
            board.removeAll();
            shown = null;
            summary.setText(texts.t("plan.board.noBreaks"));
        }
    }

    private Optional<SchoolYear> yearOf(long calendarItemId) {
        try {
            return Optional.of(activities.board(calendarItemId).year());
        } catch (UserMessageException e) {
            return Optional.empty();
        }
    }

    /** The planning periods (breaks, key dates with a raised risk) of these school years, in date order. */
    private List<CalendarItem> periods(Collection<SchoolYear> years) {
        return years.stream().map(calendar::plan).flatMap(Optional::stream)
                .flatMap(p -> p.items().stream())
                .filter(CalendarItem::isPlanningPeriod)
                .sorted(Comparator.comparing(CalendarItem::firstDay)).toList();
    }

    /** Shows the board of one break or key date. */
    void show(long calendarItemId) {
        board.removeAll();
        try {
            shown = activities.board(calendarItemId);
        } catch (UserMessageException e) {
            shown = null;
            summary.setText(texts.t(e.messageKey(), e.arguments()));
            return;
        }
        int groups = 0;
        int needed = 0;
        int filled = 0;
        int missing = 0;
        for (PlanBoard.Day day : shown.days()) {
            for (PlanBoard.Cell cell : day.cells()) {
                groups += cell.groupCount();
                needed += cell.peopleNeeded();
                filled += cell.filled();
                missing += cell.missing();
            }
        }
        summary.setText(texts.t("plan.board.summary", texts.periodName(shown.period()), shown.days().size(), groups,
                filled, needed, missing));
        board.add(table(shown));
    }

    PlanBoard shown() {
        return shown;
    }

    private Component table(PlanBoard b) {
        NativeTable table = new NativeTable();
        table.addClassName("plan-board");
        table.setId("board-table");
        NativeTableCaption caption = new NativeTableCaption();
        caption.setText(texts.t("plan.board.caption", texts.periodName(b.period())));
        caption.addClassName("visually-hidden");
        table.add(caption);
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headRow = new NativeTableRow();
        NativeTableHeaderCell corner = new NativeTableHeaderCell(texts.t("plan.board.evening"));
        corner.getElement().setAttribute("scope", "col");
        headRow.add(corner);
        for (PlanBoard.District d : b.districts()) {
            NativeTableHeaderCell th = new NativeTableHeaderCell(d.name());
            th.getElement().setAttribute("scope", "col");
            headRow.add(th);
        }
        head.add(headRow);
        table.add(head);
        NativeTableBody body = new NativeTableBody();
        for (PlanBoard.Day day : b.days()) {
            NativeTableRow row = new NativeTableRow();
            row.addClassNames("board-day", "risk-" + day.riskLevel());
            NativeTableHeaderCell th = new NativeTableHeaderCell();
            th.getElement().setAttribute("scope", "row");
            th.addClassName("board-evening");
            Span date = new Span(texts.shortDate(day.date()));
            date.addClassName("board-date");
            Span risk = new Span(texts.riskLabel(day.riskLevel()));
            risk.addClassNames("risk-badge", "risk-" + day.riskLevel());
            th.add(date, risk);
            row.add(th);
            for (PlanBoard.District d : b.districts()) {
                PlanBoard.Cell cell = day.cell(d.id()).orElse(new PlanBoard.Cell(d.id(), day.date(), day.riskLevel(),
                        List.of(), List.of(), 0));
                NativeTableCell td = new NativeTableCell(cellButton(d, day, cell));
                td.addClassName("board-cell");
                row.add(td);
            }
            body.add(row);
        }
        table.add(body);
        return table;
    }

    private NativeButton cellButton(PlanBoard.District district, PlanBoard.Day day, PlanBoard.Cell cell) {
        NativeButton button = new NativeButton();
        button.addClassName("board-cell-button");
        button.setId("cell-" + day.date() + "-" + district.id());
        Span place = new Span(district.name());
        place.addClassName("board-cell-district");
        place.getElement().setAttribute("aria-hidden", "true");
        button.add(place);
        // The button's name is its own text (WCAG 2.5.3: what is seen is what a voice user says), led by words
        // only a screen reader needs: where, when and how risky. No aria-label, which would hide the visible text.
        button.add(spokenOnly(texts.t("breakboard.cellHeading", district.name(), texts.longDate(day.date()),
                texts.riskLabel(day.riskLevel())) + " "));
        if (cell.empty()) {
            Span nothing = new Span(texts.t("plan.board.nothing"));
            nothing.addClassName("board-nothing");
            button.add(nothing);
        } else {
            // a button may hold phrasing content only: lines are spans shown as blocks
            Span lines = new Span();
            lines.addClassName("board-lines");
            for (PlanBoard.GroupCount g : cell.groups()) {
                String text = g.missing() > 0
                        ? texts.t("plan.board.groupsMissing", texts.typeShort(g.type()), g.groups(), g.filled(),
                        g.peopleNeeded(), g.missing())
                        : texts.t("plan.board.groups", texts.typeShort(g.type()), g.groups(), g.filled(),
                        g.peopleNeeded());
                Span line = new Span(text);
                line.addClassNames("board-line", "type-" + g.type().name().toLowerCase(),
                        g.missing() > 0 ? "missing" : "full");
                line.add(spokenOnly(" " + texts.times(g.startsAt(), g.endsAt()) + ";"));
                lines.add(line);
            }
            for (PlanBoard.OrganisationCount o : cell.organisations()) {
                String who = o.organisationName() == null ? texts.typeShort(o.type())
                        : texts.t("plan.board.organisation", o.organisationName(), texts.typeShort(o.type()));
                String text = o.units() > 1 ? texts.t("plan.board.units", who, o.units(),
                        texts.times(o.startsAt(), o.endsAt()))
                        : texts.t("plan.board.unit", who, texts.times(o.startsAt(), o.endsAt()));
                Span line = new Span(text);
                line.addClassNames("board-line", "organisation", "type-" + o.type().name().toLowerCase());
                line.add(spokenOnly(";"));
                lines.add(line);
            }
            button.add(lines);
        }
        if (cell.cancelled() > 0) {
            Span cancelled = new Span(texts.t("plan.board.cancelled", cell.cancelled()));
            cancelled.addClassName("board-cancelled");
            button.add(cancelled);
        }
        button.addClickListener(e -> openCell(district, day));
        return button;
    }

    private static Span spokenOnly(String text) {
        Span span = new Span(text);
        span.addClassName("visually-hidden");
        return span;
    }

    void openCell(PlanBoard.District district, PlanBoard.Day day) {
        new BoardCellDialog(activities, texts, canEdit, shown, district, day, () -> {
            if (shown != null) {
                show(shown.period().calendarItemId());
            }
        }).open();
    }

    /** Opens the cell of this district on this evening, as a click on it would. */
    void openCell(long districtId, LocalDate date) {
        if (shown == null) {
            return;
        }
        PlanBoard.District district = shown.districts().stream().filter(d -> d.id() == districtId).findFirst()
                .orElseThrow();
        PlanBoard.Day day = shown.days().stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow();
        openCell(district, day);
    }

    private Component legend() {
        Div legend = new Div();
        legend.addClassName("board-legend");
        legend.setId("board-legend");
        Paragraph how = new Paragraph(texts.t("plan.board.legend"));
        UnorderedList levels = new UnorderedList();
        levels.addClassName("board-risk-legend");
        for (int level = 1; level <= PlanTexts.MAX_RISK; level++) {
            Span badge = new Span(texts.riskLabel(level));
            badge.addClassNames("risk-badge", "risk-" + level);
            levels.add(new ListItem(badge));
        }
        legend.add(how, levels);
        return legend;
    }

    @Override
    public String getPageTitle() {
        return texts.t("plan.board.title") + " – " + texts.t("app.name");
    }
}
