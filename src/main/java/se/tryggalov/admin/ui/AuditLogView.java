package se.tryggalov.admin.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.admin.AuditLogService;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditEntry;
import se.tryggalov.shared.audit.AuditNames;
import se.tryggalov.shared.ui.ComponentTexts;
import se.tryggalov.shared.ui.EmptyState;
import se.tryggalov.shared.audit.AuditFilter;
import se.tryggalov.shared.audit.AuditPage;
import se.tryggalov.shared.i18n.UserMessageException;

import java.util.List;
import java.util.Locale;

/**
 * Who did what, when, and from where; filterable by action, actor, the record concerned (type and id: "every read of
 * user 42") and a range of days. Shows the newest matching entries and says so when older ones exist. The filter can
 * be opened from a link: {@code audit-log?subjectType=user&subjectId=42}.
 */
@Route("audit-log")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 81, icon = "vaadin:records", title = "nav.auditLog")
public class AuditLogView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final String SUBJECT_TYPE = "subjectType";
    static final String SUBJECT_ID = "subjectId";

    private final AuditLogService audit;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final TextField actor = new TextField();
    private final ComboBox<String> subjectType = new ComboBox<>();
    private final TextField subjectId = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Paragraph hint = new Paragraph();
    private boolean filling;
    private AuditSentences sentences = new AuditSentences(this::getTranslation, getLocale(), AuditNames.NONE);

    AuditLogView(AuditLogService audit) {
        this.audit = audit;
        addClassName("page");
        add(new H1(getTranslation("auditLog.title")), new Paragraph(getTranslation("auditLog.intro")));

        action.setLabel(getTranslation("auditLog.action"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> getTranslation("audit.action." + a.name()));
        action.setClearButtonVisible(true);
        action.setId("filter-action");
        actor.setLabel(getTranslation("auditLog.actor"));
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setId("filter-actor");
        subjectType.setLabel(getTranslation("auditlog.subjectType"));
        subjectType.setHelperText(getTranslation("auditlog.subjectTypeHelp"));
        subjectType.setItems(audit.subjectTypes());
        subjectType.setAllowCustomValue(true);
        subjectType.addCustomValueSetListener(e -> subjectType.setValue(e.getDetail()));
        subjectType.setClearButtonVisible(true);
        subjectType.setId("filter-subject-type");
        subjectId.setLabel(getTranslation("auditlog.subjectId"));
        subjectId.setClearButtonVisible(true);
        subjectId.setValueChangeMode(ValueChangeMode.LAZY);
        subjectId.setMaxLength(100);
        subjectId.setId("filter-subject-id");
        from.setLabel(getTranslation("auditlog.from"));
        from.setId("filter-from");
        to.setLabel(getTranslation("auditlog.to"));
        to.setId("filter-to");
        for (DatePicker picker : List.of(from, to)) {
            picker.setLocale(getLocale());
            picker.setI18n(datePickerTexts(getLocale()));
            picker.setClearButtonVisible(true);
        }
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));
        for (HasValue<?, ?> filter : List.<HasValue<?, ?>>of(action, actor, subjectType, subjectId, from, to)) {
            filter.addValueChangeListener(e -> refresh());
        }
        FlexLayout filters = new FlexLayout(action, actor, subjectType, subjectId, from, to);
        filters.addClassName("filters");
        add(filters);

        hint.setId("audit-log-hint");
        hint.getElement().setAttribute("aria-live", "polite");
        add(hint);

        grid.setId("audit-log");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> sentences.when(e)).setHeader(getTranslation("auditLog.when")).setAutoWidth(true);
        grid.addColumn(e -> sentences.sentence(e)).setHeader(getTranslation("auditLog.sentence")).setFlexGrow(1);
        grid.addColumn(e -> sentences.address(e)).setHeader(getTranslation("auditLog.address")).setAutoWidth(true);
        grid.addColumn(e -> sentences.unexplainedDetails(e)).setHeader(getTranslation("auditlog.details"))
                .setAutoWidth(true);
        grid.setEmptyStateComponent(new EmptyState(getTranslation("words.empty.auditLog")));
        grid.setAriaLabel(getTranslation("auditLog.title"));
        add(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        filling = true;
        try {
            query.getSingleParameter(SUBJECT_TYPE).ifPresent(subjectType::setValue);
            query.getSingleParameter(SUBJECT_ID).ifPresent(subjectId::setValue);
        } finally {
            filling = false;
        }
        refresh();
    }

    private void refresh() {
        if (filling) {
            return;
        }
        try {
            AuditPage page = audit.search(new AuditFilter(action.getValue(), actor.getValue(), subjectType.getValue(),
                    subjectId.getValue(), from.getValue(), to.getValue()));
            sentences = new AuditSentences(this::getTranslation, getLocale(), audit.names(page.entries()));
            grid.setItems(page.entries());
            hint.setText(page.more() ? getTranslation("auditlog.showingNewest", page.limit())
                    : getTranslation("auditlog.showingAll", page.entries().size()));
        } catch (UserMessageException e) {
            grid.setItems(List.of());
            hint.setText(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    /** Date pickers in the reader's language, weeks from Monday, ISO dates (2026-10-26). */
    private DatePicker.DatePickerI18n datePickerTexts(Locale locale) {
        return ComponentTexts.datePicker(this).setBadInputErrorMessage(getTranslation("auditlog.badDate"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("auditLog.title") + " – " + getTranslation("app.name");
    }
}
