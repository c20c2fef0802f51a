package se.tryggalov.volunteer;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import se.tryggalov.IntegrationTest;
import se.tryggalov.TestClock;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditEntry;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.i18n.UserMessageException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.AUDIT_LOG;
import static se.tryggalov.jooq.Tables.ORGANISATION;

@IntegrationTest
class JoinTest {

    static final String PASSWORD = "my own long passphrase";

    @Autowired
    SignupService signups;
    @Autowired
    VolunteerService volunteers;
    @Autowired
    VolunteerFixtures fixtures;
    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    DSLContext dsl;

    long organisation;
    String link;
    String contact;
    String email;

    @BeforeEach
    void anOrganisationWithASignUpLinkAndAContact() {
        organisation = fixtures.organisation("join-org");
        link = Secrets.newSecret();
        dsl.update(ORGANISATION).set(ORGANISATION.SIGNUP_TOKEN_HASH, se.tryggalov.shared.secrets.Secrets.hash(link)).where(ORGANISATION.ID.eq(organisation)).execute();
        contact = fixtures.account("join-contact", Role.PARTNER_CONTACT, organisation);
        email = VolunteerFixtures.unique("joiner").toLowerCase() + "@example.org";
    }

    private Registration form(String address) {
        return new Registration("Jonna Joinsson", address, "073-111 22 33", true,
                volunteers.districtChoices().getFirst().id(), PASSWORD, true, Translations.SWEDISH);
    }

