package se.tryggalov.notify.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.tryggalov.notify.NotificationKind;
import se.tryggalov.notify.NotificationLinks;
import se.tryggalov.notify.Preference;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.ui.Notifications;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the link in every mail leads (no sign-in): the person's first name, a button that switches off the kind of
 * mail the link came in, and every choice to change. It reveals nothing else about the person; a link that is
 * unknown, altered or expired gets one translated message, without saying which.
 */
@Route(value = NotificationLinks.ROUTE, autoLayout = false)
@AnonymousAllowed
public class NotificationChoicesView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final NotificationLinks links;
    final Map<NotificationKind, Checkbox> email = new EnumMap<>(NotificationKind.class);
    final Map<NotificationKind, Checkbox> sms = new EnumMap<>(NotificationKind.class);
    final Button switchOff = new Button();
    private boolean loading;

    NotificationChoicesView(NotificationLinks links) {
        this.links = links;
        addClassNames("page", "public-page", "notification-choices");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notify.link.title") + " – " + getTranslation("app.name");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String secret) {
        removeAll();
        email.clear();
        sms.clear();
        add(new H1(getTranslation("notify.link.title")));
        Optional<NotificationLinks.Opened> opened = links.open(secret);
        if (opened.isEmpty()) {
            invalid();
            return;
        }
        NotificationLinks.Opened link = opened.get();
        add(new Paragraph(link.firstName().isEmpty() ? getTranslation("notify.mail.greetingNoName")
                : getTranslation("notify.mail.greeting", link.firstName())));
        add(new Paragraph(getTranslation("notify.link.intro")));
        if (link.kind() != null) {
            switchOff.setId("switch-off");
            switchOff.setText(getTranslation("notify.link.switchOff",
                    getTranslation("notify.kind." + link.kind().name())));
            switchOff.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            switchOff.addClickListener(e -> {
                email.get(link.kind()).setValue(false);
                sms.get(link.kind()).setValue(false);
            });
            add(new Paragraph(switchOff));
        }
        loading = true;
        try {
            for (NotificationKind kind : NotificationKind.values()) {
                Div row = new Div();
                row.setId("kind-" + kind.name());
                row.getStyle().set("margin-bottom", "var(--lumo-space-m)");
                H2 name = new H2(getTranslation("notify.kind." + kind.name()));
                name.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "0");
                Preference preference = link.preferences().getOrDefault(kind, Preference.DEFAULT);
                Checkbox byMail = new Checkbox(getTranslation("notify.settings.email"), preference.email());
                byMail.setId("email-" + kind.name());
                Checkbox bySms = new Checkbox(getTranslation("notify.settings.sms"), preference.sms());
                bySms.setId("sms-" + kind.name());
                byMail.addValueChangeListener(e -> save(secret, kind));
                bySms.addValueChangeListener(e -> save(secret, kind));
                email.put(kind, byMail);
                sms.put(kind, bySms);
                row.add(name, byMail, bySms);
                add(row);
            }
        } finally {
            loading = false;
        }
        add(new Paragraph(getTranslation("notify.settings.smsNote")));
    }

    private void invalid() {
        Paragraph invalid = new Paragraph(getTranslation("notify.link.invalid"));
        invalid.setId("link-invalid");
        add(invalid);
    }

    private void save(String secret, NotificationKind kind) {
        if (loading) {
            return;
        }
        try {
            links.save(secret, kind, new Preference(email.get(kind).getValue(), sms.get(kind).getValue()));
            Notifications.success(getTranslation("notify.settings.saved"));
        } catch (UserMessageException e) {
            removeAll();
            add(new H1(getTranslation("notify.link.title")));
            invalid();
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }
}
