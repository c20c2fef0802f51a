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
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #22, findings 1 and 3, with no trusted proxy configured (the default): a client's own X-Forwarded-*
 * headers change nothing. Not the address the sign-in throttle counts, not the one in the audit log, not the host
 * the login redirect points to, and not whether the request counts as secure (no HSTS, no Secure cookie).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ForwardedHeadersHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    AuditLog audit;

    @Test
    void aClientsForwardedForChangesNeitherTheThrottledNorTheLoggedAddress() throws Exception {
        String nobody = "forwarded-" + UUID.randomUUID().toString().substring(0, 8);
        String madeUp = "198.51.100." + (10 + (int) (Math.random() * 200));
        int before = throttle.recentFailuresFrom("127.0.0.1");

        HttpResponse<String> login = new WebClient(port).signIn(nobody, "wrong", "X-Forwarded-For", madeUp);

        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("error"));
        assertThat(throttle.recentFailuresFrom(madeUp)).isZero();
        assertThat(throttle.recentFailuresFrom("127.0.0.1")).isEqualTo(before + 1);
        List<AuditEntry> failed = audit.search(AuditAction.LOGIN_FAILED, nobody, 10);
        assertThat(failed).extracting(AuditEntry::clientAddress).containsExactly("127.0.0.1");
    }

    @Test
    void aClientsForwardedHostDoesNotChangeTheLoginRedirect() throws Exception {
        HttpResponse<String> response = new WebClient(port).get("/volunteers",
                "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/login").doesNotContain("evil.example").doesNotStartWith("https:"));
    }

    @Test
    void aClientsForwardedProtoDoesNotMakePlainHttpLookSecure() throws Exception {
        WebClient client = new WebClient(port);
        HttpResponse<String> page = client.get("/login", "X-Forwarded-Proto", "https");

        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(page.headers().allValues("Set-Cookie")).singleElement().satisfies(cookie -> assertThat(cookie)
                .contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure"));
        // the demo over plain http still signs in
        assertThat(WebClient.isSuccessfulLogin(client.signIn("coordinator", "demo"))).isTrue();
        assertThat(client.signedIn()).isTrue();
    }
}
