package se.tryggalov.volunteer;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invitation and sign-up pages open without signing in in the running app (Spring Security lets the
 * {@code @AnonymousAllowed} routes through, with their parameter), while the volunteer list still asks to sign in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PublicPagesHttpTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theInvitationAndSignUpPagesOpenWithoutSigningIn() throws Exception {
        assertThat(get("/invitation/" + Secrets.newSecret()).statusCode()).isEqualTo(200);
        assertThat(get("/join/some-link").statusCode()).isEqualTo(200);
    }

    @Test
    void theVolunteerPagesAskForASignIn() throws Exception {
        for (String path : new String[] {"/volunteers", "/volunteers/1", "/profile"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(l ->
                    assertThat(l).endsWith("/login"));
        }
    }
}
