package se.tryggalov.notify;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.tryggalov.roster.MyShiftCard;
import se.tryggalov.roster.PersonalShifts;
import se.tryggalov.roster.RosterEvents;
import se.tryggalov.shared.time.Zones;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the roster's events into notifications. The listeners are synchronous: they run inside the roster's
 * transaction, so a change and its mails commit (or roll back) together.
 */
@Component
class RosterNotifications {

    /** How far ahead a group under its minimum alarms the coordinators. */
    static final int MINIMUM_WATCH_DAYS = 7;

    private final NotifyReads reads;
    private final PersonalShifts shifts;
    private final Notifier notifier;
    private final MailTexts texts;
    private final Clock clock;

    RosterNotifications(NotifyReads reads, PersonalShifts shifts, Notifier notifier, MailTexts texts, Clock clock) {
        this.reads = reads;
        this.shifts = shifts;
        this.notifier = notifier;
        this.texts = texts;
        this.clock = clock;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(Zones.STOCKHOLM));
    }

    private List<MyShiftCard> cards(long userId, Set<Long> shiftIds) {
        return shifts.endingAfter(userId, now()).stream().filter(c -> shiftIds.contains(c.shiftId())).toList();
    }

    @EventListener
    void published(RosterEvents.Published event) {
        for (Map.Entry<Recipient, Boolean> person : reads.peopleOn(event.shiftIds()).entrySet()) {
            Recipient to = person.getKey();
            List<MyShiftCard> mine = cards(to.userId(), event.shiftIds());
            if (mine.isEmpty()) {
                continue;
            }
            boolean proposal = person.getValue();
            Locale locale = to.locale();
            String key = proposal ? "proposal" : "published";
            notifier.send(to, proposal ? NotificationKind.PROPOSAL_WAITING : NotificationKind.ROSTER_PUBLISHED, null,
                    null, new MailContent(texts.get(locale, "notify.mail." + key + ".subject"), texts.greeting(to),
                            List.of(texts.get(locale, "notify.mail." + key + ".body")),
                            mine.stream().map(c -> texts.item(c, locale)).toList(),
                            texts.get(locale, "notify.mail.myShifts"), texts.myShiftsUrl()));
        }
        for (NotifyReads.ContactShifts contact : reads.partnerContacts(event.shiftIds())) {
            Recipient to = contact.contact();
            Locale locale = to.locale();
            String days = contact.days().stream().map(d -> MailTexts.day(d, locale)).collect(Collectors.joining(", "));
            notifier.send(to, NotificationKind.PARTNER_SHIFTS, null, null, new MailContent(
                    texts.get(locale, "notify.mail.partner.subject", contact.organisationName()), texts.greeting(to),
                    List.of(texts.get(locale, "notify.mail.partner.body", contact.organisationName()), days),
                    List.of(), null, null));
        }
    }

    @EventListener
    void placeChanged(RosterEvents.PlaceChanged event) {
        reads.recipient(event.userId()).ifPresent(to -> {
            Locale locale = to.locale();
            if (event.change() == RosterEvents.Change.MOVED) {
                List<MyShiftCard> card = cards(to.userId(), Set.of(event.shiftId()));
                reads.shift(event.shiftId()).ifPresent(shift -> notifier.send(to, NotificationKind.SHIFT_CHANGED, null,
                        null, new MailContent(texts.get(locale, "notify.mail.changed.subject",
                                MailTexts.day(shift.day(), locale)), texts.greeting(to),
                                List.of(texts.get(locale, "notify.mail.changed.body")),
                                card.isEmpty() ? List.of(texts.item(shift, locale, false))
                                        : List.of(texts.item(card.getFirst(), locale)),
                                texts.get(locale, "notify.mail.myShifts"), texts.myShiftsUrl())));
            } else {
                reads.shift(event.shiftId()).ifPresent(shift -> notifier.send(to, NotificationKind.SHIFT_CANCELLED,
                        null, null, new MailContent(texts.get(locale, "notify.mail.cancelled.subject",
                                MailTexts.day(shift.day(), locale)), texts.greeting(to),
                                List.of(texts.get(locale, "notify.mail.cancelled.body")),
                                List.of(texts.item(shift, locale, false)),
                                texts.get(locale, "notify.mail.myShifts"), texts.myShiftsUrl())));
            }
        });
        checkMinimum(event.fromShiftId() != null ? event.fromShiftId() : event.shiftId());
    }

    @EventListener
    void placeLeft(RosterEvents.PlaceLeft event) {
        checkMinimum(event.shiftId());
    }

    /**
     * When the shift's group is under its minimum and the evening is within a week, each coordinator gets one mail
     * for the evening (the dedupe key), listing every group of the evening under its minimum.
     */
    void checkMinimum(long shiftId) {
        reads.shift(shiftId).ifPresent(shift -> {
            LocalDate today = now().toLocalDate();
            if (shift.day().isBefore(today) || shift.day().isAfter(today.plusDays(MINIMUM_WATCH_DAYS))) {
                return;
            }
            List<ShiftInfo> below = reads.groupsBelowMinimum(shift.day());
            if (below.stream().noneMatch(s -> s.shiftId() == shiftId)) {
                return;
            }
            for (Recipient coordinator : reads.coordinators()) {
                Locale locale = coordinator.locale();
                notifier.send(coordinator, NotificationKind.BELOW_MINIMUM,
                        "below-minimum:" + coordinator.userId() + ":" + shift.day(), null,
                        new MailContent(texts.get(locale, "notify.mail.below.subject", MailTexts.day(shift.day(), locale)),
                                texts.greeting(coordinator), List.of(texts.get(locale, "notify.mail.below.body")),
                                below.stream().map(s -> texts.item(s, locale, true)).toList(), null, null));
            }
        });
    }
}
