package se.tryggalov.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** A new installation without demo data gets its first administrator from the configuration, once. */
@SpringBootTest(properties = {"trygga.demo.enabled=false", "trygga.admin.username=kommunadmin",
        "trygga.admin.password=a municipal admin passphrase"})
@ActiveProfiles("test")
class FirstAdministratorTest {

    @Autowired
    AccountRepository accounts;
    @Autowired
    FirstAdministrator firstAdministrator;

    @Test
    void theConfiguredAdministratorIsCreatedOnceAndOnlyWhenNoneExists() {
        Account admin = accounts.findByUsername("kommunadmin").orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.demo()).isFalse();
        long count = accounts.count();

        firstAdministrator.createIfNoAdministrator(); // a restart with the same settings

        assertThat(accounts.count()).isEqualTo(count);
    }
}
