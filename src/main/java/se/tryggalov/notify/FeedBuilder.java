package se.tryggalov.notify;

import se.tryggalov.shared.secrets.Secrets;
import se.tryggalov.shared.time.Zones;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What every feed (a person's, an organisation's, a venue's) does with its events: each keeps a stored row per event
 * (key, SEQUENCE, LAST-MODIFIED, a fingerprint of what it said); an event whose content changed gets the next
 * SEQUENCE, and one that left the feed's list stays as STATUS:CANCELLED for {@link #CANCELLED_SHOWN}, so phone
 * calendars replace or remove it instead of keeping a stale copy. The caller reads and writes its own table.
 */
final class FeedBuilder {

    /** How long a cancelled event stays in a feed. */
    static final Duration CANCELLED_SHOWN = Duration.ofDays(30);

    private FeedBuilder() {
    }

    /** What a feed says about one event now, in the reader's language. */
    record Entry(String key, String fingerprint, ZonedDateTime start, ZonedDateTime end, String title,
                 String summary, String location, List<String> description, FeedEvent.Status status) {

        Entry {
            description = List.copyOf(description);
        }
    }

    /** What a feed last said about one event (a row of its table). */
    record Stored(String key, int sequence, String fingerprint, OffsetDateTime lastModified, OffsetDateTime startsAt,
                  OffsetDateTime endsAt, String title, String place, OffsetDateTime goneAt) {
    }

    /** The feed's events, and the stored rows to write (new content, newly cancelled). */
    record Result(List<FeedEvent> events, List<Stored> changed) {
    }

    /**
     * Compares the feed's current entries with what it said before.
     *
     * @param windowStart stored events that ended before this are left out
     * @param horizon     null, or the start of the last entry when the list was cut at its limit: stored events
     *                    after it were not seen, so they are left alone (not cancelled)
     * @param uid         the UID of an event key
     * @param cancelled   the summary of a cancelled event, from its stored title
     */
    static Result sync(List<Entry> current, Collection<Stored> before, Instant now, Instant windowStart,
                       Instant horizon, Function<String, String> uid, Function<String, String> cancelled) {
        Map<String, Stored> stored = new HashMap<>();
        before.forEach(e -> stored.put(e.key(), e));
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        List<FeedEvent> events = new ArrayList<>();
        List<Stored> changed = new ArrayList<>();
        for (Entry entry : current) {
            Stored known = stored.remove(entry.key());
            Stored row;
            if (known == null) {
                row = stored(entry, 0, at);
                changed.add(row);
            } else if (!known.fingerprint().equals(entry.fingerprint()) || known.goneAt() != null) {
                row = stored(entry, known.sequence() + 1, at);
                changed.add(row);
            } else {
                row = known;
            }
            events.add(event(entry, uid.apply(entry.key()), row.sequence(), row.lastModified().toInstant()));
        }
        for (Stored gone : stored.values()) {
            if (gone.endsAt().toInstant().isBefore(windowStart)
                    || horizon != null && gone.startsAt().toInstant().isAfter(horizon)) {
                continue;
            }
            Stored row = gone;
            if (gone.goneAt() == null) {
                row = new Stored(gone.key(), gone.sequence() + 1, gone.fingerprint(), at, gone.startsAt(),
                        gone.endsAt(), gone.title(), gone.place(), at);
                changed.add(row);
            }
            if (row.goneAt().toInstant().isAfter(now.minus(CANCELLED_SHOWN))) {
                events.add(new FeedEvent(uid.apply(row.key()), row.sequence(), row.lastModified().toInstant(),
                        row.startsAt().atZoneSameInstant(Zones.STOCKHOLM),
                        row.endsAt().atZoneSameInstant(Zones.STOCKHOLM), cancelled.apply(row.title()), row.place(),
                        List.of(), FeedEvent.Status.CANCELLED));
            }
        }
        events.sort(Comparator.comparing(FeedEvent::start).thenComparing(FeedEvent::uid));
        return new Result(events, changed);
    }

    /** One entry as an event with the sequence and time of its stored row (a one-off download). */
    static FeedEvent event(Entry entry, String uid, int sequence, Instant lastModified) {
        return new FeedEvent(uid, sequence, lastModified, entry.start(), entry.end(), entry.summary(),
                entry.location(), entry.description(), entry.status());
    }

    private static Stored stored(Entry entry, int sequence, OffsetDateTime at) {
        return new Stored(entry.key(), sequence, entry.fingerprint(), at, entry.start().toOffsetDateTime(),
                entry.end().toOffsetDateTime(), entry.title(), entry.location(), null);
    }

    /** A fingerprint of everything an event shows, in a stable order: a change of any part is a new SEQUENCE. */
    static String fingerprint(Object... parts) {
        List<String> content = new ArrayList<>();
        for (Object part : parts) {
            content.add(part instanceof Collection<?> list ? String.join(",", list.stream().map(String::valueOf)
                    .toList()) : String.valueOf(part));
        }
        return Secrets.hash(String.join("\u001f", content));
    }
}
