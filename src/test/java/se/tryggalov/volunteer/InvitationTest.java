package se.tryggalov.volunteer;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import se.tryggalov.IntegrationTest;
import se.tryggalov.TestClock;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditEntry;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.mail.OutboxMail;
import se.tryggalov.shared.time.Zones;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.tryggalov.jooq.Tables.ACCOUNT_TOKEN;
import static se.tryggalov.jooq.Tables.APP_USER;

@IntegrationTest
class InvitationTest {

    static final String PASSWORD = "a brand new passphrase";

    @Autowired
    InvitationService invitations;
    @Autowired
    VolunteerService volunteers;
    @Autowired
    VolunteerFixtures fixtures;
    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    DSLContext dsl;
    @Autowired
    TestClock clock;

    long organisation;
    String contact;
    String email;

    @BeforeEach
    void anOrganisationWithAContact() {
        organisation = fixtures.organisation("invite-org");
        contact = fixtures.account("invite-contact", Role.PARTNER_CONTACT, organisation);
        email = VolunteerFixtures.unique("Invited.Person").toLowerCase() + "@Example.org";
    }

    private InvitationLink invite(String address) {
        return fixtures.as(contact, () -> invitations.invite(new NewInvitation("Ingrid Inbjuden", address,
                "070-765 43 21", null, false, null, Translations.ENGLISH)), Role.PARTNER_CONTACT);
    }

    private static String secretOf(InvitationLink link) {
        return link.url().substring(link.url().lastIndexOf('/') + 1);
    }

    private Authentication signIn(String username, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private static String messageKey(Throwable e) {
        return ((UserMessageException) e).messageKey();
    }

    @Test
    void aPartnerContactInvitesAPersonWhoSetsAPasswordAndCanSignIn() {
        InvitationLink link = invite(email);
        String secret = secretOf(link);

        assertThat(link.url()).contains("/invitation/").endsWith(secret);
        assertThat(secret).matches("[A-Za-z0-9_-]{43}");
        assertThat(dsl.fetchValue(dsl.select(ACCOUNT_TOKEN.TOKEN_HASH).from(ACCOUNT_TOKEN)
                .where(ACCOUNT_TOKEN.USER_ID.eq(link.userId())))).isEqualTo(Secrets.hash(secret)).isNotEqualTo(secret);
        assertThat(link.expiresAt()).isAfter(OffsetDateTime.now().plusDays(13));

        Volunteer invited = fixtures.as(contact, () -> volunteers.get(link.userId()), Role.PARTNER_CONTACT);
        assertThat(invited.status()).isEqualTo(VolunteerStatus.INVITED);
        assertThat(invited.enabled()).isFalse();
        assertThat(invited.username()).isEqualTo(email.toLowerCase());
        assertThat(invited.organisations()).extracting(NamedRef::id).containsExactly(organisation);
        assertThat(fixtures.audit(AuditAction.VOLUNTEER_INVITED, contact)).extracting(AuditEntry::subjectId)
                .containsExactly(String.valueOf(link.userId()));

        List<OutboxMail> mails = fixtures.mailsTo(email);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().userId()).isEqualTo(link.userId());
        assertThat(mails.getFirst().subject()).startsWith("Invitation to Trygga lov");
        assertThat(mails.getFirst().body()).contains("Ingrid Inbjuden", link.url());

        assertThatThrownBy(() -> signIn(invited.username(), PASSWORD)).isInstanceOf(AuthenticationException.class);

        assertThat(invitations.open(secret)).contains(new InvitationInfo("Ingrid Inbjuden", invited.username(), false));
        String username = invitations.accept(secret, true, PASSWORD, true);

        assertThat(username).isEqualTo(invited.username());
        assertThat(signIn(username, PASSWORD).isAuthenticated()).isTrue();
        Volunteer accepted = fixtures.as(contact, () -> volunteers.get(link.userId()), Role.PARTNER_CONTACT);
        assertThat(accepted.status()).isEqualTo(VolunteerStatus.ACTIVE);
        assertThat(accepted.enabled()).isTrue();
        assertThat(accepted.adultConfirmed()).isTrue();
        assertThat(accepted.lastActiveAt()).isAfterOrEqualTo(invited.lastActiveAt());
        assertThat(fixtures.audit(AuditAction.INVITATION_ACCEPTED, username)).extracting(AuditEntry::subjectId)
                .containsExactly(String.valueOf(link.userId()));
        assertThat(invitations.open(secret)).isEmpty();
    }

