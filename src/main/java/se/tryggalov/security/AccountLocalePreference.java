package se.tryggalov.security;

import org.springframework.stereotype.Component;
import se.tryggalov.shared.i18n.LocalePreference;

import java.util.Locale;
import java.util.Optional;

/** Keeps the language choice in the signed-in user's account. */
@Component
class AccountLocalePreference implements LocalePreference {

    private final AccountService accounts;
    private final CurrentUser currentUser;

    AccountLocalePreference(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Locale> current() {
        return currentUser.username().isPresent() ? accounts.myLocale() : Optional.empty();
    }

    @Override
    public void remember(Locale locale) {
        if (currentUser.username().isPresent()) {
            accounts.changeMyLocale(locale);
        }
    }
}
