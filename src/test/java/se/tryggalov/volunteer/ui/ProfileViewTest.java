package se.tryggalov.volunteer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.security.Role;
import se.tryggalov.volunteer.Volunteer;
import se.tryggalov.volunteer.VolunteerFixtures;
import se.tryggalov.volunteer.VolunteerService;
import se.tryggalov.volunteer.VolunteerStatus;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ProfileViewTest extends KaribuViewTest {

    @Autowired
    VolunteerFixtures fixtures;
    @Autowired
    VolunteerService volunteers;

    private long person;
    private String username;

    private void signInAsANewVolunteer() {
        person = fixtures.volunteer("profile-person", fixtures.organisation("profile-org"));
        username = fixtures.usernameOf(person);
        signInAs(username, Role.VOLUNTEER);
    }

    private Volunteer stored() {
        return volunteers.me();
    }

    @Test
    void theVolunteerSeesWhatIsHeldAboutThem() {
        signInAsANewVolunteer();
        ProfileView view = navigateTo(ProfileView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Min profil");
        String summary = _get(DescriptionList.class, s -> s.withId("profile-summary")).getElement().getTextRecursively();
        assertThat(summary).contains("profile-org", "Grundutbildning", "18 år eller äldre");
        assertThat(view.form.name.getValue()).isEqualTo("Test profile-person");
        assertThat(view.form.phone.getValue()).isEqualTo("070-123 45 67");
    }

    @Test
    void theVolunteerCorrectsTheirPhoneAndPausesThemself() {
        signInAsANewVolunteer();
        ProfileView view = navigateTo(ProfileView.class);

        setValueAsUser(view.form.phone, "076-555 44 33");
        setValueAsUser(view.form.paused, true);
        setValueAsUser(view.form.maxNightsPerMonth, 2);
        _click(_get(Button.class, s -> s.withId("save-profile")));

        assertThat(notificationTexts()).containsExactly("Din profil är sparad.");
        Volunteer after = stored();
        assertThat(after.phone()).isEqualTo("076-555 44 33");
        assertThat(after.status()).isEqualTo(VolunteerStatus.PAUSED);
        assertThat(after.maxNightsPerMonth()).isEqualTo(2);
    }

    @Test
    void aPersonalIdentityNumberIsRefusedAndNothingIsSaved() {
        signInAsANewVolunteer();
        ProfileView view = navigateTo(ProfileView.class);

        setValueAsUser(view.form.phone, "850709-1234");
        setValueAsUser(view.form.maxNightsPerMonth, 2);
        _click(_get(Button.class, s -> s.withId("save-profile")));

        assertThat(view.form.error.isVisible()).isTrue();
        assertThat(view.form.error.getText()).startsWith("Det ser ut som ett personnummer.");
        assertThat(stored().phone()).isEqualTo("070-123 45 67");
        assertThat(stored().maxNightsPerMonth()).isNull();
    }

    @Test
    void aVolunteerAccountWithoutAProfileIsToldSo() {
        String bare = createUser("bare-volunteer", VolunteerFixtures.PASSWORD, Role.VOLUNTEER);
        signInAs(bare, Role.VOLUNTEER);
        navigateTo(ProfileView.class);

        assertThat(_get(Paragraph.class, s -> s.withId("no-profile")).getText())
                .isEqualTo("Du har ingen volontärprofil. Kontakta din kontaktperson.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void showsNoRawTranslationKey(String language) {
        signInAsANewVolunteer();
        navigateTo(ProfileView.class);
        useLocale(Locale.forLanguageTag(language));

        assertNoRawTranslationKeys();
    }
}
