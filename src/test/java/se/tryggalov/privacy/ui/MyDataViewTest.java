package se.tryggalov.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.privacy.PrivacyFixtures;
import se.tryggalov.privacy.PrivacyFixtures.Person;
import se.tryggalov.privacy.PrivacyService;
import se.tryggalov.security.Role;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.audit.AuditLog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static se.tryggalov.jooq.Tables.REMOVAL_REQUEST;
import static se.tryggalov.privacy.ui.PrivacyViewTests.confirm;
import static se.tryggalov.privacy.ui.PrivacyViewTests.openConfirmation;

@IntegrationTest
class MyDataViewTest extends KaribuViewTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    SecurityContexts contexts;
    @Autowired
    AuditLog audit;
    @Autowired
    PrivacyService privacy;
    @Autowired
    Clock clock;

    PrivacyFixtures fx;

    @BeforeEach
    void setUpFixtures() {
        fx = new PrivacyFixtures(dsl, accountService, systemAuthentication, contexts, audit);
    }

    private MyDataView openAs(Person person, Role role) {
        signInAs(person.username(), role);
        return navigateTo(MyDataView.class);
    }

    private boolean hasOpenRequest(Person person) {
        return dsl.fetchExists(REMOVAL_REQUEST, REMOVAL_REQUEST.USER_ID.eq(person.id()).and(REMOVAL_REQUEST.HANDLED_AT.isNull()));
    }

    @Test
    void aVolunteerSeesWhatIsKeptAndHowLongAndWhereToCorrectAndDownloadIt() {
        Person p = fx.person("mydata", true, null, Role.VOLUNTEER);
        int months = fx.as("admin", privacy::retention, Role.ADMIN).availabilityMonths();

        MyDataView view = openAs(p, Role.VOLUNTEER);

        assertThat(_find(_get(UnorderedList.class, s -> s.withId("what-we-store")), ListItem.class))
                .extracting(ListItem::getText)
                .anySatisfy(t -> assertThat(t).startsWith("Din volontärprofil").contains("aldrig personnummer"));
        assertThat(_find(_get(UnorderedList.class, s -> s.withId("how-long")), ListItem.class))
                .extracting(ListItem::getText)
                .contains("Dina svar om när du kan gå tas bort efter " + months + " månader.");
        assertThat(_get(Anchor.class, s -> s.withId("profile-link")).getHref()).isEqualTo("profile");
        _assertNone(RouterLink.class, s -> s.withId("account-link"));
        Anchor download = _get(Anchor.class, s -> s.withId("download-my-data"));
        assertThat(download.getText()).isEqualTo("Ladda ner mina uppgifter (JSON)");
        assertThat(download.getElement().hasAttribute("download")).isTrue();
        assertThat(download.getHref()).isNotBlank();
        assertThat(view.fileName()).isEqualTo("mina-uppgifter-" + LocalDate.now(clock) + ".json");
    }

    @Test
    void aVolunteerAsksToBeRemovedAndWithdrawsIt() {
        Person p = fx.person("askremove", true, null, Role.VOLUNTEER);
        openAs(p, Role.VOLUNTEER);

        _click(_get(Button.class, s -> s.withId("request-removal")));
        assertThat(openConfirmation().getElement().getProperty("header")).isEqualTo("Be om att bli borttagen?");
        confirm();

        assertThat(notificationTexts()).containsExactly("Din begäran är skickad.");
        assertThat(hasOpenRequest(p)).isTrue();
        assertThat(_get(Paragraph.class, s -> s.withId("removal-requested")).getText())
                .startsWith("Du bad om att bli borttagen den ");
        _assertNone(Button.class, s -> s.withId("request-removal"));
        clearNotifications();

        _click(_get(Button.class, s -> s.withId("withdraw-removal")));

        assertThat(notificationTexts()).containsExactly("Din begäran är återkallad.");
        assertThat(hasOpenRequest(p)).isFalse();
        _get(Button.class, s -> s.withId("request-removal"));
    }

    @Test
    void aSecondRequestSaysItIsAlreadyMadeAndShowsTheOpenOne() {
        Person p = fx.person("twice", true, null, Role.VOLUNTEER);
        openAs(p, Role.VOLUNTEER);
        fx.as(p.username(), privacy::requestRemoval, Role.VOLUNTEER); // e.g. in another browser tab

        _click(_get(Button.class, s -> s.withId("request-removal")));
        confirm();

        assertThat(notificationTexts())
                .containsExactly("Du har redan bett om att bli borttagen. En administratör hanterar din begäran.");
        assertThat(dsl.fetchCount(REMOVAL_REQUEST, REMOVAL_REQUEST.USER_ID.eq(p.id()))).isEqualTo(1);
        _get(Paragraph.class, s -> s.withId("removal-requested"));
    }

    @Test
    void someoneWithoutAVolunteerProfileIsSentToTheAccountPageToCorrect() {
        Person viewer = fx.person("myviewer", false, null, Role.VIEWER);

        openAs(viewer, Role.VIEWER);

        assertThat(_get(RouterLink.class, s -> s.withId("account-link")).getHref()).isEqualTo("account");
        _assertNone(Anchor.class, s -> s.withId("profile-link"));
        assertThat(_find(_get(UnorderedList.class, s -> s.withId("what-we-store")), ListItem.class))
                .extracting(ListItem::getText).noneMatch(t -> t.startsWith("Din volontärprofil"));
        _get(Button.class, s -> s.withId("request-removal"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void showsNoRawTranslationKey(String language) {
        Person p = fx.person("mykeys", true, null, Role.VOLUNTEER);
        fx.as(p.username(), privacy::requestRemoval, Role.VOLUNTEER);
        openAs(p, Role.VOLUNTEER);
        useLocale(Locale.forLanguageTag(language));

        _get(Paragraph.class, s -> s.withId("removal-requested"));
        assertNoRawTranslationKeys();
    }
}
