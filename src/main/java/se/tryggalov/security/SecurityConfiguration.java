package se.tryggalov.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.transaction.support.TransactionTemplate;
import se.tryggalov.security.ui.LoginView;
import se.tryggalov.shared.audit.AuditLog;

import java.time.Clock;
import java.util.Map;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    /**
     * As strict as Vaadin 25.2 allows (README, "Content-Security-Policy"). Flow's bootstrap page starts its client
     * with inline scripts ('unsafe-inline'), and the client runs the JavaScript the server sends (executeJs, event
     * data) by constructing functions ('unsafe-eval'); Vaadin's nonce-based strict mode needs both replaced and is
     * a preview in 25.4. What can be closed is: inline event-handler attributes (script-src-attr 'none': the usual
     * way an injected {@code <img onerror>} runs script), and connections anywhere but here (the app has no push, and
     * 'self' covers its own requests and, in current browsers, same-origin web sockets).
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "script-src-attr 'none'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests,
                                            SecondFactorCompletionFilter secondFactor,
                                            SingleSignOn singleSignOn, SingleSignOnAccounts singleSignOnAccounts,
                                            ObjectProvider<ClientRegistrationRepository> registrations)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/styles/**", "/icons/**", "/images/**").permitAll()
                .requestMatchers("/feeds/**").permitAll());
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(c -> { })
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(self)")));
        secondFactorSignIn(http, secondFactor);
        singleSignOn(http, singleSignOn, singleSignOnAccounts, registrations);
        // An address that matches no route (a malformed id, a stale bookmark) must reach Vaadin, which shows the
        // not-found page inside the menu; Vaadin's default denies it with an empty 403 that a browser offers as a
        // download. Signing in is still required; views and services check roles themselves.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, LoginCsrf.LOGIN_PATH)
                .enableCsrfConfiguration(false)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        LoginCsrf.require(http, vaadinRequests);
        return http.build();
    }

    // --- second factor and single sign-on (issue 22, "Sign-in the way municipalities require") ------------------

    /** Completes a password sign-in once the code page has accepted the second factor (see PendingSignIn). */
    private static void secondFactorSignIn(HttpSecurity http, SecondFactorCompletionFilter filter) {
        http.addFilterAfter(filter, UsernamePasswordAuthenticationFilter.class);
    }

    @Bean
    SecondFactorCompletionFilter secondFactorCompletionFilter(AccountRepository accounts, Clock clock,
                                                              ApplicationEventPublisher events) {
        return new SecondFactorCompletionFilter(accounts, clock, events);
    }

    /** Not a servlet filter of its own: it runs only inside the security filter chain. */
    @Bean
    FilterRegistrationBean<SecondFactorCompletionFilter> secondFactorCompletionFilterRegistration(
            SecondFactorCompletionFilter filter) {
        FilterRegistrationBean<SecondFactorCompletionFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /**
     * OpenID Connect sign-in for staff, only when a provider is configured (spring.security.oauth2.client.*):
     * without one there is no client registration, nothing is added and no request goes to any outside host.
     */
    private static void singleSignOn(HttpSecurity http, SingleSignOn singleSignOn, SingleSignOnAccounts accounts,
                                     ObjectProvider<ClientRegistrationRepository> registrations) throws Exception {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository == null || !singleSignOn.configured()) {
            return;
        }
        http.oauth2Login(login -> login
                .loginPage("/login")
                .clientRegistrationRepository(repository)
                .userInfoEndpoint(user -> user.oidcUserService(new SingleSignOnUserService(singleSignOn, accounts)))
                .failureUrl("/login?error"));
    }

    /** Runs before Spring Security, whose request cache would create the very session it must not create. */
    @Bean
    FilterRegistrationBean<StaleSessionFilter> staleSessionFilter() {
        FilterRegistrationBean<StaleSessionFilter> registration = new FilterRegistrationBean<>(new StaleSessionFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Argon2id with OWASP's parameters (19 MiB, 2 iterations, 1 lane); bcrypt hashes still verify. At most
     * {@code trygga.security.password-checks-at-once} hashes run at once (default: the number of cores, at least 2),
     * each waiting at most {@code trygga.security.password-check-wait} (default 30 s) for its turn.
     */
    @Bean
    PasswordEncoder passwordEncoder(
            @org.springframework.beans.factory.annotation.Value("${trygga.security.password-checks-at-once:0}") int atOnce,
            @org.springframework.beans.factory.annotation.Value("${trygga.security.password-check-wait:30s}")
            java.time.Duration wait) {
        Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("argon2",
                Map.of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder()));
        int permits = atOnce > 0 ? atOnce : Math.max(2, Runtime.getRuntime().availableProcessors());
        return new BoundedPasswordEncoder(encoder, permits, wait);
    }

    @Bean
    AuthenticationManager authenticationManager(AccountRepository accounts, PasswordEncoder passwordEncoder,
                                                LoginThrottle throttle, AuditLog audit,
                                                TransactionTemplate transaction, Clock clock,
                                                ApplicationEventPublisher events, SecondFactorService secondFactors) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new AccountUserDetailsService(accounts));
        passwords.setPasswordEncoder(passwordEncoder);
        ProviderManager manager = new ProviderManager(new SecondFactorGate(new ThrottlingAuthenticationProvider(
                passwords, accounts, throttle, audit, transaction, clock), accounts, secondFactors, clock));
        // Features hear about sign-ins (AuthenticationSuccessEvent) without security depending on them.
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }
}
