package se.tryggalov.notify;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import se.tryggalov.report.CalendarIcs;
import se.tryggalov.shared.time.Zones;
import se.tryggalov.shared.validation.IdentityNumbers;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Every feed (personal, organisation, venue) as RFC 5545: times in Europe/Stockholm with its VTIMEZONE, one VEVENT per shift. */
final class FeedIcs {

    static final String PRODUCT_ID = "-//Trygga lov//Mina pass//SV";
    /** How often subscribing calendars should fetch again; the response's Cache-Control says the same. */
    static final Duration REFRESH = Duration.ofMinutes(15);
    private static final String REDACTED = "[…]";

    private FeedIcs() {
    }

    static String write(String calendarName, List<FeedEvent> events, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        calendar.add(new XProperty("X-WR-TIMEZONE", Zones.STOCKHOLM.getId()));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        if (!events.isEmpty()) {
            calendar.add(CalendarIcs.stockholm());
        }
        DtStamp dtStamp = new DtStamp(stamp.truncatedTo(ChronoUnit.SECONDS));
        for (FeedEvent event : events) {
            calendar.add(event(event, dtStamp));
        }
        return calendar.toString();
    }

    private static VEvent event(FeedEvent e, DtStamp stamp) {
        VEvent event = new VEvent(false);
        event.add(stamp);
        event.add(new Uid(e.uid()));
        event.add(new Sequence(e.sequence()));
        event.add(new LastModified(e.lastModified().truncatedTo(ChronoUnit.SECONDS)));
        event.add(new DtStart<>(e.start().withZoneSameInstant(Zones.STOCKHOLM)));
        event.add(new DtEnd<>(e.end().withZoneSameInstant(Zones.STOCKHOLM)));
        event.add(new Summary(redacted(e.summary())));
        if (e.location() != null && !e.location().isBlank()) {
            event.add(new Location(redacted(e.location())));
        }
        if (!e.description().isEmpty()) {
            event.add(new Description(redacted(String.join("\n", e.description()))));
        }
        event.add(switch (e.status()) {
            case CONFIRMED -> ImmutableStatus.VEVENT_CONFIRMED;
            case TENTATIVE -> ImmutableStatus.VEVENT_TENTATIVE;
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
        });
        return event;
    }

    /** Read without signing in: an identity number that slipped into a free text never leaves. */
    private static String redacted(String text) {
        return IdentityNumbers.redact(text, REDACTED);
    }
}
