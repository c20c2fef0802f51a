package se.tryggalov.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.shared.mail.Outbox;
import se.tryggalov.shared.mail.PublicUrls;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Writes a notification in the caller's transaction: the person's choice decides the channels, the dedupe key makes
 * it happen once, the e-mail goes into the outbox (sent by its job, with retries) and an SMS to the SMS channel.
 * A recipient without an address is recorded as skipped, with the reason.
 */
@Component
class Notifier {

    static final String NO_EMAIL = "NO_EMAIL";
    static final String NO_PHONE = "NO_PHONE";
    static final String NOT_MADE = "NOT_MADE";

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final NotificationRepository notifications;
    private final Outbox outbox;
    private final MailTemplates templates;
    private final SmsChannel sms;
    private final PublicUrls urls;
    private final NotificationLinks links;
    private final Clock clock;

    Notifier(NotificationRepository notifications, Outbox outbox, MailTemplates templates, SmsChannel sms,
             PublicUrls urls, NotificationLinks links, Clock clock) {
        this.notifications = notifications;
        this.links = links;
        this.outbox = outbox;
        this.templates = templates;
        this.sms = sms;
        this.urls = urls;
        this.clock = clock;
    }

    /**
     * @param dedupeKey null, or a key that makes this notification happen once (per channel)
     * @return whether an e-mail was queued
     */
    @Transactional(propagation = Propagation.REQUIRED)
    boolean send(Recipient to, NotificationKind kind, String dedupeKey, Long messageId, MailContent content) {
        Preference preference = to.userId() == null ? Preference.DEFAULT
                : notifications.preferences(to.userId()).get(kind);
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean queued = false;
        if (preference.email()) {
            Optional<Long> id = notifications.record(to.userId(), kind, Channel.EMAIL, key(dedupeKey, Channel.EMAIL),
                    messageId, now);
            if (id.isPresent()) {
                if (to.email() == null || to.email().isBlank()) {
                    notifications.skipped(id.get(), NO_EMAIL);
                } else {
                    try {
                        // a person with an account gets a link of their own that opens their choices without
                        // signing in; a contact person without an account has no choices to make
                        MailTemplates.Rendered mail = templates.render(content, to.locale(),
                                to.userId() == null ? null : links.newLink(to.userId(), kind));
                        String subject = mail.subject().replaceAll("\\s+", " ").strip();
                        long outboxId = outbox.enqueue(to.userId(), to.email(),
                                subject.length() > 200 ? subject.substring(0, 199) + "…" : subject, mail.text(),
                                mail.html());
                        notifications.sent(id.get(), outboxId);
                        queued = true;
                    } catch (IllegalArgumentException | org.thymeleaf.exceptions.TemplateEngineException e) {
                        // a mail that cannot be made never undoes the change that caused it
                        log.warn("{} notification {} not made: {}", kind, id.get(), e.getClass().getSimpleName());
                        notifications.skipped(id.get(), NOT_MADE);
                    }
                }
            }
        }
        if (preference.sms()) {
            Optional<Long> id = notifications.record(to.userId(), kind, Channel.SMS, key(dedupeKey, Channel.SMS),
                    messageId, now);
            if (id.isPresent()) {
                String reason = to.phone() == null || to.phone().isBlank() ? NO_PHONE : sms.send(to.phone(), smsText(content));
                if (reason != null) {
                    notifications.skipped(id.get(), reason);
                }
            }
        }
        if (!queued) {
            log.debug("{} notification without e-mail (chosen, duplicate or no address)", kind);
        }
        return queued;
    }

    private static String key(String dedupeKey, Channel channel) {
        return dedupeKey == null ? null : dedupeKey + ":" + channel.name();
    }

    /** The subject and the first block, cut to two text messages. */
    static String smsText(MailContent content) {
        StringBuilder text = new StringBuilder(content.subject());
        if (!content.items().isEmpty()) {
            text.append(": ").append(content.items().getFirst().heading());
        }
        return text.length() > 300 ? text.substring(0, 299) + "…" : text.toString();
    }
}
