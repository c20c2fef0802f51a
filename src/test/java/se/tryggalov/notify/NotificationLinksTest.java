package se.tryggalov.notify;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import se.tryggalov.IntegrationTest;
import se.tryggalov.roster.RosterTestData;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.mail.PublicUrls;
import se.tryggalov.shared.secrets.Secrets;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.NOTIFICATION_LINK;

/**
 * The link in every mail: a valid one opens the first name, the mail's kind and the choices and saves a choice; an
 * altered one, one past its 60 days, or one of a disabled account opens nothing and saves nothing.
 */
@IntegrationTest
class NotificationLinksTest {

    @Autowired
    NotificationLinks links;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    NotifyReads reads;
    @Autowired
    PublicUrls urls;
    @Autowired
    DSLContext dsl;
    @Autowired
    SecurityContexts contexts;
    @Autowired
    TransactionTemplate transaction;

    RosterTestData.Person person;

    @BeforeEach
    void aPerson() {
        person = new RosterTestData(dsl, contexts).account("link", null);
        dsl.update(APP_USER).set(APP_USER.DISPLAY_NAME, "Linnea Länksson").where(APP_USER.ID.eq(person.id()))
                .execute();
    }

    private String secretOf(String link) {
        assertThat(link).contains("/" + NotificationLinks.ROUTE + "/");
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private String newSecret() {
        return secretOf(transaction.execute(tx -> links.newLink(person.id(), NotificationKind.REMINDER)));
    }

    @Test
    void aValidLinkOpensTheFirstNameAndTheChoicesAndSavesAChoice() {
        String secret = newSecret();
        assertThat(secret).hasSize(43);
        assertThat(dsl.fetchCount(NOTIFICATION_LINK, NOTIFICATION_LINK.TOKEN_HASH.eq(Secrets.hash(secret)))).isOne();
        assertThat(dsl.fetchCount(NOTIFICATION_LINK, NOTIFICATION_LINK.TOKEN_HASH.eq(secret))).isZero();

        NotificationLinks.Opened opened = links.open(secret).orElseThrow();
        assertThat(opened.firstName()).isEqualTo("Linnea");
        assertThat(opened.kind()).isEqualTo(NotificationKind.REMINDER);
        assertThat(opened.preferences().get(NotificationKind.REMINDER)).isEqualTo(Preference.DEFAULT);

        links.save(secret, NotificationKind.REMINDER, new Preference(false, false));

        assertThat(notifications.preferences(person.id()).get(NotificationKind.REMINDER))
                .isEqualTo(new Preference(false, false));
        assertThat(links.open(secret).orElseThrow().preferences().get(NotificationKind.REMINDER).email()).isFalse();
    }

    @Test
    void anAlteredLinkOpensNothingAndSavesNothing() {
        String secret = newSecret();
        char last = secret.charAt(secret.length() - 1);
        String altered = secret.substring(0, secret.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertThat(links.open(altered)).isEmpty();
        assertThat(links.open(secret.substring(1))).isEmpty();
        assertThat(links.open(null)).isEmpty();
        assertThat(links.open("../" + secret)).isEmpty();
        assertThatThrownBy(() -> links.save(altered, NotificationKind.REMINDER, new Preference(false, false)))
                .isInstanceOf(UserMessageException.class)
                .satisfies(e -> assertThat(((UserMessageException) e).messageKey()).isEqualTo("notify.link.invalid"));
        assertThat(notifications.preferences(person.id()).get(NotificationKind.REMINDER)).isEqualTo(Preference.DEFAULT);
    }

    @Test
    void aLinkPastItsSixtyDaysOrOfADisabledAccountOpensNothing() {
        String secret = newSecret();
        Clock later = Clock.offset(Clock.systemUTC(), NotificationLinks.VALID.plus(Duration.ofMinutes(1)));
        NotificationLinks expired = new NotificationLinks(notifications, reads, urls, later.withZone(ZoneOffset.UTC));
        Clock almost = Clock.offset(Clock.systemUTC(), NotificationLinks.VALID.minus(Duration.ofHours(1)));
        NotificationLinks stillValid = new NotificationLinks(notifications, reads, urls, almost);

        assertThat(stillValid.open(secret)).isPresent();
        assertThat(expired.open(secret)).isEmpty();
        assertThatThrownBy(() -> expired.save(secret, NotificationKind.REMINDER, new Preference(false, false)))
                .isInstanceOf(UserMessageException.class);
        assertThat(notifications.preferences(person.id()).get(NotificationKind.REMINDER)).isEqualTo(Preference.DEFAULT);

        dsl.update(APP_USER).set(APP_USER.ENABLED, false).where(APP_USER.ID.eq(person.id())).execute();
        assertThat(links.open(secret)).isEmpty();
    }
}
