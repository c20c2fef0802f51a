package se.tryggalov;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.tryggalov.availability.AvailabilityService;
import se.tryggalov.availability.AvailabilityState;
import se.tryggalov.availability.ReachablePerson;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.partner.Contact;
import se.tryggalov.partner.ContactDraft;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.privacy.PrivacyService;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditEntry;
import se.tryggalov.shared.audit.AuditFilter;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.time.Zones;
import se.tryggalov.volunteer.InvitationService;
import se.tryggalov.volunteer.SignupService;
import se.tryggalov.volunteer.Volunteer;
import se.tryggalov.volunteer.VolunteerEdit;
import se.tryggalov.volunteer.VolunteerFixtures;
import se.tryggalov.volunteer.VolunteerService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #4, "who sees what": every role that must not reach another organisation's people (a partner contact of
 * organisation A, a volunteer of A, a viewer) tries every service operation on a person and a contact of
 * organisation B, by id, and opens the pages that show people. Each attempt must be refused as "not found" or
 * "not allowed", nothing may change, and the audit log must show no read of B by them; the coordinator's and the
 * administrator's reads of the same person are allowed and do show in the audit log.
 */
@IntegrationTest
class CrossOrganisationAccessTest extends KaribuViewTest {

    @Autowired
    VolunteerFixtures fixtures;
    @Autowired
    VolunteerService volunteers;
    @Autowired
    InvitationService invitations;
    @Autowired
    SignupService signups;
    @Autowired
    AvailabilityService availability;
    @Autowired
    PrivacyService privacy;
    @Autowired
    PartnerService partners;
    @Autowired
    CalendarService calendar;
    @Autowired
    AuditLog audit;

    long organisationA;
    long organisationB;
    long personB;
    String personBName;
    long contactOfB;
    /** username → role of everyone who must not reach organisation B's records. */
    final Map<String, Role> outsiders = new LinkedHashMap<>();

    @BeforeEach
    void twoOrganisations() {
        organisationA = fixtures.organisation("access-a");
        organisationB = fixtures.organisation("access-b");
        long personA = fixtures.volunteer("access-person-a", organisationA);
        personB = fixtures.volunteer("access-person-b", organisationB);
        String coordinator = fixtures.account("access-coordinator", Role.COORDINATOR, null);
        personBName = fixtures.as(coordinator, () -> volunteers.get(personB).name(), Role.COORDINATOR);
        contactOfB = fixtures.as(coordinator, () -> partners.addContact(organisationB,
                new ContactDraft("Kontakt B " + personB, "Samordnare", "070-174 06 10", null, null)), Role.COORDINATOR);

        outsiders.clear();
        outsiders.put(fixtures.account("access-contact-a", Role.PARTNER_CONTACT, organisationA), Role.PARTNER_CONTACT);
        outsiders.put(fixtures.usernameOf(personA), Role.VOLUNTEER);
        outsiders.put(fixtures.account("access-viewer", Role.VIEWER, organisationA), Role.VIEWER);
    }

    /** Every operation an outsider could try on person B or on organisation B's contact, by id. */
    private Map<String, Executable> attemptsOnB() {
        VolunteerEdit edit = fixtures.as("admin", () -> VolunteerEdit.of(volunteers.get(personB)), Role.ADMIN);
        Contact contact = fixtures.as("admin", () -> partners.organisation(organisationB).orElseThrow().contacts()
                .stream().filter(c -> c.id() == contactOfB).findFirst().orElseThrow(), Role.ADMIN);
        LocalDate tomorrow = LocalDate.now(Zones.STOCKHOLM).plusDays(1);
        Map<String, Executable> attempts = new LinkedHashMap<>();
        attempts.put("read profile", () -> volunteers.get(personB));
        attempts.put("edit profile", () -> volunteers.update(personB, edit));
        attempts.put("re-invite", () -> invitations.reinvite(personB));
        attempts.put("approve", () -> signups.approve(personB));
        attempts.put("reject (delete)", () -> signups.reject(personB));
        attempts.put("read availability", () -> availability.sheet(personB, calendar.currentYear()));
        attempts.put("set availability", () -> availability.answer(personB, tomorrow, AvailabilityState.AVAILABLE));
        attempts.put("export personal data", () -> privacy.exportPersonalData(personB));
        attempts.put("anonymise", () -> privacy.anonymise(personB));
        attempts.put("edit contact", () -> partners.updateContact(contactOfB,
                new ContactDraft("Ändrad", null, null, null, null), contact.version()));
        attempts.put("remove contact", () -> partners.removeContact(contactOfB, contact.version()));
        attempts.put("add contact", () -> partners.addContact(organisationB,
                new ContactDraft("Inkräktare", null, null, null, null)));
        attempts.put("renew sign-up link", () -> partners.renewSignupToken(organisationB));
        return attempts;
    }

