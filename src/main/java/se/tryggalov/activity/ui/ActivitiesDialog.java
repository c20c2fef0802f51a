package se.tryggalov.activity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import se.tryggalov.activity.Activity;
import se.tryggalov.calendar.SchoolYear;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The school year's activities, also those without shifts yet: open one (edit or details), or add a shift to it.
 */
class ActivitiesDialog extends Dialog {

    final Grid<Activity> grid = new Grid<>();
    final TextField search = new TextField();

    ActivitiesDialog(PlanTexts texts, SchoolYear year, List<Activity> activities, boolean canEdit,
                     Consumer<Activity> open, Consumer<Activity> addShift) {
        setId("activities-dialog");
        addClassName("plan-dialog");
        setHeaderTitle(texts.t("plan.activities.title", year.label()));
        setWidth("min(64rem, 100vw)");

        search.setLabel(texts.t("plan.activities.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("activities-search");
        search.addValueChangeListener(e -> {
            String q = e.getValue() == null ? "" : e.getValue().strip().toLowerCase(Locale.ROOT);
            grid.setItems(activities.stream().filter(a -> q.isEmpty()
                    || (a.title() + " " + a.districtName() + " " + texts.type(a.type()) + " "
                    + texts.periodName(a.period())).toLowerCase(Locale.ROOT).contains(q)).toList());
        });

        grid.setId("activities");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(texts.t("plan.activities.title", year.label()));
        grid.addColumn(Activity::title).setHeader(texts.t("plan.column.activity")).setFlexGrow(1).setSortable(true);
        grid.addColumn(a -> texts.type(a.type())).setHeader(texts.t("plan.column.type")).setAutoWidth(true);
        grid.addColumn(Activity::districtName).setHeader(texts.t("plan.column.district")).setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(a -> texts.periodName(a.period())).setHeader(texts.t("plan.column.period")).setAutoWidth(true);
        grid.addColumn(Activity::shiftCount).setHeader(texts.t("plan.column.shifts")).setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Button show = new Button(texts.t(canEdit ? "plan.action.edit" : "plan.action.show"), e -> {
                close();
                open.accept(a);
            });
            show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            show.setAriaLabel(texts.t(canEdit ? "plan.action.editNamed" : "plan.action.showNamed", a.title()));
            HorizontalLayout actions = new HorizontalLayout(show);
            actions.setSpacing(false);
            if (canEdit) {
                Button add = new Button(texts.t("plan.action.addShift"), e -> {
                    close();
                    addShift.accept(a);
                });
                add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                add.setAriaLabel(texts.t("plan.action.addShiftNamed", a.title()));
                actions.add(add);
            }
            return actions;
        }).setHeader(texts.t("plan.column.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(activities);
        grid.setHeight("26rem");
        add(search, grid);

        Button close = new Button(texts.t("action.close"), e -> close());
        close.setId("activities-close");
        getFooter().add(close);
    }
}
