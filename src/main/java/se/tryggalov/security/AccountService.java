package se.tryggalov.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.validation.EmailAddresses;
import se.tryggalov.shared.validation.PersonNames;
import se.tryggalov.shared.validation.Problem;
import se.tryggalov.shared.validation.Usernames;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Accounts: the signed-in user's own settings, and user administration for administrators. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final LoginThrottle throttle;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
                   AuditLog audit, LoginThrottle throttle) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.throttle = throttle;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Account me() {
        return currentUser.account().orElseThrow(() -> new UserMessageException("error.notSignedIn"));
    }

    /** The language a user chose; read at every new browser tab. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Locale> myLocale() {
        return currentUser.account().map(Account::locale);
    }

    @PermitAll
    @Transactional
    public void changeMyLocale(Locale locale) {
        String username = currentUser.username().orElseThrow(() -> new UserMessageException("error.notSignedIn"));
        accounts.setLocale(username, locale);
    }

    @PermitAll
    @Transactional
    public void changeMyPassword(String currentPassword, String newPassword) {
        Account me = me();
        String hash = accounts.passwordHash(me.id()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, hash)) {
            throw new UserMessageException("password.error.currentWrong");
        }
        PasswordPolicy.check(newPassword, me.username());
        accounts.setPasswordHash(me.id(), passwordEncoder.encode(newPassword));
        audit.record(AuditAction.PASSWORD_CHANGED, "user", me.id(), null);
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public List<Account> listAccounts() {
        audit.record(AuditAction.USER_LIST_VIEWED, "user", null, null);
        return accounts.findAll();
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public long createAccount(NewAccount account) {
        return create(account);
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public void setEnabled(long accountId, boolean enabled) {
        if (!enabled && currentUser.account().map(Account::id).filter(id -> id == accountId).isPresent()) {
            throw new UserMessageException("users.error.cannotDisableSelf");
        }
        if (!accounts.setEnabled(accountId, enabled)) {
            throw new UserMessageException("error.notFound");
        }
        audit.record(enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, "user", accountId, null);
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public void unlock(long accountId) {
        accounts.findById(accountId).ifPresent(account -> throttle.forgetName(account.username()));
        accounts.unlock(accountId);
        audit.record(AuditAction.USER_UNLOCKED, "user", accountId, null);
    }

    /**
     * For start-up code that runs without a signed-in user (demo data, first administrator). Not reachable from
     * the UI: no view calls it, and it is not public outside start-up wiring.
     */
    @Transactional
    public long createAccountAtStartup(NewAccount account) {
        return create(account);
    }

    @Transactional
    public int deleteDemoAccounts() {
        return accounts.deleteDemoAccounts();
    }

    private long create(NewAccount account) {
        Problem.refuse(Usernames.check(account.username()));
        String username = Usernames.normalise(account.username());
        Problem.refuse(PersonNames.check(account.displayName()));
        if (account.roles().isEmpty()) {
            throw new UserMessageException("users.error.roleRequired");
        }
        Problem.refuse(EmailAddresses.check(account.email()));
        if (!account.demo()) {
            PasswordPolicy.check(account.password(), username);
        }
        if (accounts.usernameExists(username)) {
            throw new UserMessageException("users.error.usernameTaken", username);
        }
        if (account.email() != null && !account.email().isBlank()
                && !accounts.emailsInUse(java.util.List.of(account.email())).isEmpty()) {
            throw new UserMessageException("users.error.emailTaken");
        }
        NewAccount normalised = new NewAccount(username, PersonNames.normalise(account.displayName()),
                account.email() == null || account.email().isBlank() ? null : account.email().trim(),
                account.roles(), account.locale(), account.organisationId(), account.password(), account.demo());
        long id;
        try {
            id = accounts.insert(normalised, passwordEncoder.encode(account.password()));
        } catch (DuplicateKeyException e) { // someone else took the name or the address a moment ago
            throw accounts.usernameExists(username) ? new UserMessageException("users.error.usernameTaken", username)
                    : new UserMessageException("users.error.emailTaken");
        }
        audit.record(AuditAction.USER_CREATED, "user", id, String.join(",", account.roles().stream().map(Role::name).toList()));
        return id;
    }
}
