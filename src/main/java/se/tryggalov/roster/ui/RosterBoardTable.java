package se.tryggalov.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import se.tryggalov.roster.AssignmentStatus;
import se.tryggalov.roster.BoardPerson;
import se.tryggalov.roster.BoardShift;
import se.tryggalov.roster.RosterBoard;
import se.tryggalov.roster.RosterDistrict;
import se.tryggalov.roster.solver.ShiftGap;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The date × district board: one row per evening, one column per district, each cell listing its groups with their
 * people (lead and pinned marked in words), the group's state in words, and for coordinators the solver's reasons
 * for a gap and buttons to change people. On a phone (roster.css) it shows one evening at a time, chosen with the
 * previous/next buttons or the list of evenings above it, each district a card; on a desktop every evening is a row
 * and the six districts share the width.
 */
class RosterBoardTable extends Div {

    /** What a coordinator answers a sign-up that waits for approval. */
    interface Approvals {
        void approve(BoardPerson person);

        void reject(BoardPerson person);
    }

    /** The evening shown on a phone (one at a time); on a desktop every evening is a row. */
    final Select<LocalDate> day = new Select<>();
    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    private final Map<LocalDate, NativeTableRow> rows = new LinkedHashMap<>();

    RosterBoardTable(RosterTexts texts, RosterBoard board, boolean editable,
                     BiConsumer<BoardShift, BoardPerson> onPerson, Consumer<BoardShift> onAdd) {
        this(texts, board, editable, onPerson, onAdd, null, true, null);
    }

