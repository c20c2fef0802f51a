package se.tryggalov.security;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.validation.EmailAddresses;
import se.tryggalov.shared.validation.PersonNames;
import se.tryggalov.shared.validation.Usernames;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * Which account a person from the OpenID Connect provider is.
 * <p>
 * The link is the provider's issuer and subject, which the provider never reassigns. An existing local account is
 * never taken over by matching e-mail addresses: some providers let people set their own address (or send it
 * unverified), and a match would hand that account, perhaps an administrator's, to whoever controls the address.
 * So the first sign-in creates a new account without a usable password; from then on the provider's role claim
 * decides the roles at every sign-in (someone removed from the group loses the role the next time), and an
 * administrator can still disable the account here.
 */
@Service
class SingleSignOnAccounts {

    /** Why a sign-in was refused; the login page shows it. */
    enum Refusal { NO_ROLE, DISABLED }

    record Outcome(String username, Set<Role> roles, Refusal refusal) {
    }

    private final AccountRepository accounts;
    private final ExternalIdentityRepository identities;
    private final AuditLog audit;
    private final Clock clock;

    SingleSignOnAccounts(AccountRepository accounts, ExternalIdentityRepository identities, AuditLog audit,
                         Clock clock) {
        this.accounts = accounts;
        this.identities = identities;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Outcome signIn(String issuer, String subject, Set<Role> roles, String name, String email, String registration,
                   String clientAddress) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Account> linked = identities.userId(issuer, subject).flatMap(accounts::findById);
        String details = "provider=" + registration;
        if (roles.isEmpty()) {
            audit.recordFor(linked.map(Account::username).orElse(null), clientAddress,
                    AuditAction.SINGLE_SIGN_ON_REFUSED, "user", linked.map(Account::id).orElse(null),
                    details + " reason=no-role");
            return new Outcome(null, roles, Refusal.NO_ROLE);
        }
        if (linked.isPresent() && !linked.get().enabled()) {
            audit.recordFor(linked.get().username(), clientAddress, AuditAction.SINGLE_SIGN_ON_REFUSED, "user",
                    linked.get().id(), details + " reason=disabled");
            return new Outcome(null, roles, Refusal.DISABLED);
        }
        long id;
        String username;
        if (linked.isPresent()) {
            id = linked.get().id();
            username = linked.get().username();
            accounts.replaceRoles(id, roles);
        } else {
            username = freeUsername(name, email, issuer, subject);
            String displayName = PersonNames.check(name).isEmpty() && name != null ? PersonNames.normalise(name) : username;
            String address = email != null && EmailAddresses.check(email).isEmpty() && !accounts.emailInUse(email)
                    ? email.strip() : null;
            id = accounts.insert(new NewAccount(username, displayName, address, roles, Translations.SWEDISH, null,
                    null, false), PersonAccounts.NO_PASSWORD);
            identities.link(issuer, subject, id, now);
            audit.recordFor(username, clientAddress, AuditAction.USER_CREATED, "user", id, details);
        }
        accounts.recordSuccessfulLogin(id, now);
        audit.recordFor(username, clientAddress, AuditAction.SINGLE_SIGN_ON_SUCCEEDED, "user", id, details);
        return new Outcome(username, roles, null);
    }

    /** The e-mail address as username if it is free, else with a short mark of the subject that keeps it unique. */
    private String freeUsername(String name, String email, String issuer, String subject) {
        String base = email != null && EmailAddresses.check(email).isEmpty() ? Usernames.forEmail(email) : "sso";
        if (Usernames.check(base).isEmpty() && !accounts.usernameExists(base)) {
            return base;
        }
        String mark = hash(issuer + " " + subject).substring(0, 8);
        String candidate = (base.length() > 90 ? base.substring(0, 90) : base) + "-" + mark;
        return accounts.usernameExists(candidate) ? "sso-" + hash(issuer + " " + subject).substring(0, 24) : candidate;
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
