package se.tryggalov.notify;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.tryggalov.activity.ActivityEvents;
import se.tryggalov.roster.MyShiftCard;
import se.tryggalov.roster.PersonalShifts;
import se.tryggalov.roster.RosterEvents;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.time.Zones;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Notifications of changes made elsewhere, from their events and in their transactions: a waitlist offer, "I can't
 * come", and a coordinator's change of a shift in Planering (its evening, times, venue or gathering point, or its
 * cancellation) to the people on it and the contact persons of the organisations involved. The features that change
 * things publish events; only this feature writes notifications.
 */
@Component
class ChangeNotifications {

    private final NotifyReads reads;
    private final PersonalShifts shifts;
    private final Notifier notifier;
    private final MailTexts texts;
    private final Clock clock;

    ChangeNotifications(NotifyReads reads, PersonalShifts shifts, Notifier notifier, MailTexts texts, Clock clock) {
        this.reads = reads;
        this.shifts = shifts;
        this.notifier = notifier;
        this.texts = texts;
        this.clock = clock;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(Zones.STOCKHOLM));
    }

    private Optional<MyShiftCard> card(long userId, long shiftId) {
        return shifts.endingAfter(userId, now().minusDays(1)).stream().filter(c -> c.shiftId() == shiftId)
                .findFirst();
    }

    /** A place from the waitlist: the shift, where and whom to call, and the time to answer by. */
    @EventListener
    void offerMade(RosterEvents.OfferMade event) {
        reads.recipient(event.userId()).ifPresent(to -> reads.shift(event.shiftId()).ifPresent(shift -> {
            Locale locale = to.locale();
            MailContent.Item item = card(to.userId(), event.shiftId()).map(c -> texts.item(c, locale))
                    .orElseGet(() -> {
                        MailContent.Item plain = texts.item(shift, locale, false);
                        List<String> lines = new ArrayList<>(plain.lines());
                        lines.add(texts.get(locale, "notify.mail.answerBy", DateTimeFormatter
                                .ofPattern("d MMMM HH:mm", Translations.supported(locale))
                                .format(event.expiresAt().atZone(Zones.STOCKHOLM))));
                        return new MailContent.Item(plain.heading(), lines);
                    });
            notifier.send(to, NotificationKind.WAITLIST_OFFER, null, null, new MailContent(
                    texts.get(locale, "notify.mail.offer.subject", MailTexts.day(shift.day(), locale)),
                    texts.greeting(to), List.of(texts.get(locale, "notify.mail.offer.body")), List.of(item),
                    texts.get(locale, "notify.mail.myShifts"), texts.myShiftsUrl()));
        }));
    }

    /** "I can't come": to whom the roster's rule names, each in their language. */
    @EventListener
    void cannotCome(RosterEvents.CannotCome event) {
        reads.shift(event.shiftId()).ifPresent(shift -> {
            for (RosterEvents.Told told : event.told()) {
                Optional<Recipient> account = told.userId() == null ? Optional.empty() : reads.recipient(told.userId());
                Locale locale = Translations.fromTag(told.language());
                Recipient to = new Recipient(told.userId(), account.map(Recipient::name).orElse(null), told.email(),
                        account.map(Recipient::phone).orElse(null), account.map(Recipient::locale).orElse(locale));
                Locale language = to.locale();
                notifier.send(to, NotificationKind.CANNOT_COME, null, null, new MailContent(
                        texts.get(language, "notify.mail.cannotCome.subject", MailTexts.day(shift.day(), language)),
                        texts.greeting(to), List.of(texts.get(language, "notify.mail.cannotCome.body",
                        event.personName())), List.of(texts.item(shift, language, false)), null, null));
            }
        });
    }

    /**
     * A coordinator changed or cancelled shifts in Planering: each person on them gets one mail for the changed ones
     * (as they are now) and one for the cancelled ones; each contact person of the organisations involved one mail
     * with the evenings.
     */
    @EventListener
    void planChanged(ActivityEvents.ShiftsChanged event) {
        Set<Long> ids = event.shifts().keySet();
        // each shift read once, however many of its people are told
        Map<Long, Optional<ShiftInfo>> shifts = new java.util.HashMap<>();
        for (Map.Entry<Recipient, List<Long>> person : reads.holdersOf(ids).entrySet()) {
            Recipient to = person.getKey();
            Locale locale = to.locale();
            List<Long> changed = person.getValue().stream()
                    .filter(id -> event.shifts().get(id) == ActivityEvents.Change.CHANGED).toList();
            List<Long> cancelled = person.getValue().stream()
                    .filter(id -> event.shifts().get(id) == ActivityEvents.Change.CANCELLED).toList();
            if (!changed.isEmpty()) {
                List<MailContent.Item> items = new ArrayList<>();
                LocalDate first = null;
                for (long id : changed) {
                    Optional<ShiftInfo> shift = shifts.computeIfAbsent(id, reads::shift);
                    if (shift.isEmpty()) {
                        continue;
                    }
                    first = first == null || shift.get().day().isBefore(first) ? shift.get().day() : first;
                    items.add(card(to.userId(), id).map(c -> texts.item(c, locale))
                            .orElseGet(() -> texts.item(shift.get(), locale, false)));
                }
                if (first != null) {
                    notifier.send(to, NotificationKind.SHIFT_CHANGED, null, null, new MailContent(
                            texts.get(locale, "notify.mail.planChanged.subject", MailTexts.day(first, locale)),
                            texts.greeting(to), List.of(texts.get(locale, "notify.mail.planChanged.body")), items,
                            texts.get(locale, "notify.mail.myShifts"), texts.myShiftsUrl()));
                }
            }
            List<ShiftInfo> gone = cancelled.stream().map(id -> shifts.computeIfAbsent(id, reads::shift))
                    .flatMap(Optional::stream).toList();
            if (!gone.isEmpty()) {
                notifier.send(to, NotificationKind.SHIFT_CANCELLED, null, null, new MailContent(
                        texts.get(locale, "notify.mail.planCancelled.subject", MailTexts.day(gone.getFirst().day(),
                                locale)), texts.greeting(to),
                        List.of(texts.get(locale, "notify.mail.planCancelled.body")),
                        gone.stream().map(s -> texts.item(s, locale, false)).toList(),
                        texts.get(locale, "notify.mail.myShifts"), texts.myShiftsUrl()));
            }
        }
        for (NotifyReads.ContactShifts contact : reads.partnerContacts(ids)) {
            Recipient to = contact.contact();
            Locale locale = to.locale();
            String days = contact.days().stream().map(d -> MailTexts.day(d, locale)).collect(Collectors.joining(", "));
            notifier.send(to, NotificationKind.PARTNER_SHIFTS, null, null, new MailContent(
                    texts.get(locale, "notify.mail.partnerChanged.subject", contact.organisationName()),
                    texts.greeting(to),
                    List.of(texts.get(locale, "notify.mail.partnerChanged.body", contact.organisationName()), days),
                    List.of(), null, null));
        }
    }
}
