package se.tryggalov.calendar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.ListDataProvider;
import se.tryggalov.shared.ui.EmptyState;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.ItemStatus;
import se.tryggalov.calendar.YearPlan;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.ui.Notifications;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/** The year's items in a grid, filtered by kind, status and lowest risk; coordinators edit, confirm and delete. */
class CalendarList extends Div {

    private final CalendarService calendar;
    private final CalendarTexts texts;
    private final boolean canEdit;
    private final Consumer<CalendarItem> onOpen;
    private final Consumer<String> onChanged;

    final Grid<CalendarItem> grid = new Grid<>();
    final Select<ItemKind> kindFilter = new Select<>();
    final Select<ItemStatus> statusFilter = new Select<>();
    final Select<Integer> riskFilter = new Select<>();
    private ListDataProvider<CalendarItem> items = new ListDataProvider<>(new ArrayList<>());

    CalendarList(CalendarService calendar, CalendarTexts texts, boolean canEdit, Consumer<CalendarItem> onOpen,
                 Consumer<String> onChanged) {
        this.calendar = calendar;
        this.texts = texts;
        this.canEdit = canEdit;
        this.onOpen = onOpen;
        this.onChanged = onChanged;
        addClassName("calendar-list");

        kindFilter.setLabel(texts.t("calendar.filter.kind"));
        kindFilter.setItems(ItemKind.values());
        kindFilter.setEmptySelectionAllowed(true);
        kindFilter.setEmptySelectionCaption(texts.t("calendar.filter.all"));
        kindFilter.setItemLabelGenerator(k -> k == null ? texts.t("calendar.filter.all") : texts.kind(k));
        kindFilter.setId("filter-kind");
        statusFilter.setLabel(texts.t("calendar.filter.status"));
        statusFilter.setItems(ItemStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(texts.t("calendar.filter.all"));
        statusFilter.setItemLabelGenerator(s -> s == null ? texts.t("calendar.filter.all") : texts.status(s));
        statusFilter.setId("filter-status");
        riskFilter.setLabel(texts.t("calendar.filter.minRisk"));
        riskFilter.setItems(1, 2, 3, 4, 5);
        riskFilter.setEmptySelectionAllowed(true);
        riskFilter.setEmptySelectionCaption(texts.t("calendar.filter.anyRisk"));
        riskFilter.setItemLabelGenerator(r -> r == null ? texts.t("calendar.filter.anyRisk")
                : texts.t("calendar.filter.riskAtLeast", r));
        riskFilter.setId("filter-risk");
        HorizontalLayout filters = new HorizontalLayout(kindFilter, statusFilter, riskFilter);
        filters.addClassName("filters");
        kindFilter.addValueChangeListener(e -> applyFilters());
        statusFilter.addValueChangeListener(e -> applyFilters());
        riskFilter.addValueChangeListener(e -> applyFilters());

        grid.setId("calendar-items");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(texts::name).setHeader(texts.t("calendar.column.name")).setWidth("13rem").setFlexGrow(2)
                .setSortable(true)
                .setComparator(Comparator.comparing(texts::name));
        grid.addColumn(i -> texts.kind(i.kind())).setHeader(texts.t("calendar.column.kind")).setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(texts::shortDates).setHeader(texts.t("calendar.column.dates")).setAutoWidth(true)
                .setSortable(true).setComparator(Comparator.comparing(CalendarItem::firstDay));
        grid.addColumn(i -> i.riskLevel() == null ? "" : String.valueOf(i.riskLevel()))
                .setHeader(texts.t("calendar.column.risk")).setAutoWidth(true).setSortable(true)
                .setComparator(Comparator.comparing(i -> i.riskLevel() == null ? -1 : i.riskLevel()))
                .setPartNameGenerator(i -> i.riskLevel() == null ? null : "risk-cell risk-" + i.riskLevel());
        grid.addColumn(texts::timeAndPlace).setHeader(texts.t("calendar.column.timeAndPlace")).setFlexGrow(1);
        grid.addComponentColumn(this::statusBadge).setHeader(texts.t("calendar.column.status")).setAutoWidth(true)
                .setComparator(Comparator.comparing(CalendarItem::status));
        grid.addComponentColumn(this::actions).setHeader(texts.t("calendar.column.actions")).setAutoWidth(true);
        grid.setAriaLabel(texts.t("calendar.tab.list"));
        grid.setEmptyStateComponent(new EmptyState(getTranslation("words.empty.calendar")));
        grid.setAllRowsVisible(true);
        add(filters, grid);
    }

    void show(YearPlan plan) {
        items = new ListDataProvider<>(new ArrayList<>(plan.items()));
        grid.setItems(items);
        applyFilters();
    }

    private void applyFilters() {
        ItemKind kind = kindFilter.getValue();
        ItemStatus status = statusFilter.getValue();
        Integer minRisk = riskFilter.getValue();
        items.setFilter(i -> (kind == null || i.kind() == kind) && (status == null || i.status() == status)
                && (minRisk == null || (i.riskLevel() != null && i.riskLevel() >= minRisk)));
    }

    List<CalendarItem> shownItems() {
        return items.fetch(new com.vaadin.flow.data.provider.Query<>(items.getFilter())).toList();
    }

    Span statusBadge(CalendarItem item) {
        Span badge = new Span(texts.status(item.status()));
        badge.addClassNames("status-tag", item.status() == ItemStatus.PROPOSED ? "status-proposed" : "status-confirmed");
        return badge;
    }

    Component actions(CalendarItem item) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.addClassName("row-actions");
        Button open = new Button(texts.t(canEdit ? "calendar.action.edit" : "calendar.action.show"),
                e -> onOpen.accept(item));
        open.setAriaLabel(texts.t(canEdit ? "calendar.action.editNamed" : "calendar.action.showNamed", texts.name(item),
                texts.dates(item)));
        actions.add(open);
        if (canEdit) {
            if (item.status() == ItemStatus.PROPOSED) {
                Button confirm = new Button(texts.t("calendar.action.confirm"), e -> run(() -> {
                    calendar.confirm(item.id());
                    onChanged.accept(texts.t("calendar.item.confirmed", texts.name(item)));
                }));
                confirm.setAriaLabel(texts.t("calendar.action.confirmNamed", texts.name(item), texts.dates(item)));
                actions.add(confirm);
            }
            Button delete = new Button(texts.t("calendar.action.delete"), e -> confirmDelete(item));
            delete.setAriaLabel(texts.t("calendar.action.deleteNamed", texts.name(item), texts.dates(item)));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(delete);
        }
        actions.getChildren().forEach(c -> ((Button) c).addThemeVariants(ButtonVariant.LUMO_SMALL,
                ButtonVariant.LUMO_TERTIARY));
        return actions;
    }

    private void confirmDelete(CalendarItem item) {
        DeleteConfirmation.of(texts, item, () -> run(() -> {
            calendar.delete(item.id(), item.version());
            onChanged.accept(texts.t("calendar.item.deleted", texts.name(item)));
        })).open();
    }

    private void run(Runnable change) {
        try {
            change.run();
        } catch (UserMessageException e) {
            Notifications.error(texts.t(e.messageKey(), e.arguments()));
        }
    }
}
