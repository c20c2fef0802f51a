package se.tryggalov.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.UserMessageException;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The second factor of local accounts: TOTP codes from an authenticator app, and one-time recovery codes.
 * Required for the roles in {@code trygga.second-factor.required-roles} (administrators and coordinators),
 * optional for everyone else. Demo accounts (which exist only in demo mode, with a password printed on the
 * console) are never required to have one, so a newcomer can look around with the printed credentials.
 * <p>
 * Five wrong codes in a row lock the second factor for 15 minutes; a code is accepted only once.
 */
@Service
public class SecondFactorService {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecondFactorRepository factors;
    private final AccountRepository accounts;
    private final ExternalIdentityRepository externalIdentities;
    private final SecondFactorKey key;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final Set<Role> requiredRoles;
    private final String issuer;

    SecondFactorService(SecondFactorRepository factors, AccountRepository accounts,
                        ExternalIdentityRepository externalIdentities, SecondFactorKey key, CurrentUser currentUser,
                        AuditLog audit, Clock clock,
                        @Value("${trygga.second-factor.required-roles:ADMIN,COORDINATOR}") Set<Role> requiredRoles,
                        @Value("${trygga.second-factor.issuer:Trygga lov}") String issuer) {
        this.factors = factors;
        this.accounts = accounts;
        this.externalIdentities = externalIdentities;
        this.key = key;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.requiredRoles = requiredRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(requiredRoles);
        this.issuer = issuer;
    }

    // --- during sign-in (nobody is signed in yet; the pending sign-in proves the password) -----------------------

    /** Whether a sign-in with this password must stop for a second factor. */
    @Transactional(readOnly = true)
    boolean neededAtSignIn(long userId, Set<Role> roles, boolean demo) {
        return enrolled(userId) || required(roles, demo);
    }

    /** Whether this pending sign-in still has to enrol (its role requires a second factor it does not have). */
    @Transactional(readOnly = true)
    public boolean mustEnrol(PendingSignIn pending) {
        return !enrolled(pending.userId());
    }

    @Transactional
    public SecondFactorEnrolment startEnrolment(PendingSignIn pending) {
        usable(pending);
        return start(pending.userId(), pending.username());
    }

    /** Confirms the enrolment with a first code; returns the recovery codes, to be shown this once. */
    @Transactional(noRollbackFor = UserMessageException.class)
    public List<String> confirmEnrolment(PendingSignIn pending, String code) {
        usable(pending);
        List<String> recovery = confirm(pending.userId(), pending.username(), code, pending.clientAddress());
        pending.markVerified();
        return recovery;
    }

    /** Checks a code (or a recovery code) for a pending sign-in; afterwards the sign-in can be completed. */
    @Transactional(noRollbackFor = UserMessageException.class)
    public void verify(PendingSignIn pending, String code) {
        usable(pending);
        check(pending.userId(), pending.username(), code, pending.clientAddress(), true);
        pending.markVerified();
    }

    private void usable(PendingSignIn pending) {
        if (pending == null || pending.expiredAt(clock.instant())) {
            throw new UserMessageException("secondFactor.error.expired");
        }
    }

    // --- the signed-in user's own settings -----------------------------------------------------------------------

    @PermitAll
    @Transactional(readOnly = true)
    public SecondFactorStatus myStatus() {
        Account me = me();
        boolean local = !externalIdentities.isLinked(me.id());
        return new SecondFactorStatus(local, enrolled(me.id()), required(me.roles(), me.demo()),
                factors.unusedRecoveryCodes(me.id()));
    }

    @PermitAll
    @Transactional
    public SecondFactorEnrolment startMyEnrolment() {
        Account me = localMe();
        return start(me.id(), me.username());
    }

    @PermitAll
    @Transactional(noRollbackFor = UserMessageException.class)
    public List<String> confirmMyEnrolment(String code) {
        Account me = localMe();
        return confirm(me.id(), me.username(), code, null);
    }

    /** Turns the second factor off, with a current code; refused where the role requires one. */
    @PermitAll
    @Transactional(noRollbackFor = UserMessageException.class)
    public void disableMine(String code) {
        Account me = localMe();
        if (required(me.roles(), me.demo())) {
            throw new UserMessageException("secondFactor.error.required");
        }
        check(me.id(), me.username(), code, null, false);
        factors.delete(me.id());
        audit.record(AuditAction.SECOND_FACTOR_DISABLED, "user", me.id(), null);
    }

    /** New recovery codes, with a current code; the old ones stop working. */
    @PermitAll
    @Transactional(noRollbackFor = UserMessageException.class)
    public List<String> regenerateMyRecoveryCodes(String code) {
        Account me = localMe();
        check(me.id(), me.username(), code, null, false);
        List<String> codes = newRecoveryCodes(me.id());
        audit.record(AuditAction.RECOVERY_CODES_REGENERATED, "user", me.id(), null);
        return codes;
    }

    // --- for administrators -------------------------------------------------------------------------------------

    /** The accounts that have a second factor, for the user list. */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional(readOnly = true)
    public Set<Long> accountsWithSecondFactor() {
        return factors.confirmedUserIds();
    }

