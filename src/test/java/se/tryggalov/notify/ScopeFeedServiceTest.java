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
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import se.tryggalov.StrictICal;
import se.tryggalov.IntegrationTest;
import se.tryggalov.TestYears;
import se.tryggalov.activity.ActivityService;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.coverage.CoverageService;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.roster.RosterTestData;
import se.tryggalov.roster.ShiftCrewService;
import se.tryggalov.security.CurrentUser;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.mail.PublicUrls;
import se.tryggalov.shared.secrets.Secrets;
import se.tryggalov.shared.time.Zones;
import tools.jackson.databind.JsonNode;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.Month.OCTOBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static se.tryggalov.TestYears.nth;
import static se.tryggalov.jooq.Tables.AUDIT_LOG;
import static se.tryggalov.jooq.Tables.ORGANISATION_DISTRICT;
import static se.tryggalov.jooq.Tables.SCOPE_FEED_TOKEN;
import static se.tryggalov.jooq.Tables.SHIFT;
import static se.tryggalov.jooq.Tables.VENUE;

/**
 * The organisation's and the venue's calendar feeds on the real database: read strictly by ical4j and by ical.js,
 * stable UIDs with a rising SEQUENCE, a cancelled shift kept as cancelled, nothing more personal than the lead's
 * name and phone in the venue feed, a viewer of another venue refused, and revoked or renewed addresses answering
 * 404 over HTTP. The feed is read with a clock a week before the evening (the service's window follows "now").
 */
@IntegrationTest
class ScopeFeedServiceTest {

    static SchoolYear year;
    static LocalDate friday;

    @Autowired
    ScopeFeedService feeds;
    @Autowired
    ApplicationContext beans;
    @Autowired
    CalendarService calendar;
    @Autowired
    SystemAuthentication system;
    @Autowired
    DSLContext dsl;
    @Autowired
    SecurityContexts contexts;
    @Autowired
    WebApplicationContext context;

    FeedTestData data;
    long shift;
    long venue;
    long otherVenue;
    RosterTestData.Person viewer;
    RosterTestData.Person otherViewer;
    RosterTestData.Person contact;
    RosterTestData.Person otherContact;
    /** The service with a clock a week before the evening. */
    ScopeFeedService weekBefore;

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
    void aGroupAtAVenueAndTheirReaders() {
        String tag = RosterTestData.unique("sf");
        data = new FeedTestData(dsl, contexts, calendar, system, year, tag);
        var anna = data.person("anna", "Anna Gruppsson", false, "070-999 99 99");
        var lena = data.person("lena", "Lena Ledare", true, "070-123 45 67");
        shift = data.publishedShift(friday);
        data.confirm(shift, anna);
        data.confirm(shift, lena);
        venue = dsl.insertInto(VENUE).set(VENUE.DISTRICT_ID, data.district).set(VENUE.NAME, "Gården " + tag)
                .set(VENUE.KIND, "YOUTH_CENTRE").returning(VENUE.ID).fetchSingle(VENUE.ID);
        long otherDistrict = data.data.district("sf-other-" + tag);
        otherVenue = dsl.insertInto(VENUE).set(VENUE.DISTRICT_ID, otherDistrict).set(VENUE.NAME, "Annan " + tag)
                .set(VENUE.KIND, "YOUTH_CENTRE").returning(VENUE.ID).fetchSingle(VENUE.ID);
        viewer = viewerOf(data.district, "sf-viewer");
        otherViewer = viewerOf(otherDistrict, "sf-otherviewer");
        contact = data.data.account("sf-contact", data.organisation, Role.PARTNER_CONTACT);
        otherContact = data.data.account("sf-othercontact", data.data.organisation("sf-otherorg"),
                Role.PARTNER_CONTACT);
        Clock clock = Clock.fixed(friday.minusDays(7).atTime(12, 0).atZone(Zones.STOCKHOLM).toInstant(),
                Zones.STOCKHOLM);
        weekBefore = new ScopeFeedService(beans.getBean(ScopeFeedRepository.class),
                beans.getBean(CoverageService.class), beans.getBean(ActivityService.class),
                beans.getBean(ShiftCrewService.class), beans.getBean(PartnerService.class),
                beans.getBean(CurrentUser.class), contexts, beans.getBean(AuditLog.class),
                beans.getBean(Translations.class), beans.getBean(PublicUrls.class), clock);
    }

