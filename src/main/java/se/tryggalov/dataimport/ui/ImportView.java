package se.tryggalov.dataimport.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.dataimport.ImportKind;
import se.tryggalov.dataimport.ImportOutcome;
import se.tryggalov.dataimport.ImportPreview;
import se.tryggalov.dataimport.ImportProblem;
import se.tryggalov.dataimport.ImportResult;
import se.tryggalov.dataimport.ImportRowResult;
import se.tryggalov.dataimport.ImportService;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.ui.Notifications;
import se.tryggalov.shared.ui.UploadTexts;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV import in three steps: choose what to import (and download its template), upload a file to see the dry
 * run (every row with its outcome; errors say what is wrong in words, not only in colour), then save. Saving is
 * only possible when no row has an error, and saves everything or nothing.
 */
@Route("import")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
@Menu(order = 75, icon = "vaadin:upload", title = "nav.import")
@StyleSheet("context://styles/imports.css")
public class ImportView extends Main implements HasDynamicTitle {

    private static final int MAX_MB = ImportService.MAX_FILE_BYTES / (1024 * 1024);

    private final ImportService imports;
    private final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>();
    private final Paragraph columns = new Paragraph();
    private final Anchor template = new Anchor();
    private final Upload upload;
    private final Div result = new Div();
    private final H2 resultTitle = new H2();
    private final Paragraph summary = new Paragraph();
    private final UnorderedList fileErrors = new UnorderedList();
    private final Checkbox onlyChanges = new Checkbox();
    private final Grid<ImportRowResult> grid = new Grid<>();
    private final Button apply = new Button();
    private final Paragraph applyHelp = new Paragraph();

    private ImportKind checkedKind;
    private byte[] content;
    private ImportPreview preview;

