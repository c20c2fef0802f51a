package se.tryggalov.privacy.ui;

import se.tryggalov.shared.time.DateTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.shared.ui.EmptyState;
import se.tryggalov.privacy.OpenRemovalRequest;
import se.tryggalov.privacy.PrivacyService;
import se.tryggalov.privacy.RetentionSettings;
import se.tryggalov.privacy.RetentionSummary;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.ui.Notifications;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * For administrators: the open removal requests (carry out = anonymise, or reject), the retention rules, and
 * the nightly retention run (its last result, and "run now").
 */
@Route("privacy")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 82, icon = "vaadin:shield", title = "nav.privacy")
@StyleSheet("context://styles/privacy.css")
public class PrivacyView extends Main implements HasDynamicTitle {

    private final PrivacyService privacy;
    private final Grid<OpenRemovalRequest> requests = new Grid<>();
    private final Paragraph noRequests = new Paragraph();
    private final IntegerField availabilityMonths = new IntegerField();
    private final IntegerField inactiveProfileMonths = new IntegerField();
    private final IntegerField invitationDays = new IntegerField();
    private final Checkbox keepHistory = new Checkbox();
    private final Paragraph lastRun = new Paragraph();
    private int retentionVersion;

    PrivacyView(PrivacyService privacy) {
        this.privacy = privacy;
        addClassNames("page", "privacy-page", "privacy-admin");
        add(new H1(getTranslation("privacy.admin.title")), new Paragraph(getTranslation("privacy.admin.intro")));
        add(requestsSection(), retentionSection(), runSection());
        refreshRequests();
        showRetention(privacy.retention());
    }

    // --- removal requests -------------------------------------------------------------------------------------------

    private Section requestsSection() {
        requests.setId("removal-requests");
        requests.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        requests.setAllRowsVisible(true);
        requests.addColumn(OpenRemovalRequest::displayName).setHeader(getTranslation("privacy.admin.name"))
                .setAutoWidth(true).setFlexGrow(1);
        requests.addColumn(OpenRemovalRequest::username).setHeader(getTranslation("privacy.admin.username"))
                .setAutoWidth(true);
        requests.addColumn(r -> DateTexts.of(getLocale()).moment(r.requestedAt()))
                .setHeader(getTranslation("privacy.admin.requestedAt")).setAutoWidth(true);
        requests.addColumn(r -> r.volunteerStatus() == null ? getTranslation("privacy.admin.noProfile")
                        : getTranslation("privacy.status." + r.volunteerStatus()))
                .setHeader(getTranslation("privacy.admin.profile")).setAutoWidth(true);
        requests.addComponentColumn(this::actions).setHeader(getTranslation("privacy.admin.actions")).setAutoWidth(true);
        requests.setAriaLabel(getTranslation("privacy.admin.requestsHeading"));
        requests.setEmptyStateComponent(new EmptyState(getTranslation("words.empty.privacy")));
        noRequests.setText(getTranslation("privacy.admin.noRequests"));
        noRequests.setId("no-removal-requests");
        return new Section(new H2(getTranslation("privacy.admin.requestsHeading")), noRequests, requests);
    }