    /** A youth centre's account: a viewer of the organisation that works in the district. */
    private RosterTestData.Person viewerOf(long district, String prefix) {
        long organisation = data.data.organisation(prefix + "-org");
        dsl.insertInto(ORGANISATION_DISTRICT).set(ORGANISATION_DISTRICT.ORGANISATION_ID, organisation)
                .set(ORGANISATION_DISTRICT.DISTRICT_ID, district).execute();
        return data.data.account(prefix, organisation, Role.VIEWER);
    }

    private <T> T as(RosterTestData.Person person, Role role, Supplier<T> work) {
        return data.data.as(person.username(), work, role);
    }

    private String secret(FeedScope scope, long id, RosterTestData.Person person, Role role) {
        String address = as(person, role, () -> feeds.renew(scope, id, Translations.SWEDISH));
        String path = address.substring(address.indexOf(scope.path()) + scope.path().length());
        return path.substring(0, path.indexOf(".ics"));
    }

    private static Calendar strict(String ics) throws Exception {
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult validation = parsed.validate();
        assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
        return parsed;
    }

    @Test
    void theVenueFeedShowsWhoCoversItParsesStrictlyAndInIcalJsAndIsLogged() throws Exception {
        String secret = secret(FeedScope.VENUE, venue, viewer, Role.VIEWER);

        String ics = weekBefore.feed(FeedScope.VENUE, secret, Translations.SWEDISH).orElseThrow();

        Calendar parsed = strict(ics);
        assertThat(parsed.<VEvent>getComponents(Component.VEVENT)).hasSize(1);
        String uid = ScopeFeedService.uid(FeedScope.VENUE, venue, "g" + shift);
        List<String> event = PersonalFeedServiceTest.eventLines(ics, uid);
        String day = friday.toString().replace("-", "");
        assertThat(event).contains("DTSTART;TZID=Europe/Stockholm:" + day + "T210000", "SEQUENCE:0",
                "STATUS:CONFIRMED", "LOCATION:Alby centrum\\, vid fontänen");
        assertThat(PersonalFeedServiceTest.unfolded(ics)).contains("BEGIN:VTIMEZONE", "TZID:Europe/Stockholm")
                .contains("070-123 45 67").contains("Lena")
                // nothing more personal than the lead: not the walkers' names or phones
                .doesNotContain("Anna").doesNotContain("070-999 99 99");

        JsonNode js = PersonalFeedServiceTest.parsedByIcalJs(ics);
        assertThat(js.get("events")).hasSize(1);
        assertThat(js.get("events").get(0).get("uid").asString()).isEqualTo(uid);
        assertThat(js.get("events").get(0).get("description").asString()).contains("070-123 45 67");
        assertThat(js.get("name").asString()).contains("vem är ute");

        assertThat(dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.SUBJECT_TYPE.eq("venue-feed")
                .and(AUDIT_LOG.SUBJECT_ID.eq(String.valueOf(venue)))
                .and(AUDIT_LOG.ACTOR_USERNAME.eq(viewer.username()))
                .and(AUDIT_LOG.DETAILS.startsWith("calendar feed read")))).isOne();
    }

    @Test
    void aViewerOfAnotherVenueGetsNothing() {
        assertThat(as(otherViewer, Role.VIEWER, () -> feeds.choices())).extracting(ScopeFeedService.Choice::id)
                .contains(otherVenue).doesNotContain(venue);
        assertThatThrownBy(() -> secret(FeedScope.VENUE, venue, otherViewer, Role.VIEWER))
                .isInstanceOf(UserMessageException.class);
        assertThat(dsl.fetchCount(SCOPE_FEED_TOKEN, SCOPE_FEED_TOKEN.USER_ID.eq(otherViewer.id()))).isZero();

        // an address made while they could see it stops when they no longer may (rights checked at every fetch)
        String secret = Secrets.newSecret();
        dsl.insertInto(SCOPE_FEED_TOKEN).set(SCOPE_FEED_TOKEN.USER_ID, otherViewer.id())
                .set(SCOPE_FEED_TOKEN.SCOPE_KIND, "VENUE").set(SCOPE_FEED_TOKEN.SCOPE_ID, venue)
                .set(SCOPE_FEED_TOKEN.TOKEN_HASH, Secrets.hash(secret))
                .set(SCOPE_FEED_TOKEN.CREATED_AT, OffsetDateTime.now()).execute();
        assertThat(weekBefore.feed(FeedScope.VENUE, secret, Translations.SWEDISH)).isEmpty();
        // and a partner contact cannot take a venue's or another organisation's feed
        assertThatThrownBy(() -> secret(FeedScope.VENUE, venue, contact, Role.PARTNER_CONTACT))
                .isInstanceOf(UserMessageException.class);
        assertThatThrownBy(() -> secret(FeedScope.ORGANISATION, data.organisation, otherContact,
                Role.PARTNER_CONTACT)).isInstanceOf(UserMessageException.class);
    }

    @Test
    void theOrganisationFeedKeepsItsUidsRaisesTheSequenceOnChangeAndKeepsACancelledShift() throws Exception {
        String secret = secret(FeedScope.ORGANISATION, data.organisation, contact, Role.PARTNER_CONTACT);
        String uid = ScopeFeedService.uid(FeedScope.ORGANISATION, data.organisation, "s" + shift);

        String first = weekBefore.feed(FeedScope.ORGANISATION, secret, Translations.SWEDISH).orElseThrow();
        strict(first);
        assertThat(PersonalFeedServiceTest.eventLines(first, uid)).contains("SEQUENCE:0", "STATUS:CONFIRMED");
        assertThat(PersonalFeedServiceTest.unfolded(first)).contains("Gruppledare: ").contains("070-123 45 67");

        data.times(shift, LocalTime.of(20, 0), LocalTime.of(23, 30));
        String changed = weekBefore.feed(FeedScope.ORGANISATION, secret, Translations.ENGLISH).orElseThrow();
        assertThat(PersonalFeedServiceTest.eventLines(changed, uid)).contains("SEQUENCE:1",
                "DTSTART;TZID=Europe/Stockholm:" + friday.toString().replace("-", "") + "T200000");
        assertThat(PersonalFeedServiceTest.parsedByIcalJs(changed).get("events").get(0).get("sequence").asInt())
                .isEqualTo(1);

        dsl.update(SHIFT).set(SHIFT.STATUS, "CANCELLED").where(SHIFT.ID.eq(shift)).execute();
        String cancelled = weekBefore.feed(FeedScope.ORGANISATION, secret, Translations.SWEDISH).orElseThrow();
        strict(cancelled);
        assertThat(PersonalFeedServiceTest.eventLines(cancelled, uid)).contains("STATUS:CANCELLED", "SEQUENCE:2");
        assertThat(PersonalFeedServiceTest.parsedByIcalJs(cancelled).get("events").get(0).get("status").asString())
                .isEqualTo("CANCELLED");
        assertThat(PersonalFeedServiceTest.eventLines(weekBefore.feed(FeedScope.ORGANISATION, secret,
                Translations.SWEDISH).orElseThrow(), uid)).as("stays, same sequence").contains("SEQUENCE:2");
    }

    @Test
    void aRevokedOrRenewedAddressAnswers404OverHttpAndAVenueSecretOpensNoOrganisationFeed() throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String old = secret(FeedScope.VENUE, venue, viewer, Role.VIEWER);
        var ok = http.perform(get("/feeds/venue/" + old + ".ics")).andReturn().getResponse();
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(ok.getContentType()).startsWith("text/calendar");
        assertThat(ok.getContentAsString(StandardCharsets.UTF_8)).contains("BEGIN:VCALENDAR");
        assertThat(http.perform(get("/feeds/organisation/" + old + ".ics")).andReturn().getResponse().getStatus())
                .as("a venue's secret on the organisation path").isEqualTo(404);

        String renewed = secret(FeedScope.VENUE, venue, viewer, Role.VIEWER);
        assertThat(http.perform(get("/feeds/venue/" + old + ".ics")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(http.perform(get("/feeds/venue/" + renewed + ".ics")).andReturn().getResponse().getStatus())
                .isEqualTo(200);

        as(viewer, Role.VIEWER, () -> {
            feeds.revoke(FeedScope.VENUE, venue);
            return null;
        });
        var gone = http.perform(get("/feeds/venue/" + renewed + ".ics")).andReturn().getResponse();
        var guessed = http.perform(get("/feeds/venue/" + Secrets.newSecret() + ".ics")).andReturn().getResponse();
        assertThat(List.of(gone.getStatus(), guessed.getStatus())).containsOnly(404);
        assertThat(gone.getContentAsString()).isEqualTo(guessed.getContentAsString());
    }
}
