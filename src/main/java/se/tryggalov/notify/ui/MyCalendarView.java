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
import se.tryggalov.notify.PersonalFeedService;
import se.tryggalov.security.Role;
import se.tryggalov.security.ui.QrCodes;
import se.tryggalov.shared.time.Zones;
import se.tryggalov.shared.ui.Notifications;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * "Add my shifts to my phone's calendar": a secret subscription address, shown with a QR code right after it is
 * made (only its hash is kept, so it cannot be shown again: renewing makes a new one and stops the old), and a way
 * to turn it off. Mina pass links here.
 */
@Route(MyCalendarView.ROUTE)
@RolesAllowed({Role.Names.VOLUNTEER})
public class MyCalendarView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    public static final String ROUTE = "my-calendar";

    private final PersonalFeedService feeds;
    final Paragraph state = new Paragraph();
    final Div shown = new Div();
    final TextField address = new TextField();
    final Image qr = new Image();
    final Anchor open = new Anchor();
    final Button renew = new Button();
    final Button revoke = new Button();

    MyCalendarView(PersonalFeedService feeds) {
        this.feeds = feeds;
        addClassNames("page", "my-calendar");
        add(new H1(getTranslation("notify.calendar.title")));
        add(new Paragraph(getTranslation("notify.calendar.intro")));
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
        add(state, shown, new Div(renew, revoke));
        shown.setVisible(false);
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
        var madeAt = feeds.addressMadeAt();
        state.setText(madeAt
                .map(at -> getTranslation("notify.calendar.has", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                        .withLocale(getLocale()).format(at.atZone(Zones.STOCKHOLM))))
                .orElseGet(() -> getTranslation("notify.calendar.none")));
        renew.setText(getTranslation(madeAt.isPresent() ? "notify.calendar.renew" : "notify.calendar.make"));
        revoke.setVisible(madeAt.isPresent());
    }
}
