package se.tryggalov.report;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The subscription address works in the running app, without signing in, for the right token only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CalendarFeedControllerTest {

    @LocalServerPort
    int port;

    @Autowired
    CalendarService calendar;

    @Autowired
    SystemAuthentication system;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    String token;

    @BeforeEach
    void aPlannedYearAndTheToken() {
        SchoolYear year = calendar.currentYear();
        if (calendar.plan(year).map(p -> p.items().isEmpty()).orElse(true)) {
            system.runAs(() -> calendar.generate(year), Role.ADMIN);
        }
        token = system.callAs(calendar::renewFeedToken, Role.COORDINATOR);
    }

    HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void theRightTokenGivesAParsableCalendarWithoutSigningIn() throws Exception {
        HttpResponse<String> response = get("/feeds/calendar/" + token + ".ics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type.toLowerCase()).isEqualTo("text/calendar;charset=utf-8"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=900");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("inline; filename=\"trygga-lov.ics\"");
        Calendar feed = new CalendarBuilder().build(new StringReader(response.body()));
        assertThat(feed.validate().hasErrors()).isFalse();
        assertThat(feed.<VEvent>getComponents(Component.VEVENT)).isNotEmpty();
        assertThat(response.body()).contains("PRODID:-//Trygga lov//Årshjul//SV", "X-TRYGGA-KIND:BREAK",
                "UID:calendar-item-");
    }

    @Test
    void theFeedIsSwedishUnlessEnglishIsAskedFor() throws Exception {
        String swedish = get("/feeds/calendar/" + token + ".ics").body();
        String english = get("/feeds/calendar/" + token + ".ics?lang=en").body();

        assertThat(summaryOfFirst(swedish, "X-TRYGGA-CODE:WINTER_SPORTS"))
                .isNotEqualTo(summaryOfFirst(english, "X-TRYGGA-CODE:WINTER_SPORTS"));
        assertThat(english).contains("X-WR-CALNAME:").doesNotContain("SUMMARY:!");
    }

    /** The SUMMARY of the first event that has the given line. */
    private static String summaryOfFirst(String ics, String line) {
        String unfolded = ics.replace("\r\n ", "");
        int at = unfolded.indexOf(line);
        assertThat(at).as(line).isNotNegative();
        int begin = unfolded.lastIndexOf("BEGIN:VEVENT", at);
        int summary = unfolded.indexOf("SUMMARY:", begin);
        return unfolded.substring(summary, unfolded.indexOf("\r\n", summary));
    }

    @Test
    void aWrongTokenIsNotFound() throws Exception {
        String wrong = (token.charAt(0) == 'x' ? "y" : "x") + token.substring(1);
        HttpResponse<String> response = get("/feeds/calendar/" + wrong + ".ics");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("BEGIN:VCALENDAR");
    }

    @Test
    void theRestOfTheAppStillNeedsSigningIn() throws Exception {
        HttpResponse<String> app = get("/calendar");

        assertThat(app.statusCode()).isIn(302, 401, 403);
        assertThat(app.body()).doesNotContain("BEGIN:VCALENDAR");
    }

    @Test
    void theOneOffDownloadNeedsSigningIn() throws Exception {
        HttpResponse<String> download = get("/exports/calendar/2026.ics");

        assertThat(download.statusCode()).isIn(302, 401, 403);
        assertThat(download.body()).doesNotContain("BEGIN:VCALENDAR");
    }
}
