package se.tryggalov.shared.mail;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;
import se.tryggalov.IntegrationTest;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class OutboxTest {

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxSender sender;
    @Autowired
    OutboxRepository mails;
    @Autowired
    TransactionTemplate transaction;

    /** Records what it sends; fails for the addresses it is told to. */
    static final class FakeMailSender extends JavaMailSenderImpl {
        final List<SimpleMailMessage> sent = new ArrayList<>();
        final String failFor;

        FakeMailSender(String failFor) {
            this.failFor = failFor;
        }

        @Override
        public void send(SimpleMailMessage... messages) {
            for (SimpleMailMessage message : messages) {
                if (failFor != null && message.getTo() != null && message.getTo()[0].equals(failFor)) {
                    throw new MailSendException("connection refused by test");
                }
                sent.add(message);
            }
        }
    }

    private static String address() {
        return "outbox-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** Other tests leave mails pending too: send until this one has been tried. */
    private OutboxMail sendUntilTried(long id, FakeMailSender fake) {
        for (int round = 0; round < 50 && mails.find(id).attempts() == 0 && !mails.find(id).sent(); round++) {
            sender.sendDue(fake);
        }
        return mails.find(id);
    }

    @Test
    void aQueuedMailIsSentOnceWithItsSubjectAndText() {
        String to = address();
        long id = outbox.enqueue(null, to, "Ämne", "Hej!\nRad två");
        FakeMailSender fake = new FakeMailSender(null);

        OutboxMail mail = sendUntilTried(id, fake);

        assertThat(mail.sent()).isTrue();
        assertThat(mail.attempts()).isEqualTo(1);
        assertThat(fake.sent).filteredOn(m -> m.getTo()[0].equals(to)).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Ämne");
            assertThat(m.getText()).isEqualTo("Hej!\nRad två");
            assertThat(m.getFrom()).isEqualTo("no-reply@trygga-lov.invalid");
        });
        sender.sendDue(fake);
        assertThat(fake.sent).filteredOn(m -> m.getTo()[0].equals(to)).hasSize(1);
    }

    @Test
    void withoutSmtpTheMailStaysPendingAndIsNotedOnce() {
        long id = outbox.enqueue(null, address(), "Ämne", "Text");

        for (int round = 0; round < 50 && mails.find(id).lastError() == null; round++) {
            sender.sendDue(null);
        }

        OutboxMail mail = mails.find(id);
        assertThat(mail.sent()).isFalse();
        assertThat(mail.attempts()).isZero();
        assertThat(mail.lastError()).isEqualTo(OutboxSender.NO_SMTP);
    }

    @Test
    void aFailedDeliveryIsCountedAndRetriedLater() {
        String to = address();
        long id = outbox.enqueue(null, to, "Ämne", "Text");
        OffsetDateTime before = OffsetDateTime.now();

        OutboxMail mail = sendUntilTried(id, new FakeMailSender(to));

        assertThat(mail.sent()).isFalse();
        assertThat(mail.attempts()).isEqualTo(1);
        assertThat(mail.lastError()).isNotNull();
        assertThat(mail.sendAfter()).isAfter(before.plusSeconds(50));
    }

    @Test
    void aMailQueuedInATransactionThatRollsBackIsNeverSent() {
        String to = address();
        Long id = transaction.execute(tx -> {
            long queued = outbox.enqueue(null, to, "Ämne", "Text");
            tx.setRollbackOnly();
            return queued;
        });

        assertThat(mails.find(id)).isNull();
    }

    @Test
    void aBadAddressOrSubjectIsAProgrammingErrorAndQueuesNothing() {
        assertThatThrownBy(() -> outbox.enqueue(null, "not an address", "Ämne", "Text"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> outbox.enqueue(null, address(), "two\nlines", "Text"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retriesBackOffFromOneMinuteToAtMostSixHours() {
        assertThat(OutboxSender.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxSender.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(OutboxSender.delayAfter(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(OutboxSender.delayAfter(12)).isEqualTo(Duration.ofHours(6));
    }
}
