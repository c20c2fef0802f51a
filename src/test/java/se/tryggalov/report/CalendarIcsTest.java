package se.tryggalov.report;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.tryggalov.StrictICal;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.ItemStatus;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.time.Zones;

import java.io.StringReader;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tryggalov.report.CalendarFixtures.MEETING_ID;
import static se.tryggalov.report.CalendarFixtures.WALPURGIS_ID;
import static se.tryggalov.report.CalendarFixtures.WINTER_SPORTS_ID;

class CalendarIcsTest {

    static final Instant STAMP = Instant.parse("2026-11-20T08:15:30Z");

    @BeforeAll
    static void strictParsingAndValidation() {
        StrictICal.on();
    }

    @AfterAll
    static void defaultHints() {
        StrictICal.off();
    }

    static String export() {
        return CalendarIcs.write(List.of(CalendarFixtures.plan()), CalendarFixtures::summary, "Årshjul – Botkyrka",
                STAMP);
    }

    static Calendar parseStrictly(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static String unfolded(String ics) {
        return ics.replace("\r\n ", "");
    }

    /** The lines of the VEVENT with the given item's UID. */
    static List<String> eventLines(String ics, long itemId) {
        List<String> lines = unfolded(ics).lines().toList();
        int uid = lines.indexOf("UID:calendar-item-" + itemId + "@trygga-lov");
        assertThat(uid).as("event of item " + itemId).isNotNegative();
        int begin = lines.subList(0, uid).lastIndexOf("BEGIN:VEVENT");
        int end = begin + lines.subList(begin, lines.size()).indexOf("END:VEVENT");
        return lines.subList(begin, end + 1);
    }

    @Test
    void theExportParsesInStrictModeAndValidatesWithoutErrors() throws Exception {
        Calendar calendar = parseStrictly(export());

        ValidationResult validation = calendar.validate();

        assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
        assertThat(validation.getEntries()).isEmpty();
        assertThat(calendar.<VEvent>getComponents(Component.VEVENT)).hasSize(CalendarFixtures.items().size());
    }

    @Test
    void theCalendarSaysWhatItIsAndWhoMadeIt() {
        List<String> lines = unfolded(export()).lines().toList();

        assertThat(lines).startsWith("BEGIN:VCALENDAR").endsWith("END:VCALENDAR")
                .contains("PRODID:-//Trygga lov//Årshjul//SV", "VERSION:2.0", "CALSCALE:GREGORIAN",
                        "X-WR-CALNAME:Årshjul – Botkyrka", "REFRESH-INTERVAL;VALUE=DURATION:PT15M");
        assertThat(lines.stream().filter(l -> l.equals("DTSTAMP:20261120T081530Z")))
                .hasSize(CalendarFixtures.items().size());
        assertThat(export()).contains("\r\n").doesNotContain("\n\n");
    }

    @Test
    void anAllDayBreakHasDateValuesAndAnExclusiveEnd() {
        List<String> winterSports = eventLines(export(), WINTER_SPORTS_ID);

        assertThat(winterSports).contains("DTSTART;VALUE=DATE:20270301", "DTEND;VALUE=DATE:20270306",
                "CATEGORIES:BREAK", "STATUS:CONFIRMED", "X-TRYGGA-KIND:BREAK", "X-TRYGGA-CODE:WINTER_SPORTS",
                "SUMMARY:calendar.break.WINTER_SPORTS");
        assertThat(winterSports).noneMatch(l -> l.startsWith("X-TRYGGA-RISK") || l.startsWith("X-TRYGGA-TITLE"));
    }

    @Test
    void aSingleDayEndsTheDayAfter() {
        List<String> dayOff = eventLines(export(), 14);

        assertThat(dayOff).contains("DTSTART;VALUE=DATE:20270507", "DTEND;VALUE=DATE:20270508");
    }

    @Test
    void aMeetingHasStockholmLocalTimesAndTheZoneIsDefinedInTheFile() throws Exception {
        String ics = export();

        assertThat(eventLines(ics, MEETING_ID)).contains("DTSTART;TZID=Europe/Stockholm:20270216T130000",
                "DTEND;TZID=Europe/Stockholm:20270216T143000", "LOCATION:Tumba\\, kommunhuset\\; sal 3",
                "DESCRIPTION:Rad ett\\nRad två", "CATEGORIES:MEETING");
        List<VTimeZone> zones = parseStrictly(ics).getComponents(Component.VTIMEZONE);
        assertThat(zones).singleElement().satisfies(zone ->
                assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/Stockholm"));
    }

    @Test
    void meetingTimesMeanTheSameInstantsAsInStockholmInWinterAndSummer() throws Exception {
        CalendarItem may = CalendarFixtures.item(40, ItemKind.MEETING, "FOLLOW_UP", null, LocalDate.of(2027, 5, 18),
                LocalDate.of(2027, 5, 18), null, LocalTime.of(13, 0), LocalTime.of(14, 30), null, null,
                ItemStatus.CONFIRMED);
        List<CalendarItem> items = new ArrayList<>(CalendarFixtures.items());
        items.add(may);
        Calendar calendar = parseStrictly(CalendarIcs.write(List.of(CalendarFixtures.plan(items)),
                CalendarFixtures::summary, "x", STAMP));

        assertThat(startOf(calendar, MEETING_ID)).isEqualTo(
                ZonedDateTime.of(2027, 2, 16, 13, 0, 0, 0, Zones.STOCKHOLM).toInstant());
        assertThat(startOf(calendar, 40)).isEqualTo(
                ZonedDateTime.of(2027, 5, 18, 13, 0, 0, 0, Zones.STOCKHOLM).toInstant());
    }

    private static Instant startOf(Calendar calendar, long itemId) {
        VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(e -> uid(e).equals("calendar-item-" + itemId + "@trygga-lov"))
                .findFirst().orElseThrow();
        DateProperty<Temporal> start = event.getRequiredProperty(Property.DTSTART);
        return Instant.from(start.getDate());
    }

    @Test
    void withoutTimedMeetingsThereIsNoZoneDefinition() {
        List<CalendarItem> allDay = CalendarFixtures.items().stream().filter(i -> i.startsAt() == null).toList();

        String ics = CalendarIcs.write(List.of(CalendarFixtures.plan(allDay)), CalendarFixtures::summary, "x", STAMP);

        assertThat(ics).doesNotContain("BEGIN:VTIMEZONE").doesNotContain("TZID");
    }

    @Test
    void aProposedKeyDateIsTentativeAndCarriesItsRisk() {
        List<String> walpurgis = eventLines(export(), WALPURGIS_ID);

        assertThat(walpurgis).contains("STATUS:TENTATIVE", "X-TRYGGA-RISK:5", "X-TRYGGA-KIND:KEY_DATE",
                "X-TRYGGA-CODE:WALPURGIS_EVE", "SUMMARY:calendar.keyDate.WALPURGIS_EVE (risk 5)");
    }

    @Test
    void anItemWithItsOwnTitleKeepsItForTheRoundTrip() {
        List<String> custom = eventLines(export(), 15);

        assertThat(custom).contains("SUMMARY:Fotbollsturnering\\, Alby (risk 2)",
                "X-TRYGGA-TITLE:Fotbollsturnering\\, Alby", "X-TRYGGA-CODE:CUSTOM", "LOCATION:Alby IP");
    }

    @Test
    void uidsAreTheSameInEveryExportWhateverTheOrderAndTime() throws Exception {
        List<CalendarItem> reversed = new ArrayList<>(CalendarFixtures.items());
        Collections.reverse(reversed);
        String first = export();
        String second = CalendarIcs.write(List.of(CalendarFixtures.plan(reversed)), CalendarFixtures::summary,
                "Årshjul – Botkyrka", STAMP.plusSeconds(3600));

        assertThat(uids(first)).isEqualTo(uids(second)).containsEntry(
                "calendar-item-" + WINTER_SPORTS_ID + "@trygga-lov", "20270301");
        assertThat(uids(first)).hasSize(CalendarFixtures.items().size());
        assertThat(CalendarIcs.uid(CalendarFixtures.items().getFirst())).isEqualTo("calendar-item-11@trygga-lov");
    }

    static String uid(VEvent event) {
        return event.getRequiredProperty(Property.UID).getValue();
    }

    /** UID → DTSTART value. */
    private static Map<String, String> uids(String ics) throws Exception {
        Map<String, String> uids = new TreeMap<>();
        for (VEvent event : parseStrictly(ics).<VEvent>getComponents(Component.VEVENT)) {
            uids.put(uid(event),
                    event.getRequiredProperty(Property.DTSTART).getValue().substring(0, 8));
        }
        return uids;
    }

    @Test
    void summariesUseTheOwnTitleOrTheTranslatedNameAndAddTheRiskToKeyDates() {
        Translations swedish = new FixedTranslations(Map.of(
                "calendar.keyDate.WALPURGIS_EVE", "Valborgsmässoafton",
                "calendar.break.WINTER_SPORTS", "Sportlov",
                "calendar.feed.summaryWithRisk", "{0} (risk {1})"));
        Function<CalendarItem, String> summaries = CalendarIcs.summaries(swedish, Translations.SWEDISH);
        Map<Long, CalendarItem> items = new HashMap<>();
        CalendarFixtures.items().forEach(i -> items.put(i.id(), i));

        assertThat(summaries.apply(items.get(WALPURGIS_ID))).isEqualTo("Valborgsmässoafton (risk 5)");
        assertThat(summaries.apply(items.get(WINTER_SPORTS_ID))).isEqualTo("Sportlov");
        assertThat(summaries.apply(items.get(16L))).isEqualTo("Höstlov (v. 44)");
        assertThat(summaries.apply(items.get(15L))).isEqualTo("Fotbollsturnering, Alby (risk 2)");
    }

    @Test
    void theCalendarIsNamedAfterTheMunicipality() {
        Translations english = new FixedTranslations(Map.of(
                "calendar.feed.calendarName", "Annual wheel – {0}",
                "calendar.feed.calendarNameDefault", "Trygga lov – annual wheel"));

        assertThat(CalendarIcs.calendarName(english, Locale.ENGLISH, " Botkyrka ")).isEqualTo("Annual wheel – Botkyrka");
        assertThat(CalendarIcs.calendarName(english, Locale.ENGLISH, null)).isEqualTo("Trygga lov – annual wheel");
    }

    /** Translations from a map, so these tests do not depend on the bundles' wording. */
    static final class FixedTranslations extends Translations {

        private final Map<String, String> texts;

        FixedTranslations(Map<String, String> texts) {
            this.texts = texts;
        }

        @Override
        public String getTranslation(String key, Locale locale, Object... params) {
            String pattern = texts.getOrDefault(key, "!" + key + "!");
            return new MessageFormat(pattern, locale).format(params);
        }
    }

    /** Issue 22, finding 5: the feed is public; a row stored before the calendar refused identity numbers. */
    @Test
    void theFeedNeverCarriesAnIdentityNumberEvenFromAnOlderRow() {
        CalendarItem old = CalendarFixtures.item(40, ItemKind.KEY_DATE, "CUSTOM", "Titel 19850101-1236",
                LocalDate.of(2027, 5, 7), LocalDate.of(2027, 5, 7), 3, null, null, "Hos 850101-1236",
                "Ring 198501011236 eller 070-123 45 67", ItemStatus.CONFIRMED);

        String feed = CalendarIcs.write(List.of(CalendarFixtures.plan(List.of(old))), CalendarFixtures::summary,
                "Årshjul – Botkyrka", Instant.parse("2026-06-01T12:00:00Z"));
        String unfolded = feed.replace("\r\n ", "");

        assertThat(unfolded).doesNotContain("19850101-1236", "850101-1236", "198501011236", "8501011236")
                .contains("SUMMARY:Titel […] (risk 3)", "LOCATION:Hos […]", "070-123 45 67");
    }
}
