package se.tryggalov.notify;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import se.tryggalov.StrictICal;
import se.tryggalov.IntegrationTest;
import se.tryggalov.TestClock;
import se.tryggalov.TestYears;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.roster.RosterTestData;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.secrets.Secrets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.Month.OCTOBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static se.tryggalov.TestYears.nth;

/**
 * The personal calendar feed on the real database: read strictly by ical4j and by ical.js (vendored in
 * src/test/resources/icaljs, run with node), stable UIDs with a rising SEQUENCE, cancelled shifts kept as
 * cancelled events, and the secret address (renewed, guessed, malformed) over HTTP without signing in.
 */
@IntegrationTest
class PersonalFeedServiceTest {

    static SchoolYear year;
    static LocalDate friday;

    @Autowired
    PersonalFeedService feeds;
    @Autowired
    CalendarService calendar;
    @Autowired
    SystemAuthentication system;
    @Autowired
    DSLContext dsl;
    @Autowired
    SecurityContexts contexts;
    @Autowired
    TestClock clock;
    @Autowired
    WebApplicationContext context;

    FeedTestData data;
    RosterTestData.Person anna;
    RosterTestData.Person lena;
    long shift;
    long annasPlace;

    @BeforeAll
    static void claimAYear(@Autowired TestYears years) {
        year = years.claim();
        friday = nth(FRIDAY, OCTOBER, 2, year);
        StrictICal.on();
    }

    @AfterAll
    static void defaultHints() {
        StrictICal.off();
    }

    @BeforeEach
    void aGroupWithALead() {
        String tag = RosterTestData.unique("f");
        data = new FeedTestData(dsl, contexts, calendar, system, year, tag);
        anna = data.person("anna", "Anna Feedsson", false, null);
        lena = data.person("lena", "Lena Ledare", true, "070-123 45 67");
        var gustav = data.person("gustav", "Gustav <b>Grupp</b>", false, null);
        shift = data.publishedShift(friday);
        annasPlace = data.confirm(shift, anna);
        data.confirm(shift, lena);
        data.confirm(shift, gustav);
    }

    private String secretOf(String address) {
        String path = address.substring(address.indexOf(PersonalFeedService.FEED_PATH)
                + PersonalFeedService.FEED_PATH.length());
        return path.substring(0, path.indexOf(".ics"));
    }

    private String newSecret() {
        return secretOf(data.as(anna, () -> feeds.renew(Translations.SWEDISH)));
    }

    private String feed(String secret) {
        return feeds.feed(secret, Translations.SWEDISH).orElseThrow();
    }

    static String unfolded(String ics) {
        return ics.replace("\r\n ", "");
    }

    static List<String> eventLines(String ics, String uid) {
        List<String> lines = unfolded(ics).lines().toList();
        int at = lines.indexOf("UID:" + uid);
        assertThat(at).as("event " + uid).isNotNegative();
        int begin = lines.subList(0, at).lastIndexOf("BEGIN:VEVENT");
        int end = begin + lines.subList(begin, lines.size()).indexOf("END:VEVENT");
        return lines.subList(begin, end + 1);
    }

