package se.tryggalov.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import se.tryggalov.WebClient;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #22, item 12: the Content-Security-Policy is as strict as Vaadin 25.2 allows (README). What Vaadin still
 * needs ('unsafe-inline' and 'unsafe-eval' for its own scripts) is allowed for script elements only; inline event
 * handler attributes and connections to anywhere but this server are refused. The browser tests (BrowserTest) fail
 * when the policy blocks anything the app does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ContentSecurityPolicyHttpTest {

    static final String EXPECTED = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "script-src-attr 'none'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'";

    @LocalServerPort
    int port;

    @Test
    void everyPageCarriesThePolicy() throws Exception {
        WebClient browser = new WebClient(port);
        for (String path : List.of("/login", "/feeds/no-such-token.ics", "/actuator/health")) {
            HttpResponse<String> response = browser.get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValue(EXPECTED);
        }
        browser.signIn("coordinator", "demo");
        assertThat(browser.get("/").headers().firstValue("Content-Security-Policy")).hasValue(EXPECTED);
    }

    @Test
    void scriptsRunOnlyFromScriptElementsAndTalkOnlyToThisServer() throws Exception {
        String header = new WebClient(port).get("/login").headers().firstValue("Content-Security-Policy").orElseThrow();
        Map<String, String> directives = Arrays.stream(header.split(";\\s*"))
                .collect(Collectors.toMap(d -> d.split(" ", 2)[0], Function.identity()));

        assertThat(directives.get("script-src-attr")).isEqualTo("script-src-attr 'none'");
        assertThat(directives.get("connect-src")).isEqualTo("connect-src 'self'");
        assertThat(directives.get("script-src")).doesNotContain("*", "data:", "http:", "https:");
        assertThat(directives.get("object-src")).isEqualTo("object-src 'none'");
        assertThat(directives.get("frame-ancestors")).isEqualTo("frame-ancestors 'none'");
    }
}
