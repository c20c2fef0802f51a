package se.tryggalov.shared.mail;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Delivers the outbox every 30 seconds (a db-scheduler job: one instance sends even with several app instances).
 * SMTP is used when {@code spring.mail.host} is configured (Spring Boot then provides a {@link JavaMailSender});
 * without it each mail is logged once, without its address or text, and stays pending until SMTP is set up.
 * A failed delivery is retried with a growing delay (1, 2, 4 ... minutes, at most 6 hours), at most
 * {@value #MAX_ATTEMPTS} times; the last error is kept on the mail.
 */
@Configuration(proxyBeanMethods = false)
class OutboxSender {

    static final String TASK_NAME = "outbox-email";
    static final int MAX_ATTEMPTS = 10;
    static final int BATCH = 50;
    static final String NO_SMTP = "no SMTP configured";
    static final Duration MAX_DELAY = Duration.ofHours(6);

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxRepository mails;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String from;

    OutboxSender(OutboxRepository mails, ObjectProvider<JavaMailSender> mailSender, TransactionTemplate transaction,
                 Clock clock, @Value("${trygga.mail.from:no-reply@trygga-lov.invalid}") String from) {
        this.mails = mails;
        this.mailSender = mailSender;
        this.transaction = transaction;
        this.clock = clock;
        this.from = from;
    }

    @Bean
    Task<Void> outboxEmailTask() {
        return Tasks.recurring(TASK_NAME, FixedDelay.ofSeconds(30)).execute((instance, context) -> sendDue());
    }

    /** Sends what is due with the configured SMTP server; returns how many mails went out. */
    int sendDue() {
        return sendDue(mailSender.getIfAvailable());
    }

    /** Sends what is due with this sender ({@code null}: no SMTP configured). */
    int sendDue(JavaMailSender sender) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<OutboxRepository.PendingMail> due = transaction.execute(tx -> mails.due(now, MAX_ATTEMPTS, BATCH));
        int sent = 0;
        for (OutboxRepository.PendingMail mail : due == null ? List.<OutboxRepository.PendingMail>of() : due) {
            if (sender == null) {
                if (!NO_SMTP.equals(mail.lastError())) {
                    log.info("mail to {} not sent: {}", mail.id(), NO_SMTP);
                    transaction.executeWithoutResult(tx -> mails.markWaiting(mail.id(), NO_SMTP));
                }
                continue;
            }
            if (send(sender, mail)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(JavaMailSender sender, OutboxRepository.PendingMail mail) {
        try {
            if (mail.htmlBody() == null) {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(mail.recipient());
                message.setSubject(mail.subject());
                message.setText(mail.body());
                sender.send(message);
            } else {
                // multipart/alternative: plain text first, HTML second (the part mail programs prefer)
                sender.send(mime -> {
                    MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
                    helper.setFrom(from);
                    helper.setTo(mail.recipient());
                    helper.setSubject(mail.subject());
                    helper.setText(mail.body(), mail.htmlBody());
                });
            }
        } catch (MailException | IllegalStateException e) {
            int attempt = mail.attempts() + 1;
            OffsetDateTime retryAt = OffsetDateTime.now(clock).plus(delayAfter(attempt));
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            transaction.executeWithoutResult(tx -> mails.markFailed(mail.id(),
                    error.length() > 500 ? error.substring(0, 500) : error, retryAt));
            log.warn("mail {} not sent (attempt {} of {}): {}", mail.id(), attempt, MAX_ATTEMPTS,
                    e.getClass().getSimpleName());
            return false;
        }
        transaction.executeWithoutResult(tx -> mails.markSent(mail.id(), OffsetDateTime.now(clock)));
        return true;
    }

    /** 1 minute after the first failure, doubling, at most {@link #MAX_DELAY}. */
    static Duration delayAfter(int attempts) {
        Duration delay = Duration.ofMinutes(1L << Math.min(Math.max(attempts - 1, 0), 16));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }
}