    static JsonNode parsedByIcalJs(String ics) throws Exception {
        Path script = Path.of(PersonalFeedServiceTest.class.getResource("/icaljs/parse.mjs").toURI());
        Process node = new ProcessBuilder("node", script.toString()).redirectErrorStream(false).start();
        try (var in = node.getOutputStream()) {
            in.write(ics.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).as("node: " + err).isZero();
        return JsonMapper.builder().build().readTree(out);
    }

    @Test
    void theFeedParsesStrictlyInIcal4jAndInIcalJsWithWhereWhoAndWhen() throws Exception {
        String ics = feed(newSecret());

        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult validation = parsed.validate();
        assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
        assertThat(parsed.<VEvent>getComponents(Component.VEVENT)).hasSize(1);
        assertThat(unfolded(ics).lines().toList()).contains("BEGIN:VTIMEZONE", "TZID:Europe/Stockholm",
                "X-WR-CALNAME:Mina pass – Trygga lov");
        String uid = PersonalFeedService.uid(shift, anna.id());
        List<String> event = eventLines(ics, uid);
        String day = friday.toString().replace("-", "");
        String next = friday.plusDays(1).toString().replace("-", "");
        assertThat(event).contains("DTSTART;TZID=Europe/Stockholm:" + day + "T210000",
                "DTEND;TZID=Europe/Stockholm:" + next + "T010000", "SEQUENCE:0", "STATUS:CONFIRMED",
                "LOCATION:Alby centrum\\, vid fontänen");
        assertThat(event).anyMatch(l -> l.startsWith("LAST-MODIFIED:"));
        String description = event.stream().filter(l -> l.startsWith("DESCRIPTION:")).findFirst().orElseThrow();
        assertThat(description).contains("Gruppledare: Lena\\, 070-123 45 67", "Reflexväst")
                .contains("Gustav").contains("Lena").doesNotContain("Anna");

        JsonNode js = parsedByIcalJs(ics);
        assertThat(js.get("name").asString()).isEqualTo("Mina pass – Trygga lov");
        assertThat(js.get("events")).hasSize(1);
        JsonNode first = js.get("events").get(0);
        assertThat(first.get("uid").asString()).isEqualTo(uid);
        assertThat(first.get("sequence").asInt()).isZero();
        assertThat(first.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(first.get("location").asString()).isEqualTo("Alby centrum, vid fontänen");
        assertThat(first.get("description").asString()).contains("Gruppledare: Lena, 070-123 45 67");
        // 21:00 in Stockholm is 19:00 or 20:00 UTC: ical.js applied the VTIMEZONE
        String expectedStart = friday.atTime(21, 0).atZone(se.tryggalov.shared.time.Zones.STOCKHOLM).toInstant()
                .toString();
        assertThat(first.get("start").asString()).startsWith(expectedStart.substring(0, 16));
    }

    @Test
    void aChangedShiftKeepsItsUidAndGetsAHigherSequenceOnce() throws Exception {
        String secret = newSecret();
        String uid = PersonalFeedService.uid(shift, anna.id());
        assertThat(eventLines(feed(secret), uid)).contains("SEQUENCE:0");

        data.times(shift, LocalTime.of(20, 0), LocalTime.of(23, 30));

        String changed = feed(secret);
        assertThat(eventLines(changed, uid)).contains("SEQUENCE:1",
                "DTSTART;TZID=Europe/Stockholm:" + friday.toString().replace("-", "") + "T200000");
        assertThat(eventLines(feed(secret), uid)).as("unchanged: same sequence").contains("SEQUENCE:1");
        assertThat(parsedByIcalJs(changed).get("events").get(0).get("sequence").asInt()).isEqualTo(1);
    }

    @Test
    void aCancelledPlaceStaysInTheFeedAsACancelledEvent() throws Exception {
        String secret = newSecret();
        String uid = PersonalFeedService.uid(shift, anna.id());
        feed(secret);

        data.assignmentStatus(annasPlace, "CANCELLED");

        String ics = feed(secret);
        List<String> event = eventLines(ics, uid);
        assertThat(event).contains("STATUS:CANCELLED", "SEQUENCE:1");
        assertThat(event).anyMatch(l -> l.startsWith("SUMMARY:Inställt: Nattvandring"));
        assertThat(new CalendarBuilder().build(new StringReader(ics)).validate().hasErrors()).isFalse();
        assertThat(parsedByIcalJs(ics).get("events").get(0).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(eventLines(feed(secret), uid)).as("stays cancelled, same sequence").contains("SEQUENCE:1");

        data.assignmentStatus(annasPlace, "CONFIRMED");
        assertThat(eventLines(feed(secret), uid)).as("back again").contains("STATUS:CONFIRMED", "SEQUENCE:2");
    }

    @Test
    void theSecretIsLongStoredHashedAndRenewingStopsTheOldAddressAtOnce() throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String old = newSecret();
        assertThat(old).hasSize(43); // 32 random bytes, base64url: 256 bits
        assertThat(dsl.fetchCount(se.tryggalov.jooq.Tables.PERSONAL_FEED_TOKEN,
                se.tryggalov.jooq.Tables.PERSONAL_FEED_TOKEN.TOKEN_HASH.eq(Secrets.hash(old)))).isOne();
        assertThat(dsl.fetchCount(se.tryggalov.jooq.Tables.PERSONAL_FEED_TOKEN,
                se.tryggalov.jooq.Tables.PERSONAL_FEED_TOKEN.TOKEN_HASH.eq(old))).isZero();

        var ok = http.perform(get("/feeds/person/" + old + ".ics")).andReturn().getResponse();
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(ok.getContentType()).startsWith("text/calendar");
        assertThat(ok.getContentAsString(StandardCharsets.UTF_8)).contains(PersonalFeedService.uid(shift, anna.id()));

        String renewed = newSecret();
        var gone = http.perform(get("/feeds/person/" + old + ".ics")).andReturn().getResponse();
        var guessed = http.perform(get("/feeds/person/" + Secrets.newSecret() + ".ics")).andReturn().getResponse();
        var malformed = http.perform(get("/feeds/person/abc.ics")).andReturn().getResponse();
        assertThat(List.of(gone.getStatus(), guessed.getStatus(), malformed.getStatus())).containsOnly(404);
        assertThat(gone.getContentAsString()).isEqualTo(guessed.getContentAsString());
        assertThat(http.perform(get("/feeds/person/" + renewed + ".ics?lang=en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("X-WR-CALNAME:My shifts – Trygga lov");

        data.as(anna, () -> {
            feeds.revoke();
            return null;
        });
        assertThat(http.perform(get("/feeds/person/" + renewed + ".ics")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void aOneOffFileHoldsOnlyTheCallersOwnShift() {
        String ics = data.as(anna, () -> feeds.oneShift(shift, Locale.ENGLISH)).orElseThrow();
        assertThat(eventLines(ics, PersonalFeedService.uid(shift, anna.id())))
                .anyMatch(l -> l.startsWith("SUMMARY:Nattvandring – "));
        var stranger = data.person("stranger", "Sten Främling", false, null);
        assertThat(data.as(stranger, () -> feeds.oneShift(shift, Locale.ENGLISH))).isEmpty();
    }
}
