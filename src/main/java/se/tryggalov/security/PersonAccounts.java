package se.tryggalov.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The accounts of people that other features look after: the volunteer feature creates, enables, renames and
 * removes its people's accounts and their invitation tokens here, and the privacy feature exports and erases them.
 * The callers are services that have already checked the caller's rights (an anonymous sign-up is one of them), so
 * these methods check none; views never call this class (ArchitectureTest).
 */
@Service
public class PersonAccounts {

    /** Never matches a password (it is no hash at all): the person sets theirs through an invitation. */
    public static final String NO_PASSWORD = "{bcrypt}!no-password-yet";

    /** Who a person is, as erasure must find them in free text. */
    public record Identity(long userId, String username, String name, String email) {
    }

    /** The account's part of a personal-data export (JSON field names: keep them). */
    public record AccountData(long id, String username, String name, String email, String language,
                              List<String> roles, Named organisation, boolean enabled, OffsetDateTime createdAt,
                              OffsetDateTime lastLoginAt) {
    }

    public record Named(long id, String name) {
    }

    /** Invitations and password resets in an export: dates only, never the hash. */
    public record Token(String purpose, OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime usedAt) {
    }

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;

    PersonAccounts(AccountRepository accounts, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
    }

    /** A volunteer's account; {@code password} null for one nobody knows yet. Throws DuplicateKeyException. */
    @Transactional
    public long createVolunteer(PersonAccount account, String password) {
        return accounts.insertPerson(account, Role.VOLUNTEER, password == null ? NO_PASSWORD
                : passwordEncoder.encode(password));
    }

    /** Volunteers' accounts in bulk, without passwords; the ids in the given order. */
    @Transactional
    public List<Long> createVolunteers(List<PersonAccount> people) {
        return people.isEmpty() ? List.of() : accounts.insertPeople(people, Role.VOLUNTEER, NO_PASSWORD);
    }

    /**
     * The addresses among these (lower case) that some account already has. E-mail addresses are unique whatever
     * their case (the database's unique index on lower(email) has the last word); a caller that answers someone
     * outside the account's organisation must not say which account it is, or that it exists.
     */
    @Transactional(readOnly = true)
    public java.util.Set<String> emailsInUse(java.util.Collection<String> emails) {
        return accounts.emailsInUse(emails);
    }

    /** False when someone else changed the account since {@code expectedVersion}. */
    @Transactional
    public boolean rename(long userId, String name, String email, int expectedVersion) {
        return accounts.rename(userId, name, email, expectedVersion);
    }

    @Transactional
    public void rename(long userId, String name, Locale locale) {
        accounts.renameAndRelocale(userId, name, locale);
    }

    /** Lets the person sign in, with this password if it is not null (checked by the caller's policy). */
    @Transactional
    public void enable(long userId, String password) {
        accounts.enable(userId, password == null ? null : passwordEncoder.encode(password));
    }

    /**
     * Removes the account and, by the database's cascades, everything hanging on it; its open sessions end at
     * their next request (RevokedSessionFilter), and the failed sign-ins counted for its name go too.
     */
    @Transactional
    public boolean delete(long userId) {
        accounts.identity(userId).ifPresent(account -> throttle.forgetName(account.username()));
        return accounts.delete(userId);
    }

    @Transactional(readOnly = true)
    public Optional<Identity> identity(long userId) {
        return accounts.identity(userId);
    }

    /** The language the person chose for the app, for mail to them; empty when there is no such account. */
    @Transactional(readOnly = true)
    public Optional<Locale> language(long userId) {
        return accounts.accountData(userId).map(a -> se.tryggalov.shared.i18n.Translations.fromTag(a.language()));
    }

    // --- tokens ---------------------------------------------------------------------------------------------------

    /** Stores a token (its hash) of this purpose, replacing the account's earlier ones of the same purpose. */
    @Transactional
    public void replaceToken(long userId, String purpose, String tokenHash, Long createdBy, OffsetDateTime now,
                             OffsetDateTime expiresAt) {
        accounts.replaceToken(userId, purpose, tokenHash, createdBy, now, expiresAt);
    }

    /** Uses an unused, unexpired token once; the account's id, or empty when it cannot be used (any more). */
    @Transactional
    public Optional<Long> useToken(String purpose, String tokenHash, OffsetDateTime now) {
        return accounts.useToken(purpose, tokenHash, now);
    }

    // --- personal data (for the privacy feature) -------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Optional<AccountData> export(long userId) {
        return accounts.accountData(userId);
    }

    @Transactional(readOnly = true)
    public List<Token> exportTokens(long userId) {
        return accounts.tokens(userId);
    }

    /**
     * Name, username and e-mail go; the account stays, disabled and locked, so counts and history hold. Its open
     * sessions end at their next request (a new session epoch, see RevokedSessionFilter).
     */
    @Transactional
    public void anonymise(long userId, String username, String displayName, OffsetDateTime lockedUntil) {
        accounts.identity(userId).ifPresent(account -> throttle.forgetName(account.username()));
        accounts.anonymise(userId, username, displayName, NO_PASSWORD, lockedUntil);
    }

    @Transactional
    public int deleteTokens(long userId) {
        return accounts.deleteTokens(userId);
    }

    @Transactional
    public int deleteTokensExpiredBefore(OffsetDateTime cutoff) {
        return accounts.deleteTokensExpiredBefore(cutoff);
    }
}