    @Test
    void signingInMarksTheVolunteerAsActive() {
        InvitationLink link = invite(email);
        String username = invitations.accept(secretOf(link), true, PASSWORD, true);
        OffsetDateTime afterAccept = fixtures.as(contact, () -> volunteers.get(link.userId()), Role.PARTNER_CONTACT)
                .lastActiveAt();
        clock.advance(Duration.ofSeconds(1));

        signIn(username, PASSWORD);

        assertThat(fixtures.as(contact, () -> volunteers.get(link.userId()), Role.PARTNER_CONTACT).lastActiveAt())
                .isAfter(afterAccept);
    }

    @Test
    void anExpiredInvitationCannotBeOpenedOrAccepted() {
        InvitationLink link = invite(email);
        dsl.update(ACCOUNT_TOKEN).set(ACCOUNT_TOKEN.EXPIRES_AT, OffsetDateTime.now().minusMinutes(1))
                .where(ACCOUNT_TOKEN.USER_ID.eq(link.userId())).execute();

        assertThat(invitations.open(secretOf(link))).isEmpty();
        assertThatThrownBy(() -> invitations.accept(secretOf(link), true, PASSWORD, true))
                .extracting(InvitationTest::messageKey).isEqualTo("volunteers.invitation.invalid");
        assertThat(dsl.fetchValue(dsl.select(APP_USER.ENABLED).from(APP_USER).where(APP_USER.ID.eq(link.userId()))))
                .isFalse();
    }

