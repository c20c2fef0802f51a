package se.tryggalov.notify;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;
import se.tryggalov.roster.MyShiftCard;
import se.tryggalov.roster.PersonalShifts;
import se.tryggalov.shared.time.Zones;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The reminder the day before a shift: a db-scheduler job looks every 15 minutes; from the configured hour
 * ({@code trygga.notify.reminder-hour}, Stockholm time, default 17) it reminds everyone confirmed on a published
 * shift tomorrow. Each place is reminded once (dedupe key per place and day), however often the job runs or on how
 * many instances.
 */
@Configuration(proxyBeanMethods = false)
class Reminders {

    static final String TASK_NAME = "notify-reminders";

    private final NotifyReads reads;
    private final PersonalShifts shifts;
    private final Notifier notifier;
    private final MailTexts texts;
    private final TransactionTemplate transaction;
    private final NotificationLinks links;
    private final Clock clock;
    private final int hour;

    Reminders(NotifyReads reads, PersonalShifts shifts, Notifier notifier, MailTexts texts,
              TransactionTemplate transaction, NotificationLinks links, Clock clock,
              @Value("${trygga.notify.reminder-hour:17}") int hour) {
        this.reads = reads;
        this.shifts = shifts;
        this.notifier = notifier;
        this.texts = texts;
        this.transaction = transaction;
        this.links = links;
        this.clock = clock;
        this.hour = Math.max(0, Math.min(hour, 23));
    }

    @Bean
    Task<Void> notifyRemindersTask() {
        return Tasks.recurring(TASK_NAME, FixedDelay.ofMinutes(15)).execute((instance, context) -> {
            sendDue();
            links.deleteExpired(); // the mails' preference links past their 60 days
        });
    }

    /** Sends the reminders that are due now; returns how many mails were queued. */
    int sendDue() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(Zones.STOCKHOLM));
        if (now.getHour() < hour) {
            return 0;
        }
        LocalDate tomorrow = now.toLocalDate().plusDays(1);
        int queued = 0;
        for (NotifyReads.Place place : transaction.execute(tx -> reads.confirmedPlaces(tomorrow))) {
            // one short transaction per place: a failure leaves the others sent and this one for the next run
            Boolean sent = transaction.execute(tx -> remind(place, tomorrow));
            if (Boolean.TRUE.equals(sent)) {
                queued++;
            }
        }
        return queued;
    }

    private boolean remind(NotifyReads.Place place, LocalDate day) {
        Optional<Recipient> recipient = reads.recipient(place.userId());
        if (recipient.isEmpty()) {
            return false;
        }
        Recipient to = recipient.get();
        Locale locale = to.locale();
        List<MyShiftCard> card = shifts.endingAfter(to.userId(), day.atStartOfDay()).stream()
                .filter(c -> c.shiftId() == place.shiftId()).toList();
        if (card.isEmpty()) {
            return false;
        }
        return notifier.send(to, NotificationKind.REMINDER, "reminder:" + place.assignmentId() + ":" + day, null,
                new MailContent(texts.get(locale, "notify.mail.reminder.subject", MailTexts.day(day, locale)),
                        texts.greeting(to), List.of(texts.get(locale, "notify.mail.reminder.body")),
                        List.of(texts.item(card.getFirst(), locale)), texts.get(locale, "notify.mail.myShifts"),
                        texts.myShiftsUrl()));
    }
}
