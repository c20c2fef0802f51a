package se.tryggalov.notify;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.security.CurrentUser;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.mail.Outbox;
import se.tryggalov.shared.mail.OutboxMail;

import java.time.Instant;
import java.util.List;

/**
 * What was sent, without a mail server: the newest mails with their state, and the notifications that were skipped
 * (no address). For administrators; in demo mode for everyone signed in (demo data only).
 */
@Service
public class OutboxOverview {

    static final int LIMIT = 200;
    /** The skip reasons the page has words for. */
    public static final java.util.Set<String> KNOWN_REASONS = java.util.Set.of(Notifier.NO_EMAIL, Notifier.NO_PHONE, Notifier.NOT_MADE,
            LoggedSms.NO_GATEWAY);

    /** A mail's state on the page. */
    public enum State { SENT, PENDING, WAITING_FOR_SMTP, FAILED }

    public record Row(long id, String recipient, String subject, State state, int attempts, String lastError,
                      Instant createdAt, Instant sentAt) {
    }

    public record SkippedRow(long id, NotificationKind kind, Channel channel, String reason, Instant createdAt) {
    }

    private final Outbox outbox;
    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final boolean demo;

    OutboxOverview(Outbox outbox, NotificationRepository notifications, CurrentUser currentUser, AuditLog audit,
                   @Value("${trygga.demo.enabled:false}") boolean demo) {
        this.outbox = outbox;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.audit = audit;
        this.demo = demo;
    }

    public boolean allowed() {
        return currentUser.account().isPresent() && (demo || currentUser.hasRole(Role.ADMIN));
    }

    @Transactional
    public List<Row> newest() {
        require();
        audit.record(AuditAction.OUTBOX_VIEWED, "outbox", "newest", "outbox page");
        return outbox.newest(LIMIT).stream().map(OutboxOverview::row).toList();
    }

    @Transactional(readOnly = true)
    public List<SkippedRow> skipped() {
        require();
        return notifications.skipped(LIMIT).stream()
                .map(s -> new SkippedRow(s.id(), s.kind(), s.channel(), s.reason(), s.createdAt().toInstant()))
                .toList();
    }

    private void require() {
        if (!allowed()) {
            throw new AccessDeniedException("the outbox is for administrators");
        }
    }

    static Row row(OutboxMail mail) {
        State state = mail.sent() ? State.SENT : mail.failed() ? State.FAILED
                : "no SMTP configured".equals(mail.lastError()) ? State.WAITING_FOR_SMTP : State.PENDING;
        return new Row(mail.id(), mail.recipient(), mail.subject(), state, mail.attempts(), mail.lastError(),
                mail.createdAt().toInstant(), mail.sentAt() == null ? null : mail.sentAt().toInstant());
    }
}
