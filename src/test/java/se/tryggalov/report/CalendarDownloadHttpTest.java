package se.tryggalov.report;

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

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
            HttpClient http = signedIn(user);
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

    HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Signs in through the login form the way a browser does (with the form's CSRF token if the page has one). */
    HttpClient signedIn(String user) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = get(http, "/login");
        StringBuilder form = new StringBuilder("username=" + user + "&password="
                + URLEncoder.encode("demo", StandardCharsets.UTF_8));
        Matcher hidden = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        String token = hidden.find() ? hidden.group(1) : cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse(null);
        if (token != null) {
            form.append("&_csrf=").append(URLEncoder.encode(token, StandardCharsets.UTF_8));
        }
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(user).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).as(user)
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return http;
    }
}
