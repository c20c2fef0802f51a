package se.tryggalov.volunteer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.tryggalov.IntegrationTest;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditEntry;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.time.Zones;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class VolunteerServiceTest {

    @Autowired
    VolunteerService volunteers;
    @Autowired
    VolunteerFixtures fixtures;

    long organisationA;
    long organisationB;
    long personA;
    long personB;
    String contactA;
    String contactB;
    String coordinator;

    @BeforeEach
    void twoOrganisationsWithOnePersonAndOneContactEach() {
        organisationA = fixtures.organisation("org-a");
        organisationB = fixtures.organisation("org-b");
        personA = fixtures.volunteer("person-a", organisationA);
        personB = fixtures.volunteer("person-b", organisationB);
        contactA = fixtures.account("contact-a", Role.PARTNER_CONTACT, organisationA);
        contactB = fixtures.account("contact-b", Role.PARTNER_CONTACT, organisationB);
        coordinator = fixtures.account("coord", Role.COORDINATOR, null);
    }

    private Volunteer asCoordinator(long id) {
        return fixtures.as(coordinator, () -> volunteers.get(id), Role.COORDINATOR);
    }

    private void edit(String user, Role role, long id, UnaryOperator<VolunteerEdit> change) {
        fixtures.as(user, () -> {
            VolunteerEdit edit = change.apply(VolunteerEdit.of(volunteers.get(id)));
            volunteers.update(id, edit);
        }, role);
    }

    private static VolunteerEdit withPhone(VolunteerEdit e, String phone) {
        return new VolunteerEdit(e.name(), e.email(), phone, e.adultConfirmed(), e.youthWalker(), e.guardianConsentOn(),
                e.birthYear(), e.recordExtractShownOn(), e.gender(), e.languages(), e.maxNightsPerMonth(),
                e.maxNightsPerWeekend(), e.status(), e.organisationIds(), e.districtIds(), e.qualifications(),
                e.version(), e.accountVersion());
    }

    private static VolunteerEdit withName(VolunteerEdit e, String name) {
        return new VolunteerEdit(name, e.email(), e.phone(), e.adultConfirmed(), e.youthWalker(), e.guardianConsentOn(),
                e.birthYear(), e.recordExtractShownOn(), e.gender(), e.languages(), e.maxNightsPerMonth(),
                e.maxNightsPerWeekend(), e.status(), e.organisationIds(), e.districtIds(), e.qualifications(),
                e.version(), e.accountVersion());
    }

    private static String messageKey(Throwable e) {
        return ((UserMessageException) e).messageKey();
    }

    // --- creating and editing ----------------------------------------------------------------------------------------

    @Test
    void aCreatedVolunteerHasTheWholeMinimalProfile() {
        Volunteer v = asCoordinator(personA);

        assertThat(v.status()).isEqualTo(VolunteerStatus.ACTIVE);
        assertThat(v.adultConfirmed()).isTrue();
        assertThat(v.organisations()).extracting(NamedRef::id).containsExactly(organisationA);
        assertThat(v.qualifiedOn(QualificationKind.BASIC_TRAINING, LocalDate.now(Zones.STOCKHOLM))).isTrue();
        assertThat(v.phone()).isEqualTo("070-123 45 67");
    }

    @Test
    void aCoordinatorEditsAProfileAndTheAuditLogNamesTheFieldsButNotTheValues() {
        long district = volunteers.districtChoices().getFirst().id();
        edit(coordinator, Role.COORDINATOR, personA, e -> new VolunteerEdit("Anna Andersson", e.email(), "+46 70 999 88 77",
                e.adultConfirmed(), e.youthWalker(), e.guardianConsentOn(), 1980, LocalDate.now(Zones.STOCKHOLM).minusDays(3),
                Gender.UNDISCLOSED, List.of("AR", "en"), 2, 1, VolunteerStatus.PAUSED, e.organisationIds(),
                List.of(district), List.of(new Qualification(QualificationKind.FIRST_AID, LocalDate.now(Zones.STOCKHOLM).minusYears(4),
                LocalDate.now(Zones.STOCKHOLM).minusYears(1))), e.version(), e.accountVersion()));

        Volunteer v = asCoordinator(personA);
        assertThat(v.name()).isEqualTo("Anna Andersson");
        assertThat(v.phone()).isEqualTo("+46 70 999 88 77");
        assertThat(v.birthYear()).isEqualTo(1980);
        assertThat(v.gender()).isEqualTo(Gender.UNDISCLOSED);
        assertThat(v.languages()).containsExactly("ar", "en");
        assertThat(v.status()).isEqualTo(VolunteerStatus.PAUSED);
        assertThat(v.districts()).extracting(NamedRef::id).containsExactly(district);
        assertThat(v.qualification(QualificationKind.FIRST_AID)).hasValueSatisfying(q ->
                assertThat(q.expiredOn(LocalDate.now(Zones.STOCKHOLM))).isTrue());
        assertThat(v.qualification(QualificationKind.BASIC_TRAINING)).isEmpty();

        AuditEntry change = fixtures.audit(AuditAction.PERSON_CHANGED, coordinator).stream()
                .filter(a -> String.valueOf(personA).equals(a.subjectId())).findFirst().orElseThrow();
        assertThat(change.details()).contains("name", "phone", "birthYear", "status", "qualifications")
                .doesNotContain("Anna", "999", "1980");
    }

    @ParameterizedTest
    @ValueSource(strings = {"850709-1234", "19850709-1234", "198507091234", "8507091234", "850709+1234"})
    void somethingShapedLikeAPersonalIdentityNumberIsRefusedInEveryFieldAndNothingIsSaved(String number) {
        Volunteer before = asCoordinator(personA);

        assertThatThrownBy(() -> edit(coordinator, Role.COORDINATOR, personA, e -> withName(e, "Anna " + number)))
                .extracting(VolunteerServiceTest::messageKey).isEqualTo("validation.identityNumber");
        assertThatThrownBy(() -> edit(coordinator, Role.COORDINATOR, personA, e -> withPhone(e, number)))
                .extracting(VolunteerServiceTest::messageKey).isEqualTo("validation.identityNumber");
        assertThatThrownBy(() -> edit(coordinator, Role.COORDINATOR, personA, e -> new VolunteerEdit(e.name(),
                number + "@example.org", e.phone(), e.adultConfirmed(), e.youthWalker(), e.guardianConsentOn(),
                e.birthYear(), e.recordExtractShownOn(), e.gender(), e.languages(), e.maxNightsPerMonth(),
                e.maxNightsPerWeekend(), e.status(), e.organisationIds(), e.districtIds(), e.qualifications(),
                e.version(), e.accountVersion())))
                .extracting(VolunteerServiceTest::messageKey).isEqualTo("validation.identityNumber");

        Volunteer after = asCoordinator(personA);
        assertThat(after.name()).isEqualTo(before.name());
        assertThat(after.phone()).isEqualTo(before.phone());
        assertThat(after.email()).isEqualTo(before.email());
        assertThat(after.version()).isEqualTo(before.version());
    }

    @ParameterizedTest
    @ValueSource(strings = {"070-123 45 67", "0701234567", "+46 70 123 45 67", "08-530 610 00"})
    void ordinaryPhoneNumbersAreAccepted(String phone) {
        edit(coordinator, Role.COORDINATOR, personA, e -> withPhone(e, phone));
        assertThat(asCoordinator(personA).phone()).isEqualTo(phone);
    }

    @Test
    void badInputIsRefusedWithAMessageAndLeavesTheProfileAsItWas() {
        Volunteer before = asCoordinator(personA);
        LocalDate today = LocalDate.now(Zones.STOCKHOLM);
        record Case(String key, UnaryOperator<VolunteerEdit> change) {
        }
        List<Case> cases = List.of(
                new Case("validation.name", e -> withName(e, "  ")),
                new Case("validation.phone", e -> withPhone(e, "call me")),
                new Case("volunteers.error.adultOrYouth", e -> new VolunteerEdit(e.name(), e.email(), e.phone(), true,
                        true, today, null, null, null, List.of(), null, null, null, null, List.of(), List.of(),
                        e.version(), e.accountVersion())),
                new Case("volunteers.error.guardianConsentRequired", e -> new VolunteerEdit(e.name(), e.email(),
                        e.phone(), false, true, null, null, null, null, List.of(), null, null, null, null, List.of(),
                        List.of(), e.version(), e.accountVersion())),
                new Case("volunteers.error.dateInFuture", e -> new VolunteerEdit(e.name(), e.email(), e.phone(), true,
                        false, null, null, today.plusDays(1), null, List.of(), null, null, null, null, List.of(),
                        List.of(), e.version(), e.accountVersion())),
                new Case("volunteers.error.birthYearNotAdult", e -> new VolunteerEdit(e.name(), e.email(), e.phone(),
                        true, false, null, today.getYear() - 16, null, null, List.of(), null, null, null, null,
                        List.of(), List.of(), e.version(), e.accountVersion())),
                new Case("volunteers.error.maxNightsPerMonth", e -> new VolunteerEdit(e.name(), e.email(), e.phone(),
                        true, false, null, null, null, null, List.of(), 40, null, null, null, List.of(), List.of(),
                        e.version(), e.accountVersion())),
                new Case("volunteers.error.language", e -> new VolunteerEdit(e.name(), e.email(), e.phone(), true,
                        false, null, null, null, null, List.of("klingon"), null, null, null, null, List.of(),
                        List.of(), e.version(), e.accountVersion())),
                new Case("volunteers.error.qualificationExpiresBeforeObtained", e -> new VolunteerEdit(e.name(),
                        e.email(), e.phone(), true, false, null, null, null, null, List.of(), null, null, null, null,
                        List.of(), List.of(new Qualification(QualificationKind.FIRST_AID, today.minusDays(5),
                        today.minusDays(10))), e.version(), e.accountVersion())),
                new Case("volunteers.error.statusNotChoosable", e -> new VolunteerEdit(e.name(), e.email(), e.phone(),
                        true, false, null, null, null, null, List.of(), null, null, VolunteerStatus.ANONYMISED, null,
                        List.of(), List.of(), e.version(), e.accountVersion())),
                new Case("volunteers.error.unknownDistrict", e -> new VolunteerEdit(e.name(), e.email(), e.phone(),
                        true, false, null, null, null, null, List.of(), null, null, null, null, List.of(-5L),
                        List.of(), e.version(), e.accountVersion())));
        for (Case c : cases) {
            assertThatThrownBy(() -> edit(coordinator, Role.COORDINATOR, personA, c.change()))
                    .as(c.key()).extracting(VolunteerServiceTest::messageKey).isEqualTo(c.key());
        }
        assertThat(asCoordinator(personA)).isEqualTo(before);
    }

    @Test
    void theSecondOfTwoEditsFromTheSameReadIsRefusedAsStale() {
        VolunteerEdit first = fixtures.as(coordinator, () -> VolunteerEdit.of(volunteers.get(personA)), Role.COORDINATOR);
        VolunteerEdit second = fixtures.as(contactA, () -> VolunteerEdit.of(volunteers.get(personA)), Role.PARTNER_CONTACT);

        fixtures.as(coordinator, () -> volunteers.update(personA, withPhone(first, "070-111 11 11")), Role.COORDINATOR);
        assertThatThrownBy(() -> fixtures.as(contactA, () -> volunteers.update(personA, withPhone(second, "070-222 22 22")),
                Role.PARTNER_CONTACT)).extracting(VolunteerServiceTest::messageKey).isEqualTo("error.changedByOthers");
        assertThatThrownBy(() -> fixtures.as(contactA, () -> volunteers.update(personA, withName(second, "Someone Else")),
                Role.PARTNER_CONTACT)).extracting(VolunteerServiceTest::messageKey).isEqualTo("error.changedByOthers");

        Volunteer v = asCoordinator(personA);
        assertThat(v.phone()).isEqualTo("070-111 11 11");
        assertThat(v.name()).isNotEqualTo("Someone Else");
    }

    @Test
    void anEditThatChangesNothingWritesNothing() {
        Volunteer before = asCoordinator(personA);
        edit(coordinator, Role.COORDINATOR, personA, e -> e);
        assertThat(asCoordinator(personA).version()).isEqualTo(before.version());
    }

    // --- who sees what -----------------------------------------------------------------------------------------------

    @Test
    void aPartnerContactSeesAndEditsOnlyTheirOwnOrganisationsPeople() {
        List<Volunteer> seenByB = fixtures.as(contactB, () -> volunteers.list(), Role.PARTNER_CONTACT);
        assertThat(seenByB).extracting(Volunteer::userId).contains(personB).doesNotContain(personA);
        assertThat(seenByB).allSatisfy(v -> assertThat(v.memberOf(organisationB)).isTrue());

        assertThatThrownBy(() -> fixtures.as(contactB, () -> volunteers.get(personA), Role.PARTNER_CONTACT))
                .extracting(VolunteerServiceTest::messageKey).isEqualTo("error.notFound");
        VolunteerEdit edit = VolunteerEdit.of(asCoordinator(personA));
        assertThatThrownBy(() -> fixtures.as(contactB, () -> volunteers.update(personA, withPhone(edit, "070-666 66 66")),
                Role.PARTNER_CONTACT)).extracting(VolunteerServiceTest::messageKey).isEqualTo("error.notFound");
        assertThat(asCoordinator(personA).phone()).isNotEqualTo("070-666 66 66");

        edit(contactA, Role.PARTNER_CONTACT, personA, e -> withPhone(e, "070-555 55 55"));
        assertThat(asCoordinator(personA).phone()).isEqualTo("070-555 55 55");
    }

    @Test
    void aPartnerContactCannotMovePeopleBetweenOrganisations() {
        assertThatThrownBy(() -> edit(contactA, Role.PARTNER_CONTACT, personA, e -> new VolunteerEdit(e.name(), e.email(),
                e.phone(), e.adultConfirmed(), e.youthWalker(), e.guardianConsentOn(), e.birthYear(),
                e.recordExtractShownOn(), e.gender(), e.languages(), e.maxNightsPerMonth(), e.maxNightsPerWeekend(),
                e.status(), List.of(organisationA, organisationB), e.districtIds(), e.qualifications(), e.version(),
                e.accountVersion())))
                .extracting(VolunteerServiceTest::messageKey).isEqualTo("volunteers.error.organisationsByCoordinator");
        assertThat(asCoordinator(personA).organisations()).extracting(NamedRef::id).containsExactly(organisationA);
        assertThat(fixtures.as(contactA, () -> volunteers.organisationChoices(), Role.PARTNER_CONTACT))
                .extracting(NamedRef::id).containsExactly(organisationA);
    }

    @Test
    void aVolunteerSeesOnlyThemself() {
        String a = fixtures.usernameOf(personA);

        assertThat(fixtures.as(a, () -> volunteers.me(), Role.VOLUNTEER).userId()).isEqualTo(personA);
        assertThat(fixtures.as(a, () -> volunteers.get(personA), Role.VOLUNTEER).userId()).isEqualTo(personA);
        assertThatThrownBy(() -> fixtures.as(a, () -> volunteers.get(personB), Role.VOLUNTEER))
                .extracting(VolunteerServiceTest::messageKey).isEqualTo("error.notFound");
        assertThatThrownBy(() -> fixtures.as(a, () -> volunteers.list(), Role.VOLUNTEER))
                .isInstanceOf(AccessDeniedException.class);
        VolunteerEdit edit = VolunteerEdit.of(asCoordinator(personB));
        assertThatThrownBy(() -> fixtures.as(a, () -> volunteers.update(personB, edit), Role.VOLUNTEER))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aViewerIsRefusedEveryProfile() {
        String viewer = fixtures.account("viewer", Role.VIEWER, null);

        assertThatThrownBy(() -> fixtures.as(viewer, () -> volunteers.list(), Role.VIEWER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(viewer, () -> volunteers.get(personA), Role.VIEWER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(viewer, () -> volunteers.me(), Role.VIEWER))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void openingSomeoneElsesProfileIsAuditedButOpeningYourOwnIsNot() {
        String a = fixtures.usernameOf(personA);
        fixtures.as(contactA, () -> volunteers.get(personA), Role.PARTNER_CONTACT);
        fixtures.as(a, () -> volunteers.get(personA), Role.VOLUNTEER);
        fixtures.as(a, () -> volunteers.me(), Role.VOLUNTEER);

        assertThat(fixtures.audit(AuditAction.PERSON_VIEWED, contactA))
                .extracting(AuditEntry::subjectId).containsExactly(String.valueOf(personA));
        assertThat(fixtures.audit(AuditAction.PERSON_VIEWED, a)).isEmpty();
    }

    @Test
    void showingAListOfPeopleIsAuditedWithItsSizeOnly() {
        List<Volunteer> seen = fixtures.as(contactA, () -> volunteers.list(), Role.PARTNER_CONTACT);

        assertThat(fixtures.audit(AuditAction.PERSON_LIST_VIEWED, contactA))
                .extracting(AuditEntry::details).containsExactly("count=" + seen.size());
    }

    // --- the volunteer's own edits -------------------------------------------------------------------------------

    @Test
    void aVolunteerCorrectsTheirOwnDetailsAndPausesButKeepsTheirTrainingAndOrganisations() {
        String a = fixtures.usernameOf(personA);
        Volunteer before = asCoordinator(personA);

        fixtures.as(a, () -> {
            OwnProfileEdit own = OwnProfileEdit.of(volunteers.me());
            volunteers.updateMine(new OwnProfileEdit("Anna Own", own.email(), "070-444 44 44", own.districtIds(),
                    List.of("fi"), Gender.FEMALE, 3, 1, true, own.version(), own.accountVersion()));
        }, Role.VOLUNTEER);

        Volunteer after = asCoordinator(personA);
        assertThat(after.name()).isEqualTo("Anna Own");
        assertThat(after.phone()).isEqualTo("070-444 44 44");
        assertThat(after.status()).isEqualTo(VolunteerStatus.PAUSED);
        assertThat(after.languages()).containsExactly("fi");
        assertThat(after.maxNightsPerMonth()).isEqualTo(3);
        assertThat(after.qualifications()).isEqualTo(before.qualifications());
        assertThat(after.organisations()).isEqualTo(before.organisations());
        assertThat(after.lastActiveAt()).isAfterOrEqualTo(before.lastActiveAt());
        assertThat(fixtures.audit(AuditAction.PERSON_CHANGED, a)).isNotEmpty();
    }

    @Test
    void anEmailAddressOfAnotherAccountIsRefused() {
        String otherEmail = asCoordinator(personB).email();
        assertThatThrownBy(() -> edit(coordinator, Role.COORDINATOR, personA, e -> new VolunteerEdit(e.name(),
                otherEmail.toUpperCase(), e.phone(), e.adultConfirmed(), e.youthWalker(), e.guardianConsentOn(),
                e.birthYear(), e.recordExtractShownOn(), e.gender(), e.languages(), e.maxNightsPerMonth(),
                e.maxNightsPerWeekend(), e.status(), e.organisationIds(), e.districtIds(), e.qualifications(),
                e.version(), e.accountVersion())))
                .extracting(VolunteerServiceTest::messageKey).isEqualTo("volunteers.error.emailTaken");
    }
}