    /**
     * {@code explain}: show the solver's reasons for a gap (only once a solve has run: before that they would
     * explain choices nobody made). {@code shownDay}: the evening to show first on a phone (null: the first).
     */
    RosterBoardTable(RosterTexts texts, RosterBoard board, boolean editable,
                     BiConsumer<BoardShift, BoardPerson> onPerson, Consumer<BoardShift> onAdd, Approvals approvals,
                     boolean explain, LocalDate shownDay) {
        addClassName("roster-board");
        setId("roster-board");
        if (board.shifts().isEmpty()) {
            Paragraph none = new Paragraph(texts.t("roster.board.none"));
            none.setId("roster-board-empty");
            add(none);
            return;
        }
        Map<Long, ShiftGap> gaps = !explain ? Map.of() : board.evaluation()
                .map(e -> e.gaps().stream().collect(Collectors.toMap(ShiftGap::shiftId, g -> g, (a, b) -> a)))
                .orElse(Map.of());
        add(dayPicker(texts, board.days()));
        NativeTable table = new NativeTable();
        table.addClassName("roster-table");
        table.getElement().setAttribute("aria-label", texts.t("roster.board.label"));
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headRow = new NativeTableRow();
        NativeTableHeaderCell dateHead = new NativeTableHeaderCell(texts.t("roster.board.date"));
        dateHead.getElement().setAttribute("scope", "col");
        headRow.add(dateHead);
        for (RosterDistrict district : board.districts()) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(district.name());
            cell.getElement().setAttribute("scope", "col");
            headRow.add(cell);
        }
        head.add(headRow);
        NativeTableBody body = new NativeTableBody();
        for (LocalDate day : board.days()) {
            NativeTableRow row = new NativeTableRow();
            NativeTableHeaderCell dayCell = new NativeTableHeaderCell(texts.shortDate(day));
            dayCell.getElement().setAttribute("scope", "row");
            dayCell.getElement().setAttribute("title", texts.longDate(day));
            row.add(dayCell);
            for (RosterDistrict district : board.districts()) {
                NativeTableCell cell = new NativeTableCell();
                cell.addClassName("roster-cell");
                // on a phone each cell is a card headed by its district; on a desktop the column header says it
                H3 heading = new H3(district.name());
                heading.addClassName("roster-cell-district");
                cell.add(heading);
                List<BoardShift> shifts = board.cell(day, district.id());
                if (shifts.isEmpty()) {
                    Span none = new Span(texts.t("roster.board.noGroups"));
                    none.addClassName("roster-cell-none");
                    cell.add(none);
                    cell.addClassName("no-groups");
                }
                for (BoardShift shift : shifts) {
                    cell.add(group(texts, shift, gaps.get(shift.id()), editable, onPerson, onAdd, approvals));
                }
                row.add(cell);
            }
            row.addClassName("roster-day");
            rows.put(day, row);
            body.add(row);
        }
        table.add(head, body);
        add(table);
        showDay(shownDay != null && rows.containsKey(shownDay) ? shownDay : board.days().getFirst());
    }

    /** Previous and next evening and a list of all: what a phone shows above the one evening it shows. */
    private Div dayPicker(RosterTexts texts, List<LocalDate> days) {
        day.setId("roster-day");
        day.setLabel(texts.t("roster.board.date"));
        day.setItems(days);
        day.setItemLabelGenerator(texts::shortDate);
        day.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showDay(e.getValue());
            }
        });
        previous.setId("roster-day-previous");
        previous.setAriaLabel(texts.t("roster.board.previousEvening"));
        previous.setTooltipText(texts.t("roster.board.previousEvening"));
        previous.addClickListener(e -> step(days, -1));
        next.setId("roster-day-next");
        next.setAriaLabel(texts.t("roster.board.nextEvening"));
        next.setTooltipText(texts.t("roster.board.nextEvening"));
        next.addClickListener(e -> step(days, 1));
        Div picker = new Div(previous, day, next);
        picker.addClassName("roster-day-picker");
        return picker;
    }

    private void step(List<LocalDate> days, int by) {
        int at = days.indexOf(day.getValue());
        int to = Math.max(0, Math.min(days.size() - 1, at + by));
        day.setValue(days.get(to));
    }

    /** Marks the evening a phone shows; a desktop shows them all. */
    void showDay(LocalDate shown) {
        rows.forEach((d, row) -> row.setClassName("current", d.equals(shown)));
        if (!shown.equals(day.getValue())) {
            day.setValue(shown);
        }
        List<LocalDate> days = List.copyOf(rows.keySet());
        previous.setEnabled(days.indexOf(shown) > 0);
        next.setEnabled(days.indexOf(shown) < days.size() - 1);
    }

    /** The evening a phone shows now. */
    LocalDate shownDay() {
        return day.getValue();
    }

    private static Div group(RosterTexts texts, BoardShift shift, ShiftGap gap, boolean editable,
                             BiConsumer<BoardShift, BoardPerson> onPerson, Consumer<BoardShift> onAdd,
                             Approvals approvals) {
        Div card = new Div();
        card.setId("shift-" + shift.id());
        card.addClassName("roster-group");
        card.addClassName(shift.empty() ? "empty" : shift.belowMinimum() ? "below-minimum"
                : shift.missing() > 0 ? "short" : "staffed");
        Span title = new Span(texts.t("roster.group", shift.groupNo(), texts.times(shift.startsAt(), shift.endsAt())));
        title.addClassName("roster-group-title");
        Span risk = new Span(texts.t("roster.risk", shift.riskLevel()));
        risk.addClassName("roster-risk");
        risk.getElement().setAttribute("data-risk", String.valueOf(shift.riskLevel()));
        Div header = new Div(title, risk);
        header.addClassName("roster-group-header");
        card.add(header);
        if (shift.activityTitle() != null) {
            Span activity = new Span(shift.activityTitle());
            activity.addClassName("roster-activity");
            card.add(activity);
        }
        Span state = new Span(texts.staffing(shift));
        state.addClassName("roster-staffing");
        card.add(state);
        if (shift.published()) {
            Span published = new Span(texts.t("roster.published"));
            published.addClassName("roster-published");
            card.add(published);
        }

        UnorderedList people = new UnorderedList();
        people.addClassName("roster-people");
        for (BoardPerson person : shift.people()) {
            ListItem item = new ListItem();
            item.addClassName("roster-person");
            Span who = new Span();
            who.addClassName("roster-person-who");
            Span name = new Span(person.name());
            name.addClassName("roster-person-name");
            who.add(name);
            if (person.lead()) {
                who.add(marker(texts.t("roster.person.lead"), "lead"));
            }
            if (person.pinned()) {
                who.add(marker(texts.t("roster.person.pinned"), "pinned"));
            }
            if (person.status() == AssignmentStatus.CONFIRMED) {
                who.add(marker(texts.t("roster.person.confirmed"), "confirmed"));
            } else if (person.status() == AssignmentStatus.PENDING || person.status() == AssignmentStatus.OFFERED) {
                who.add(marker(texts.t("roster.person." + person.status().name()), "confirmed"));
            }
            item.add(who);
            if (editable) {
                Button actions = new Button(VaadinIcon.ELLIPSIS_DOTS_H.create());
                actions.setId("person-" + person.assignmentId());
                actions.addClassName("roster-person-actions");
                actions.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
                actions.setAriaLabel(texts.t("roster.person.actions", person.name()));
                actions.setTooltipText(texts.t("roster.person.actions", person.name()));
                actions.addClickListener(e -> onPerson.accept(shift, person));
                item.add(actions);
            }
            if (editable && approvals != null && person.status() == AssignmentStatus.PENDING) {
                Button approve = new Button(texts.t("roster.action.approve"), VaadinIcon.CHECK.create());
                approve.setId("approve-" + person.assignmentId());
                approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
                approve.setAriaLabel(texts.t("roster.action.approveLabel", person.name()));
                approve.addClickListener(e -> approvals.approve(person));
                Button reject = new Button(texts.t("roster.action.reject"), VaadinIcon.CLOSE_SMALL.create());
                reject.setId("reject-" + person.assignmentId());
                reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                reject.setAriaLabel(texts.t("roster.action.rejectLabel", person.name()));
                reject.addClickListener(e -> approvals.reject(person));
                Div answer = new Div(approve, reject);
                answer.addClassName("roster-approval");
                item.add(answer);
            }
            people.add(item);
        }
        if (shift.hiddenPeople() > 0) {
            people.add(new ListItem(texts.t("roster.person.hidden", shift.hiddenPeople())));
        }
        for (BoardPerson person : shift.dropped()) {
            ListItem item = new ListItem(new Span(person.name()),
                    marker(texts.t("roster.person." + person.status().name()), "dropped"));
            item.addClassName("roster-person-dropped");
            people.add(item);
        }
        if (people.getChildren().findAny().isPresent()) {
            card.add(people);
        }
        if (gap != null && !gap.reasons().isEmpty()) {
            UnorderedList reasons = new UnorderedList();
            reasons.addClassName("roster-reasons");
            reasons.getElement().setAttribute("aria-label", texts.t("roster.reasons"));
            List<ShiftGap.Reason> list = gap.reasons();
            list.forEach(r -> reasons.add(new ListItem(texts.reason(r))));
            card.add(reasons);
        }
        if (editable && !shift.full()) {
            Button add = new Button(texts.t("roster.action.add"), VaadinIcon.PLUS.create());
            add.setId("add-" + shift.id());
            add.addClassName("roster-add");
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add.setAriaLabel(texts.t("roster.action.addTo", texts.shiftName(shift)));
            add.addClickListener(e -> onAdd.accept(shift));
            card.add(add);
        }
        return card;
    }

    private static Span marker(String text, String kind) {
        Span span = new Span(text);
        span.addClassNames("roster-marker", kind);
        return span;
    }
}
