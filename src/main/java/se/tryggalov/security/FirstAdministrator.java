package se.tryggalov.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import se.tryggalov.shared.i18n.Translations;

import java.util.Set;

/**
 * A fresh production installation has no users. Given {@code TRYGGA_ADMIN_USERNAME} and
 * {@code TRYGGA_ADMIN_PASSWORD}, the first start creates that administrator; once any administrator exists
 * the settings are ignored, so they can stay in the deployment without re-creating anyone.
 */
@Component
class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountRepository accounts;
    private final AccountService service;
    private final String username;
    private final String password;

    FirstAdministrator(AccountRepository accounts, AccountService service,
                       @Value("${trygga.admin.username:}") String username,
                       @Value("${trygga.admin.password:}") String password) {
        this.accounts = accounts;
        this.service = service;
        this.username = username;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIfNoAdministrator() {
        if (!StringUtils.hasText(username) || accounts.anyEnabledWithRole(Role.ADMIN)) {
            return;
        }
        service.createAccountAtStartup(new NewAccount(username, username, null, Set.of(Role.ADMIN),
                Translations.SWEDISH, null, password, false));
        log.info("Created the first administrator '{}'", username);
    }
}
