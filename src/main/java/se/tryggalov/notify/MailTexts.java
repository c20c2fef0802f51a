package se.tryggalov.notify;

import org.springframework.stereotype.Component;
import se.tryggalov.roster.MyShiftCard;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.mail.PublicUrls;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words of notifications, in the recipient's language (texts in i18n/notify_*.properties). */
@Component
class MailTexts {

    static final String MY_SHIFTS = "my-shifts";

    private final Translations translations;
    private final PublicUrls urls;

    MailTexts(Translations translations, PublicUrls urls) {
        this.translations = translations;
        this.urls = urls;
    }

    String get(Locale locale, String key, Object... params) {
        return translations.get(locale, key, params);
    }

    String greeting(Recipient to) {
        return to.firstName().isEmpty() ? get(to.locale(), "notify.mail.greetingNoName")
                : get(to.locale(), "notify.mail.greeting", to.firstName());
    }

    static String day(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM", Translations.supported(locale)).format(day);
    }

    String when(Locale locale, LocalDate day, LocalTime start, LocalTime end) {
        return get(locale, "notify.mail.when", day(day, locale), start.toString(), end.toString());
    }

    String myShiftsUrl() {
        return urls.absolute(MY_SHIFTS);
    }

    /** A shift with where to meet, the lead and the group (from Mina pass's card). */
    MailContent.Item item(MyShiftCard card, Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(get(locale, "notify.mail.what", card.activityTitle(), card.districtName(), card.groupNo()));
        String meeting = card.meetingPoint() != null && !card.meetingPoint().isBlank() ? card.meetingPoint()
                : card.venueName();
        if (meeting != null && !meeting.isBlank()) {
            lines.add(get(locale, "notify.mail.meetingPoint", meeting));
        }
        if (card.leadFirstName() != null) {
            lines.add(card.leadPhone() == null || card.leadPhone().isBlank()
                    ? get(locale, "notify.mail.lead", card.leadFirstName())
                    : get(locale, "notify.mail.leadWithPhone", card.leadFirstName(), card.leadPhone()));
        }
        if (!card.groupFirstNames().isEmpty()) {
            lines.add(get(locale, "notify.mail.group", String.join(", ", card.groupFirstNames())));
        }
        if (card.offerExpiresAt() != null) {
            lines.add(get(locale, "notify.mail.answerBy", java.time.format.DateTimeFormatter
                    .ofPattern("d MMMM HH:mm", Translations.supported(locale))
                    .format(card.offerExpiresAt().atZone(se.tryggalov.shared.time.Zones.STOCKHOLM))));
        }
        return new MailContent.Item(when(locale, card.day(), card.startsAt(), card.endsAt()), lines);
    }

    /** A shift without the person's card (taken off it, or a group under its minimum). */
    MailContent.Item item(ShiftInfo shift, Locale locale, boolean withCount) {
        List<String> lines = new ArrayList<>();
        lines.add(get(locale, "notify.mail.what", shift.title(), shift.districtName(), shift.groupNo()));
        if (shift.meetingPoint() != null && !shift.meetingPoint().isBlank()) {
            lines.add(get(locale, "notify.mail.meetingPoint", shift.meetingPoint()));
        }
        if (withCount) {
            lines.add(get(locale, "notify.mail.below.count", shift.holding(), shift.minSize()));
        }
        return new MailContent.Item(when(locale, shift.day(), shift.startsAt(), shift.endsAt()), lines);
    }
}
