package se.tryggalov.volunteer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.volunteer.VolunteerFixtures;

import java.util.Locale;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.ORGANISATION;

@IntegrationTest
class JoinViewTest extends KaribuViewTest {

    @Autowired
    VolunteerFixtures fixtures;
    @Autowired
    DSLContext dsl;

    private String link() {
        long org = fixtures.organisation("join-page-org");
        String link = UUID.randomUUID().toString();
        dsl.update(ORGANISATION).set(ORGANISATION.SIGNUP_TOKEN_HASH, se.tryggalov.shared.secrets.Secrets.hash(link)).where(ORGANISATION.ID.eq(org)).execute();
        return link;
    }

    @Test
    void aPersonSignsUpThroughTheOrganisationsLink() {
        navigateTo("join/" + link());
        String email = VolunteerFixtures.unique("join-page").toLowerCase() + "@example.org";

        assertThat(_get(H1.class).getText()).startsWith("Bli volontär hos join-page-org");
        setValueAsUser(_get(TextField.class, s -> s.withId("join-name")), "Sam Signup");
        setValueAsUser(_get(EmailField.class, s -> s.withId("join-email")), email);
        _get(Checkbox.class, s -> s.withId("join-adult")).setValue(true);
        setValueAsUser(_get(PasswordField.class, s -> s.withId("join-password")), VolunteerFixtures.PASSWORD);
        setValueAsUser(_get(PasswordField.class, s -> s.withId("join-repeat")), VolunteerFixtures.PASSWORD);
        _get(Checkbox.class, s -> s.withId("join-notice")).setValue(true);
        _click(_get(Button.class, s -> s.withId("send-registration")));

        assertThat(_get(Paragraph.class, s -> s.withId("join-thanks")).getText()).contains("join-page-org");
        assertThat(dsl.fetchValue(dsl.select(APP_USER.ENABLED).from(APP_USER).where(APP_USER.USERNAME.eq(email))))
                .isFalse();
    }

    @Test
    void withoutConfirmingTheAgeTheFormSaysWhy() {
        navigateTo("join/" + link());

        setValueAsUser(_get(TextField.class, s -> s.withId("join-name")), "Sam Signup");
        setValueAsUser(_get(EmailField.class, s -> s.withId("join-email")), "sam-young@example.org");
        _click(_get(Button.class, s -> s.withId("send-registration")));

        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("join-error")).getText())
                .startsWith("Du behöver vara 18 år eller äldre");
    }

    @Test
    void anUnknownLinkSaysSo() {
        navigateTo("join/no-such-link");

        assertThat(_get(Paragraph.class, s -> s.withId("join-invalid")).getText())
                .isEqualTo("Länken till anmälan fungerar inte. Be organisationen om en aktuell länk.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void showsNoRawTranslationKey(String language) {
        navigateTo("join/" + link());
        useLocale(Locale.forLanguageTag(language));

        assertNoRawTranslationKeys();
    }
}
