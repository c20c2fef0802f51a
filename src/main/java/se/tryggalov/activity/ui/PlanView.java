package se.tryggalov.activity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.activity.Activity;
import se.tryggalov.activity.ActivityService;
import se.tryggalov.activity.ActivityType;
import se.tryggalov.activity.RollForwardService;
import se.tryggalov.activity.Shift;
import se.tryggalov.activity.ShiftFilter;
import se.tryggalov.activity.ShiftRef;
import se.tryggalov.activity.ShiftStatus;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.PeriodChoices;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.calendar.YearPlan;
import se.tryggalov.partner.Organisation;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.place.District;
import se.tryggalov.place.PlaceService;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.ui.Notifications;

import java.time.DayOfWeek;
import java.time.LocalDate;
import se.tryggalov.shared.time.Zones;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * The plan as a list of shifts (one shift = one group), filterable by school year, break or key date, dates,
 * district, organisation, type and status. Coordinators select shifts to change their times, cancel, reopen or set
 * their status in one go, add and edit shifts and activities, and roll the plan forward to next school year; partner
 * contacts and viewers read it. {@code ?year=2026&break=12&from=2027-03-01&to=2027-03-07&district=3&type=NIGHT_WALK
 * &status=DRAFT} opens it filtered (the board links here that way).
 */
