package se.tryggalov.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import se.tryggalov.IntegrationTest;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.i18n.UserMessageException;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class SecondFactorServiceTest {

    @Autowired
    SecondFactorService secondFactors;
    @Autowired
    SecondFactorRepository stored;
    @Autowired
    AccountRepository accounts;
    @Autowired
    SecondFactorKey key;
    @Autowired
    AuditLog audit;
    @Autowired
    Clock clock;
    @Autowired
    SecurityContexts contexts;

    @AfterEach
    void signOut() {
        contexts.strategy().clearContext();
    }

    private Account account(Role role, boolean demo) {
        String username = "tf-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8)
                .replaceAll("[0-9]", "x");
        long id = accounts.insert(new NewAccount(username, "Test Person", null, Set.of(role), Translations.SWEDISH,
                null, null, demo), PersonAccounts.NO_PASSWORD);
        return accounts.findById(id).orElseThrow();
    }

    private PendingSignIn pending(Account account) {
        return new PendingSignIn(account.id(), account.username(), "127.0.0.1", clock.instant());
    }

    private String codeNow(String base32Secret) {
        return Totp.codeNow(base32Secret, clock.instant(), 0);
    }

    /** Enrols with a first code; returns the secret as the app has it, and the recovery codes. */
    private record Enrolled(String secret, List<String> recoveryCodes) {
    }

    private Enrolled enrol(PendingSignIn pending) {
        SecondFactorEnrolment enrolment = secondFactors.startEnrolment(pending);
        List<String> codes = secondFactors.confirmEnrolment(pending, codeNow(enrolment.secret()));
        return new Enrolled(enrolment.secret(), codes);
    }

    /** Codes that are not right at any step near now (a fixed "000000" would be right once in a million). */
    private List<String> wrongCodes(String base32Secret, int count) {
        Set<String> near = new HashSet<>();
        for (int step = -2; step <= 2; step++) {
            near.add(Totp.codeNow(base32Secret, clock.instant(), step));
        }
        return java.util.stream.IntStream.range(0, 10).mapToObj(d -> String.valueOf(d).repeat(6))
                .filter(c -> !near.contains(c)).limit(count).toList();
    }

    private static String messageKey(Throwable e) {
        return ((UserMessageException) e).messageKey();
    }

    @Test
    void aCoordinatorMustEnrolAndTheFirstCodeFromTheAppConfirmsIt() {
        Account coordinator = account(Role.COORDINATOR, false);
        PendingSignIn pending = pending(coordinator);
        assertThat(secondFactors.neededAtSignIn(coordinator.id(), coordinator.roles(), false)).isTrue();
        assertThat(secondFactors.mustEnrol(pending)).isTrue();

        SecondFactorEnrolment enrolment = secondFactors.startEnrolment(pending);
        assertThat(enrolment.otpauthUri()).startsWith("otpauth://totp/").contains("secret=" + enrolment.secret().replace(" ", ""));
        List<String> codes = secondFactors.confirmEnrolment(pending, codeNow(enrolment.secret()));

        assertThat(codes).hasSize(SecondFactorService.RECOVERY_CODES).doesNotHaveDuplicates()
                .allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        assertThat(pending.verified()).isTrue();
        assertThat(secondFactors.mustEnrol(pending(coordinator))).isFalse();
        assertThat(audit.search(AuditAction.SECOND_FACTOR_ENROLLED, coordinator.username(), 5)).hasSize(1);
    }

    @Test
    void theSecretIsStoredEncryptedAndTheRecoveryCodesOnlyAsKeyedHashes() {
        Account admin = account(Role.ADMIN, false);
        Enrolled enrolled = enrol(pending(admin));

        SecondFactorRepository.Stored row = stored.find(admin.id()).orElseThrow();
        String plainSecret = enrolled.secret().replace(" ", "");
        assertThat(row.secretEncrypted()).startsWith("v1:").doesNotContain(plainSecret);
        assertThat(Totp.base32(key.decrypt(row.secretEncrypted()))).isEqualTo(enrolled.secret());
        assertThat(stored.unusedRecoveryCodes(admin.id())).isEqualTo(SecondFactorService.RECOVERY_CODES);
    }

    @Test
    void aWrongCodeIsRefusedAndTheRightOneThenWorks() {
        Account coordinator = account(Role.COORDINATOR, false);
        Enrolled enrolled = enrol(pending(coordinator));
        PendingSignIn next = pending(coordinator);
        String right = Totp.codeNow(enrolled.secret(), clock.instant(), 1);
        String wrong = wrongCodes(enrolled.secret(), 1).getFirst();

        assertThatThrownBy(() -> secondFactors.verify(next, wrong)).extracting(SecondFactorServiceTest::messageKey)
                .isEqualTo("secondFactor.error.wrongCode");
        assertThat(next.verified()).isFalse();
        assertThat(audit.search(AuditAction.SECOND_FACTOR_FAILED, coordinator.username(), 5)).hasSize(1);

        secondFactors.verify(next, right);
        assertThat(next.verified()).isTrue();
    }

    @Test
    void aCodeWorksOnceSoAReplayedCodeIsRefused() {
        Account coordinator = account(Role.COORDINATOR, false);
        Enrolled enrolled = enrol(pending(coordinator));
        String code = Totp.codeNow(enrolled.secret(), clock.instant(), 1);
        secondFactors.verify(pending(coordinator), code);

        PendingSignIn replay = pending(coordinator);
        assertThatThrownBy(() -> secondFactors.verify(replay, code)).extracting(SecondFactorServiceTest::messageKey)
                .isEqualTo("secondFactor.error.wrongCode");
        assertThat(replay.verified()).isFalse();
    }

    @Test
    void theCodeOfEnrolmentCannotBeUsedAgainToSignIn() {
        Account coordinator = account(Role.COORDINATOR, false);
        PendingSignIn pending = pending(coordinator);
        SecondFactorEnrolment enrolment = secondFactors.startEnrolment(pending);
        String first = codeNow(enrolment.secret());
        secondFactors.confirmEnrolment(pending, first);

        assertThatThrownBy(() -> secondFactors.verify(pending(coordinator), first))
                .extracting(SecondFactorServiceTest::messageKey).isEqualTo("secondFactor.error.wrongCode");
    }

    @Test
    void aRecoveryCodeWorksOnceTypedAnyWay() {
        Account admin = account(Role.ADMIN, false);
        Enrolled enrolled = enrol(pending(admin));
        String recovery = enrolled.recoveryCodes().get(3);

        PendingSignIn first = pending(admin);
        secondFactors.verify(first, " " + recovery.toUpperCase().replace("-", " ") + " ");
        assertThat(first.verified()).isTrue();
        assertThat(stored.unusedRecoveryCodes(admin.id())).isEqualTo(SecondFactorService.RECOVERY_CODES - 1);
        assertThat(audit.search(AuditAction.RECOVERY_CODE_USED, admin.username(), 5)).hasSize(1);

        PendingSignIn again = pending(admin);
        assertThatThrownBy(() -> secondFactors.verify(again, recovery)).extracting(SecondFactorServiceTest::messageKey)
                .isEqualTo("secondFactor.error.wrongCode");
        assertThat(again.verified()).isFalse();
    }

    @Test
    void fiveWrongCodesLockTheSecondFactorEvenForTheRightCode() {
        Account coordinator = account(Role.COORDINATOR, false);
        Enrolled enrolled = enrol(pending(coordinator));
        String right = Totp.codeNow(enrolled.secret(), clock.instant(), 1);
        List<String> fiveWrong = wrongCodes(enrolled.secret(), SecondFactorService.MAX_FAILURES);
        PendingSignIn pending = pending(coordinator);

        for (int i = 0; i < fiveWrong.size() - 1; i++) {
            String wrong = fiveWrong.get(i);
            assertThatThrownBy(() -> secondFactors.verify(pending, wrong))
                    .extracting(SecondFactorServiceTest::messageKey).isEqualTo("secondFactor.error.wrongCode");
        }
        assertThatThrownBy(() -> secondFactors.verify(pending, fiveWrong.getLast()))
                .extracting(SecondFactorServiceTest::messageKey).isEqualTo("secondFactor.error.locked");
        assertThatThrownBy(() -> secondFactors.verify(pending, right))
                .extracting(SecondFactorServiceTest::messageKey).isEqualTo("secondFactor.error.locked");
        assertThat(pending.verified()).isFalse();
    }

    @Test
    void aVolunteerAndADemoCoordinatorNeedNoSecondFactorUntilTheyChooseOne() {
        Account volunteer = account(Role.VOLUNTEER, false);
        Account demoCoordinator = account(Role.COORDINATOR, true);
        assertThat(secondFactors.neededAtSignIn(volunteer.id(), volunteer.roles(), false)).isFalse();
        assertThat(secondFactors.neededAtSignIn(demoCoordinator.id(), demoCoordinator.roles(), true)).isFalse();

        enrol(pending(volunteer));
        assertThat(secondFactors.neededAtSignIn(volunteer.id(), volunteer.roles(), false)).isTrue();
    }

    @Test
    void aVolunteerMayTurnItOffWithACodeButACoordinatorMayNot() {
        Account volunteer = account(Role.VOLUNTEER, false);
        Enrolled volunteers = enrol(pending(volunteer));
        signInAs(volunteer);
        assertThat(secondFactors.myStatus().enrolled()).isTrue();
        assertThat(secondFactors.myStatus().required()).isFalse();
        secondFactors.disableMine(Totp.codeNow(volunteers.secret(), clock.instant(), 1));
        assertThat(secondFactors.myStatus().enrolled()).isFalse();
        assertThat(stored.unusedRecoveryCodes(volunteer.id())).isZero();

        Account coordinator = account(Role.COORDINATOR, false);
        Enrolled coordinators = enrol(pending(coordinator));
        signInAs(coordinator);
        String code = Totp.codeNow(coordinators.secret(), clock.instant(), 1);
        assertThatThrownBy(() -> secondFactors.disableMine(code))
                .extracting(SecondFactorServiceTest::messageKey).isEqualTo("secondFactor.error.required");
        assertThat(secondFactors.myStatus().enrolled()).isTrue();
    }

    @Test
    void newRecoveryCodesReplaceTheOldOnes() {
        Account admin = account(Role.ADMIN, false);
        Enrolled enrolled = enrol(pending(admin));
        signInAs(admin);
        List<String> fresh = secondFactors.regenerateMyRecoveryCodes(Totp.codeNow(enrolled.secret(), clock.instant(), 1));
        assertThat(fresh).hasSize(SecondFactorService.RECOVERY_CODES).doesNotContainAnyElementsOf(enrolled.recoveryCodes());

        PendingSignIn old = pending(admin);
        assertThatThrownBy(() -> secondFactors.verify(old, enrolled.recoveryCodes().getFirst()))
                .extracting(SecondFactorServiceTest::messageKey).isEqualTo("secondFactor.error.wrongCode");
        secondFactors.verify(old, fresh.getFirst());
        assertThat(old.verified()).isTrue();
    }

    @Test
    void anExpiredPendingSignInIsRefused() {
        Account coordinator = account(Role.COORDINATOR, false);
        PendingSignIn stale = new PendingSignIn(coordinator.id(), coordinator.username(), null,
                clock.instant().minus(PendingSignIn.VALID_FOR).minusSeconds(1));
        assertThatThrownBy(() -> secondFactors.startEnrolment(stale))
                .extracting(SecondFactorServiceTest::messageKey).isEqualTo("secondFactor.error.expired");
    }

    @Test
    void anAdministratorResetsALostSecondFactorAndTheNextSignInAsksToEnrolAgain() {
        Account coordinator = account(Role.COORDINATOR, false);
        enrol(pending(coordinator));
        assertThat(secondFactors.mustEnrol(pending(coordinator))).isFalse();

        signInAs(coordinator);
        assertThatThrownBy(() -> secondFactors.resetFor(coordinator.id()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        signInAs(account(Role.ADMIN, false));
        assertThat(secondFactors.accountsWithSecondFactor()).contains(coordinator.id());
        secondFactors.resetFor(coordinator.id());
        assertThat(secondFactors.accountsWithSecondFactor()).doesNotContain(coordinator.id());
        assertThat(secondFactors.mustEnrol(pending(coordinator))).isTrue();
        assertThat(stored.unusedRecoveryCodes(coordinator.id())).isZero();
        assertThat(audit.search(AuditAction.SECOND_FACTOR_RESET, null, 20))
                .anyMatch(e -> String.valueOf(coordinator.id()).equals(e.subjectId()));
    }

    /** Through the strategy method security reads (Vaadin's, once a view test installed it), not the static holder. */
    private void signInAs(Account account) {
        contexts.strategy().getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                account.username(), null, account.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
    }
}
