package se.tryggalov.notify.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.notify.NotificationKind;
import se.tryggalov.notify.NotificationSettingsService;
import se.tryggalov.notify.OutboxOverview;
import se.tryggalov.notify.Preference;
import se.tryggalov.security.Role;
import se.tryggalov.shared.ui.Notifications;

import java.util.EnumMap;
import java.util.Map;

/**
 * Aviseringar: which notifications a person gets, by e-mail and by SMS, one pair of boxes per kind, saved at once.
 * Every notification mail links here. Administrators (everyone in demo mode) find the outbox from here.
 */
@Route(NotificationSettingsView.ROUTE)
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT, Role.Names.VOLUNTEER,
        Role.Names.VIEWER})
@Menu(order = 89.5, icon = "vaadin:bell", title = "nav.notifications")
public class NotificationSettingsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    public static final String ROUTE = "notification-settings";

    private final NotificationSettingsService settings;
    final Map<NotificationKind, Checkbox> email = new EnumMap<>(NotificationKind.class);
    final Map<NotificationKind, Checkbox> sms = new EnumMap<>(NotificationKind.class);
    final Anchor outbox = new Anchor(OutboxView.ROUTE, "");
    private boolean loading;

    NotificationSettingsView(NotificationSettingsService settings, OutboxOverview overview) {
        this.settings = settings;
        addClassNames("page", "notification-settings");
        add(new H1(getTranslation("notify.settings.title")));
        add(new Paragraph(getTranslation("notify.settings.intro")));
        for (NotificationKind kind : NotificationKind.values()) {
            Div row = new Div();
            row.setId("kind-" + kind.name());
            row.getStyle().set("margin-bottom", "var(--lumo-space-m)");
            H2 name = new H2(getTranslation("notify.kind." + kind.name()));
            name.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "0");
            Checkbox byMail = new Checkbox(getTranslation("notify.settings.email"));
            byMail.setId("email-" + kind.name());
            Checkbox bySms = new Checkbox(getTranslation("notify.settings.sms"));
            bySms.setId("sms-" + kind.name());
            byMail.addValueChangeListener(e -> save(kind));
            bySms.addValueChangeListener(e -> save(kind));
            email.put(kind, byMail);
            sms.put(kind, bySms);
            row.add(name, byMail, bySms);
            add(row);
        }
        add(new Paragraph(getTranslation("notify.settings.smsNote")));
        outbox.setText(getTranslation("notify.settings.toOutbox"));
        outbox.setId("to-outbox");
        outbox.setVisible(overview.allowed());
        add(new Paragraph(outbox));
        Anchor calendars = new Anchor(MyCalendarView.ROUTE, getTranslation("notify.settings.toCalendars"));
        calendars.setId("to-calendars");
        add(new Paragraph(calendars));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notify.settings.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        loading = true;
        try {
            settings.mine().forEach((kind, preference) -> {
                email.get(kind).setValue(preference.email());
                sms.get(kind).setValue(preference.sms());
            });
        } finally {
            loading = false;
        }
    }

    private void save(NotificationKind kind) {
        if (loading) {
            return;
        }
        settings.save(kind, new Preference(email.get(kind).getValue(), sms.get(kind).getValue()));
        Notifications.success(getTranslation("notify.settings.saved"));
    }
}