    /**
     * Removes an account's second factor and recovery codes (a lost phone and lost codes): if the role requires
     * one, the next sign-in asks to enrol again. The administrator makes sure first that it is really the person.
     */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public void resetFor(long accountId) {
        factors.delete(accountId);
        audit.record(AuditAction.SECOND_FACTOR_RESET, "user", accountId, null);
    }

    private Account me() {
        return currentUser.account().orElseThrow(() -> new UserMessageException("error.notSignedIn"));
    }

    private Account localMe() {
        Account me = me();
        if (externalIdentities.isLinked(me.id())) {
            throw new UserMessageException("secondFactor.error.singleSignOn");
        }
        return me;
    }

    // --- the rules ---------------------------------------------------------------------------------------------

    boolean required(Set<Role> roles, boolean demo) {
        return !demo && roles.stream().anyMatch(requiredRoles::contains);
    }

    private boolean enrolled(long userId) {
        return factors.find(userId).filter(SecondFactorRepository.Stored::confirmed).isPresent();
    }

    private SecondFactorEnrolment start(long userId, String username) {
        if (enrolled(userId)) {
            throw new UserMessageException("secondFactor.error.alreadyEnrolled");
        }
        byte[] secret = Totp.newSecret();
        factors.startEnrolment(userId, key.encrypt(secret));
        return new SecondFactorEnrolment(Totp.base32(secret), Totp.uri(issuer, username, secret));
    }

    private List<String> confirm(long userId, String username, String code, String clientAddress) {
        SecondFactorRepository.Stored stored = factors.findForUpdate(userId)
                .orElseThrow(() -> new UserMessageException("secondFactor.error.notStarted"));
        if (stored.confirmed()) {
            throw new UserMessageException("secondFactor.error.alreadyEnrolled");
        }
        refuseWhileLocked(stored);
        Instant now = clock.instant();
        OptionalLong step = Totp.matchingStep(key.decrypt(stored.secretEncrypted()), normalise(code), now,
                stored.lastUsedStep());
        if (step.isEmpty()) {
            fail(userId, username, clientAddress);
        }
        factors.confirm(userId, OffsetDateTime.now(clock), step.getAsLong());
        List<String> codes = newRecoveryCodes(userId);
        audit.recordFor(username, clientAddress, AuditAction.SECOND_FACTOR_ENROLLED, "user", userId, null);
        return codes;
    }

    /** A right TOTP code, or (at sign-in) an unused recovery code; otherwise counts a failure and refuses. */
    private void check(long userId, String username, String code, String clientAddress, boolean signIn) {
        SecondFactorRepository.Stored stored = factors.findForUpdate(userId).filter(SecondFactorRepository.Stored::confirmed)
                .orElseThrow(() -> new UserMessageException("secondFactor.error.notEnrolled"));
        refuseWhileLocked(stored);
        String given = normalise(code);
        OptionalLong step = Totp.matchingStep(key.decrypt(stored.secretEncrypted()), given, clock.instant(),
                stored.lastUsedStep());
        if (step.isPresent()) {
            factors.accepted(userId, step.getAsLong());
            if (signIn) {
                audit.recordFor(username, clientAddress, AuditAction.SECOND_FACTOR_SUCCEEDED, "user", userId, null);
            }
            return;
        }
        if (signIn && !Totp.looksLikeCode(given)
                && factors.useRecoveryCode(userId, recoveryHash(userId, given), OffsetDateTime.now(clock))) {
            factors.accepted(userId, stored.lastUsedStep());
            audit.recordFor(username, clientAddress, AuditAction.RECOVERY_CODE_USED, "user", userId,
                    "left=" + factors.unusedRecoveryCodes(userId));
            return;
        }
        fail(userId, username, clientAddress);
    }

    private void refuseWhileLocked(SecondFactorRepository.Stored stored) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (stored.lockedUntil() != null && stored.lockedUntil().isAfter(now)) {
            long minutes = Math.max(1, (Duration.between(now, stored.lockedUntil()).toSeconds() + 59) / 60);
            throw new UserMessageException("secondFactor.error.locked", minutes);
        }
    }

    private void fail(long userId, String username, String clientAddress) {
        audit.recordFor(username, clientAddress, AuditAction.SECOND_FACTOR_FAILED, "user", userId, null);
        if (factors.countFailure(userId) >= MAX_FAILURES) {
            factors.lockUntil(userId, OffsetDateTime.now(clock).plus(LOCK));
            throw new UserMessageException("secondFactor.error.locked", LOCK.toMinutes());
        }
        throw new UserMessageException("secondFactor.error.wrongCode");
    }

    private List<String> newRecoveryCodes(long userId) {
        List<String> codes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            codes.add(code.substring(0, 5) + "-" + code.substring(5));
            hashes.add(recoveryHash(userId, code.toString()));
        }
        factors.replaceRecoveryCodes(userId, hashes);
        return codes;
    }

    private String recoveryHash(long userId, String normalisedCode) {
        return key.hash("recovery:" + userId + ":" + normalisedCode);
    }

    /** Spaces and dashes as people type them away; recovery codes in lower case. */
    private static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
