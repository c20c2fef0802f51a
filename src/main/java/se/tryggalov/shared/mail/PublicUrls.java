package se.tryggalov.shared.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses for links that leave the app (in e-mails, or copied by hand): {@code trygga.base-url} when
 * configured (recommended in production, e.g. {@code https://trygga.botkyrka.se}); otherwise the address of the
 * current request (behind a proxy, the forwarded headers are honoured); otherwise {@code http://localhost:8080}.
 */
@Component
public class PublicUrls {

    static final String FALLBACK = "http://localhost:8080";

    private final String configured;

    PublicUrls(@Value("${trygga.base-url:}") String configured) {
        this.configured = configured == null ? "" : configured.trim();
    }

    /** The absolute address of an app path such as {@code invitation/abc}. */
    public String absolute(String path) {
        String base = base();
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return (base.endsWith("/") ? base : base + "/") + relative;
    }

    private String base() {
        if (!configured.isEmpty()) {
            return configured;
        }
        try {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        } catch (IllegalStateException noRequest) { // a job or a test: no current request
            return FALLBACK;
        }
    }
}
