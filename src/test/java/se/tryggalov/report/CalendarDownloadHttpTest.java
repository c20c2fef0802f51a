package se.tryggalov.report;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.WebClient;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-off {@code .ics} download over real HTTP with a real session, for every demo role: the browser gets a
 * calendar file named {@code .ics}, not an empty 403 that it saves as {@code 2026.txt}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CalendarDownloadHttpTest {

    static final List<String> DEMO_USERS = List.of("admin", "coordinator", "partner", "volunteer", "viewer");

    @LocalServerPort
    int port;

    @Autowired
    CalendarService calendar;

    @Autowired
    SystemAuthentication system;

    SchoolYear year;

    @BeforeEach
    void aPlannedYear() {
        year = calendar.currentYear();
        if (calendar.plan(year).map(p -> p.items().isEmpty()).orElse(true)) {
            system.runAs(() -> calendar.generate(year), Role.ADMIN);
        }
    }

    @Test
    void everySignedInRoleDownloadsTheYearAsAnIcsFile() throws Exception {
        for (String user : DEMO_USERS) {
            WebClient http = signedIn(user);
            HttpResponse<String> response = get(http, "/exports/calendar/" + year.startYear() + ".ics?lang=sv");

            assertThat(response.statusCode()).as(user).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(user)
                    .hasValueSatisfying(type -> assertThat(type.toLowerCase()).startsWith("text/calendar"));
            assertThat(response.headers().firstValue("Content-Disposition")).as(user)
                    .hasValueSatisfying(d -> assertThat(d).startsWith("attachment").contains(".ics\""));
            assertThat(response.body()).as(user).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT");
        }
    }

    @Test
    void aYearOutsideThePlannableRangeIsNotFoundEvenSignedIn() throws Exception {
        HttpResponse<String> response = get(signedIn("coordinator"), "/exports/calendar/1800.ics");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("BEGIN:VCALENDAR");
    }

    HttpResponse<String> get(WebClient http, String path) throws Exception {
        return http.get(path);
    }

    /** Signs in through the login form the way a browser does, with the CSRF token the login page carries. */
    WebClient signedIn(String user) throws Exception {
        WebClient http = new WebClient(port);
        HttpResponse<String> login = http.signIn(user, "demo");
        assertThat(WebClient.isSuccessfulLogin(login)).as(user + " signs in: " + login.headers().map()).isTrue();
        return http;
    }
}
