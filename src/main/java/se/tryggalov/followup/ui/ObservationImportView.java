package se.tryggalov.followup.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.followup.ObservationImport;
import se.tryggalov.followup.ObservationService;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.ui.Notifications;
import se.tryggalov.shared.ui.UploadTexts;
import se.tryggalov.shared.validation.ImportFiles;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV import of observation counts: upload, see every row (new, imported before) and every problem with its line,
 * then save all or nothing. The same file again changes nothing.
 */
@Route("observations/import")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT})
@StyleSheet("context://styles/followup.css")
public class ObservationImportView extends Main implements HasDynamicTitle {

    private final ObservationService observations;
    private final FollowupTexts texts;
    final Paragraph summary = new Paragraph();
    final Div rows = new Div();
    final Button save = new Button();
    private byte[] file;

    ObservationImportView(ObservationService observations) {
        this.observations = observations;
        this.texts = FollowupTexts.of(this, getLocale());
        addClassNames("page", "followup");
        add(new H1(getTranslation("followup.import.title")));
        add(new Paragraph(getTranslation("followup.import.help", ImportFiles.MAX_MEGABYTES)));
        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = ("\uFEFF" + ObservationImport.HEADER + "\n"
                    + getTranslation("followup.import.example") + "\n").getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "observationer.csv",
                    "text/csv;charset=utf-8", bytes.length);
        }), getTranslation("followup.import.template"));
        template.setId("observation-template");
        add(new Paragraph(template));
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> check(data))));
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        upload.setMaxFileSize(ImportFiles.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setI18n(UploadTexts.of(this));
        upload.setId("observation-upload");
        upload.getElement().setAttribute("aria-label", getTranslation("followup.import.upload"));
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("validation.fileTooLarge",
                ImportFiles.MAX_MEGABYTES)));
        summary.setId("observation-import-summary");
        summary.getElement().setAttribute("role", "status");
        rows.setId("observation-import-rows");
        save.setText(getTranslation("followup.import.save"));
        save.setId("observation-import-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        save.addClickListener(e -> save());
        add(upload, summary, save, rows);
    }

    void check(byte[] data) {
        file = data;
        rows.removeAll();
        ObservationImport.Result result;
        try {
            result = observations.check(data);
        } catch (UserMessageException e) {
            summary.setText(getTranslation(e.messageKey(), e.arguments()));
            save.setEnabled(false);
            return;
        }
        summary.setText(result.problems().isEmpty()
                ? getTranslation("followup.import.ready", result.newRows(), result.alreadyImported())
                : getTranslation("followup.import.problems", result.problems().size()));
        save.setEnabled(result.problems().isEmpty() && result.newRows() > 0);
        HtmlTable table = new HtmlTable(getTranslation("followup.import.rows"), List.of(
                getTranslation("followup.import.line"), getTranslation("followup.import.outcome")));
        for (ObservationImport.RowProblem p : result.problems()) {
            table.row(List.of(String.valueOf(p.line()), getTranslation(p.problem().key(),
                    p.problem().arguments().toArray())));
        }
        for (ObservationImport.Row r : result.rows()) {
            String what = r.districtName() + (r.placeName() == null ? "" : ", " + r.placeName()) + " · "
                    + texts.category(r.draft().category()) + " · " + r.draft().observedAt().toLocalDate() + " "
                    + texts.time(r.draft().observedAt().toLocalTime()) + " · " + r.draft().count();
            table.row(List.of(String.valueOf(r.line()), getTranslation(r.alreadyImported()
                    ? "followup.import.before" : "followup.import.new", what)));
        }
        rows.add(table.component("observation-import-table"));
    }

    private void save() {
        try {
            int saved = observations.importFile(file);
            summary.setText(getTranslation("followup.import.saved", saved));
            Notifications.success(getTranslation("followup.import.saved", saved));
        } catch (UserMessageException e) {
            summary.setText(getTranslation(e.messageKey(), e.arguments()));
        }
        save.setEnabled(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followup.import.title");
    }
}
