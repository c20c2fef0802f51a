package se.tryggalov;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.partner.OrganisationKind;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.secrets.Secrets;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tryggalov.jooq.Tables.CALENDAR_SETTINGS;
import static se.tryggalov.jooq.Tables.ORGANISATION;

/**
 * Issue 22, finding 10: the calendar subscription's secret and the organisations' sign-up secrets are kept as
 * SHA-256 hashes, as invitations are, so a copy of the database opens no link; the links still work.
 */
@IntegrationTest
class LinkSecretsAtRestTest {

    @Autowired
    CalendarService calendar;
    @Autowired
    PartnerService partners;
    @Autowired
    SystemAuthentication system;
    @Autowired
    DSLContext dsl;

    @Test
    void theCalendarFeedSecretIsStoredOnlyAsItsHashAndStillOpensTheFeed() {
        String secret = system.callAs(calendar::renewFeedToken, Role.COORDINATOR);

        String stored = dsl.select(CALENDAR_SETTINGS.FEED_TOKEN_HASH).from(CALENDAR_SETTINGS)
                .fetchSingle(CALENDAR_SETTINGS.FEED_TOKEN_HASH);
        assertThat(stored).isNotEqualTo(secret).isEqualTo(Secrets.hash(secret)).doesNotContain(secret);
        assertThat(calendar.plansForFeed(secret)).isPresent();
        assertThat(calendar.plansForFeed(stored)).as("the stored value is no key").isEmpty();
    }

    @Test
    void anOrganisationsSignupSecretIsStoredOnlyAsItsHashAndStillOpensTheLink() {
        long id = system.callAs(() -> partners.createOrganisation("Hashprov " + UUID.randomUUID().toString()
                .replaceAll("\\d", "x"), OrganisationKind.OTHER, List.of()), Role.COORDINATOR);
        String secret = system.callAs(() -> partners.renewSignupToken(id), Role.COORDINATOR);

        String stored = dsl.select(ORGANISATION.SIGNUP_TOKEN_HASH).from(ORGANISATION).where(ORGANISATION.ID.eq(id))
                .fetchSingle(ORGANISATION.SIGNUP_TOKEN_HASH);
        assertThat(stored).isNotEqualTo(secret).isEqualTo(Secrets.hash(secret));
        assertThat(partners.organisationBySignupToken(secret)).hasValueSatisfying(o -> assertThat(o.id()).isEqualTo(id));
        assertThat(dsl.fetchCount(ORGANISATION, ORGANISATION.SIGNUP_TOKEN_HASH.eq(secret))).isZero();
    }

    /** The migration hashed the secrets handed out before it in SQL: the same hash, so their links keep working. */
    @Test
    void theMigrationsHashOfAnOlderSecretIsTheOneTheAppComputes() {
        for (String older : List.of("3f2a9c0d6b1e4a7f8c5d2e9b0a1c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c",
                "Ab_cD-efGhijKlmnOpqrStuvWxyz0123456789_-AbC")) {
            String inSql = dsl.select(DSL.field("encode(sha256(convert_to({0}, 'UTF8')), 'hex')", String.class,
                    DSL.val(older))).fetchSingle().value1();
            assertThat(inSql).isEqualTo(Secrets.hash(older));
        }
    }
}