@Route("plan")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
@Menu(order = 50, icon = "vaadin:clipboard-text", title = "nav.plan")
@StyleSheet("context://styles/plan.css")
public class PlanView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /** The most shifts the list shows at once; the count above it says when the filter matches more. */
    static final int LIMIT = 1000;

    private final ActivityService activities;
    private final RollForwardService rollForward;
    private final CalendarService calendar;
    private final PlanTexts texts;
    final boolean canEdit;
    private final List<District> districtList;
    private final List<Organisation> organisationList;

    final Select<SchoolYear> year = new Select<>();
    final Select<CalendarItem> period = new Select<>();
    final DatePicker from;
    final DatePicker to;
    final MultiSelectComboBox<District> districts = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Organisation> organisations = new MultiSelectComboBox<>();
    final MultiSelectComboBox<ActivityType> types = new MultiSelectComboBox<>();
    final MultiSelectComboBox<ShiftStatus> statuses = new MultiSelectComboBox<>();
    final Button clearFilters;
    final Details filters;
    final Paragraph count = new Paragraph();
    final Grid<Shift> grid = new Grid<>();

    final Button newActivity;
    final Button newShift;
    final Button activityList;
    final Button roll;
    final Div bulkBar = new Div();
    final Span selectedCount = new Span();
    final Button bulkTimes;
    final Button bulkCancel;
    final Button bulkReopen;
    final Select<ShiftStatus> bulkStatus = new Select<>();
    final Button bulkApplyStatus;

    private YearPlan plan;
    private boolean filling;

    PlanView(ActivityService activities, RollForwardService rollForward, CalendarService calendar,
             PlaceService places, PartnerService partners, AuthenticationContext authentication) {
        this.activities = activities;
        this.rollForward = rollForward;
        this.calendar = calendar;
        this.texts = PlanTexts.of(this, getLocale());
        this.canEdit = authentication.hasAnyRole(Role.Names.COORDINATOR, Role.Names.ADMIN);
        this.districtList = places.districts();
        this.organisationList = partners.organisations();
        addClassNames("page", "plan-view");

        // ---- header and actions ----
        HorizontalLayout links = new HorizontalLayout(
                PlanTexts.link(texts.t("plan.link.board"), BoardView.class, "link-board"));
        links.addClassName("plan-links");
        if (canEdit) {
            links.add(PlanTexts.link(texts.t("plan.link.rules"), RulesView.class, "link-rules"));
        }
        add(texts.pageTop("plan.title", links, canEdit ? "plan.intro.coordinator" : "plan.intro.reader"));

        newActivity = button("plan.action.newActivity", VaadinIcon.PLUS, "new-activity", () -> openActivity(null));
        newActivity.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newShift = button("plan.action.newShift", VaadinIcon.PLUS_CIRCLE, "new-shift", () -> openNewShift(null));
        activityList = button("plan.action.activities", VaadinIcon.LIST, "activity-list", this::openActivityList);
        roll = button("plan.action.rollForward", VaadinIcon.FORWARD, "roll-forward", this::openRollForward);
        Div toolbar = new Div(newActivity, newShift, activityList, roll);
        toolbar.addClassName("plan-toolbar");
        newActivity.setVisible(canEdit);
        newShift.setVisible(canEdit);
        roll.setVisible(canEdit);
        add(toolbar);

        // ---- filters ----
        year.setLabel(texts.t("plan.filter.year"));
        year.setItemLabelGenerator(SchoolYear::label);
        year.setId("filter-year");
        year.addValueChangeListener(e -> {
            if (!filling && e.getValue() != null) {
                yearChanged(e.getValue());
            }
        });
        period.setLabel(texts.t("plan.filter.period"));
        period.setEmptySelectionAllowed(true);
        period.setEmptySelectionCaption(texts.t("plan.filter.wholeYear"));
        period.setItemLabelGenerator(i -> i == null ? texts.t("plan.filter.wholeYear") : texts.itemWithDates(i));
        period.setId("filter-period");
        period.addClassName("period-choice");
        from = texts.datePicker(texts.t("plan.filter.from"));
        from.setId("filter-from");
        to = texts.datePicker(texts.t("plan.filter.to"));
        to.setId("filter-to");
        districts.setLabel(texts.t("plan.filter.districts"));
        districts.setItems(districtList);
        districts.setItemLabelGenerator(District::name);
        districts.setId("filter-districts");
        organisations.setLabel(texts.t("plan.filter.organisations"));
        organisations.setItems(organisationList);
        organisations.setItemLabelGenerator(Organisation::name);
        organisations.setId("filter-organisations");
        types.setLabel(texts.t("plan.filter.types"));
        types.setItems(ActivityType.values());
        types.setItemLabelGenerator(texts::type);
        types.setId("filter-types");
        statuses.setLabel(texts.t("plan.filter.statuses"));
        statuses.setItems(ShiftStatus.values());
        statuses.setItemLabelGenerator(texts::status);
        statuses.setId("filter-statuses");
        List<com.vaadin.flow.component.HasValue<?, ?>> filterFields = List.of(period, from, to, districts,
                organisations, types, statuses);
        for (com.vaadin.flow.component.HasValue<?, ?> field : filterFields) {
            field.addValueChangeListener(e -> {
                if (!filling) {
                    refresh();
                }
            });
        }
        clearFilters = new Button(texts.t("plan.filter.clear"), VaadinIcon.CLOSE_SMALL.create(), e -> clear());
        clearFilters.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clearFilters.setId("clear-filters");
        Div filterBox = new Div(year, period, from, to, districts, organisations, types, statuses, clearFilters);
        filterBox.addClassName("plan-filters");
        filters = new Details(texts.t("plan.filter.title"), filterBox);
        filters.setOpened(true);
        filters.setId("plan-filters");
        filters.addClassName("plan-filter-details");
        add(filters);

        // ---- bulk actions ----
        selectedCount.setId("selected-count");
        selectedCount.getElement().setAttribute("role", "status");
        selectedCount.addClassName("selected-count");
        bulkTimes = button("plan.bulk.times", VaadinIcon.CLOCK, "bulk-times", this::openBulkTimes);
        bulkCancel = button("plan.bulk.cancel", VaadinIcon.BAN, "bulk-cancel",
                () -> bulk(refs -> activities.cancel(refs), "plan.bulk.cancel.done"));
        bulkReopen = button("plan.bulk.reopen", VaadinIcon.ROTATE_LEFT, "bulk-reopen",
                () -> bulk(refs -> activities.reopen(refs), "plan.bulk.reopen.done"));
        bulkStatus.setLabel(texts.t("plan.bulk.status"));
        bulkStatus.setItems(ShiftStatus.DRAFT, ShiftStatus.OPEN, ShiftStatus.PUBLISHED);
        bulkStatus.setItemLabelGenerator(texts::status);
        bulkStatus.setValue(ShiftStatus.OPEN);
        bulkStatus.setId("bulk-status");
        bulkApplyStatus = button("plan.bulk.setStatus", VaadinIcon.CHECK, "bulk-apply-status",
                () -> bulk(refs -> activities.setStatus(refs, bulkStatus.getValue()), "plan.bulk.status.done"));
        bulkBar.add(selectedCount, bulkTimes, bulkCancel, bulkReopen, bulkStatus, bulkApplyStatus);
        bulkBar.addClassName("plan-bulk");
        bulkBar.setId("plan-bulk");
        bulkBar.getElement().setAttribute("role", "group");
        bulkBar.getElement().setAttribute("aria-label", texts.t("plan.bulk.label"));
        bulkBar.setVisible(canEdit);
        add(bulkBar);

        // ---- the list ----
        count.setId("plan-count");
        count.getElement().setAttribute("role", "status");
        count.addClassName("plan-count");
        add(count);
        grid.setId("shifts");
        grid.addClassName("plan-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(texts.t("plan.grid.label"));
        grid.setSelectionMode(canEdit ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
        grid.addColumn(s -> texts.shortDate(s.day())).setHeader(texts.t("plan.column.day")).setKey("day")
                .setComparator(Comparator.comparing(Shift::day).thenComparing(Shift::startsAt)).setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(texts::times).setHeader(texts.t("plan.column.time")).setKey("time").setAutoWidth(true)
                .setFlexGrow(0).setTooltipGenerator(s -> texts.timesSpoken(s.startsAt(), s.endsAt()));
        grid.addColumn(Shift::districtName).setHeader(texts.t("plan.column.district")).setKey("district")
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(Shift::activityTitle).setHeader(texts.t("plan.column.activity")).setKey("activity")
                .setSortable(true).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(s -> texts.type(s.type())).setHeader(texts.t("plan.column.type")).setKey("type")
                .setAutoWidth(true);
        grid.addColumn(s -> texts.group(s.groupNo())).setHeader(texts.t("plan.column.group")).setKey("group")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> PlanFormDialog.orEmpty(s.organisationName())).setHeader(texts.t("plan.column.organisation"))
                .setKey("organisation").setSortable(true).setAutoWidth(true);
        grid.addColumn(texts::staffed).setHeader(texts.t("plan.column.staffed")).setKey("staffed").setAutoWidth(true)
                .setPartNameGenerator(s -> s.staffing() == se.tryggalov.activity.Staffing.PEOPLE && s.missing() > 0
                        ? "staff-missing" : null);
        grid.addColumn(s -> texts.risk(s.riskLevel())).setHeader(texts.t("plan.column.risk")).setKey("risk")
                .setComparator(Comparator.comparingInt(Shift::riskLevel)).setSortable(true).setAutoWidth(true)
                .setPartNameGenerator(s -> "risk-cell risk-" + s.riskLevel());
        grid.addColumn(s -> texts.status(s.status())).setHeader(texts.t("plan.column.status")).setKey("status")
                .setSortable(true).setAutoWidth(true)
                .setPartNameGenerator(s -> "status-cell status-" + s.status().name().toLowerCase());
        grid.addComponentColumn(this::openButton).setHeader(texts.t("plan.column.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        if (canEdit) {
            grid.addSelectionListener(e -> selectionChanged());
        }
        add(grid);
        selectionChanged();
    }

    private Button button(String key, VaadinIcon icon, String id, Runnable action) {
        Button button = new Button(texts.t(key), icon.create(), e -> action.run());
        button.setId(id);
        return button;
    }

    private Button openButton(Shift s) {
        Button open = new Button(texts.t(canEdit ? "plan.action.edit" : "plan.action.show"), e -> openShift(s));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        open.setAriaLabel(texts.t(canEdit ? "plan.action.editShift" : "plan.action.showShift", s.activityTitle(),
                texts.group(s.groupNo()), texts.shortDate(s.day())));
        open.setId("open-shift-" + s.id());
        return open;
    }

    // ---- navigation ---------------------------------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        SchoolYear requested = query.getSingleParameter("year").flatMap(SchoolYear::tryParse)
                .orElseGet(calendar::currentYear);
        filling = true;
        try {
            yearChanged(requested);
            query.getSingleParameter("break").flatMap(PlanView::parseLong).flatMap(id -> periods().stream()
                    .filter(i -> i.id() == id).findFirst()).ifPresent(period::setValue);
            query.getSingleParameter("from").flatMap(PlanView::parseDate).ifPresent(from::setValue);
            query.getSingleParameter("to").flatMap(PlanView::parseDate).ifPresent(to::setValue);
            districts.setValue(pick(query, "district", districtList, District::id));
            organisations.setValue(pick(query, "organisation", organisationList, Organisation::id));
            types.setValue(query.getParameters().getOrDefault("type", List.of()).stream()
                    .flatMap(v -> parseEnum(ActivityType.class, v).stream()).collect(Collectors.toSet()));
            statuses.setValue(query.getParameters().getOrDefault("status", List.of()).stream()
                    .flatMap(v -> parseEnum(ShiftStatus.class, v).stream()).collect(Collectors.toSet()));
            if (query.getParameters().isEmpty()) {
                // opened from the menu: this week onwards, and the filters folded so the shifts show at once
                LocalDate today = LocalDate.now(Zones.STOCKHOLM);
                if (requested.contains(today)) {
                    from.setValue(today.with(DayOfWeek.MONDAY));
                }
                filters.setOpened(false);
            }
        } finally {
            filling = false;
        }
        refresh();
    }

    private static <T> Set<T> pick(QueryParameters query, String name, List<T> items, Function<T, Long> id) {
        Set<Long> ids = query.getParameters().getOrDefault(name, List.of()).stream()
                .flatMap(v -> parseLong(v).stream()).collect(Collectors.toSet());
        return items.stream().filter(i -> ids.contains(id.apply(i))).collect(Collectors.toSet());
    }

    static Optional<Long> parseLong(String value) {
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<LocalDate> parseDate(String value) {
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // ---- filters ------------------------------------------------------------------------------------------------

    private void yearChanged(SchoolYear selected) {
        boolean wasFilling = filling;
        filling = true;
        try {
            TreeSet<SchoolYear> years = new TreeSet<>(calendar.years());
            years.add(calendar.currentYear());
            years.add(selected);
            year.setItems(years);
            year.setValue(selected);
            plan = calendar.plan(selected).orElse(null);
            period.setItems(periods());
            period.clear();
            from.clear();
            to.clear();
            if (plan != null) {
                from.setInitialPosition(plan.wheelStart());
                to.setInitialPosition(plan.wheelStart());
            }
        } finally {
            filling = wasFilling;
        }
        if (!filling) {
            refresh();
        }
    }

    /** The year's breaks and its key dates with a raised risk, in date order. */
    List<CalendarItem> periods() {
        if (plan == null) {
            return List.of();
        }
        return PeriodChoices.comingFirst(plan.items().stream().filter(CalendarItem::isPlanningPeriod).toList(),
                LocalDate.now(Zones.STOCKHOLM), null);
    }

    ShiftFilter filter() {
        return new ShiftFilter(year.getValue(), period.getValue() == null ? null : period.getValue().id(),
                from.getValue(), to.getValue(), ids(districts.getValue(), District::id),
                ids(organisations.getValue(), Organisation::id), types.getValue(), statuses.getValue(), null);
    }

    private static <T> Set<Long> ids(Set<T> items, Function<T, Long> id) {
        return items.stream().map(id).collect(Collectors.toSet());
    }

    private void clear() {
        filling = true;
        try {
            period.clear();
            from.clear();
            to.clear();
            districts.clear();
            organisations.clear();
            types.clear();
            statuses.clear();
        } finally {
            filling = false;
        }
        refresh();
    }

    /** Loads the shifts the filters ask for; a refused filter (e.g. dates the wrong way round) says why. */
    void refresh() {
        ShiftFilter filter = filter();
        List<Shift> shifts;
        int total;
        try {
            shifts = activities.shifts(filter, LIMIT);
            total = shifts.size() < LIMIT ? shifts.size() : activities.count(filter);
        } catch (UserMessageException e) {
            grid.setItems(List.of());
            count.setText(texts.t(e.messageKey(), e.arguments()));
            selectionChanged();
            return;
        }
        grid.deselectAll();
        grid.setItems(shifts);
        if (plan == null) {
            count.setText(texts.t("plan.count.noCalendar", year.getValue().label()));
        } else if (total > shifts.size()) {
            count.setText(texts.t("plan.count.limited", shifts.size(), total));
        } else {
            count.setText(texts.t("plan.count.shown", total, groupsMissing(shifts)));
        }
        long active = filterCount();
        filters.setSummaryText(active == 0 ? texts.t("plan.filter.title")
                : texts.t("plan.filter.titleActive", active));
        selectionChanged();
    }

    private static int groupsMissing(List<Shift> shifts) {
        ToIntFunction<Shift> missing = s -> s.status() != ShiftStatus.CANCELLED
                && s.staffing() == se.tryggalov.activity.Staffing.PEOPLE ? s.missing() : 0;
        return shifts.stream().mapToInt(missing).sum();
    }

    private long filterCount() {
        return java.util.stream.Stream.of(period.getValue() != null, from.getValue() != null, to.getValue() != null,
                !districts.isEmpty(), !organisations.isEmpty(), !types.isEmpty(), !statuses.isEmpty())
                .filter(b -> b).count();
    }

    // ---- bulk actions -------------------------------------------------------------------------------------------

    List<Shift> selected() {
        return grid.getSelectedItems().stream().sorted(Comparator.comparing(Shift::start)).toList();
    }

    private void selectionChanged() {
        int n = grid.getSelectedItems().size();
        selectedCount.setText(texts.t("plan.bulk.selected", n));
        for (Button b : List.of(bulkTimes, bulkCancel, bulkReopen, bulkApplyStatus)) {
            b.setEnabled(canEdit && n > 0);
        }
        bulkStatus.setEnabled(canEdit && n > 0);
    }

    private void openBulkTimes() {
        List<Shift> chosen = selected();
        if (!chosen.isEmpty()) {
            new BulkTimesDialog(activities, texts, chosen, this::changed).open();
        }
    }

    private void bulk(ToIntFunction<List<ShiftRef>> change, String doneKey) {
        List<ShiftRef> refs = selected().stream().map(Shift::ref).toList();
        if (refs.isEmpty()) {
            return;
        }
        try {
            int n = change.applyAsInt(refs);
            changed(texts.t(doneKey, n, bulkStatus.getValue() == null ? "" : texts.status(bulkStatus.getValue())));
        } catch (UserMessageException e) {
            Notifications.error(texts.t(e.messageKey(), e.arguments()));
            refresh();
        }
    }

    private void changed(String message) {
        Notifications.success(message);
        refresh();
    }

    // ---- dialogs ------------------------------------------------------------------------------------------------

    void openShift(Shift s) {
        activities.shift(s.id()).ifPresentOrElse(
                current -> new ShiftDialog(activities, texts, canEdit, current, List.of(), null, this::openActivity,
                        this::changed).open(),
                () -> {
                    Notifications.error(texts.t("error.notFound"));
                    refresh();
                });
    }

    void openNewShift(Activity preset) {
        List<Activity> choices = activities.activities(year.getValue());
        if (choices.isEmpty()) {
            Notifications.error(texts.t("plan.error.noActivities", year.getValue().label()));
            return;
        }
        Activity current = preset == null ? null
                : choices.stream().filter(a -> a.id() == preset.id()).findFirst().orElse(preset);
        new ShiftDialog(activities, texts, canEdit, null, choices, current, this::openActivity, this::changed).open();
    }

    void openActivity(Activity existing) {
        if (plan == null && existing == null) {
            Notifications.error(texts.t("plan.count.noCalendar", year.getValue().label()));
            return;
        }
        SchoolYear y = existing == null ? year.getValue() : existing.schoolYear();
        List<CalendarItem> periods = y.equals(year.getValue()) ? periods() : calendar.plan(y)
                .map(p -> p.items().stream().filter(i -> i.kind() == ItemKind.BREAK || i.kind() == ItemKind.KEY_DATE)
                        .toList()).orElse(List.of());
        if (existing != null && existing.calendarItemId() != null
                && periods.stream().noneMatch(i -> Objects.equals(i.id(), existing.calendarItemId()))) {
            // a key date of low risk is not offered as a filter, but the activity may still belong to it
            List<CalendarItem> all = new ArrayList<>(periods);
            calendar.plan(y).ifPresent(p -> p.items().stream()
                    .filter(i -> Objects.equals(i.id(), existing.calendarItemId())).forEach(all::add));
            periods = all;
        }
        new ActivityDialog(activities, texts, canEdit, y, periods, districtList, organisationList, existing,
                id -> activities.activity(id).ifPresent(this::openNewShiftLater), this::changed).open();
    }

    /** After a new activity: its first shift, once the activity dialog has closed. */
    private void openNewShiftLater(Activity created) {
        getUI().ifPresent(ui -> ui.beforeClientResponse(this, ctx -> openNewShift(created)));
    }

    private void openActivityList() {
        new ActivitiesDialog(texts, year.getValue(), activities.activities(year.getValue()), canEdit,
                this::openActivity, this::openNewShift).open();
    }

    private void openRollForward() {
        new RollForwardDialog(rollForward, texts, year.getValue(), periods(), period.getValue(),
                this::changed).open();
    }

    /** Map of shifts by id, for tests. */
    Map<Long, Shift> shown() {
        return grid.getListDataView().getItems().collect(Collectors.toMap(Shift::id, s -> s));
    }

    @Override
    public String getPageTitle() {
        return texts.t("plan.title") + " – " + texts.t("app.name");
    }
}
