package se.tryggalov.notify;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.mail.PublicUrls;
import se.tryggalov.shared.secrets.Secrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The link in every mail to a page where the person changes what they get without signing in. Each mail gets its
 * own random 256-bit secret (only its SHA-256 is kept, compared in constant time), valid for {@link #VALID}, naming
 * the person and the kind of notification the mail was. The page it opens shows the person's first name and their
 * choices and nothing else; an unknown, altered or expired link opens nothing.
 */
@Service
public class NotificationLinks {

    /** How long a mail's link works. */
    public static final Duration VALID = Duration.ofDays(60);
    /** The page a link opens, before the secret. */
    public static final String ROUTE = "notification-choices";

    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** What a valid link opens: the first name, the kind of the mail and every choice. */
    public record Opened(String firstName, NotificationKind kind, Map<NotificationKind, Preference> preferences) {
    }

    private final NotificationRepository notifications;
    private final NotifyReads reads;
    private final PublicUrls urls;
    private final Clock clock;

    NotificationLinks(NotificationRepository notifications, NotifyReads reads, PublicUrls urls, Clock clock) {
        this.notifications = notifications;
        this.reads = reads;
        this.urls = urls;
        this.clock = clock;
    }

    /** A new link for a mail of this kind to the person (in the mail's transaction). */
    @Transactional(propagation = Propagation.REQUIRED)
    String newLink(long userId, NotificationKind kind) {
        String secret = Secrets.newSecret();
        notifications.insertLink(Secrets.hash(secret), userId, kind, OffsetDateTime.now(clock).plus(VALID));
        return urls.absolute(ROUTE + "/" + secret);
    }

    /** What the link opens; empty for an unknown, altered, expired or malformed link, or a disabled account. */
    @Transactional(readOnly = true)
    public Optional<Opened> open(String secret) {
        return valid(secret).flatMap(link -> reads.recipient(link.userId())
                .map(to -> new Opened(to.firstName(), link.kind(), notifications.preferences(link.userId()))));
    }

    /** Saves one choice of the link's person; a link that no longer opens anything is refused with a message. */
    @Transactional
    public void save(String secret, NotificationKind kind, Preference preference) {
        if (kind == null || preference == null) {
            throw new UserMessageException("notify.link.invalid");
        }
        NotificationRepository.Link link = valid(secret)
                .filter(l -> reads.recipient(l.userId()).isPresent())
                .orElseThrow(() -> new UserMessageException("notify.link.invalid"));
        notifications.savePreference(link.userId(), kind, preference);
    }

    /** Removes links past their expiry (the reminder job calls it); returns how many. */
    @Transactional
    int deleteExpired() {
        return notifications.deleteExpiredLinks(OffsetDateTime.now(clock));
    }

    private Optional<NotificationRepository.Link> valid(String secret) {
        if (secret == null || !SECRET.matcher(secret).matches()) {
            return Optional.empty();
        }
        String hash = Secrets.hash(secret);
        return notifications.link(hash)
                .filter(l -> MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
                        l.tokenHash().getBytes(StandardCharsets.US_ASCII)))
                .filter(l -> l.expiresAt().isAfter(OffsetDateTime.now(clock)));
    }
}
