package se.tryggalov.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import se.tryggalov.WebClient;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #21: the Prometheus scrape endpoint answers only the scraper's credentials (HTTP Basic); anonymous callers,
 * wrong passwords and even a signed-in administrator get 401, while health stays open for the load balancer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"trygga.metrics.username=scraper", "trygga.metrics.password=metrics-test-secret"})
@ActiveProfiles("test")
class MetricsEndpointHttpTest {

    @LocalServerPort
    int port;

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anAnonymousScrapeIsRefusedWithoutALoginRedirect() throws Exception {
        HttpResponse<String> response = new WebClient(port).get("/actuator/prometheus");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h)
                .startsWith("Basic"));
        assertThat(response.body()).doesNotContain("jvm_");
        assertThat(response.headers().allValues("Set-Cookie")).as("no session for a scraper").isEmpty();
    }

    @Test
    void aWrongPasswordOrAnotherNameIsRefused() throws Exception {
        WebClient client = new WebClient(port);
        assertThat(client.get("/actuator/prometheus", "Authorization", basic("scraper", "wrong")).statusCode())
                .isEqualTo(401);
        assertThat(client.get("/actuator/prometheus", "Authorization", basic("admin", "metrics-test-secret"))
                .statusCode()).isEqualTo(401);
    }

    @Test
    void aSignedInAdministratorCannotReadTheMetrics() throws Exception {
        WebClient admin = new WebClient(port);
        assertThat(WebClient.isSuccessfulLogin(admin.signIn("admin", "demo"))).isTrue();

        assertThat(admin.get("/actuator/prometheus").statusCode()).isEqualTo(401);
    }

    @Test
    void theScraperReadsJvmPoolAndHttpMetrics() throws Exception {
        WebClient client = new WebClient(port);
        client.get("/login");

        HttpResponse<String> response = client.get("/actuator/prometheus",
                "Authorization", basic("scraper", "metrics-test-secret"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/plain"));
        assertThat(response.body()).contains("jvm_memory_used_bytes", "hikaricp_connections_active",
                "http_server_requests_seconds");
    }

    @Test
    void healthStaysOpenForTheLoadBalancer() throws Exception {
        WebClient client = new WebClient(port);
        assertThat(client.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(client.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }
}
