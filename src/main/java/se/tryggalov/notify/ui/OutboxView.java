package se.tryggalov.notify.ui;

import se.tryggalov.shared.time.DateTexts;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.notify.OutboxOverview;
import se.tryggalov.security.Role;

import java.time.Instant;

/**
 * Utkorgen: the newest mails with recipient, subject, state, attempts and last error, and the notifications skipped
 * for want of an address; so a new installation sees notifications work before SMTP is set up. Administrators
 * always, everyone in demo mode (others are sent to the start page).
 */
@Route(OutboxView.ROUTE)
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT, Role.Names.VOLUNTEER,
        Role.Names.VIEWER})
public class OutboxView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    public static final String ROUTE = "outbox";

    private final OutboxOverview overview;
    final UnorderedList mails = new UnorderedList();
    final UnorderedList skipped = new UnorderedList();
    final Paragraph empty = new Paragraph();
    final H2 skippedTitle = new H2();

    OutboxView(OutboxOverview overview) {
        this.overview = overview;
        addClassNames("page", "outbox");
        add(new H1(getTranslation("notify.outbox.title")));
        add(new Paragraph(getTranslation("notify.outbox.intro")));
        // back to the settings it is reached from; also the page's first focusable element, so that keyboard users
        // can scroll a long outbox (axe: scrollable-region-focusable)
        Anchor settings = new Anchor(NotificationSettingsView.ROUTE, getTranslation("notify.outbox.toSettings"));
        settings.setId("outbox-to-settings");
        add(new Paragraph(settings));
        mails.setId("outbox-mails");
        skipped.setId("outbox-skipped");
        empty.setText(getTranslation("notify.outbox.empty"));
        skippedTitle.setText(getTranslation("notify.outbox.skippedTitle"));
        add(empty, mails, skippedTitle, skipped);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notify.outbox.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!overview.allowed()) {
            event.forwardTo("");
            return;
        }
        mails.removeAll();
        for (OutboxOverview.Row row : overview.newest()) {
            ListItem item = new ListItem();
            item.setId("outbox-mail-" + row.id());
            Div box = new Div();
            box.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "0.15rem")
                    .set("overflow-wrap", "anywhere");
            Span state = new Span(getTranslation("notify.outbox.state." + row.state().name()));
            state.getElement().getThemeList().add(row.state() == OutboxOverview.State.FAILED ? "badge error"
                    : row.state() == OutboxOverview.State.SENT ? "badge success" : "badge");
            state.getStyle().set("align-self", "flex-start");
            box.add(new Span(row.subject()), new Span(getTranslation("notify.outbox.to", row.recipient())), state,
                    new Span(getTranslation("notify.outbox.attempts", row.attempts(), time(row.createdAt()))));
            if (row.lastError() != null && row.state() != OutboxOverview.State.WAITING_FOR_SMTP) {
                box.add(new Span(getTranslation("notify.outbox.lastError", row.lastError())));
            }
            item.add(box);
            item.getStyle().set("margin-bottom", "var(--lumo-space-m)");
            mails.add(item);
        }
        empty.setVisible(mails.getChildren().findAny().isEmpty());
        skipped.removeAll();
        for (OutboxOverview.SkippedRow row : overview.skipped()) {
            skipped.add(new ListItem(getTranslation("notify.outbox.skippedRow",
                    getTranslation("notify.kind." + row.kind().name()), reason(row.reason()), time(row.createdAt()))));
        }
        boolean anySkipped = skipped.getChildren().findAny().isPresent();
        skippedTitle.setVisible(anySkipped);
        skipped.setVisible(anySkipped);
    }

    /** The known reasons in words; a gateway's own reason as it gave it. */
    private String reason(String code) {
        return OutboxOverview.KNOWN_REASONS.contains(code) ? getTranslation("notify.outbox.reason." + code) : code;
    }

    private String time(Instant at) {
        return DateTexts.of(getLocale()).moment(at);
    }
}
