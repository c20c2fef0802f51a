package se.tryggalov.admin.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.admin.AuditLogService;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditEntry;
import se.tryggalov.shared.time.Zones;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Who did what, when, and from where; filterable by action and actor. */
@Route("audit-log")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 81, icon = "vaadin:records", title = "nav.auditLog")
public class AuditLogView extends Main implements HasDynamicTitle {

    private final AuditLogService audit;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final TextField actor = new TextField();

    AuditLogView(AuditLogService audit) {
        this.audit = audit;
        addClassName("page");
        add(new H1(getTranslation("auditLog.title")), new Paragraph(getTranslation("auditLog.intro")));

        action.setLabel(getTranslation("auditLog.action"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> getTranslation("audit.action." + a.name()));
        action.setClearButtonVisible(true);
        action.setId("filter-action");
        action.addValueChangeListener(e -> refresh());
        actor.setLabel(getTranslation("auditLog.actor"));
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setId("filter-actor");
        actor.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(action, actor);
        filters.addClassName("filters");
        add(filters);

        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(getLocale());
        grid.setId("audit-log");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> format.format(e.occurredAt().atZoneSameInstant(Zones.STOCKHOLM)))
                .setHeader(getTranslation("auditLog.when")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actorUsername).setHeader(getTranslation("auditLog.actor")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.action().name()))
                .setHeader(getTranslation("auditLog.action")).setAutoWidth(true);
        grid.addColumn(e -> e.subjectType() == null ? "" : e.subjectType() + (e.subjectId() == null ? "" : " #" + e.subjectId()))
                .setHeader(getTranslation("auditLog.subject")).setAutoWidth(true);
        grid.addColumn(AuditEntry::clientAddress).setHeader(getTranslation("auditLog.address")).setAutoWidth(true);
        grid.setAriaLabel(getTranslation("auditLog.title"));
        add(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(audit.search(action.getValue(), actor.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("auditLog.title") + " – " + getTranslation("app.name");
    }
}
