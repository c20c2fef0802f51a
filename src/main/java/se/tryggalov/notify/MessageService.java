package se.tryggalov.notify;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.security.Account;
import se.tryggalov.security.CurrentUser;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.time.Zones;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Messages (newsletters, practical news) from a coordinator to the volunteers of an organisation, a district or a
 * shift, or from a partner contact to their own organisation's volunteers and shifts. Each recipient gets it through
 * the outbox (respecting their choice for messages); the list shows how many it was for and how many it reached.
 */
@Service
public class MessageService {

    public static final int MAX_SUBJECT = 150;
    public static final int MAX_BODY = 5000;

    public record Choice(long id, String name) {
    }

    private final NotificationRepository notifications;
    private final NotifyReads reads;
    private final Notifier notifier;
    private final MailTexts texts;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    MessageService(NotificationRepository notifications, NotifyReads reads, Notifier notifier, MailTexts texts,
                   CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.notifications = notifications;
        this.reads = reads;
        this.notifier = notifier;
        this.texts = texts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    private Account me() {
        return currentUser.account().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /** A partner contact reaches only their own organisation; a coordinator everyone. */
    private Long onlyOrganisation(Account me) {
        if (me.roles().contains(Role.COORDINATOR) || me.roles().contains(Role.ADMIN)) {
            return null;
        }
        if (me.organisationId() == null) {
            throw new AccessDeniedException("a partner contact without an organisation");
        }
        return me.organisationId();
    }

    /** The scopes the caller may write to (a partner contact: not districts). */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT})
    public List<MessageScope> scopes() {
        return onlyOrganisation(me()) == null ? Arrays.asList(MessageScope.values())
                : List.of(MessageScope.ORGANISATION, MessageScope.SHIFT);
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT})
    @Transactional(readOnly = true)
    public List<Choice> choices(MessageScope scope) {
        Account me = me();
        Long only = onlyOrganisation(me);
        if (scope == null || !scopes().contains(scope)) {
            return List.of();
        }
        return reads.choices(scope, LocalDate.now(clock.withZone(Zones.STOCKHOLM)), only).stream()
                .map(c -> new Choice(c.id(), c.name())).toList();
    }

    /** Sends the message; returns it as the list shows it. Bad input: a translated refusal, nothing sent. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT})
    @Transactional
    public SentMessage send(MessageScope scope, Long scopeId, String subject, String body) {
        Account me = me();
        String cleanSubject = subject == null ? "" : subject.strip();
        String cleanBody = body == null ? "" : body.strip();
        if (scope == null || scopeId == null) {
            throw new UserMessageException("notify.message.error.noScope");
        }
        if (cleanSubject.isEmpty() || cleanSubject.length() > MAX_SUBJECT || cleanSubject.contains("\n")) {
            throw new UserMessageException("notify.message.error.subject", MAX_SUBJECT);
        }
        if (cleanBody.isEmpty() || cleanBody.length() > MAX_BODY) {
            throw new UserMessageException("notify.message.error.body", MAX_BODY);
        }
        Optional<Choice> target = choices(scope).stream().filter(c -> c.id() == scopeId).findFirst();
        if (target.isEmpty()) {
            throw new UserMessageException("notify.message.error.noScope");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        long messageId = notifications.insertMessage(me.id(), scope, scopeId, target.get().name(), cleanSubject,
                cleanBody, now);
        List<Recipient> recipients = reads.volunteersOf(scope, scopeId);
        int reached = 0;
        List<String> paragraphs = cleanBody.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (Recipient to : recipients) {
            MailContent content = new MailContent(cleanSubject, texts.greeting(to), paragraphs, List.of(),
                    null, null);
            if (notifier.send(to, NotificationKind.MESSAGE, "message:" + messageId + ":" + to.userId(), messageId,
                    withSender(content, me, to))) {
                reached++;
            }
        }
        notifications.messageCounts(messageId, recipients.size(), reached);
        audit.record(AuditAction.MESSAGE_SENT, "notify_message", messageId,
                scope + " " + scopeId + " recipients=" + recipients.size() + " reached=" + reached);
        return new SentMessage(messageId, scope, target.get().name(), cleanSubject, recipients.size(), reached,
                now.toInstant());
    }

    private MailContent withSender(MailContent content, Account me, Recipient to) {
        List<String> paragraphs = new java.util.ArrayList<>(content.paragraphs());
        paragraphs.add(texts.get(to.locale(), "notify.mail.message.from", me.displayName()));
        return new MailContent(content.subject(), content.greeting(), paragraphs, content.items(), null, null);
    }

    /** The messages the caller sent (a coordinator or administrator: all). */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT})
    @Transactional(readOnly = true)
    public List<SentMessage> sent() {
        Account me = me();
        return notifications.messages(onlyOrganisation(me) == null ? null : me.id(), 100);
    }
}
