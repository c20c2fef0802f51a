package se.tryggalov.security;

import org.junit.jupiter.api.Test;
import se.tryggalov.WebClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #22, finding 2 (login CSRF): another site must not be able to sign a visitor's browser in to an account of
 * the attacker's choosing. The login form's POST must carry the CSRF token of the login page the browser opened.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginCsrfHttpTest {

    @LocalServerPort
    int port;

    @Test
    void aLoginPostFromAnotherSiteWithoutTheTokenSignsNobodyIn() throws Exception {
        WebClient browser = new WebClient(port);
        browser.get("/login"); // the victim has a session with the app

        HttpResponse<String> forged = browser.postLogin("coordinator", "demo", "",
                "Origin", "https://evil.example", "Referer", "https://evil.example/page");

        assertThat(WebClient.isSuccessfulLogin(forged)).as("answer %s %s", forged.statusCode(),
                forged.headers().firstValue("Location")).isFalse();
        assertThat(browser.signedIn()).isFalse();
    }

    @Test
    void aLoginPostWithAWrongTokenSignsNobodyIn() throws Exception {
        WebClient browser = new WebClient(port);
        browser.get("/login");

        HttpResponse<String> forged = browser.postLogin("coordinator", "demo", "not-the-token");

        assertThat(WebClient.isSuccessfulLogin(forged)).isFalse();
        // a stale token (the login page's session expired) leads back to the login page for a fresh one
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(forged.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(browser.signedIn()).isFalse();
    }

    @Test
    void theLoginPageCarriesTheTokenAndItsFormSignsIn() throws Exception {
        WebClient browser = new WebClient(port);
        assertThat(browser.loginPageToken()).isPresent();

        assertThat(WebClient.isSuccessfulLogin(browser.signIn("coordinator", "demo"))).isTrue();
        assertThat(browser.signedIn()).isTrue();
    }
}
