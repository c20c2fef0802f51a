package se.tryggalov.notify.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.notify.MessageScope;
import se.tryggalov.notify.MessageService;
import se.tryggalov.roster.RosterTestData;
import se.tryggalov.security.Role;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.secrets.Secrets;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.tryggalov.jooq.Tables.NOTIFICATION_PREFERENCE;
import static se.tryggalov.jooq.Tables.PERSONAL_FEED_TOKEN;

/** The calendar subscription page, the notification choices, the outbox and messages, browserless. */
@IntegrationTest
class NotifyViewsTest extends KaribuViewTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    SecurityContexts contexts;
    @Autowired
    se.tryggalov.shared.mail.Outbox outbox;

    @Test
    void aVolunteerMakesACalendarAddressSeesItOnceWithAQrCodeAndRenewsIt() {
        var me = new RosterTestData(dsl, contexts).volunteer("cal", false);
        signInAs(me.username(), Role.VOLUNTEER);

        navigateTo("my-calendar");
        assertThat(_find(TextField.class, s -> s.withId("feed-address"))).as("hidden").isEmpty();
        _click(_get(Button.class, s -> s.withId("feed-renew")));

        String address = _get(TextField.class, s -> s.withId("feed-address")).getValue();
        assertThat(address).matches(".*/feeds/person/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(_get(Image.class, s -> s.withId("feed-qr")).getSrc()).startsWith("data:image/svg+xml;base64,");
        String secret = address.substring(address.lastIndexOf('/') + 1, address.length() - 4);
        assertThat(dsl.fetchValue(PERSONAL_FEED_TOKEN.TOKEN_HASH, PERSONAL_FEED_TOKEN.USER_ID.eq(me.id())))
                .isEqualTo(Secrets.hash(secret));
        assertNoRawTranslationKeys();

        navigateTo("my-calendar"); // back again: the address cannot be shown, only renewed
        assertThat(_find(TextField.class, s -> s.withId("feed-address"))).as("hidden").isEmpty();
        _click(_get(Button.class, s -> s.withId("feed-revoke")));
        assertThat(dsl.fetchCount(PERSONAL_FEED_TOKEN, PERSONAL_FEED_TOKEN.USER_ID.eq(me.id()))).isZero();
        useLocale(Locale.ENGLISH);
        assertNoRawTranslationKeys();
    }

    @Test
    void aPersonTurnsAKindOffAndItIsSaved() {
        var me = new RosterTestData(dsl, contexts).volunteer("prefs", false);
        signInAs(me.username(), Role.VOLUNTEER);

        navigateTo("notification-settings");
        Checkbox reminders = _get(Checkbox.class, s -> s.withId("email-REMINDER"));
        assertThat(reminders.getValue()).isTrue();
        setValueAsUser(reminders, false);

        assertThat(dsl.fetchValue(NOTIFICATION_PREFERENCE.EMAIL, NOTIFICATION_PREFERENCE.USER_ID.eq(me.id())
                .and(NOTIFICATION_PREFERENCE.KIND.eq("REMINDER")))).isFalse();
        assertNoRawTranslationKeys();
        useLocale(Locale.ENGLISH);
        assertNoRawTranslationKeys();
    }

    @Test
    void theLinkInAMailOpensTheChoicesWithoutSigningInAndSwitchesThatKindOff() {
        var me = new RosterTestData(dsl, contexts).volunteer("mail-link", false);
        dsl.update(se.tryggalov.jooq.Tables.APP_USER).set(se.tryggalov.jooq.Tables.APP_USER.DISPLAY_NAME,
                "Mirja Mejlsson").where(se.tryggalov.jooq.Tables.APP_USER.ID.eq(me.id())).execute();
        String secret = Secrets.newSecret(); // as a mail's link stores it: the hash, 60 days
        dsl.insertInto(se.tryggalov.jooq.Tables.NOTIFICATION_LINK)
                .set(se.tryggalov.jooq.Tables.NOTIFICATION_LINK.TOKEN_HASH, Secrets.hash(secret))
                .set(se.tryggalov.jooq.Tables.NOTIFICATION_LINK.USER_ID, me.id())
                .set(se.tryggalov.jooq.Tables.NOTIFICATION_LINK.KIND, "REMINDER")
                .set(se.tryggalov.jooq.Tables.NOTIFICATION_LINK.EXPIRES_AT,
                        java.time.OffsetDateTime.now().plus(se.tryggalov.notify.NotificationLinks.VALID)).execute();

        navigateTo(se.tryggalov.notify.NotificationLinks.ROUTE + "/" + secret); // nobody signed in
        assertThat(visibleTexts()).anyMatch(t -> t.contains("Mirja")).noneMatch(t -> t.contains("Mejlsson"))
                .noneMatch(t -> t.contains(me.username()));
        _click(_get(Button.class, s -> s.withId("switch-off")));

        assertThat(dsl.fetchValue(NOTIFICATION_PREFERENCE.EMAIL, NOTIFICATION_PREFERENCE.USER_ID.eq(me.id())
                .and(NOTIFICATION_PREFERENCE.KIND.eq("REMINDER")))).isFalse();
        assertThat(_get(Checkbox.class, s -> s.withId("email-MESSAGE")).getValue()).isTrue();
        assertNoRawTranslationKeys();

        navigateTo(se.tryggalov.notify.NotificationLinks.ROUTE + "/" + secret.substring(1) + "x");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("link-invalid")).getText())
                .isEqualTo(t("notify.link.invalid"));
        assertThat(_find(Checkbox.class)).isEmpty();
        useLocale(Locale.ENGLISH);
        assertNoRawTranslationKeys();
    }

    @Test
    void aViewerMakesTheirVenuesCalendarAddressOnMyCalendar() {
        var data = new RosterTestData(dsl, contexts);
        long district = data.district("feedview");
        long organisation = data.organisation("feedview-org");
        dsl.insertInto(se.tryggalov.jooq.Tables.ORGANISATION_DISTRICT)
                .set(se.tryggalov.jooq.Tables.ORGANISATION_DISTRICT.ORGANISATION_ID, organisation)
                .set(se.tryggalov.jooq.Tables.ORGANISATION_DISTRICT.DISTRICT_ID, district).execute();
        long venue = dsl.insertInto(se.tryggalov.jooq.Tables.VENUE).set(se.tryggalov.jooq.Tables.VENUE.DISTRICT_ID,
                        district).set(se.tryggalov.jooq.Tables.VENUE.NAME, "Vygården").set(se.tryggalov.jooq.Tables.VENUE.KIND,
                        "YOUTH_CENTRE").returning(se.tryggalov.jooq.Tables.VENUE.ID)
                .fetchSingle(se.tryggalov.jooq.Tables.VENUE.ID);
        var viewer = data.account("feedviewer", organisation, Role.VIEWER);
        signInAs(viewer.username(), Role.VIEWER);

        navigateTo("my-calendar");
        assertThat(_find(Button.class, s -> s.withId("feed-renew"))).as("no personal feed")
                .isEmpty();
        _click(_get(Button.class, s -> s.withId("make-venue-" + venue)));

        String address = _get(TextField.class, s -> s.withId("scope-feed-address")).getValue();
        assertThat(address).matches(".*/feeds/venue/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(_get(Image.class, s -> s.withId("scope-feed-qr")).getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat(dsl.fetchCount(se.tryggalov.jooq.Tables.SCOPE_FEED_TOKEN,
                se.tryggalov.jooq.Tables.SCOPE_FEED_TOKEN.USER_ID.eq(viewer.id()))).isOne();
        assertNoRawTranslationKeys();
        useLocale(Locale.ENGLISH);
        assertNoRawTranslationKeys();
    }

    @Test
    void theOutboxListsMailsForTheAdministrator() {
        long id = outbox.enqueue(null, "outbox-view@example.org", "Testbrev <b>", "text");
        signInAs("admin", Role.ADMIN);
        navigateTo("outbox");
        assertThat(_get(ListItem.class, s -> s.withId("outbox-mail-" + id)).getElement().getTextRecursively())
                .contains("outbox-view@example.org", "Testbrev <b>");
        assertNoRawTranslationKeys();
    }

    @Test
    void aCoordinatorWritesToAnOrganisationAndBadInputIsRefusedWithAMessage() {
        var data = new RosterTestData(dsl, contexts);
        long organisation = data.organisation("msg-org");
        data.volunteer("reader", false, organisation);
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo("messages");

        _click(_get(Button.class, s -> s.withId("message-send")));
        assertThat(notificationTexts()).anyMatch(t -> t.contains(t("notify.message.error.noScope")));

        @SuppressWarnings("unchecked")
        RadioButtonGroup<MessageScope> scope = _get(RadioButtonGroup.class, s -> s.withId("message-scope"));
        setValueAsUser(scope, MessageScope.ORGANISATION);
        @SuppressWarnings("unchecked")
        ComboBox<MessageService.Choice> target = _get(ComboBox.class, s -> s.withId("message-target"));
        MessageService.Choice mine = target.getListDataView().getItems().filter(c -> c.id() == organisation)
                .findFirst().orElseThrow();
        setValueAsUser(target, mine);
        setValueAsUser(_get(TextField.class, s -> s.withId("message-subject")), "Träff på fredag");
        setValueAsUser(_get(TextArea.class, s -> s.withId("message-body")), "Välkomna!");
        _click(_get(Button.class, s -> s.withId("message-send")));

        assertThat(_find(ListItem.class).stream().map(li -> li.getElement().getTextRecursively())
                .filter(text -> text.startsWith("Träff på fredag"))).singleElement().asString().contains("1 mottagare");
        assertNoRawTranslationKeys();
    }
}
