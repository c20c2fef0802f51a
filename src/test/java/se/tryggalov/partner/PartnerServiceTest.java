package se.tryggalov.partner;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;
import se.tryggalov.IntegrationTest;
import se.tryggalov.TestYears;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.security.AccountService;
import se.tryggalov.security.NewAccount;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditEntry;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.i18n.UserMessageException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.tryggalov.TestYears.date;
import static se.tryggalov.TestYears.firstDay;
import static se.tryggalov.TestYears.nth;

@IntegrationTest
class PartnerServiceTest {

    @Autowired
    PartnerService partners;
    @Autowired
    AccountService accounts;
    @Autowired
    SystemAuthentication system;
    @Autowired
    SecurityContexts contexts;
    @Autowired
    AuditLog audit;
    @Autowired
    TestYears years;

    // ---- helpers -------------------------------------------------------------------------------------------

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Runs as a named user with these roles, as a signed-in request would. */
    <T> T as(String username, Supplier<T> work, Role... roles) {
        return se.tryggalov.SignedIn.as(contexts, username, work, roles);
    }

    void as(String username, Runnable work, Role... roles) {
        as(username, () -> {
            work.run();
            return null;
        }, roles);
    }

    long newOrganisation(String prefix, OrganisationKind kind, List<Long> districtIds) {
        return system.callAs(() -> partners.createOrganisation(unique(prefix), kind, districtIds), Role.COORDINATOR);
    }

    String newUser(Long organisationId, Role role) {
        String username = "u-" + UUID.randomUUID().toString().substring(0, 8);
        system.runAs(() -> accounts.createAccount(new NewAccount(username, "Test " + username, null, Set.of(role),
                Translations.SWEDISH, organisationId, "a-long-test-password", false)), Role.ADMIN);
        return username;
    }

    OrganisationDetail detail(long id) {
        return system.callAs(() -> partners.organisation(id).orElseThrow(), Role.VIEWER);
    }

    long district(String name) {
        return system.callAs(() -> partners.districts(), Role.VIEWER).stream().filter(d -> d.name().equals(name))
                .findFirst().orElseThrow().id();
    }

    static ContactDraft contact(String name) {
        return new ContactDraft(name, "Samordnare", "070-174 06 10", "kontakt@example.org", null);
    }

    static CommitmentDraft patrol(Long districtId, int minRisk) {
        return new CommitmentDraft(CommitmentKind.PATROL, 1, districtId, minRisk, Set.of(), LocalTime.of(21, 0),
                LocalTime.of(1, 0), null, null, "En patrull på kvällar med hög risk");
    }

    static String errorKey(Throwable e) {
        return ((UserMessageException) e).messageKey();
    }

    // ---- organisations ---------------------------------------------------------------------------------------

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void anOrganisationInAnUnknownDistrictIsRefusedAndNothingIsSaved() {
        int before = partners.organisations().size();
        assertThatThrownBy(() -> partners.createOrganisation("Grannstöd Fittja", OrganisationKind.OTHER, List.of(999_999L)))
                .isInstanceOf(UserMessageException.class);
        assertThat(partners.organisations()).hasSize(before)
                .extracting(Organisation::name).doesNotContain("Grannstöd Fittja");
    }

