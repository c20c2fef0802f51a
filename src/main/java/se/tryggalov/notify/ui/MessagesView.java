package se.tryggalov.notify.ui;

import se.tryggalov.shared.time.DateTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.notify.MessageScope;
import se.tryggalov.notify.MessageService;
import se.tryggalov.notify.SentMessage;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.ui.Notifications;


/**
 * Utskick: a coordinator (or a partner contact, to their own organisation) writes to the volunteers of an
 * organisation, a district or a shift; the list below shows each message and how many it reached.
 */
@Route(MessagesView.ROUTE)
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT})
@Menu(order = 57, icon = "vaadin:envelopes-o", title = "nav.messages")
public class MessagesView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    public static final String ROUTE = "messages";

    private final MessageService messages;
    final RadioButtonGroup<MessageScope> scope = new RadioButtonGroup<>();
    final ComboBox<MessageService.Choice> target = new ComboBox<>();
    final TextField subject = new TextField();
    final TextArea body = new TextArea();
    final Button send = new Button();
    final UnorderedList sent = new UnorderedList();

    MessagesView(MessageService messages) {
        this.messages = messages;
        addClassNames("page", "messages");
        add(new H1(getTranslation("notify.messages.title")));
        add(new Paragraph(getTranslation("notify.messages.intro")));
        scope.setId("message-scope");
        scope.setLabel(getTranslation("notify.messages.scope"));
        scope.setItemLabelGenerator(s -> getTranslation("notify.messages.scope." + s.name()));
        scope.addValueChangeListener(e -> {
            target.clear();
            target.setItems(e.getValue() == null ? java.util.List.of() : messages.choices(e.getValue()));
        });
        target.setId("message-target");
        target.setLabel(getTranslation("notify.messages.target"));
        target.setItemLabelGenerator(MessageService.Choice::name);
        target.setWidthFull();
        subject.setId("message-subject");
        subject.setLabel(getTranslation("notify.messages.subject"));
        subject.setMaxLength(MessageService.MAX_SUBJECT);
        subject.setWidthFull();
        body.setId("message-body");
        body.setLabel(getTranslation("notify.messages.body"));
        body.setMaxLength(MessageService.MAX_BODY);
        body.setWidthFull();
        body.setMinHeight("8rem");
        send.setId("message-send");
        send.setText(getTranslation("notify.messages.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> send());
        sent.setId("messages-sent");
        add(scope, target, subject, body, send, new H2(getTranslation("notify.messages.sentTitle")), sent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notify.messages.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        scope.setItems(messages.scopes());
        refresh();
    }

    void send() {
        try {
            SentMessage message = messages.send(scope.getValue(), target.getValue() == null ? null : target.getValue().id(),
                    subject.getValue(), body.getValue());
            Notifications.success(getTranslation("notify.messages.sent", message.recipients(), message.reached()));
            subject.clear();
            body.clear();
            refresh();
        } catch (UserMessageException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void refresh() {
        sent.removeAll();
        for (SentMessage message : messages.sent()) {
            ListItem item = new ListItem(getTranslation("notify.messages.row", message.subject(),
                    getTranslation("notify.messages.scope." + message.scope().name()), message.scopeName(),
                    message.recipients(), message.reached(), DateTexts.of(getLocale()).moment(message.sentAt())));
            item.setId("message-" + message.id());
            sent.add(item);
        }
    }
}
