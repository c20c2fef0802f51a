package se.tryggalov.notify;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.roster.AssignmentStatus;
import se.tryggalov.roster.MyShiftCard;
import se.tryggalov.roster.PersonalShifts;
import se.tryggalov.roster.ShiftSignupService;
import se.tryggalov.security.Account;
import se.tryggalov.security.CurrentUser;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.mail.PublicUrls;
import se.tryggalov.shared.secrets.Secrets;
import se.tryggalov.shared.time.Zones;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A person's own calendar subscription (RFC 5545): their shifts with the gathering point, the lead's name and phone
 * and the group's first names. The address holds a 256-bit secret of which only the SHA-256 is stored; renewing
 * replaces it (the old address answers 404 at once), and an unknown, revoked or malformed secret gets the same 404.
 * <p>
 * Each shift keeps its UID ({@code shift-<shift>-<person>@trygga-lov}); SEQUENCE and LAST-MODIFIED move when what
 * the event says changes (a stored fingerprint per event, so they never go back whatever happens to the rows
 * behind it). A shift that leaves the person's list (cancelled, declined, taken off) stays in the feed as
 * STATUS:CANCELLED for {@link #CANCELLED_SHOWN}, so phones remove it instead of keeping a stale copy.
 */
@Service
public class PersonalFeedService {

    /** How long a cancelled shift stays in the feed as a cancelled event. */
    public static final Duration CANCELLED_SHOWN = FeedBuilder.CANCELLED_SHOWN;
    /** How far back finished shifts are shown. */
    public static final Duration PAST_SHOWN = Duration.ofDays(30);
    /** The path of the subscription, before the secret. */
    public static final String FEED_PATH = "feeds/person/";
    /** The path of a one-off download of one of the caller's shifts, before the shift id. */
    public static final String SHIFT_PATH = "exports/my-shifts/";

    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final PersonalFeedRepository feeds;
    private final PersonalShifts shifts;
    private final ShiftSignupService signups;
    private final CurrentUser currentUser;
    private final Translations translations;
    private final PublicUrls urls;
    private final Clock clock;

    PersonalFeedService(PersonalFeedRepository feeds, PersonalShifts shifts, ShiftSignupService signups,
                        CurrentUser currentUser, Translations translations, PublicUrls urls, Clock clock) {
        this.feeds = feeds;
        this.shifts = shifts;
        this.signups = signups;
        this.currentUser = currentUser;
        this.translations = translations;
        this.urls = urls;
        this.clock = clock;
    }

    // ---- the caller's own address -------------------------------------------------------------------------------

    /**
     * Makes a new secret address for the caller (replacing any earlier one, which stops at once) and returns the
     * whole address: the secret is shown now and never again.
     */
    @RolesAllowed(Role.Names.VOLUNTEER)
    @Transactional
    public String renew(Locale locale) {
        long me = me();
        String secret = Secrets.newSecret();
        feeds.saveToken(me, Secrets.hash(secret), OffsetDateTime.now(clock));
        return address(secret, locale);
    }

    /** Ends the caller's address. */
    @RolesAllowed(Role.Names.VOLUNTEER)
    @Transactional
    public void revoke() {
        feeds.deleteToken(me());
    }

    /** When the caller's current address was made, if they have one. */
    @RolesAllowed(Role.Names.VOLUNTEER)
    @Transactional(readOnly = true)
    public Optional<Instant> addressMadeAt() {
        return feeds.tokenCreatedAt(me()).map(OffsetDateTime::toInstant);
    }

    String address(String secret, Locale locale) {
        String address = urls.absolute(FEED_PATH + secret + ".ics");
        return Translations.ENGLISH.getLanguage().equals(Translations.supported(locale).getLanguage())
                ? address + "?lang=en" : address;
    }

    private long me() {
        return currentUser.account().map(Account::id)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }

    // ---- the feed -------------------------------------------------------------------------------------------------

    /** The feed the secret opens; empty for anything else (nothing tells an unknown from a revoked secret). */
    @Transactional
    public Optional<String> feed(String secret, Locale locale) {
        if (secret == null || !SECRET.matcher(secret).matches()) {
            return Optional.empty();
        }
        String hash = Secrets.hash(secret);
        Optional<PersonalFeedRepository.TokenOwner> owner = feeds.ownerOf(hash);
        if (owner.isEmpty() || !MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
                owner.get().tokenHash().getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return Optional.of(FeedIcs.write(translations.get(locale, "notify.feed.calendarName"),
                events(owner.get().userId(), locale, now), now));
    }

    /** A one-off .ics of one of the caller's shifts (coming or in the last 30 days); empty when it is not theirs. */
    @RolesAllowed(Role.Names.VOLUNTEER)
    @Transactional(readOnly = true)
    public Optional<String> oneShift(long shiftId, Locale locale) {
        long me = me();
        Instant now = clock.instant();
        Map<String, FeedBuilder.Stored> stored = new HashMap<>();
        feeds.events(me).forEach(e -> stored.put(e.key(), e));
        return Stream.concat(signups.myShifts(false).stream(), signups.myShifts(true).stream())
                .filter(card -> card.shiftId() == shiftId && status(card.status()) != null)
                .findFirst()
                .map(card -> {
                    var known = stored.get(String.valueOf(shiftId));
                    FeedEvent event = FeedBuilder.event(entry(card, locale), uid(shiftId, me),
                            known == null ? 0 : known.sequence(),
                            known == null ? now : known.lastModified().toInstant());
                    return FeedIcs.write(translations.get(locale, "notify.feed.calendarName"), List.of(event), now);
                });
    }

    /** Brings the stored events up to date (new sequence where the content changed) and returns the feed's events. */
    List<FeedEvent> events(long userId, Locale locale, Instant now) {
        Instant windowStart = now.minus(PAST_SHOWN);
        List<MyShiftCard> cards = shifts.endingAfter(userId, LocalDateTime.ofInstant(windowStart, Zones.STOCKHOLM))
                .stream().filter(card -> status(card.status()) != null).toList();
        // when the list was cut at its limit, shifts after the last one shown were not seen: leave them alone
        Instant horizon = cards.size() >= PersonalShifts.LIMIT ? start(cards.getLast()).toInstant() : null;
        FeedBuilder.Result result = FeedBuilder.sync(cards.stream().map(card -> entry(card, locale)).toList(),
                feeds.events(userId), now, windowStart, horizon, key -> uid(Long.parseLong(key), userId),
                title -> translations.get(locale, "notify.feed.cancelledSummary", title));
        feeds.saveEvents(userId, result.changed());
        return result.events();
    }

    static String uid(long shiftId, long userId) {
        return "shift-" + shiftId + "-" + userId + "@trygga-lov";
    }

    /** The feed's status for a place; null for a place in line (not the person's shift yet). */
    static FeedEvent.Status status(AssignmentStatus status) {
        return switch (status) {
            case CONFIRMED, NO_SHOW -> FeedEvent.Status.CONFIRMED;
            case PROPOSED, PENDING, OFFERED -> FeedEvent.Status.TENTATIVE;
            case WAITLISTED -> null;
            case DECLINED, EXPIRED, CANCELLED, LATE_CANCELLED -> FeedEvent.Status.CANCELLED;
        };
    }

    private FeedBuilder.Entry entry(MyShiftCard card, Locale locale) {
        List<String> lines = new ArrayList<>();
        String place = place(card);
        if (place != null) {
            lines.add(translations.get(locale, "notify.feed.meetingPoint", place));
        }
        if (card.leadFirstName() != null) {
            lines.add(card.leadPhone() == null || card.leadPhone().isBlank()
                    ? translations.get(locale, "notify.feed.lead", card.leadFirstName())
                    : translations.get(locale, "notify.feed.leadWithPhone", card.leadFirstName(), card.leadPhone()));
        }
        if (!card.groupFirstNames().isEmpty()) {
            lines.add(translations.get(locale, "notify.feed.group", String.join(", ", card.groupFirstNames())));
        }
        if (card.bring() != null && !card.bring().isBlank()) {
            lines.add(translations.get(locale, "notify.feed.bring", card.bring()));
        }
        FeedEvent.Status status = status(card.status());
        String summary = translations.get(locale, "notify.feed.summary", card.activityTitle(), card.districtName(),
                card.groupNo());
        if (status == FeedEvent.Status.CANCELLED) {
            summary = translations.get(locale, "notify.feed.cancelledSummary", summary);
        }
        return new FeedBuilder.Entry(String.valueOf(card.shiftId()), fingerprint(card), start(card), end(card),
                title(card), summary, place, lines, status);
    }

    static ZonedDateTime start(MyShiftCard card) {
        return ZonedDateTime.of(card.day(), card.startsAt(), Zones.STOCKHOLM);
    }

    /** An end not after the start is the next morning (21:00-01:00). */
    static ZonedDateTime end(MyShiftCard card) {
        return ZonedDateTime.of(card.endsAt().isAfter(card.startsAt()) ? card.day() : card.day().plusDays(1),
                card.endsAt(), Zones.STOCKHOLM);
    }

    private static String title(MyShiftCard card) {
        return card.activityTitle() + " – " + card.districtName();
    }

    private static String place(MyShiftCard card) {
        String meeting = card.meetingPoint() != null && !card.meetingPoint().isBlank() ? card.meetingPoint() : null;
        if (meeting != null && card.venueName() != null && !card.venueName().isBlank()
                && !meeting.contains(card.venueName())) {
            return meeting + ", " + card.venueName();
        }
        return meeting != null ? meeting : card.venueName();
    }

    /** Everything the event shows, in a stable order: a change of any of it is a new SEQUENCE. */
    static String fingerprint(MyShiftCard card) {
        return FeedBuilder.fingerprint(card.day(), card.startsAt(), card.endsAt(), card.activityTitle(),
                card.districtName(), card.groupNo(), card.meetingPoint(), card.venueName(), card.bring(),
                card.leadFirstName(), card.leadPhone(), card.groupFirstNames(), status(card.status()));
    }
}
