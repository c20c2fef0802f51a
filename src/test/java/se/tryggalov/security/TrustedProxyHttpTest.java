package se.tryggalov.security;

import org.junit.jupiter.api.Test;
import se.tryggalov.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditEntry;
import se.tryggalov.shared.audit.AuditLog;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #22, findings 1 and 3, behind a configured reverse proxy (here: the test itself, at 127.0.0.1): the
 * proxy's X-Forwarded-* headers are used, so the real client's address is throttled and logged, the redirect keeps
 * the public host, and a request the proxy received over TLS gets a Secure, HttpOnly, SameSite=Lax session cookie.
 * What the proxy forwards is still checked: an address that is no IP address is not written to the audit log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "trygga.trusted-proxies=127.0.0.1, ::1")
@ActiveProfiles("test")
class TrustedProxyHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    AuditLog audit;

    @Test
    void theProxysForwardedForIsTheAddressThrottledAndLogged() throws Exception {
        String nobody = "proxied-" + UUID.randomUUID().toString().substring(0, 8);
        String client = "198.51.100." + (10 + (int) (Math.random() * 200));

        new WebClient(port).signIn(nobody, "wrong", "X-Forwarded-For", client);

        assertThat(throttle.recentFailuresFrom(client)).isEqualTo(1);
        assertThat(audit.search(AuditAction.LOGIN_FAILED, nobody, 10)).extracting(AuditEntry::clientAddress)
                .containsExactly(client);
    }

    @Test
    void aForwardedValueThatIsNoIpAddressIsNotLoggedAsOne() throws Exception {
        String nobody = "proxied-" + UUID.randomUUID().toString().substring(0, 8);

        new WebClient(port).signIn(nobody, "wrong", "X-Forwarded-For", "not-an-ip");

        assertThat(audit.search(AuditAction.LOGIN_FAILED, nobody, 10)).extracting(AuditEntry::clientAddress)
                .containsExactly((String) null);
    }

    @Test
    void theRedirectKeepsThePublicHostTheProxyForwards() throws Exception {
        HttpResponse<String> response = new WebClient(port).get("/volunteers",
                "X-Forwarded-Host", "trygga.example", "X-Forwarded-Proto", "https", "X-Forwarded-Port", "443");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("https://trygga.example/login");
    }

    @Test
    void behindTlsTheSessionCookieIsSecureHttpOnlyAndSameSiteLax() throws Exception {
        WebClient client = new WebClient(port);
        HttpResponse<String> page = client.get("/login", "X-Forwarded-Proto", "https");

        assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(page.headers().allValues("Set-Cookie")).singleElement().satisfies(cookie -> assertThat(cookie)
                .contains("; Secure").contains("; HttpOnly").containsIgnoringCase("; SameSite=Lax")
                .contains("Path=/"));
    }
}
