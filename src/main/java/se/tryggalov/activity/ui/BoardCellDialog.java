package se.tryggalov.activity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import se.tryggalov.activity.ActivityService;
import se.tryggalov.activity.PlanBoard;
import se.tryggalov.activity.Shift;
import se.tryggalov.activity.ShiftFilter;
import se.tryggalov.shared.ui.Notifications;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shifts of one board cell (one district on one evening), cancelled ones too. Coordinators open a shift to edit
 * it, or jump to the plan list filtered to this evening and district to change several at once.
 */
class BoardCellDialog extends Dialog {

    final Grid<Shift> shifts = new Grid<>();
    final Paragraph empty = new Paragraph();

    BoardCellDialog(ActivityService activities, PlanTexts texts, boolean canEdit, PlanBoard board,
                    PlanBoard.District district, PlanBoard.Day day, Runnable changed) {
        setId("board-cell-dialog");
        addClassName("plan-dialog");
        setHeaderTitle(texts.t("plan.cell.title", district.name(), texts.longDate(day.date())));
        setWidth("min(56rem, 100vw)");

        Paragraph risk = new Paragraph(texts.riskLabel(day.riskLevel()));
        risk.addClassNames("risk-badge", "risk-" + day.riskLevel());
        add(risk);

        List<Shift> list = activities.shifts(ShiftFilter.year(board.year()).withDates(day.date(), day.date())
                .withDistricts(Set.of(district.id())), 500).stream()
                .sorted(Comparator.comparing(Shift::startsAt).thenComparing(Shift::activityTitle)
                        .thenComparingInt(Shift::groupNo)).toList();

        shifts.setId("cell-shifts");
        shifts.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        shifts.setAriaLabel(texts.t("plan.cell.title", district.name(), texts.longDate(day.date())));
        shifts.addColumn(texts::times).setHeader(texts.t("plan.column.time")).setAutoWidth(true).setFlexGrow(0);
        shifts.addColumn(Shift::activityTitle).setHeader(texts.t("plan.column.activity")).setFlexGrow(1);
        shifts.addColumn(s -> texts.type(s.type())).setHeader(texts.t("plan.column.type")).setAutoWidth(true);
        shifts.addColumn(s -> texts.group(s.groupNo())).setHeader(texts.t("plan.column.group")).setAutoWidth(true);
        shifts.addColumn(texts::staffed).setHeader(texts.t("plan.column.staffed")).setAutoWidth(true);
        shifts.addColumn(s -> texts.status(s.status())).setHeader(texts.t("plan.column.status")).setAutoWidth(true);
        if (canEdit) {
            shifts.addComponentColumn(s -> {
                Button edit = new Button(texts.t("plan.action.edit"), e -> activities.shift(s.id()).ifPresentOrElse(
                        current -> {
                            close();
                            new ShiftDialog(activities, texts, true, current, List.of(), null, null, message -> {
                                Notifications.success(message);
                                changed.run();
                            }).open();
                        }, () -> Notifications.error(texts.t("error.notFound"))));
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                edit.setAriaLabel(texts.t("plan.action.editShift", s.activityTitle(), texts.group(s.groupNo()),
                        texts.shortDate(s.day())));
                edit.setId("cell-edit-" + s.id());
                return edit;
            }).setHeader(texts.t("plan.column.actions")).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        shifts.setItems(list);
        shifts.setAllRowsVisible(true);
        empty.setText(texts.t("plan.cell.empty"));
        empty.setVisible(list.isEmpty());
        shifts.setVisible(!list.isEmpty());
        add(empty, shifts);

        RouterLink inPlan = new RouterLink(texts.t("plan.cell.openInPlan"), PlanView.class);
        inPlan.setQueryParameters(QueryParameters.simple(Map.of("year", String.valueOf(board.year().startYear()),
                "from", day.date().toString(), "to", day.date().toString(),
                "district", String.valueOf(district.id()))));
        inPlan.setId("cell-open-in-plan");
        inPlan.getElement().addEventListener("click", e -> close());
        add(inPlan);

        Button close = new Button(texts.t("action.close"), e -> close());
        close.setId("cell-close");
        getFooter().add(close);
    }
}
