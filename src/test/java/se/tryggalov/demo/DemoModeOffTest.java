package se.tryggalov.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import se.tryggalov.place.PlaceService;
import se.tryggalov.security.Account;
import se.tryggalov.security.AccountService;
import se.tryggalov.security.NewAccount;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.Translations;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Without demo mode there is no demo data, and demo accounts left from an earlier demo run are removed. */
@SpringBootTest(properties = "trygga.demo.enabled=false")
@ActiveProfiles("test")
class DemoModeOffTest {

    @Autowired
    DemoData demoData;
    @Autowired
    AccountService accounts;
    @Autowired
    PlaceService places;

    @Test
    @WithMockUser(username = "someone", roles = "ADMIN")
    void demoAccountsNeverExistOutsideDemoMode() {
        assertThat(places.municipality()).as("no demo municipality").isEmpty();
        assertThat(accounts.listAccounts()).extracting(Account::username).doesNotContain("admin", "coordinator");

        accounts.createAccountAtStartup(new NewAccount("leftover-demo", "Left Over", null, Set.of(Role.ADMIN),
                Translations.SWEDISH, null, DemoData.PASSWORD, true));
        accounts.createAccountAtStartup(new NewAccount("real-admin", "Real Admin", null, Set.of(Role.ADMIN),
                Translations.SWEDISH, null, "a real administrator's passphrase", false));

        assertThat(demoData.removeDemoAccounts()).isEqualTo(1);
        assertThat(accounts.listAccounts()).extracting(Account::username)
                .contains("real-admin").doesNotContain("leftover-demo");
    }
}