    @Test
    void anInvitationWorksOnceAndUnknownLinksGetTheSameMessage() {
        InvitationLink link = invite(email);
        invitations.accept(secretOf(link), true, PASSWORD, true);

        assertThatThrownBy(() -> invitations.accept(secretOf(link), true, "another long passphrase", true))
                .extracting(InvitationTest::messageKey).isEqualTo("volunteers.invitation.invalid");
        assertThatThrownBy(() -> invitations.accept(Secrets.newSecret(), true, PASSWORD, true))
                .extracting(InvitationTest::messageKey).isEqualTo("volunteers.invitation.invalid");
        assertThatThrownBy(() -> invitations.accept("../../etc", true, PASSWORD, true))
                .extracting(InvitationTest::messageKey).isEqualTo("volunteers.invitation.invalid");
        assertThat(signIn(fixtures.usernameOf(link.userId()), PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void twoSimultaneousAcceptancesUseTheInvitationOnce() throws Exception {
        InvitationLink link = invite(email);
        String secret = secretOf(link);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (String password : List.of("first long passphrase", "second long passphrase")) {
                Callable<String> accept = () -> {
                    start.await();
                    try {
                        return invitations.accept(secret, true, password, true);
                    } catch (UserMessageException e) {
                        return e.messageKey();
                    }
                };
                results.add(pool.submit(accept));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get(30, TimeUnit.SECONDS));
            }
            assertThat(outcomes).containsOnlyOnce("volunteers.invitation.invalid");
            assertThat(outcomes).filteredOn(o -> !o.startsWith("volunteers.")).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(fixtures.audit(AuditAction.INVITATION_ACCEPTED, fixtures.usernameOf(link.userId()))).hasSize(1);
    }

    @Test
    void refusedInputLeavesTheInvitationUsable() {
        InvitationLink link = invite(email);
        String secret = secretOf(link);

        assertThatThrownBy(() -> invitations.accept(secret, true, "short", true))
                .extracting(InvitationTest::messageKey).isEqualTo("password.error.tooShort");
        assertThatThrownBy(() -> invitations.accept(secret, false, PASSWORD, true))
                .extracting(InvitationTest::messageKey).isEqualTo("volunteers.invitation.adultRequired");
        assertThatThrownBy(() -> invitations.accept(secret, true, PASSWORD, false))
                .extracting(InvitationTest::messageKey).isEqualTo("volunteers.notice.required");

        assertThat(invitations.open(secret)).isPresent();
        assertThat(invitations.accept(secret, true, PASSWORD, true)).isNotBlank();
    }

    @Test
    void invitingAgainReplacesTheOldLink() {
        InvitationLink first = invite(email);
        InvitationLink second = invite(email.toUpperCase());

        assertThat(second.userId()).isEqualTo(first.userId());
        assertThat(second.replacedEarlier()).isTrue();
        assertThat(invitations.open(secretOf(first))).isEmpty();
        assertThat(invitations.open(secretOf(second))).isPresent();
        assertThat(dsl.fetchCount(ACCOUNT_TOKEN, ACCOUNT_TOKEN.USER_ID.eq(first.userId()))).isEqualTo(1);

        InvitationLink third = fixtures.as(contact, () -> invitations.reinvite(first.userId()), Role.PARTNER_CONTACT);
        assertThat(invitations.open(secretOf(second))).isEmpty();
        assertThat(invitations.open(secretOf(third))).isPresent();
        assertThat(fixtures.mailsTo(email)).hasSize(2);
    }

    @Test
    void anAddressThatAlreadyHasAnActiveAccountIsRefused() {
        InvitationLink link = invite(email);
        invitations.accept(secretOf(link), true, PASSWORD, true);

        assertThatThrownBy(() -> invite(email)).extracting(InvitationTest::messageKey)
                .isEqualTo("volunteers.error.emailInUse");
        assertThatThrownBy(() -> invite("coordinator@demo.trygga-lov.invalid")).extracting(InvitationTest::messageKey)
                .isEqualTo("volunteers.error.emailInUse");
    }

    @Test
    void aPartnerContactCannotInviteIntoAnotherOrganisation() {
        long other = fixtures.organisation("other-org");
        assertThatThrownBy(() -> fixtures.as(contact, () -> invitations.invite(new NewInvitation("X Y", email, null,
                other, false, null, Translations.SWEDISH)), Role.PARTNER_CONTACT))
                .extracting(InvitationTest::messageKey).isEqualTo("error.notAllowed");
        assertThat(fixtures.mailsTo(email)).isEmpty();
    }

    @Test
    void aCoordinatorChoosesTheOrganisationAndMayInviteAYouthWalkerWithConsent() {
        String coordinator = fixtures.account("coord", Role.COORDINATOR, null);
        assertThatThrownBy(() -> fixtures.as(coordinator, () -> invitations.invite(new NewInvitation("Unga Ung", email,
                null, null, true, LocalDate.now(Zones.STOCKHOLM), Translations.SWEDISH)), Role.COORDINATOR))
                .extracting(InvitationTest::messageKey).isEqualTo("volunteers.error.organisationRequired");
        assertThatThrownBy(() -> fixtures.as(coordinator, () -> invitations.invite(new NewInvitation("Unga Ung", email,
                null, organisation, true, null, Translations.SWEDISH)), Role.COORDINATOR))
                .extracting(InvitationTest::messageKey).isEqualTo("volunteers.error.guardianConsentRequired");

        InvitationLink link = fixtures.as(coordinator, () -> invitations.invite(new NewInvitation("Unga Ung", email,
                null, organisation, true, LocalDate.now(Zones.STOCKHOLM).minusDays(2), Translations.SWEDISH)), Role.COORDINATOR);
        assertThat(invitations.open(secretOf(link))).hasValueSatisfying(i -> assertThat(i.youthWalker()).isTrue());
        assertThat(fixtures.mailsTo(email).getFirst().subject()).startsWith("Inbjudan till Trygga lov");

        invitations.accept(secretOf(link), false, PASSWORD, true);
        Volunteer youth = fixtures.as(coordinator, () -> volunteers.get(link.userId()), Role.COORDINATOR);
        assertThat(youth.youthWalker()).isTrue();
        assertThat(youth.adultConfirmed()).isFalse();
        assertThat(youth.status()).isEqualTo(VolunteerStatus.ACTIVE);
    }

    @Test
    void aViewerOrVolunteerCannotInvite() {
        String viewer = fixtures.account("viewer", Role.VIEWER, null);
        assertThatThrownBy(() -> fixtures.as(viewer, () -> invitations.invite(new NewInvitation("A B", email, null,
                organisation, false, null, Translations.SWEDISH)), Role.VIEWER))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(fixtures.mailsTo(email)).isEmpty();
    }
}
