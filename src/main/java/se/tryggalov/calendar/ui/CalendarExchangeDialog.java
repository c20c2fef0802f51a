package se.tryggalov.calendar.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import se.tryggalov.calendar.CalendarImportParser;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ImportParseResult;
import se.tryggalov.calendar.ImportRejectedException;
import se.tryggalov.calendar.ImportRowError;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.ui.Notifications;
import se.tryggalov.shared.ui.UploadTexts;
import se.tryggalov.shared.validation.ImportFiles;

import java.io.ByteArrayInputStream;
import java.util.function.Consumer;

/**
 * Sharing the year plan (a subscription address for phone and desktop calendars, a one-off .ics file) and, for
 * coordinators, importing the municipality's official dates from CSV or iCalendar. An import is checked first:
 * every bad row is listed with its line, and nothing is stored until the whole file is right.
 */
class CalendarExchangeDialog extends Dialog {

    static final int MAX_FILE_BYTES = ImportFiles.MAX_BYTES;

    private final CalendarService calendar;
    private final SchoolYear year;
    private final Consumer<String> changed;
    private final Div importResult = new Div();
    private final TextField address = new TextField();

    CalendarExchangeDialog(CalendarService calendar, SchoolYear year, boolean canEdit, Consumer<String> changed) {
        this.calendar = calendar;
        this.year = year;
        this.changed = changed;
        setHeaderTitle(getTranslation("calendar.exchange.title", year.label()));
        setWidth("min(44rem, 100vw)");
        add(subscribeSection(canEdit), downloadSection());
        if (canEdit) {
            add(importSection());
        }
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("exchange-close");
        getFooter().add(close);
    }

    private Section subscribeSection(boolean canEdit) {
        address.setLabel(getTranslation("calendar.exchange.address"));
        address.setReadOnly(true);
        address.setWidthFull();
        address.setId("feed-address");
        address.setVisible(false);
        Section section = new Section(new H3(getTranslation("calendar.exchange.subscribe")),
                new Paragraph(getTranslation("calendar.exchange.subscribeHelp")), address);
        // Only the secret's hash is stored: the address is shown once, when a coordinator makes it.
        if (canEdit) {
            Button renew = new Button(getTranslation("calendar.exchange.renew"), e -> {
                showAddress(calendar.renewFeedToken());
                Notifications.success(getTranslation("calendar.exchange.renewed"));
            });
            renew.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            renew.setId("renew-feed");
            section.add(new Paragraph(getTranslation("calendar.exchange.renewHelp")), renew);
        } else {
            Paragraph ask = new Paragraph(getTranslation("calendar.exchange.askCoordinator"));
            ask.setId("feed-ask-coordinator");
            section.add(ask);
        }
        return section;
    }

    private void showAddress(String secret) {
        address.setVisible(true);
        String path = "/feeds/calendar/" + secret + ".ics";
        address.setValue(path);
        UI.getCurrent().getPage().fetchCurrentURL(url -> address.setValue(
                url.getProtocol() + "://" + url.getAuthority() + path));
    }

    private Section downloadSection() {
        String href = "/exports/calendar/" + year.startYear() + ".ics?lang=" + getLocale().getLanguage();
        Anchor ics = new Anchor(href, getTranslation("calendar.exchange.downloadIcs", year.label()));
        ics.getElement().setAttribute("router-ignore", true);
        ics.getElement().setAttribute("download", true);
        ics.setId("download-ics");
        return new Section(new H3(getTranslation("calendar.exchange.download")), ics);
    }

    private Section importSection() {
        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = CalendarImportParser.csvTemplateBytes();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "trygga-lov-kalender-mall.csv",
                    "text/csv;charset=utf-8", bytes.length);
        }), getTranslation("calendar.exchange.template"));
        template.setId("csv-template");

        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() ->
                check(metadata.fileName(), data))));
        upload.setAcceptedFileTypes(".csv", ".ics", "text/csv", "text/calendar");
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setMaxFiles(1);
        upload.setId("calendar-upload");
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("calendar.exchange.fileRejected", ImportFiles.MAX_MEGABYTES)));
        upload.setI18n(UploadTexts.of(this));

        importResult.setId("import-result");
        importResult.getElement().setAttribute("aria-live", "polite");
        return new Section(new H3(getTranslation("calendar.exchange.import")),
                new Paragraph(getTranslation("calendar.exchange.importHelp", year.label())), template, upload,
                importResult);
    }

    void check(String fileName, byte[] data) {
        importResult.removeAll();
        ImportParseResult parsed = CalendarImportParser.parse(fileName, data);
        if (!parsed.ok()) {
            importResult.add(new Paragraph(getTranslation("calendar.exchange.errors", parsed.errors().size())));
            UnorderedList errors = new UnorderedList();
            for (ImportRowError error : parsed.errors()) {
                String where = error.line() == 0 ? "" : getTranslation("calendar.import.line", error.line()) + ": ";
                errors.add(new ListItem(where + getTranslation(error.messageKey(), error.arguments())));
            }
            errors.setId("import-errors");
            importResult.add(errors);
            return;
        }
        Button store = new Button(getTranslation("calendar.exchange.store", parsed.drafts().size()), e -> {
            try {
                int stored = calendar.importItems(year, parsed.drafts());
                close();
                changed.accept(getTranslation("calendar.exchange.stored", stored, year.label()));
            } catch (ImportRejectedException ex) {
                importResult.removeAll();
                importResult.add(new Paragraph(getTranslation("calendar.import.line", parsed.lineOf(ex.row())) + ": "
                        + getTranslation(ex.reason().messageKey(), ex.reason().arguments())
                        + " " + getTranslation("calendar.exchange.nothingStored")));
            } catch (UserMessageException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
            }
        });
        store.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        store.setId("store-import");
        importResult.add(new Paragraph(getTranslation("calendar.exchange.found", parsed.drafts().size())), store);
    }
}
