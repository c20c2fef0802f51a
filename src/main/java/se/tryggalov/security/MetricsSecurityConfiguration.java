package se.tryggalov.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The Prometheus scrape endpoint (issue #21) answers only a scraper that sends the metrics credentials by HTTP Basic
 * ({@code trygga.metrics.username}/{@code trygga.metrics.password}); anyone else, signed in to the app or not, gets
 * 401. With no password set nobody gets in. Its own filter chain, ahead of the app's: no session, no CSRF token, no
 * redirect to the login page, and no account of the app can read it (metrics are for operations, not for users).
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurityConfiguration {

    static final String SCRAPER = "METRICS_SCRAPER";

    @Bean
    @Order(1)
    SecurityFilterChain metricsFilterChain(HttpSecurity http,
                                           @Value("${trygga.metrics.username:prometheus}") String username,
                                           @Value("${trygga.metrics.password:}") String password) throws Exception {
        byte[] expectedUser = username.getBytes(StandardCharsets.UTF_8);
        byte[] expectedPassword = password.getBytes(StandardCharsets.UTF_8);
        AuthenticationManager scraper = authentication -> {
            byte[] user = String.valueOf(authentication.getName()).getBytes(StandardCharsets.UTF_8);
            byte[] given = String.valueOf(authentication.getCredentials()).getBytes(StandardCharsets.UTF_8);
            // both compared in constant time, and always both, so the answer's timing tells nothing
            boolean userMatches = MessageDigest.isEqual(user, expectedUser);
            boolean passwordMatches = MessageDigest.isEqual(given, expectedPassword);
            if (expectedPassword.length == 0 || !userMatches || !passwordMatches) {
                throw new BadCredentialsException("Bad metrics credentials");
            }
            return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null,
                    AuthorityUtils.createAuthorityList(SCRAPER));
        };
        // 401 with a Basic challenge for everyone else. Set as a status, not sent as an error: an error would be
        // dispatched to /error, which the app's own chain answers with a redirect to its login page.
        AuthenticationEntryPoint challenge = (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"metrics\"");
            response.setStatus(401);
        };
        return http.securityMatcher("/actuator/prometheus", "/actuator/prometheus/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(SCRAPER))
                .authenticationManager(scraper)
                .httpBasic(basic -> basic.authenticationEntryPoint(challenge))
                .exceptionHandling(e -> e.authenticationEntryPoint(challenge))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
