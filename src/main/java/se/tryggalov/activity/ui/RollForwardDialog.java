package se.tryggalov.activity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import se.tryggalov.activity.RollForwardItem;
import se.tryggalov.activity.RollForwardPreview;
import se.tryggalov.activity.RollForwardResult;
import se.tryggalov.activity.RollForwardService;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.ui.Notifications;

import java.util.List;
import java.util.function.Consumer;

/**
 * Rolls a break's (or the whole year's) activities forward onto next school year's matching dates: choose what,
 * preview every shift's new date (or why it has none), then apply. Copies are drafts without people.
 */
class RollForwardDialog extends Dialog {

    private final RollForwardService rollForward;
    private final PlanTexts texts;
    private final SchoolYear year;
    private final Consumer<String> onChanged;

    final Select<CalendarItem> scope = new Select<>();
    final Button preview;
    final Button apply;
    final Paragraph summary = new Paragraph();
    final Grid<RollForwardItem> items = new Grid<>();
    final Div error = new Div();
    private RollForwardPreview shown;

    /**
     * @param periods the school year's breaks and key dates to choose from (none chosen = the whole year)
     * @param preset  the break to preselect, or null for the whole year
     */
    RollForwardDialog(RollForwardService rollForward, PlanTexts texts, SchoolYear year, List<CalendarItem> periods,
                      CalendarItem preset, Consumer<String> onChanged) {
        this.rollForward = rollForward;
        this.texts = texts;
        this.year = year;
        this.onChanged = onChanged;
        setId("roll-forward-dialog");
        addClassName("plan-dialog");
        setHeaderTitle(texts.t("plan.roll.title", year.label(), year.next().label()));
        setWidth("min(56rem, 100vw)");

        Paragraph intro = new Paragraph(texts.t("plan.roll.intro", year.label(), year.next().label()));
        scope.setLabel(texts.t("plan.roll.scope"));
        scope.setItems(periods);
        scope.setEmptySelectionAllowed(true);
        scope.setEmptySelectionCaption(texts.t("plan.roll.wholeYear", year.label()));
        scope.setItemLabelGenerator(i -> i == null ? texts.t("plan.roll.wholeYear", year.label())
                : texts.itemWithDates(i));
        scope.setId("roll-scope");
        scope.setValue(preset);
        scope.addValueChangeListener(e -> reset());

        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        summary.setId("roll-summary");
        summary.getElement().setAttribute("role", "status");
        summary.setVisible(false);

        items.setId("roll-items");
        items.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        items.setAriaLabel(texts.t("plan.roll.itemsLabel"));
        items.addColumn(i -> i.activityTitle()).setHeader(texts.t("plan.column.activity")).setAutoWidth(true);
        items.addColumn(i -> i.districtName()).setHeader(texts.t("plan.column.district")).setAutoWidth(true);
        items.addColumn(i -> texts.group(i.groupNo())).setHeader(texts.t("plan.column.group")).setAutoWidth(true);
        items.addColumn(i -> texts.shortDate(i.from())).setHeader(texts.t("plan.roll.from")).setAutoWidth(true);
        items.addColumn(this::target).setHeader(texts.t("plan.roll.to")).setAutoWidth(true).setKey("to");
        items.addColumn(i -> texts.t(i.reasonKey(), i.reasonArguments())).setHeader(texts.t("plan.roll.reason"))
                .setFlexGrow(1);
        items.setVisible(false);
        items.setHeight("22rem");

        add(intro, scope, error, summary, items);

        Button close = new Button(texts.t("action.close"), e -> close());
        close.setId("roll-close");
        preview = new Button(texts.t("plan.roll.preview"), e -> preview());
        preview.setId("roll-preview");
        apply = new Button(texts.t("plan.roll.apply"), e -> apply());
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setId("roll-apply");
        apply.setEnabled(false);
        getFooter().add(close, preview, apply);
    }

    private String target(RollForwardItem item) {
        return switch (item.outcome()) {
            case MATCHED -> texts.shortDate(item.to());
            case ALREADY_THERE -> item.to() == null ? texts.t("plan.roll.outcome.ALREADY_THERE")
                    : texts.t("plan.roll.alreadyOn", texts.shortDate(item.to()));
            case NO_MATCH -> texts.t("plan.roll.outcome.NO_MATCH");
            case SKIPPED -> texts.t("plan.roll.outcome.SKIPPED");
        };
    }

    private Long scopeId() {
        return scope.getValue() == null ? null : scope.getValue().id();
    }

    private void reset() {
        shown = null;
        apply.setEnabled(false);
        summary.setVisible(false);
        items.setVisible(false);
        error.setVisible(false);
    }

    void preview() {
        reset();
        try {
            shown = rollForward.preview(year, scopeId());
        } catch (UserMessageException e) {
            showError(texts.t(e.messageKey(), e.arguments()));
            return;
        }
        summary.setText(texts.t("plan.roll.summary", shown.items().size(),
                shown.count(RollForwardItem.Outcome.MATCHED), shown.count(RollForwardItem.Outcome.NO_MATCH),
                shown.count(RollForwardItem.Outcome.ALREADY_THERE), shown.to().label(),
                shown.count(RollForwardItem.Outcome.SKIPPED)));
        summary.setVisible(true);
        items.setItems(shown.items());
        items.setVisible(!shown.items().isEmpty());
        apply.setEnabled(shown.count(RollForwardItem.Outcome.MATCHED) > 0);
    }

    void apply() {
        if (shown == null) {
            return;
        }
        try {
            RollForwardResult result = rollForward.apply(year, scopeId());
            close();
            onChanged.accept(texts.t("plan.roll.done", result.shiftsCreated(), result.activitiesCreated(),
                    result.to().label(), result.alreadyThere(), result.notRolled().size()));
        } catch (UserMessageException e) {
            showError(texts.t(e.messageKey(), e.arguments()));
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        Notifications.error(message);
    }
}