    private Long userIdOf(String address) {
        return dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.EMAIL.eq(address)).fetchOne(APP_USER.ID);
    }

    private static String messageKey(Throwable e) {
        return ((UserMessageException) e).messageKey();
    }

    @Test
    void aPersonSignsUpIsPendingAndCanSignInOnceTheContactApproves() {
        assertThat(signups.organisation(link)).hasValueSatisfying(o -> assertThat(o.id()).isEqualTo(organisation));

        signups.register(link, form(email));

        long id = userIdOf(email);
        Volunteer pending = fixtures.as(contact, () -> volunteers.get(id), Role.PARTNER_CONTACT);
        assertThat(pending.status()).isEqualTo(VolunteerStatus.PENDING);
        assertThat(pending.enabled()).isFalse();
        assertThat(pending.adultConfirmed()).isTrue();
        assertThat(pending.districts()).hasSize(1);
        assertThat(fixtures.as(contact, () -> volunteers.list(), Role.PARTNER_CONTACT))
                .filteredOn(v -> v.status() == VolunteerStatus.PENDING).extracting(Volunteer::userId).contains(id);
        assertThat(dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq(AuditAction.VOLUNTEER_REGISTERED.name())
                .and(AUDIT_LOG.SUBJECT_ID.eq(String.valueOf(id))))).isEqualTo(1);
        assertThatThrownBy(() -> authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, PASSWORD)))
                .isInstanceOf(AuthenticationException.class);

        assertThat(fixtures.mailsTo(contact + "@example.org")).singleElement().satisfies(m -> {
            assertThat(m.subject()).endsWith("väntar på godkännande");
            assertThat(m.body()).contains("/volunteers").doesNotContain("Jonna", email);
        });

        fixtures.as(contact, () -> signups.approve(id), Role.PARTNER_CONTACT);

        Volunteer approved = fixtures.as(contact, () -> volunteers.get(id), Role.PARTNER_CONTACT);
        assertThat(approved.status()).isEqualTo(VolunteerStatus.ACTIVE);
        assertThat(approved.enabled()).isTrue();
        assertThat(fixtures.audit(AuditAction.VOLUNTEER_APPROVED, contact)).extracting(AuditEntry::subjectId)
                .containsExactly(String.valueOf(id));
        assertThat(fixtures.mailsTo(email)).extracting(m -> m.subject())
                .containsExactly("Vi har fått din anmälan till " + signups.organisation(link).orElseThrow().name(),
                        "Du är godkänd som volontär hos " + signups.organisation(link).orElseThrow().name());
        assertThat(authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, PASSWORD)).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> fixtures.as(contact, () -> signups.approve(id), Role.PARTNER_CONTACT))
                .extracting(JoinTest::messageKey).isEqualTo("volunteers.error.notPending");
    }

    @Test
    void theSameAddressTwiceAnswersTheSameButMakesNoSecondAccount() {
        signups.register(link, form(email));
        signups.register(link, form(email.toUpperCase()));
        signups.register(link, form("coordinator@demo.trygga-lov.invalid"));

        assertThat(dsl.fetchCount(APP_USER, APP_USER.USERNAME.eq(email))).isEqualTo(1);
        assertThat(fixtures.mailsTo(email.toUpperCase())).extracting(m -> m.userId()).containsExactly((Long) null);
        assertThat(fixtures.mailsTo(email.toUpperCase()).getFirst().subject()).startsWith("Någon försökte").doesNotContain("Jonna");
        assertThat(fixtures.mailsTo("coordinator@demo.trygga-lov.invalid")).isNotEmpty();
    }

    @Test
    void aRejectedRegistrationIsRemovedEntirely() {
        signups.register(link, form(email));
        long id = userIdOf(email);

        fixtures.as(contact, () -> signups.reject(id), Role.PARTNER_CONTACT);

        assertThat(dsl.fetchCount(APP_USER, APP_USER.ID.eq(id))).isZero();
        assertThatThrownBy(() -> fixtures.as(contact, () -> volunteers.get(id), Role.PARTNER_CONTACT))
                .extracting(JoinTest::messageKey).isEqualTo("error.notFound");
        assertThat(fixtures.mailsTo(email)).extracting(m -> m.subject()).last().asString().startsWith("Din anmälan");
    }

    @Test
    void aContactOfAnotherOrganisationCannotApproveOrReject() {
        signups.register(link, form(email));
        long id = userIdOf(email);
        String otherContact = fixtures.account("other-contact", Role.PARTNER_CONTACT, fixtures.organisation("other"));

        assertThatThrownBy(() -> fixtures.as(otherContact, () -> signups.approve(id), Role.PARTNER_CONTACT))
                .extracting(JoinTest::messageKey).isEqualTo("error.notFound");
        assertThatThrownBy(() -> fixtures.as(otherContact, () -> signups.reject(id), Role.PARTNER_CONTACT))
                .extracting(JoinTest::messageKey).isEqualTo("error.notFound");
        assertThat(fixtures.as(contact, () -> volunteers.get(id), Role.PARTNER_CONTACT).status())
                .isEqualTo(VolunteerStatus.PENDING);
    }

    @Test
    void badSignUpsAreRefusedAndMakeNoAccount() {
        record Case(String key, String linkToken, Registration form) {
        }
        List<Case> cases = List.of(
                new Case("volunteers.join.invalidLink", "no-such-link", form(email)),
                new Case("volunteers.join.adultRequired", link, new Registration("A B", email, null, false, null,
                        PASSWORD, true, Translations.SWEDISH)),
                new Case("volunteers.notice.required", link, new Registration("A B", email, null, true, null,
                        PASSWORD, false, Translations.SWEDISH)),
                new Case("password.error.tooShort", link, new Registration("A B", email, null, true, null,
                        "short", true, Translations.SWEDISH)),
                new Case("validation.identityNumber", link, new Registration("A B", email, "19850709-1234",
                        true, null, PASSWORD, true, Translations.SWEDISH)),
                new Case("validation.email", link, new Registration("A B", "not-an-address", null,
                        true, null, PASSWORD, true, Translations.SWEDISH)));
        for (Case c : cases) {
            assertThatThrownBy(() -> signups.register(c.linkToken(), c.form()))
                    .as(c.key()).extracting(JoinTest::messageKey).isEqualTo(c.key());
        }
        assertThat(userIdOf(email)).isNull();
        assertThat(fixtures.mailsTo(email)).isEmpty();
    }

    @Test
    void aLinkTakesAtMostTwentySignUpsAnHour() {
        TestClock clock = TestClock.at(Instant.parse("2026-11-01T10:00:00Z"));
        SignupThrottle throttle = new SignupThrottle(clock);
        for (int i = 0; i < SignupThrottle.LIMIT; i++) {
            assertThat(throttle.tryAcquire("link")).as("sign-up " + (i + 1)).isTrue();
        }
        assertThat(throttle.tryAcquire("link")).isFalse();
        assertThat(throttle.tryAcquire("another link")).isTrue();

        clock.advance(Duration.ofMinutes(61));
        assertThat(throttle.tryAcquire("link")).isTrue();
    }
}
