package se.tryggalov.shared.mail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/** For tests of other packages: runs the outbox's sender (the running one, or a new one as after a restart). */
public final class OutboxDelivery {

    private OutboxDelivery() {
    }

    /** One round of the application's sender with this SMTP sender; returns how many mails went out. */
    public static int deliver(ApplicationContext context, JavaMailSender smtp) {
        return context.getBean(OutboxSender.class).sendDue(smtp);
    }

    /** A sender made anew from the database alone, as a restarted application makes it. */
    public static int deliverAfterRestart(ApplicationContext context, JavaMailSender smtp) {
        ObjectProvider<JavaMailSender> configured = context.getBeanProvider(JavaMailSender.class);
        OutboxSender fresh = new OutboxSender(context.getBean(OutboxRepository.class), configured,
                context.getBean(TransactionTemplate.class), context.getBean(Clock.class), "no-reply@trygga-lov.invalid");
        return fresh.sendDue(smtp);
    }

    /** Whether the mail was sent. */
    public static boolean sent(ApplicationContext context, long outboxId) {
        OutboxMail mail = context.getBean(OutboxRepository.class).find(outboxId);
        return mail != null && mail.sent();
    }
}
