package se.tryggalov.report;

import se.tryggalov.shared.validation.IdentityNumbers;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;
import se.tryggalov.calendar.CalendarImportParser;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.YearPlan;
import se.tryggalov.place.Municipality;
import se.tryggalov.place.PlaceService;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.time.Zones;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The year plans as an RFC 5545 iCalendar: one VEVENT per calendar item, for subscriptions (the feed) and
 * one-off downloads. UIDs come from the item ids, so a subscribed calendar updates an item instead of adding a
 * copy. The X-TRYGGA-* properties carry what {@code CalendarImportParser} needs to read the file back exactly.
 */
@Component
public class CalendarIcs {

    public static final String PRODUCT_ID = "-//Trygga lov//Årshjul//SV";
    static final String TIME_ZONE = Zones.STOCKHOLM.getId();
    /** How often subscribing calendars should fetch the feed again; matches the feed's Cache-Control. */
    static final Duration REFRESH = Duration.ofMinutes(15);

    private final Translations translations;
    private final PlaceService places;
    private final Clock clock;

    CalendarIcs(Translations translations, PlaceService places, Clock clock) {
        this.translations = translations;
        this.places = places;
        this.clock = clock;
    }

    /** The plans in the given language, named after the municipality. */
    public String write(List<YearPlan> plans, Locale locale) {
        return write(plans, summaries(translations, locale), calendarName(translations, locale,
                places.municipality().map(Municipality::name).orElse(null)), clock.instant());
    }

    /** For a one-off download; DTSTAMP is now. */
    public static String write(List<YearPlan> plans, Function<CalendarItem, String> summaries, String calendarName) {
        return write(plans, summaries, calendarName, Instant.now());
    }

    /**
     * @param summaries the SUMMARY of each item, e.g. {@link #summaries(Translations, Locale)}
     * @param stamp     the DTSTAMP of every event (the time of the export)
     */
    public static String write(List<YearPlan> plans, Function<CalendarItem, String> summaries, String calendarName,
                               Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        calendar.add(new XProperty("X-WR-TIMEZONE", TIME_ZONE));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        List<CalendarItem> items = plans.stream().flatMap(p -> p.items().stream()).toList();
        if (items.stream().anyMatch(CalendarIcs::timed)) {
            calendar.add(StockholmZone.DEFINITION.copy());
        }
        DtStamp dtStamp = new DtStamp(stamp.truncatedTo(ChronoUnit.SECONDS));
        for (CalendarItem item : items) {
            calendar.add(event(item, summaries.apply(item), dtStamp));
        }
        return calendar.toString();
    }

    /**
     * The item's own title, or its translated name; key dates add their risk level: "Valborgsmässoafton (risk 5)".
     */
    public static Function<CalendarItem, String> summaries(Translations translations, Locale locale) {
        return item -> {
            String name = item.title() != null ? item.title()
                    : item.nameKey() != null ? translations.get(locale, item.nameKey()) : item.code();
            if (item.kind() == ItemKind.KEY_DATE && item.riskLevel() != null) {
                return translations.get(locale, "calendar.feed.summaryWithRisk", name, item.riskLevel());
            }
            return name;
        };
    }

    /** "Årshjul – Botkyrka"; without a municipality the product's name. */
    public static String calendarName(Translations translations, Locale locale, String municipalityName) {
        return municipalityName == null || municipalityName.isBlank()
                ? translations.get(locale, "calendar.feed.calendarNameDefault")
                : translations.get(locale, "calendar.feed.calendarName", municipalityName.trim());
    }

    /** The UID an item has in every export. */
    public static String uid(CalendarItem item) {
        return "calendar-item-" + item.id() + "@trygga-lov";
    }

    static boolean timed(CalendarItem item) {
        return item.kind() == ItemKind.MEETING && item.startsAt() != null;
    }

    private static VEvent event(CalendarItem item, String summary, DtStamp stamp) {
        VEvent event = new VEvent(false);
        event.add(stamp);
        event.add(new Uid(uid(item)));
        event.add(new Sequence(item.version()));
        if (timed(item)) {
            event.add(new DtStart<>(ZonedDateTime.of(item.firstDay(), item.startsAt(), Zones.STOCKHOLM)));
            if (item.endsAt() != null) {
                event.add(new DtEnd<>(ZonedDateTime.of(item.firstDay(), item.endsAt(), Zones.STOCKHOLM)));
            }
        } else {
            // All day: DATE values, and DTEND is the day after the last (exclusive).
            event.add(new DtStart<>(item.firstDay()));
            event.add(new DtEnd<>(item.lastDay().plusDays(1)));
        }
        event.add(new Summary(redacted(summary)));
        if (item.notes() != null) {
            event.add(new Description(redacted(item.notes())));
        }
        if (item.location() != null) {
            event.add(new Location(redacted(item.location())));
        }
        event.add(new Categories(item.kind().name()));
        event.add(item.confirmed() ? ImmutableStatus.VEVENT_CONFIRMED : ImmutableStatus.VEVENT_TENTATIVE);
        event.add(new XProperty(CalendarImportParser.X_KIND, item.kind().name()));
        event.add(new XProperty(CalendarImportParser.X_CODE, item.code()));
        if (item.riskLevel() != null) {
            event.add(new XProperty(CalendarImportParser.X_RISK, String.valueOf(item.riskLevel())));
        }
        if (item.title() != null) {
            event.add(new XProperty(CalendarImportParser.X_TITLE, redacted(item.title())));
        }
        return event;
    }

    /**
     * The feed is read without signing in: even a row stored before the calendar refused identity numbers never
     * carries one out (the shared rule finds them; they are replaced, the rest of the text is kept).
     */
    static String redacted(String text) {
        return IdentityNumbers.redact(text, REDACTED);
    }

    static final String REDACTED = "[…]";

    /**
     * ical4j's zone data names Europe/Stockholm a link to Europe/Berlin (the same rules since 1980), so its
     * VTIMEZONE says TZID:Europe/Berlin. Events say TZID=Europe/Stockholm, and RFC 5545 wants a VTIMEZONE with
     * exactly that TZID: keep the rules in force today (no UNTIL) under Stockholm's name.
     */
    private static final class StockholmZone {
        static final VTimeZone DEFINITION = stockholm();
    }

    public static VTimeZone stockholm() {
        VTimeZone zone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(TIME_ZONE)
                .getVTimeZone().copy();
        zone.replace(new TzId(TIME_ZONE));
        zone.removeAll(Property.TZURL, Property.LAST_MODIFIED, "X-LIC-LOCATION", "X-PROLEPTIC-TZNAME");
        zone.add(new XProperty("X-LIC-LOCATION", TIME_ZONE));
        List<Observance> current = zone.getObservances().stream().filter(CalendarIcs::inForce).toList();
        if (current.isEmpty()) {
            throw new IllegalStateException("No current rules for " + TIME_ZONE + " in ical4j's zone data");
        }
        zone.setComponentList(new ComponentList<>(current));
        return zone;
    }

    private static boolean inForce(Observance observance) {
        Optional<RRule<?>> rule = observance.getProperty(Property.RRULE);
        return rule.isPresent() && rule.get().getRecur().getUntil() == null;
    }
}