    @Test
    void everyOutsiderIsRefusedEveryOperationOnAnotherOrganisationsPersonAndContact() {
        List<String> leaks = new ArrayList<>();
        Map<String, Executable> attempts = attemptsOnB();
        for (Map.Entry<String, Role> outsider : outsiders.entrySet()) {
            for (Map.Entry<String, Executable> attempt : attempts.entrySet()) {
                String what = outsider.getValue() + " " + attempt.getKey();
                try {
                    fixtures.as(outsider.getKey(), () -> {
                        try {
                            attempt.getValue().execute();
                        } catch (Throwable e) {
                            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
                        }
                    }, outsider.getValue());
                    leaks.add(what + ": allowed");
                } catch (UserMessageException e) {
                    if (!e.messageKey().equals("error.notFound")) {
                        leaks.add(what + ": refused with '" + e.messageKey() + "', which tells the record exists");
                    }
                } catch (AccessDeniedException expected) {
                    // refused by role
                }
            }
            List<Volunteer> listed = fixtures.as(outsider.getKey(), () -> {
                try {
                    return volunteers.list();
                } catch (AccessDeniedException e) {
                    return List.<Volunteer>of();
                }
            }, outsider.getValue());
            if (listed.stream().anyMatch(v -> v.userId() == personB)) {
                leaks.add(outsider.getValue() + " list of volunteers contains person B");
            }
            List<ReachablePerson> reachable = fixtures.as(outsider.getKey(), () -> {
                try {
                    return availability.reachablePeople();
                } catch (AccessDeniedException | UserMessageException e) {
                    return List.<ReachablePerson>of();
                }
            }, outsider.getValue());
            if (reachable.stream().anyMatch(p -> p.userId() == personB)) {
                leaks.add(outsider.getValue() + " availability picker offers person B");
            }
        }
        assertThat(leaks).isEmpty();

        // nothing changed
        Volunteer after = fixtures.as("admin", () -> volunteers.get(personB), Role.ADMIN);
        assertThat(after.name()).isEqualTo(personBName);
        assertThat(after.status().name()).isEqualTo("ACTIVE");
        assertThat(fixtures.as("admin", () -> partners.organisation(organisationB).orElseThrow().contacts(), Role.ADMIN))
                .extracting(Contact::name).containsExactly("Kontakt B " + personB);
        assertThat(fixtures.as("admin", () -> partners.hasSignupLink(organisationB), Role.ADMIN)).isFalse();

        // and no outsider read B: the log of every access to person B names only the administrator
        List<String> readersOfB = readsOf(personB).stream().map(AuditEntry::actorUsername).distinct().toList();
        assertThat(readersOfB).doesNotContainAnyElementsOf(outsiders.keySet());
    }

    @Test
    void coordinatorsAndAdministratorsReachThePersonAndTheirReadsAreInTheAuditLog() {
        String coordinator = fixtures.account("access-reader", Role.COORDINATOR, null);
        Volunteer seen = fixtures.as(coordinator, () -> volunteers.get(personB), Role.COORDINATOR);
        byte[] export = fixtures.as("admin", () -> privacy.exportPersonalData(personB), Role.ADMIN);

        assertThat(seen.name()).isEqualTo(personBName);
        assertThat(new String(export, java.nio.charset.StandardCharsets.UTF_8)).contains(personBName);
        List<AuditEntry> reads = readsOf(personB);
        assertThat(reads).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.PERSON_VIEWED);
            assertThat(e.actorUsername()).isEqualTo(coordinator);
        });
        assertThat(reads).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.PERSONAL_DATA_EXPORTED);
            assertThat(e.actorUsername()).isEqualTo("admin");
        });
        assertThat(reads).allSatisfy(e -> assertThat(e.details() == null ? "" : e.details()).doesNotContain(personBName));
    }

    @Test
    void thePagesShowAnOutsiderNothingOfThePerson() {
        for (Map.Entry<String, Role> outsider : outsiders.entrySet()) {
            signInAs(outsider.getKey(), outsider.getValue());

            navigateTo("volunteers/" + personB);
            assertThat(pageText()).as(outsider.getValue() + " on the profile page").doesNotContain(personBName);

            navigateTo("volunteers");
            assertThat(pageText()).as(outsider.getValue() + " on the list").doesNotContain(personBName);

            navigateTo("availability");
            for (ComboBox<?> picker : _find(ComboBox.class)) {
                assertThat(picker.getListDataView().getItems().map(String::valueOf).toList())
                        .as(outsider.getValue() + " picker").noneMatch(label -> label.contains(personBName));
            }
            assertThat(pageText()).doesNotContain(personBName);
        }
    }

    private static String pageText() {
        return UI.getCurrent().getElement().getTextRecursively();
    }

    private List<AuditEntry> readsOf(long person) {
        List<AuditEntry> entries = new ArrayList<>();
        for (String type : List.of("person", "volunteer")) {
            entries.addAll(audit.search(new AuditFilter(null, null, type, String.valueOf(person), null, null), 500)
                    .entries());
        }
        return entries;
    }
}
