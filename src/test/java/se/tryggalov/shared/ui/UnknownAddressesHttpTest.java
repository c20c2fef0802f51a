package se.tryggalov.shared.ui;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import se.tryggalov.WebClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP, through Spring Security: an address that matches no route (a malformed id, a typo, a stale
 * bookmark) reaches Vaadin for a signed-in user, which answers with its page (the not-found view inside the menu,
 * as MalformedRouteParametersTest shows), never an empty 403 that a browser offers as a download; without a
 * sign-in it still leads to the login page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UnknownAddressesHttpTest {

    static final List<String> UNKNOWN = List.of("/volunteers/abc", "/organisations/-1", "/organisations/abc",
            "/organisations/99999999999999999999", "/no-such-page");

    @LocalServerPort
    int port;

    HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void aSignedInUserGetsTheAppsPageForAnAddressThatMatchesNoRoute() throws Exception {
        WebClient browser = new WebClient(port);
        assertThat(WebClient.isSuccessfulLogin(browser.signIn("coordinator", "demo"))).isTrue();

        for (String path : UNKNOWN) {
            HttpResponse<String> response = browser.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(response.body()).as(path).contains("window.Vaadin");
        }
    }

    @Test
    void withoutASignInAnUnknownAddressLeadsToTheLoginPage() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : UNKNOWN) {
            HttpResponse<String> response = get(http, path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path)
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }
}