    ImportView(ImportService imports) {
        this.imports = imports;
        addClassNames("page", "import-page");
        add(new H1(getTranslation("imports.title")), new Paragraph(getTranslation("imports.intro")));

        kind.setLabel(getTranslation("imports.kind.label"));
        kind.setItems(imports.kinds());
        kind.setItemLabelGenerator(k -> getTranslation("imports.kind." + k.name()));
        kind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        kind.setId("import-kind");
        kind.addValueChangeListener(e -> kindChosen());
        columns.setId("import-columns");
        columns.addClassName("import-columns");
        template.setText(getTranslation("imports.template"));
        template.setId("import-template");
        Paragraph columnsRule = new Paragraph(getTranslation("imports.columnsRule"));
        columnsRule.addClassName("import-columns");
        add(new Section(kind, columns, columnsRule, template));

        UI ui = UI.getCurrent();
        upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> check(data))));
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        upload.setMaxFileSize(ImportService.MAX_FILE_BYTES);
        upload.setMaxFiles(1);
        upload.setI18n(UploadTexts.of(this));
        upload.setId("import-upload");
        upload.getElement().setAttribute("aria-label", getTranslation("imports.upload.label"));
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("imports.fileRejected", MAX_MB)));
        H2 uploadTitle = new H2(getTranslation("imports.upload.label"));
        add(new Section(uploadTitle, new Paragraph(getTranslation("imports.upload.help", MAX_MB,
                ImportService.MAX_ROWS)), upload));

        summary.setId("import-summary");
        fileErrors.setId("import-file-errors");
        onlyChanges.setLabel(getTranslation("imports.onlyChanges"));
        onlyChanges.setId("import-only-changes");
        onlyChanges.addValueChangeListener(e -> showRows());
        buildGrid();
        apply.setId("import-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setDisableOnClick(true);
        apply.addClickListener(e -> applyImport());
        applyHelp.setId("import-apply-help");
        // one persistent live region announces each outcome; the grid itself is not read out
        summary.getElement().setAttribute("role", "status");
        summary.addClassName("import-status");
        result.setId("import-result");
        result.addClassName("import-result");
        resultTitle.setText(getTranslation("imports.result.title"));
        resultTitle.setVisible(false);
        add(resultTitle, summary, result);

        if (!imports.kinds().isEmpty()) {
            kind.setValue(imports.kinds().getFirst());
        }
    }

    private void buildGrid() {
        grid.setId("import-rows");
        grid.addClassName("import-rows");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ImportRowResult::line).setHeader(getTranslation("imports.grid.line")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> getTranslation("imports.outcome." + r.outcome().name()))
                .setHeader(getTranslation("imports.grid.outcome")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::details).setHeader(getTranslation("imports.grid.details")).setFlexGrow(1);
        grid.setPartNameGenerator(r -> "import-" + r.outcome().name().toLowerCase(java.util.Locale.ROOT));
        grid.setAriaLabel(getTranslation("imports.grid.label"));
    }

    private void kindChosen() {
        ImportKind chosen = kind.getValue();
        clearResult();
        upload.clearFileList();
        if (chosen == null) {
            return;
        }
        kind.setHelperText(getTranslation("imports.kind.help." + chosen.name()));
        columns.setText(getTranslation("imports.columns", chosen.columns().stream()
                .map(c -> getTranslation(c.translationKey())).collect(Collectors.joining(", "))));
        byte[] bytes = imports.template(chosen);
        template.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), chosen.templateFileName(), "text/csv;charset=utf-8", bytes.length)),
                AttachmentType.DOWNLOAD);
    }

    /** The dry run of an uploaded file. */
    void check(byte[] data) {
        ImportKind chosen = kind.getValue();
        if (chosen == null) {
            return;
        }
        checkedKind = chosen;
        content = data;
        show(imports.check(chosen, data));
    }

    private void show(ImportPreview checked) {
        preview = checked;
        result.removeAll();
        fileErrors.removeAll();
        resultTitle.setVisible(true);
        if (!checked.fileProblems().isEmpty()) {
            for (ImportProblem problem : checked.fileProblems()) {
                fileErrors.add(new ListItem(message(problem, true)));
            }
            summary.setText(getTranslation("imports.fileErrors"));
            result.add(fileErrors);
            return;
        }
        summary.setText(getTranslation("imports.summary", checked.rows().size(), checked.count(ImportOutcome.NEW),
                checked.count(ImportOutcome.CHANGED), checked.count(ImportOutcome.UNCHANGED),
                checked.count(ImportOutcome.ERROR)));
        result.add(onlyChanges, grid);
        showRows();
        long changes = checked.count(ImportOutcome.NEW) + checked.count(ImportOutcome.CHANGED);
        apply.setText(getTranslation("imports.apply", changes));
        apply.setEnabled(checked.canApply());
        applyHelp.setText(checked.canApply() ? ""
                : getTranslation(checked.hasErrors() ? "imports.applyBlocked.errors" : "imports.applyBlocked.nothing"));
        applyHelp.setVisible(!checked.canApply());
        apply.getElement().setAttribute("aria-describedby", "import-apply-help");
        result.add(applyHelp, apply);
    }

    private void showRows() {
        if (preview == null) {
            return;
        }
        List<ImportRowResult> rows = onlyChanges.getValue()
                ? preview.rows().stream().filter(r -> r.outcome() != ImportOutcome.UNCHANGED).toList()
                : preview.rows();
        grid.setAllRowsVisible(rows.size() <= 50);
        grid.setItems(rows);
    }

    private void applyImport() {
        if (preview == null || content == null) {
            return;
        }
        try {
            ImportResult done = imports.apply(checkedKind, content, preview.fingerprint());
            clearResult();
            upload.clearFileList();
            summary.setText(getTranslation("imports.done", done.created(), done.changed(), done.unchanged()));
            resultTitle.setVisible(true);
            if (done.invitedVolunteers() > 0) {
                Paragraph invited = new Paragraph(getTranslation("imports.done.invited", done.invitedVolunteers()));
                invited.setId("import-invited");
                result.add(invited);
            }
            Notifications.success(summary.getText());
        } catch (UserMessageException e) {
            // nothing was written: show why, and what the file would do now
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            show(imports.check(checkedKind, content));
            result.addComponentAtIndex(0, new Paragraph(getTranslation("imports.rechecked")));
        }
    }

    private void clearResult() {
        result.removeAll();
        summary.setText("");
        resultTitle.setVisible(false);
        preview = null;
        content = null;
        checkedKind = null;
    }

    private String details(ImportRowResult row) {
        String details = switch (row.outcome()) {
            case NEW -> getTranslation(checkedKind == ImportKind.VOLUNTEERS
                    ? "imports.details.newVolunteer" : "imports.details.new");
            case CHANGED -> getTranslation("imports.details.changed", row.changed().stream()
                    .map(c -> getTranslation(c.translationKey())).collect(Collectors.joining(", ")));
            case UNCHANGED -> getTranslation("imports.details.unchanged");
            case ERROR -> row.problems().stream().map(p -> message(p, false)).collect(Collectors.joining(" "));
        };
        return row.subject().isEmpty() ? details : row.subject() + ": " + details;
    }

    private String message(ImportProblem problem, boolean withLine) {
        String text = getTranslation(problem.messageKey(), problem.arguments(c -> getTranslation(c.translationKey())));
        return withLine && problem.line() > 0 ? getTranslation("imports.line", problem.line()) + ": " + text : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("imports.title") + " – " + getTranslation("app.name");
    }
}
