package se.tryggalov.privacy.ui;

import se.tryggalov.shared.time.DateTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import se.tryggalov.privacy.MyPrivacy;
import se.tryggalov.privacy.PrivacyService;
import se.tryggalov.security.ui.AccountView;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.time.Zones;
import se.tryggalov.shared.ui.Notifications;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The signed-in person's data rights, in plain words: what is stored, why and for how long; download it all as
 * JSON; where to correct it; ask to be removed (and take it back while it is open). Open to every role.
 */
@Route("my-data")
@PermitAll
@Menu(order = 89, icon = "vaadin:file-text-o", title = "nav.myData")
@StyleSheet("context://styles/privacy.css")
public class MyDataView extends Main implements HasDynamicTitle {

    static final String JSON = "application/json;charset=utf-8";
    /** The volunteer's own profile page, where they correct their data (built by the volunteers feature). */
    static final String PROFILE_ROUTE = "profile";

    private final PrivacyService privacy;
    private final Clock clock;
    private final Div removal = new Div();

    MyDataView(PrivacyService privacy, Clock clock) {
        this.privacy = privacy;
        this.clock = clock;
        addClassNames("page", "privacy-page");
        MyPrivacy mine = privacy.myPrivacy();
        add(new H1(getTranslation("privacy.myData.title")), new Paragraph(getTranslation("privacy.myData.intro")));
        add(whatSection(mine), whySection(), howLongSection(mine), correctSection(mine), downloadSection(),
                removalSection());
        showRemoval(mine);
    }

    private Section whatSection(MyPrivacy mine) {
        UnorderedList what = new UnorderedList(item("privacy.myData.what.account"));
        if (mine.volunteer()) {
            what.add(item("privacy.myData.what.profile"), item("privacy.myData.what.availability"));
        }
        what.add(item("privacy.myData.what.contacts"), item("privacy.myData.what.emails"),
                item("privacy.myData.what.log"));
        what.setId("what-we-store");
        return new Section(new H2(getTranslation("privacy.myData.whatHeading")), what);
    }

    private Section whySection() {
        return new Section(new H2(getTranslation("privacy.myData.whyHeading")),
                new Paragraph(getTranslation("privacy.myData.why")));
    }

    private Section howLongSection(MyPrivacy mine) {
        UnorderedList howLong = new UnorderedList(
                new ListItem(getTranslation("privacy.myData.howLong.availability", mine.availabilityMonths())),
                new ListItem(getTranslation("privacy.myData.howLong.inactive", mine.inactiveProfileMonths())),
                new ListItem(getTranslation("privacy.myData.howLong.invitations", mine.invitationDays())),
                item(mine.keepHistory() ? "privacy.myData.howLong.historyKept" : "privacy.myData.howLong.historyDeleted"));
        howLong.setId("how-long");
        return new Section(new H2(getTranslation("privacy.myData.howLongHeading")), howLong);
    }

    /** Correction happens where the data is edited: the profile page for volunteers, otherwise an administrator. */
    private Section correctSection(MyPrivacy mine) {
        Section section = new Section(new H2(getTranslation("privacy.myData.correctHeading")));
        if (mine.volunteer()) {
            Anchor profile = new Anchor(PROFILE_ROUTE, getTranslation("privacy.myData.profileLink"));
            profile.setId("profile-link");
            section.add(new Paragraph(getTranslation("privacy.myData.correctVolunteer")), profile);
        } else {
            RouterLink account = new RouterLink(getTranslation("privacy.myData.accountLink"), AccountView.class);
            account.setId("account-link");
            section.add(new Paragraph(getTranslation("privacy.myData.correctOther")), account);
        }
        return section;
    }

    private Section downloadSection() {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] json = privacy.exportMyData();
            return new DownloadResponse(new ByteArrayInputStream(json), fileName(), JSON, json.length);
        }), getTranslation("privacy.myData.download"));
        download.getElement().setAttribute("download", true);
        download.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        download.addClassName("privacy-download");
        download.setId("download-my-data");
        return new Section(new H2(getTranslation("privacy.myData.downloadHeading")),
                new Paragraph(getTranslation("privacy.myData.downloadHelp")), download);
    }

    String fileName() {
        return getTranslation("privacy.myData.fileName", LocalDate.now(clock.withZone(Zones.STOCKHOLM)).toString());
    }

    private Section removalSection() {
        removal.setId("removal");
        removal.getElement().setAttribute("aria-live", "polite");
        return new Section(new H2(getTranslation("privacy.myData.removalHeading")),
                new Paragraph(getTranslation("privacy.myData.removalHelp")), removal);
    }

    private void showRemoval(MyPrivacy mine) {
        removal.removeAll();
        if (mine.removalRequestedAt() == null) {
            Button request = new Button(getTranslation("privacy.myData.requestRemoval"), e -> confirmRemoval());
            request.addThemeVariants(ButtonVariant.LUMO_ERROR);
            request.setId("request-removal");
            removal.add(request);
        } else {
            Paragraph since = new Paragraph(getTranslation("privacy.myData.requestedSince",
                    DateTexts.of(getLocale()).longDate(mine.removalRequestedAt())));
            since.setId("removal-requested");
            Button withdraw = new Button(getTranslation("privacy.myData.withdraw"), e -> act(() -> {
                privacy.withdrawRemovalRequest();
                Notifications.success(getTranslation("privacy.myData.withdrawn"));
            }));
            withdraw.setId("withdraw-removal");
            removal.add(since, withdraw);
        }
    }

    private void confirmRemoval() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-removal");
        confirm.setHeader(getTranslation("privacy.myData.confirm.header"));
        confirm.setText(getTranslation("privacy.myData.confirm.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("privacy.myData.confirm.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> act(() -> {
            privacy.requestRemoval();
            Notifications.success(getTranslation("privacy.myData.requested"));
        }));
        confirm.open();
    }

    /** Runs a change and shows the state as it now is, also when the change was refused (e.g. already asked). */
    private void act(Runnable change) {
        try {
            change.run();
        } catch (UserMessageException ex) {
            Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
        }
        showRemoval(privacy.myPrivacy());
    }

    private ListItem item(String key) {
        return new ListItem(getTranslation(key));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.myData.title") + " – " + getTranslation("app.name");
    }
}
