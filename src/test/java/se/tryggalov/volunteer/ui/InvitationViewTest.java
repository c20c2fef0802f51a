package se.tryggalov.volunteer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.security.Role;
import se.tryggalov.security.ui.LoginView;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.volunteer.InvitationLink;
import se.tryggalov.volunteer.InvitationService;
import se.tryggalov.volunteer.NewInvitation;
import se.tryggalov.volunteer.VolunteerFixtures;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class InvitationViewTest extends KaribuViewTest {

    @Autowired
    VolunteerFixtures fixtures;
    @Autowired
    InvitationService invitations;

    private String secret;
    private String email;

    private void invited() {
        long org = fixtures.organisation("page-org");
        String contact = fixtures.account("page-contact", Role.PARTNER_CONTACT, org);
        email = VolunteerFixtures.unique("page-invitee").toLowerCase() + "@example.org";
        InvitationLink link = fixtures.as(contact, () -> invitations.invite(new NewInvitation("Vera Välkommen", email,
                null, null, false, null, Translations.SWEDISH)), Role.PARTNER_CONTACT);
        secret = link.url().substring(link.url().lastIndexOf('/') + 1);
    }

    private void fill(String password, String repeat) {
        _get(Checkbox.class, s -> s.withId("invitation-adult")).setValue(true);
        setValueAsUser(_get(PasswordField.class, s -> s.withId("invitation-password")), password);
        setValueAsUser(_get(PasswordField.class, s -> s.withId("invitation-repeat")), repeat);
        _get(Checkbox.class, s -> s.withId("invitation-notice")).setValue(true);
    }

    @Test
    void thePersonSetsAPasswordAndIsSentToSignIn() {
        invited();
        navigateTo("invitation/" + secret);

        assertThat(_get(H1.class).getText()).isEqualTo("Välkommen, Vera Välkommen!");
        assertThat(_get(InvitationView.class).getElement().getTextRecursively()).contains(email, "personnummer");
        fill("ett eget långt lösenord", "ett eget långt lösenord");
        _click(_get(Button.class, s -> s.withId("accept-invitation")));

        _get(LoginView.class);
        assertThat(notificationTexts()).containsExactly(
                "Ditt konto är klart. Logga in med användarnamnet " + email + " och ditt nya lösenord.");
        assertThat(invitations.open(secret)).isEmpty();
    }

    @Test
    void differentPasswordsAreCaughtBeforeAnythingIsSaved() {
        invited();
        navigateTo("invitation/" + secret);

        fill("ett eget långt lösenord", "ett annat långt lösenord");
        _click(_get(Button.class, s -> s.withId("accept-invitation")));

        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("invitation-error")).getText())
                .isEqualTo("Lösenorden är inte lika.");
        _assertNone(LoginView.class);
        assertThat(invitations.open(secret)).isPresent();
    }

    @Test
    void aTooShortPasswordIsRefusedWithTheRule() {
        invited();
        navigateTo("invitation/" + secret);

        fill("kort", "kort");
        _click(_get(Button.class, s -> s.withId("accept-invitation")));

        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("invitation-error")).getText())
                .isEqualTo("Lösenordet måste ha minst 12 tecken.");
        assertThat(invitations.open(secret)).isPresent();
    }

    @Test
    void anUnknownLinkGetsOneClearMessage() {
        navigateTo("invitation/" + "x".repeat(43));

        assertThat(_get(Paragraph.class, s -> s.withId("invitation-invalid")).getText())
                .startsWith("Länken fungerar inte längre.");
        _assertNone(PasswordField.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void showsNoRawTranslationKey(String language) {
        invited();
        navigateTo("invitation/" + secret);
        useLocale(Locale.forLanguageTag(language));

        assertNoRawTranslationKeys();
    }
}
