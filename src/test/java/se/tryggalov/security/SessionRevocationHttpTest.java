package se.tryggalov.security;

import org.junit.jupiter.api.Test;
import se.tryggalov.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import se.tryggalov.SignedIn;
import se.tryggalov.privacy.PrivacyService;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.i18n.Translations;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #22, finding 4: anonymising, disabling or deleting an account ends its open sessions at once. The check is
 * made against the database on every request, so it holds on every node: the signed-in browser's next request
 * leads to the login page (a Vaadin request is told its session expired, so the page reloads to it), never to an
 * error page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionRevocationHttpTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final List<String> PAGES = List.of("/", "/account", "/availability", "/no-such-page");

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountRepository repository;
    @Autowired
    PersonAccounts personAccounts;
    @Autowired
    PrivacyService privacy;
    @Autowired
    SystemAuthentication system;
    @Autowired
    SecurityContexts contexts;

    private record SignedInPerson(long id, WebClient browser) {
    }

    private SignedInPerson signedInVolunteer() throws Exception {
        String username = "revoke-" + UUID.randomUUID().toString().substring(0, 8);
        long id = accounts.createAccountAtStartup(new NewAccount(username, "Revoke Test", null, Set.of(Role.VOLUNTEER),
                Translations.SWEDISH, null, PASSWORD, false));
        WebClient browser = new WebClient(port);
        assertThat(WebClient.isSuccessfulLogin(browser.signIn(username, PASSWORD))).isTrue();
        assertThat(browser.signedIn()).isTrue();
        return new SignedInPerson(id, browser);
    }

    @Test
    void anAnonymisedPersonsSessionEndsAtOnce() throws Exception {
        SignedInPerson person = signedInVolunteer();

        SignedIn.as(contexts, "admin", () -> {
            privacy.anonymise(person.id());
            return null;
        }, Role.ADMIN);

        assertSignedOut(person.browser());
    }

    @Test
    void aDisabledAccountsSessionEndsAtOnce() throws Exception {
        SignedInPerson person = signedInVolunteer();

        system.runAs(() -> accounts.setEnabled(person.id(), false), Role.ADMIN);

        assertSignedOut(person.browser());
    }

    @Test
    void aDeletedAccountsSessionEndsAtOnce() throws Exception {
        SignedInPerson person = signedInVolunteer();

        personAccounts.delete(person.id());

        assertSignedOut(person.browser());
    }

    @Test
    void aVaadinRequestOfAnEndedSessionIsToldItExpiredSoThePageReloadsToTheLogin() throws Exception {
        SignedInPerson person = signedInVolunteer();
        system.runAs(() -> accounts.setEnabled(person.id(), false), Role.ADMIN);

        HttpResponse<String> uidl = person.browser().post("/?v-r=uidl&v-uiId=0", "application/json",
                "{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");

        assertThat(uidl.statusCode()).isEqualTo(200);
        assertThat(uidl.body()).isEqualTo(StaleSessionFilter.SESSION_EXPIRED);
        assertSignedOut(person.browser());
    }

    @Test
    void aSessionOfAnAccountThatWasRenamedOrUnlockedGoesOn() throws Exception {
        SignedInPerson person = signedInVolunteer();

        system.runAs(() -> accounts.unlock(person.id()), Role.ADMIN);

        assertThat(person.browser().signedIn()).isTrue();
    }

    private static void assertSignedOut(WebClient browser) throws Exception {
        for (String page : PAGES) {
            HttpResponse<String> response = browser.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(page)
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }
}