    @Test
    @WithMockUser(username = "volunteer", roles = "VOLUNTEER")
    void aVolunteerDoesNotReadThePartnerList() {
        assertThatThrownBy(() -> partners.organisations()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partners.organisationDetails()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void aCoordinatorEditsNameKindAndDistrictsAndTheChangeIsAudited() {
        long alby = district("Alby");
        long fittja = district("Fittja");
        String name = unique("Grannstöd");
        long id = partners.createOrganisation(name, OrganisationKind.OTHER, List.of(alby));
        OrganisationDetail created = partners.organisation(id).orElseThrow();

        partners.updateOrganisation(id, name + " Fittja", OrganisationKind.CHURCH, List.of(fittja, alby),
                created.version());

        OrganisationDetail updated = partners.organisation(id).orElseThrow();
        assertThat(updated.name()).isEqualTo(name + " Fittja");
        assertThat(updated.kind()).isEqualTo(OrganisationKind.CHURCH);
        assertThat(updated.districts()).extracting(DistrictRef::name).containsExactly("Alby", "Fittja");
        assertThat(updated.version()).isEqualTo(created.version() + 1);
        List<AuditEntry> entries = system.callAs(() -> audit.search(AuditAction.ORGANISATION_CHANGED, "coordinator",
                20), Role.ADMIN);
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.subjectId()).isEqualTo(String.valueOf(id));
            assertThat(e.details()).isEqualTo("updated");
        });
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void theSecondOfTwoConcurrentEditsIsRefusedAndTheFirstStays() {
        long id = partners.createOrganisation(unique("Föräldravandring"), OrganisationKind.NIGHT_WALKERS, List.of());
        OrganisationDetail seenByBoth = partners.organisation(id).orElseThrow();

        partners.updateOrganisation(id, seenByBoth.name() + " A", seenByBoth.kind(), List.of(), seenByBoth.version());

        assertThatThrownBy(() -> partners.updateOrganisation(id, seenByBoth.name() + " B", seenByBoth.kind(),
                List.of(), seenByBoth.version()))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("error.changedByOthers"));
        assertThat(partners.organisation(id).orElseThrow().name()).isEqualTo(seenByBoth.name() + " A");
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void renamingToAnotherOrganisationsNameIsRefused() {
        long id = partners.createOrganisation(unique("Idrottsklubb"), OrganisationKind.SPORTS_CLUB, List.of());
        OrganisationDetail organisation = partners.organisation(id).orElseThrow();

        assertThatThrownBy(() -> partners.updateOrganisation(id, "nattvandrarna botkyrka", organisation.kind(),
                List.of(), organisation.version()))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("partner.error.exists"));
        assertThat(partners.organisation(id).orElseThrow().name()).isEqualTo(organisation.name());
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void anOrganisationWithContactsAndCommitmentsButNoReferencesIsDeletedWithThem() {
        long id = partners.createOrganisation(unique("Tillfällig"), OrganisationKind.OTHER, List.of());
        long contactId = partners.addContact(id, contact("Anna Berg"));
        partners.addCommitment(id, patrol(null, 4));

        partners.deleteOrganisation(id, partners.organisation(id).orElseThrow().version());

        assertThat(partners.organisation(id)).isEmpty();
        assertThatThrownBy(() -> partners.updateContact(contactId, contact("Anna"), 0))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("error.notFound"));
    }

    @Test
    void anOrganisationThatAnAccountBelongsToIsNotDeleted() {
        long id = newOrganisation("Med konto", OrganisationKind.OTHER, List.of());
        newUser(id, Role.PARTNER_CONTACT);
        int version = detail(id).version();

        assertThatThrownBy(() -> as("coordinator", () -> partners.deleteOrganisation(id, version), Role.COORDINATOR))
                .isInstanceOfSatisfying(UserMessageException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("partners.error.inUse");
                    assertThat(e.arguments()).containsExactly(detail(id).name(), 1, 0, 0);
                });
        assertThat(detail(id)).isNotNull();
    }

    @Test
    @WithMockUser(username = "partner", roles = "PARTNER_CONTACT")
    void aPartnerContactCannotCreateOrDeleteOrganisations() {
        assertThatThrownBy(() -> partners.createOrganisation(unique("Egen"), OrganisationKind.OTHER, List.of()))
                .isInstanceOf(AccessDeniedException.class);
        long someone = partners.organisations().getFirst().id();
        assertThatThrownBy(() -> partners.deleteOrganisation(someone, 0)).isInstanceOf(AccessDeniedException.class);
    }

    // ---- contacts --------------------------------------------------------------------------------------------

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void contactsAreAddedEditedReorderedAndRemoved() {
        long id = partners.createOrganisation(unique("Kontakter"), OrganisationKind.OTHER, List.of());
        long anna = partners.addContact(id, contact("Anna"));
        long bertil = partners.addContact(id, contact("Bertil"));
        long cecilia = partners.addContact(id, new ContactDraft("Cecilia", null, "+46 70 174 06 12", null, null));
        assertThat(partners.organisation(id).orElseThrow().contacts()).extracting(Contact::name)
                .containsExactly("Anna", "Bertil", "Cecilia");

        partners.moveContact(cecilia, -1);
        partners.moveContact(anna, 1);
        partners.moveContact(bertil, 5); // already last: stays last

        List<Contact> contacts = partners.organisation(id).orElseThrow().contacts();
        assertThat(contacts).extracting(Contact::name).containsExactly("Cecilia", "Anna", "Bertil");
        assertThat(contacts.getFirst().phone()).as("stored as typed").isEqualTo("+46 70 174 06 12");

        Contact annaNow = contacts.get(1);
        partners.updateContact(anna, new ContactDraft("Anna Berg", "Fältassistent", "08-123 456 78",
                "anna.berg@example.org", null), annaNow.version());
        assertThatThrownBy(() -> partners.updateContact(anna, contact("Anna B"), annaNow.version()))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("error.changedByOthers"));
        partners.removeContact(bertil, contacts.get(2).version());

        assertThat(partners.organisation(id).orElseThrow().contacts())
                .extracting(Contact::name, Contact::roleTitle, Contact::email)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Cecilia", null, null),
                        org.assertj.core.groups.Tuple.tuple("Anna Berg", "Fältassistent", "anna.berg@example.org"));
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void aBadPhoneOrEmailIsRefusedWithATranslatedMessageAndNothingIsSaved() {
        long id = partners.createOrganisation(unique("Felaktig"), OrganisationKind.OTHER, List.of());

        assertThatThrownBy(() -> partners.addContact(id, new ContactDraft("Anna", null, "070-12", null, null)))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("validation.phone"));
        assertThatThrownBy(() -> partners.addContact(id, new ContactDraft("Anna", null, null, "anna(at)example.org",
                null)))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("validation.email"));
        assertThat(partners.organisation(id).orElseThrow().contacts()).isEmpty();
        assertThat(new Translations().getTranslation("validation.phone", Translations.SWEDISH))
                .contains("070-123 45 67");
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void aContactCanOnlyBeLinkedToAnAccountOfItsOwnOrganisation() {
        long id = partners.createOrganisation(unique("Länkad"), OrganisationKind.OTHER, List.of());
        long other = partners.createOrganisation(unique("Annan"), OrganisationKind.OTHER, List.of());
        String own = newUser(id, Role.PARTNER_CONTACT);
        String foreign = newUser(other, Role.PARTNER_CONTACT);
        LinkableUser ownUser = partners.linkableUsers(id).stream().filter(u -> u.displayName().endsWith(own))
                .findFirst().orElseThrow();
        long foreignId = partners.linkableUsers(other).stream().filter(u -> u.displayName().endsWith(foreign))
                .findFirst().orElseThrow().id();

        long contactId = partners.addContact(id, new ContactDraft("Linked", null, null, null, ownUser.id()));
        assertThat(partners.organisation(id).orElseThrow().contacts()).singleElement()
                .satisfies(c -> assertThat(c.userId()).isEqualTo(ownUser.id()));
        assertThatThrownBy(() -> partners.addContact(id, new ContactDraft("Foreign", null, null, null, foreignId)))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("partners.error.userNotInOrganisation"));
        assertThat(contactId).isPositive();
    }

    // ---- commitments -----------------------------------------------------------------------------------------

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void commitmentsAreStoredAndCountedOnTheEveningsTheyApply() {
        long alby = district("Alby");
        long fittja = district("Fittja");
        long id = partners.createOrganisation(unique("Polisen test"), OrganisationKind.POLICE, List.of(alby, fittja));
        SchoolYear year = years.claim();
        long patrolId = partners.addCommitment(id, patrol(alby, 4));
        partners.addCommitment(id, new CommitmentDraft(CommitmentKind.STAFF, 2, null, 3,
                Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), null, null, firstDay(year), null,
                "Två poliser till fots i centrum"));

        StandingCommitment stored = partners.organisation(id).orElseThrow().commitments().stream()
                .filter(c -> c.id() == patrolId).findFirst().orElseThrow();
        assertThat(stored.districtName()).isEqualTo("Alby");
        assertThat(stored.startsAt()).isEqualTo(LocalTime.of(21, 0));

        LocalDate monday = nth(DayOfWeek.MONDAY, Month.APRIL, 4, year);
        assertThat(partners.commitmentsOn(monday, 5)).filteredOn(c -> c.organisationId() == id)
                .extracting(Commitment::kind, Commitment::districtName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CommitmentKind.PATROL, "Alby"));
        LocalDate friday = monday.plusDays(4);
        assertThat(partners.commitmentsOn(friday, 3)).filteredOn(c -> c.organisationId() == id)
                .extracting(Commitment::kind, Commitment::districtName, Commitment::quantity)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(CommitmentKind.STAFF, "Alby", 2),
                        org.assertj.core.groups.Tuple.tuple(CommitmentKind.STAFF, "Fittja", 2));
        assertThat(partners.commitmentsOn(friday, 2)).filteredOn(c -> c.organisationId() == id).isEmpty();
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void badCommitmentsAreRefusedAndAStaleEditToo() {
        long id = partners.createOrganisation(unique("Åtagande"), OrganisationKind.OTHER, List.of());
        SchoolYear year = years.claim();
        CommitmentDraft good = patrol(null, 3);

        assertThatThrownBy(() -> partners.addCommitment(id, withQuantity(good, 0)))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("partners.error.quantity"));
        assertThatThrownBy(() -> partners.addCommitment(id, new CommitmentDraft(CommitmentKind.PATROL, 1, null, 6,
                Set.of(), null, null, null, null, "x")))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("partners.error.minRisk"));
        assertThatThrownBy(() -> partners.addCommitment(id, new CommitmentDraft(CommitmentKind.PATROL, 1, null, 3,
                Set.of(), null, null, date(year, Month.MAY, 1), date(year, Month.APRIL, 1), "x")))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("partners.error.validToBeforeFrom"));
        assertThatThrownBy(() -> partners.addCommitment(id, new CommitmentDraft(CommitmentKind.PATROL, 1, 999_999L,
                3, Set.of(), null, null, null, null, "x")))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("partners.error.unknownDistrict"));
        assertThatThrownBy(() -> partners.addCommitment(id, new CommitmentDraft(CommitmentKind.PATROL, 1, null, 3,
                Set.of(), null, null, null, null, "  ")))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("partners.error.description"));
        assertThat(partners.organisation(id).orElseThrow().commitments()).isEmpty();

        long commitmentId = partners.addCommitment(id, good);
        partners.updateCommitment(commitmentId, withQuantity(good, 3), 0);
        assertThatThrownBy(() -> partners.updateCommitment(commitmentId, withQuantity(good, 4), 0))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("error.changedByOthers"));
        assertThat(partners.organisation(id).orElseThrow().commitments()).singleElement()
                .satisfies(c -> assertThat(c.quantity()).isEqualTo(3));
        partners.removeCommitment(commitmentId, 1);
        assertThat(partners.organisation(id).orElseThrow().commitments()).isEmpty();
    }

    static CommitmentDraft withQuantity(CommitmentDraft d, int quantity) {
        return new CommitmentDraft(d.kind(), quantity, d.districtId(), d.minRisk(), d.weekdays(), d.startsAt(),
                d.endsAt(), d.validFrom(), d.validTo(), d.description());
    }

    // ---- who may change what ---------------------------------------------------------------------------------

    @Test
    void aPartnerContactManagesTheirOwnOrganisationOnly() {
        long own = newOrganisation("Egen förening", OrganisationKind.NIGHT_WALKERS, List.of());
        long other = newOrganisation("Annan förening", OrganisationKind.NIGHT_WALKERS, List.of());
        long otherContact = system.callAs(() -> partners.addContact(other, contact("Bo")), Role.COORDINATOR);
        long otherCommitment = system.callAs(() -> partners.addCommitment(other, patrol(null, 3)), Role.COORDINATOR);
        String contactPerson = newUser(own, Role.PARTNER_CONTACT);

        as(contactPerson, () -> {
            OrganisationDetail mine = partners.organisation(own).orElseThrow();
            partners.updateOrganisation(own, mine.name() + " Alby", mine.kind(), List.of(), mine.version());
            long c = partners.addContact(own, contact("Egen kontakt"));
            partners.moveContact(c, 1);
            partners.addCommitment(own, patrol(null, 2));
            String token = partners.renewSignupToken(own);
            assertThat(partners.hasSignupLink(own)).isTrue();
            assertThat(partners.organisationBySignupToken(token)).isPresent();
            assertThat(partners.canManage(own)).isTrue();
            assertThat(partners.canManage(other)).isFalse();
        }, Role.PARTNER_CONTACT);

        OrganisationDetail theirs = detail(other);
        List<Runnable> refused = List.of(
                () -> partners.updateOrganisation(other, "Kapad", OrganisationKind.OTHER, List.of(), theirs.version()),
                () -> partners.addContact(other, contact("Inkräktare")),
                () -> partners.updateContact(otherContact, contact("Inkräktare"), 0),
                () -> partners.removeContact(otherContact, 0),
                () -> partners.moveContact(otherContact, 1),
                () -> partners.addCommitment(other, patrol(null, 1)),
                () -> partners.updateCommitment(otherCommitment, patrol(null, 1), 0),
                () -> partners.removeCommitment(otherCommitment, 0),
                () -> partners.hasSignupLink(other),
                () -> partners.renewSignupToken(other),
                () -> partners.switchOffSignupToken(other),
                () -> partners.linkableUsers(other));
        for (Runnable attempt : refused) {
            assertThatThrownBy(() -> as(contactPerson, attempt, Role.PARTNER_CONTACT))
                    .isInstanceOf(AccessDeniedException.class);
        }
        OrganisationDetail after = detail(other);
        assertThat(after).isEqualTo(theirs);
        assertThat(system.callAs(() -> partners.hasSignupLink(other), Role.COORDINATOR)).isFalse();
        assertThat(detail(own).name()).endsWith(" Alby");
    }

    @Test
    void aViewerReadsButChangesNothing() {
        long id = newOrganisation("Läsbar", OrganisationKind.OTHER, List.of());
        long contactId = system.callAs(() -> partners.addContact(id, contact("Cilla")), Role.COORDINATOR);
        OrganisationDetail before = detail(id);

        List<Runnable> refused = List.of(
                () -> partners.updateOrganisation(id, "Ändrad", OrganisationKind.OTHER, List.of(), before.version()),
                () -> partners.addContact(id, contact("Ny")),
                () -> partners.updateContact(contactId, contact("Ny"), 0),
                () -> partners.moveContact(contactId, 1),
                () -> partners.addCommitment(id, patrol(null, 1)),
                () -> partners.renewSignupToken(id),
                () -> partners.hasSignupLink(id),
                () -> partners.deleteOrganisation(id, before.version()));
        for (Runnable attempt : refused) {
            assertThatThrownBy(() -> as("viewer", attempt, Role.VIEWER)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as("viewer", () -> partners.organisation(id), Role.VIEWER)).contains(before);
        assertThat(as("viewer", () -> partners.canManage(id), Role.VIEWER)).isFalse();
    }

    // ---- sign-up link ----------------------------------------------------------------------------------------

    @Test
    void theSignUpLinkIsALongRandomSecretThatCanBeRenewedAndSwitchedOff() {
        long id = newOrganisation("Anmälan", OrganisationKind.NIGHT_WALKERS, List.of());
        String first = system.callAs(() -> partners.renewSignupToken(id), Role.COORDINATOR);

        assertThat(first).matches("[A-Za-z0-9_-]{43}");
        assertThat(partners.organisationBySignupToken(first)).as("no sign-in needed")
                .hasValueSatisfying(o -> assertThat(o.id()).isEqualTo(id));

        String second = system.callAs(() -> partners.renewSignupToken(id), Role.COORDINATOR);
        assertThat(second).isNotEqualTo(first);
        assertThat(partners.organisationBySignupToken(first)).as("the old link stops working").isEmpty();
        assertThat(partners.organisationBySignupToken(second)).isPresent();

        system.runAs(() -> partners.switchOffSignupToken(id), Role.COORDINATOR);
        assertThat(partners.organisationBySignupToken(second)).isEmpty();
        assertThat(system.callAs(() -> partners.hasSignupLink(id), Role.COORDINATOR)).isFalse();
        assertThat(partners.organisationBySignupToken(null)).isEmpty();
        assertThat(partners.organisationBySignupToken("' or 1=1 --")).isEmpty();
    }
}
