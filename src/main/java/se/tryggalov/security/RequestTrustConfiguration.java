package se.tryggalov.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What a request is trusted to say about itself: its client's address and protocol only through a configured
 * proxy ({@link TrustedProxies}), and its signed-in account only while that account may still sign in
 * ({@link RevokedSessionFilter}). Kept apart from {@link SecurityConfiguration}, which configures Spring Security.
 */
@Configuration(proxyBeanMethods = false)
class RequestTrustConfiguration {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> trustedProxies(
            @Value("${trygga.trusted-proxies:}") String setting) {
        TrustedProxies proxies = TrustedProxies.parse(setting);
        return factory -> {
            if (!proxies.none()) {
                factory.addEngineValves(proxies.valve());
            }
        };
    }

    /** Right after the stale-session check, before Spring Security loads the signed-in user from the session. */
    @Bean
    FilterRegistrationBean<RevokedSessionFilter> revokedSessionFilter(AccountRepository accounts) {
        FilterRegistrationBean<RevokedSessionFilter> registration =
                new FilterRegistrationBean<>(new RevokedSessionFilter(accounts));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