    private FlexLayout actions(OpenRemovalRequest request) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] json = privacy.exportPersonalData(request.userId());
            return new DownloadResponse(new ByteArrayInputStream(json),
                    getTranslation("privacy.admin.fileName", String.valueOf(request.userId())), MyDataView.JSON, json.length);
        }), getTranslation("privacy.admin.downloadData"));
        download.getElement().setAttribute("download", true);
        download.setAriaLabel(getTranslation("privacy.admin.downloadDataFor", request.displayName()));
        Button carryOut = new Button(getTranslation("privacy.admin.carryOut"), e -> confirm(
                getTranslation("privacy.admin.carryOut.header", request.displayName()),
                getTranslation("privacy.admin.carryOut.text"), getTranslation("privacy.admin.carryOut"), true, () -> {
                    privacy.carryOut(request.id());
                    Notifications.success(getTranslation("privacy.admin.carriedOut"));
                }));
        carryOut.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        carryOut.setAriaLabel(getTranslation("privacy.admin.carryOutFor", request.displayName()));
        carryOut.setId("carry-out-" + request.id());
        Button reject = new Button(getTranslation("privacy.admin.reject"), e -> confirm(
                getTranslation("privacy.admin.reject.header", request.displayName()),
                getTranslation("privacy.admin.reject.text"), getTranslation("privacy.admin.reject"), false, () -> {
                    privacy.reject(request.id());
                    Notifications.success(getTranslation("privacy.admin.rejected"));
                }));
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        reject.setAriaLabel(getTranslation("privacy.admin.rejectFor", request.displayName()));
        reject.setId("reject-" + request.id());
        FlexLayout actions = new FlexLayout(download, carryOut, reject);
        actions.addClassName("privacy-actions");
        return actions;
    }

    private void confirm(String header, String text, String confirmText, boolean destructive, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-privacy-action");
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(confirmText);
        dialog.setConfirmButtonTheme(destructive ? "error primary" : "primary");
        dialog.addConfirmListener(e -> {
            try {
                action.run();
            } catch (UserMessageException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
            }
            refreshRequests();
        });
        dialog.open();
    }

    private void refreshRequests() {
        List<OpenRemovalRequest> open = privacy.openRemovalRequests();
        requests.setItems(open);
        requests.setVisible(!open.isEmpty());
        noRequests.setVisible(open.isEmpty());
    }

    // --- retention rules --------------------------------------------------------------------------------------------

    private Section retentionSection() {
        setUp(availabilityMonths, "privacy.admin.availabilityMonths", "privacy.admin.monthsHelp",
                RetentionSettings.MIN_MONTHS, RetentionSettings.MAX_MONTHS, "availability-months");
        setUp(inactiveProfileMonths, "privacy.admin.inactiveProfileMonths", "privacy.admin.monthsHelp",
                RetentionSettings.MIN_MONTHS, RetentionSettings.MAX_MONTHS, "inactive-profile-months");
        setUp(invitationDays, "privacy.admin.invitationDays", "privacy.admin.daysHelp",
                RetentionSettings.MIN_INVITATION_DAYS, RetentionSettings.MAX_INVITATION_DAYS, "invitation-days");
        keepHistory.setLabel(getTranslation("privacy.admin.keepHistory"));
        keepHistory.setHelperText(getTranslation("privacy.admin.keepHistoryHelp"));
        keepHistory.setId("keep-history");
        FormLayout form = new FormLayout(availabilityMonths, inactiveProfileMonths, invitationDays, keepHistory);
        form.setMaxWidth("40rem");
        Button save = new Button(getTranslation("action.save"), e -> saveRetention());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-retention");
        return new Section(new H2(getTranslation("privacy.admin.retentionHeading")),
                new Paragraph(getTranslation("privacy.admin.retentionHelp")), form, save);
    }

    private void setUp(IntegerField field, String label, String help, int min, int max, String id) {
        field.setLabel(getTranslation(label));
        field.setHelperText(getTranslation(help, min, max));
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setRequired(true);
        field.setId(id);
    }

    private void saveRetention() {
        try {
            privacy.saveRetention(availabilityMonths.getValue(), inactiveProfileMonths.getValue(),
                    invitationDays.getValue(), keepHistory.getValue(), retentionVersion);
            Notifications.success(getTranslation("privacy.admin.retentionSaved"));
            showRetention(privacy.retention());
        } catch (UserMessageException ex) {
            Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
        }
    }

    private void showRetention(RetentionSettings rules) {
        retentionVersion = rules.version();
        availabilityMonths.setValue(rules.availabilityMonths());
        inactiveProfileMonths.setValue(rules.inactiveProfileMonths());
        invitationDays.setValue(rules.invitationDays());
        keepHistory.setValue(rules.keepHistory());
        RetentionSummary run = rules.lastRun();
        lastRun.setText(rules.lastRunAt() == null || run == null ? getTranslation("privacy.admin.neverRun")
                : getTranslation("privacy.admin.lastRun", DateTexts.of(getLocale()).moment(rules.lastRunAt()),
                run.anonymisedProfiles(), run.deletedAvailability(), run.deletedTokens(), run.deletedInvitations()));
    }

    // --- the retention run ------------------------------------------------------------------------------------------

    private Section runSection() {
        lastRun.setId("last-retention-run");
        lastRun.getElement().setAttribute("aria-live", "polite");
        Button run = new Button(getTranslation("privacy.admin.runNow"), VaadinIcon.PLAY.create(), e -> confirm(
                getTranslation("privacy.admin.run.header"), getTranslation("privacy.admin.run.text"),
                getTranslation("privacy.admin.runNow"), true, () -> {
                    privacy.runRetentionNow();
                    Notifications.success(getTranslation("privacy.admin.ran"));
                    showRetention(privacy.retention());
                }));
        run.setId("run-retention");
        return new Section(new H2(getTranslation("privacy.admin.runHeading")),
                new Paragraph(getTranslation("privacy.admin.schedule")), lastRun, run);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.admin.title") + " – " + getTranslation("app.name");
    }
}
