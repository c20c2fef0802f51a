package se.tryggalov.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.Translations;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.RadioButtonsKt.getItemLabels;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AccountViewTest extends KaribuViewTest {

    private static final String PASSWORD = "the original passphrase";
    private static final String NEW_PASSWORD = "a completely new passphrase";

    @Autowired
    AuthenticationManager authenticationManager;

    private boolean passwordWorks(String username, String password) {
        try {
            return authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, password)).isAuthenticated();
        } catch (AuthenticationException e) {
            return false;
        }
    }

    private static PasswordField passwordField(String label) {
        return _get(PasswordField.class, s -> s.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Locale> languages() {
        return _get(RadioButtonGroup.class, s -> s.withId("language"));
    }

    @Test
    void summarisesWhoIsSignedInWithTheirRoles() {
        signInAs("partner", Role.PARTNER_CONTACT);
        navigateTo(AccountView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Mitt konto");
        assertThat(_get(Paragraph.class, s -> s.withId("account-summary")).getText())
                .isEqualTo("Du är inloggad som Ali Hassan (partner). Roller: Kontaktperson hos partner.");
        assertThat(getItemLabels(languages())).containsExactly("Svenska", "Engelska");
        assertThat(languages().getValue()).isEqualTo(Translations.SWEDISH);
    }

    @Test
    void choosingEnglishStoresItInTheAccountAndShowsThePageInEnglish() {
        String username = createUser("account-lang", PASSWORD, Role.VOLUNTEER);
        signInAs(username, Role.VOLUNTEER);
        navigateTo(AccountView.class);
        try {
            setValueAsUser(languages(), Translations.ENGLISH);

            assertThat(accountService.myLocale()).contains(Translations.ENGLISH);
            assertThat(uiLocale()).isEqualTo(Translations.ENGLISH);
            assertThat(_get(H1.class).getText()).isEqualTo("My account");
            assertThat(languages().getValue()).isEqualTo(Translations.ENGLISH);
        } finally {
            accountService.changeMyLocale(Translations.SWEDISH);
        }
        assertThat(accountService.myLocale()).contains(Translations.SWEDISH);
    }

    @Test
    void aMismatchingRepeatShowsTheMismatchErrorAndKeepsThePassword() {
        String username = createUser("account-mismatch", PASSWORD, Role.VOLUNTEER);
        signInAs(username, Role.VOLUNTEER);
        navigateTo(AccountView.class);

        setValueAsUser(passwordField("Nuvarande lösenord"), PASSWORD);
        setValueAsUser(passwordField("Nytt lösenord"), NEW_PASSWORD);
        setValueAsUser(passwordField("Upprepa det nya lösenordet"), NEW_PASSWORD + " but different");
        _click(_get(Button.class, s -> s.withId("change-password")));

        PasswordField repeat = passwordField("Upprepa det nya lösenordet");
        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repeat.getErrorMessage()).isEqualTo("Lösenorden är inte lika.");
        assertThat(notificationTexts()).isEmpty();
        assertThat(passwordWorks(username, PASSWORD)).isTrue();
        assertThat(passwordWorks(username, NEW_PASSWORD)).isFalse();
    }

    @Test
    void aWrongCurrentPasswordShowsTheTranslatedErrorAndKeepsThePassword() {
        String username = createUser("account-wrong", PASSWORD, Role.VOLUNTEER);
        signInAs(username, Role.VOLUNTEER);
        navigateTo(AccountView.class);

        setValueAsUser(passwordField("Nuvarande lösenord"), "not my passphrase at all");
        setValueAsUser(passwordField("Nytt lösenord"), NEW_PASSWORD);
        setValueAsUser(passwordField("Upprepa det nya lösenordet"), NEW_PASSWORD);
        _click(_get(Button.class, s -> s.withId("change-password")));

        assertThat(notificationTexts()).containsExactly("Det nuvarande lösenordet stämmer inte.");
        assertThat(passwordWorks(username, PASSWORD)).isTrue();
    }

    @Test
    void aWrongCurrentPasswordShowsTheErrorInEnglishWithTheEnglishLocale() {
        String username = createUser("account-wrong-en", PASSWORD, Role.VOLUNTEER);
        signInAs(username, Role.VOLUNTEER);
        navigateTo(AccountView.class);
        useLocale(Locale.ENGLISH);

        setValueAsUser(passwordField("Current password"), "not my passphrase at all");
        setValueAsUser(passwordField("New password"), NEW_PASSWORD);
        setValueAsUser(passwordField("Repeat the new password"), NEW_PASSWORD);
        _click(_get(Button.class, s -> s.withId("change-password")));

        assertThat(notificationTexts()).containsExactly("The current password is not correct.");
    }

    @Test
    void aMatchingNewPasswordReplacesTheOldOne() {
        String username = createUser("account-change", PASSWORD, Role.VOLUNTEER);
        signInAs(username, Role.VOLUNTEER);
        navigateTo(AccountView.class);

        setValueAsUser(passwordField("Nuvarande lösenord"), PASSWORD);
        setValueAsUser(passwordField("Nytt lösenord"), NEW_PASSWORD);
        setValueAsUser(passwordField("Upprepa det nya lösenordet"), NEW_PASSWORD);
        _click(_get(Button.class, s -> s.withId("change-password")));

        assertThat(notificationTexts()).containsExactly("Ditt lösenord är bytt.");
        assertThat(passwordField("Nuvarande lösenord").getValue()).isEmpty();
        assertThat(passwordWorks(username, NEW_PASSWORD)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void showsNoRawTranslationKey(String language) {
        signInAs("viewer", Role.VIEWER);
        navigateTo(AccountView.class);
        useLocale(Locale.forLanguageTag(language));

        assertNoRawTranslationKeys();
    }
}
