package se.tryggalov.notify.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import se.tryggalov.notify.PersonalFeedService;
import se.tryggalov.notify.ScopeFeedService;
import se.tryggalov.security.CurrentUser;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.security.Role;
import se.tryggalov.security.ui.QrCodes;
import se.tryggalov.shared.time.Zones;
import se.tryggalov.shared.ui.Notifications;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * "Add my shifts to my phone's calendar": a secret subscription address, shown with a QR code right after it is
 * made (only its hash is kept, so it cannot be shown again: renewing makes a new one and stops the old), and a way
 * to turn it off. Mina pass links here. Below, for coordinators, partner contacts and viewers, the same for the
 * calendars of the organisations and venues they may see (ScopeFeedService decides which).
 */
@Route(MyCalendarView.ROUTE)
@RolesAllowed({Role.Names.VOLUNTEER, Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT,
        Role.Names.VIEWER})
public class MyCalendarView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    public static final String ROUTE = "my-calendar";

    private final PersonalFeedService feeds;
    private final ScopeFeedService scopeFeeds;
    private final boolean volunteer;
    private final boolean others;
    final Div scopes = new Div();
    final Div scopeShown = new Div();
    final TextField scopeAddress = new TextField();
    final Image scopeQr = new Image();
    final Anchor scopeOpen = new Anchor();
    final Paragraph state = new Paragraph();
    final Div shown = new Div();
    final TextField address = new TextField();
    final Image qr = new Image();
    final Anchor open = new Anchor();
    final Button renew = new Button();
    final Button revoke = new Button();

    MyCalendarView(PersonalFeedService feeds, ScopeFeedService scopeFeeds, CurrentUser currentUser) {
        this.feeds = feeds;
        this.scopeFeeds = scopeFeeds;
        this.volunteer = currentUser.hasRole(Role.VOLUNTEER);
        this.others = currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.COORDINATOR)
                || currentUser.hasRole(Role.PARTNER_CONTACT) || currentUser.hasRole(Role.VIEWER);
        addClassNames("page", "my-calendar");
        add(new H1(getTranslation("notify.calendar.title")));
        Paragraph intro = new Paragraph(getTranslation("notify.calendar.intro"));
        state.setId("feed-state");
        address.setId("feed-address");
        address.setLabel(getTranslation("notify.calendar.address"));
        address.setReadOnly(true);
        address.setWidthFull();
        qr.setId("feed-qr");
        qr.setAlt(getTranslation("notify.calendar.qrAlt"));
        qr.setWidth("min(14rem, 100%)");
        open.setId("feed-open");
        open.setText(getTranslation("notify.calendar.open"));
        shown.setId("feed-shown");
        shown.add(address, new Paragraph(getTranslation("notify.calendar.scan")), qr, new Paragraph(open),
                new Paragraph(getTranslation("notify.calendar.keepSecret")));
        renew.setId("feed-renew");
        renew.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        renew.addClickListener(e -> show(feeds.renew(getLocale())));
        revoke.setId("feed-revoke");
        revoke.setText(getTranslation("notify.calendar.revoke"));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.addClickListener(e -> {
            feeds.revoke();
            shown.setVisible(false);
            refresh();
            Notifications.success(getTranslation("notify.calendar.revoked"));
        });
        Div personal = new Div(intro, state, shown, new Div(renew, revoke));
        personal.setVisible(volunteer);
        add(personal);
        shown.setVisible(false);

        scopeAddress.setId("scope-feed-address");
        scopeAddress.setLabel(getTranslation("notify.feeds.address"));
        scopeAddress.setReadOnly(true);
        scopeAddress.setWidthFull();
        scopeQr.setId("scope-feed-qr");
        scopeQr.setAlt(getTranslation("notify.feeds.qrAlt"));
        scopeQr.setWidth("min(14rem, 100%)");
        scopeOpen.setText(getTranslation("notify.calendar.open"));
        scopeShown.setId("scope-feed-shown");
        scopeShown.add(scopeAddress, scopeQr, new Paragraph(scopeOpen),
                new Paragraph(getTranslation("notify.feeds.keepSecret")));
        scopeShown.setVisible(false);
        scopes.setId("scope-feeds");
        Div shared = new Div(new H2(getTranslation("notify.feeds.title")),
                new Paragraph(getTranslation("notify.feeds.intro")), scopeShown, scopes);
        shared.setVisible(others);
        add(shared);
    }

    /** One row per organisation or venue the caller may subscribe to: its name, its state, make/renew, turn off. */
    private void refreshScopes() {
        scopes.removeAll();
        if (!others) {
            return;
        }
        List<ScopeFeedService.Choice> choices = scopeFeeds.choices();
        if (choices.isEmpty()) {
            scopes.add(new Paragraph(getTranslation("notify.feeds.none")));
        }
        for (ScopeFeedService.Choice choice : choices) {
            String id = choice.scope().name().toLowerCase(java.util.Locale.ROOT) + "-" + choice.id();
            Div row = new Div();
            row.setId("scope-" + id);
            row.getStyle().set("margin-bottom", "var(--lumo-space-m)");
            H3 name = new H3(getTranslation("notify.feeds.kind." + choice.scope().name(), choice.name()));
            name.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "0");
            Paragraph made = new Paragraph(choice.addressMadeAt() == null ? getTranslation("notify.calendar.none")
                    : getTranslation("notify.feeds.has", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                    .withLocale(getLocale()).format(choice.addressMadeAt().atZone(Zones.STOCKHOLM))));
            Button make = new Button(getTranslation(choice.addressMadeAt() == null ? "notify.calendar.make"
                    : "notify.calendar.renew"));
            make.setId("make-" + id);
            make.addClickListener(e -> {
                try {
                    showScope(scopeFeeds.renew(choice.scope(), choice.id(), getLocale()));
                } catch (UserMessageException ex) {
                    Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
                }
            });
            Button off = new Button(getTranslation("notify.calendar.revoke"));
            off.setId("revoke-" + id);
            off.addThemeVariants(ButtonVariant.LUMO_ERROR);
            off.setVisible(choice.addressMadeAt() != null);
            off.addClickListener(e -> {
                scopeFeeds.revoke(choice.scope(), choice.id());
                scopeShown.setVisible(false);
                refreshScopes();
                Notifications.success(getTranslation("notify.calendar.revoked"));
            });
            row.add(name, made, new Div(make, off));
            scopes.add(row);
        }
    }

    void showScope(String feedAddress) {
        scopeAddress.setValue(feedAddress);
        scopeQr.setSrc(QrCodes.svgDataUrl(feedAddress));
        scopeOpen.setUnsafeHref(feedAddress.replaceFirst("^https?://", "webcal://"));
        scopeShown.setVisible(true);
        refreshScopes();
        Notifications.success(getTranslation("notify.calendar.made"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notify.calendar.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    void show(String feedAddress) {
        address.setValue(feedAddress);
        qr.setSrc(QrCodes.svgDataUrl(feedAddress));
        // webcal: opens the phone's calendar app with a subscription instead of a download; the address is our own
        open.setUnsafeHref(feedAddress.replaceFirst("^https?://", "webcal://"));
        shown.setVisible(true);
        refresh();
        Notifications.success(getTranslation("notify.calendar.made"));
    }

    private void refresh() {
        refreshScopes();
        if (!volunteer) {
            return;
        }
        var madeAt = feeds.addressMadeAt();
        state.setText(madeAt
                .map(at -> getTranslation("notify.calendar.has", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                        .withLocale(getLocale()).format(at.atZone(Zones.STOCKHOLM))))
                .orElseGet(() -> getTranslation("notify.calendar.none")));
        renew.setText(getTranslation(madeAt.isPresent() ? "notify.calendar.renew" : "notify.calendar.make"));
        revoke.setVisible(madeAt.isPresent());
    }
}
