package se.tryggalov.coverage;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.roster.RosterTestData;
import se.tryggalov.security.Role;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.time.Zones;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.ORGANISATION_CONTACT;
import static se.tryggalov.jooq.Tables.OUTBOX_EMAIL;

/** "Ask a partner" writes to the contact in the language of their account, Swedish when they have none. */
@IntegrationTest
class AskPartnerLanguageTest {

    @Autowired
    CoverageService coverage;
    @Autowired
    DSLContext dsl;
    @Autowired
    SecurityContexts contexts;
    @Autowired
    Clock clock;

    @Test
    void theMailIsInTheContactsLanguage() {
        RosterTestData data = new RosterTestData(dsl, contexts);
        long district = data.district("askD");
        CoverageCell gap = new CoverageCell(LocalDate.now(clock.withZone(Zones.STOCKHOLM)), district, "Askby", 5,
                3, 1, 0, 0, 0, 0, 0, 0, List.of());

        long english = data.organisation("askEn");
        RosterTestData.Person contact = data.account("askEn", english, Role.PARTNER_CONTACT);
        dsl.update(APP_USER).set(APP_USER.LOCALE, "en").where(APP_USER.ID.eq(contact.id())).execute();
        String englishAddress = contact.username() + "@example.invalid";
        contact(english, "Emma English", englishAddress, contact.id());
        long swedish = data.organisation("askSv");
        String swedishAddress = "ask-sv-" + RosterTestData.unique("x").toLowerCase() + "@example.invalid";
        contact(swedish, "Sven Svensson", swedishAddress, null);

        data.run("coordinator", () -> coverage.askPartner(english, gap), Role.COORDINATOR);
        data.run("coordinator", () -> coverage.askPartner(swedish, gap), Role.COORDINATOR);

        var toEmma = dsl.selectFrom(OUTBOX_EMAIL).where(OUTBOX_EMAIL.RECIPIENT.eq(englishAddress)).fetchSingle();
        assertThat(toEmma.getSubject()).startsWith("Can you cover Askby");
        assertThat(toEmma.getBody()).startsWith("Hello Emma English").contains("risk level 5");
        var toSven = dsl.selectFrom(OUTBOX_EMAIL).where(OUTBOX_EMAIL.RECIPIENT.eq(swedishAddress)).fetchSingle();
        assertThat(toSven.getSubject()).startsWith("Kan ni täcka Askby");
        assertThat(toSven.getBody()).startsWith("Hej Sven Svensson").contains("risknivå 5");
    }

    private void contact(long organisation, String name, String email, Long userId) {
        dsl.insertInto(ORGANISATION_CONTACT).set(ORGANISATION_CONTACT.ORGANISATION_ID, organisation)
                .set(ORGANISATION_CONTACT.NAME, name).set(ORGANISATION_CONTACT.EMAIL, email)
                .set(ORGANISATION_CONTACT.USER_ID, userId).execute();
    }
}
