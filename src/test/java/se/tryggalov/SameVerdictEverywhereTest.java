package se.tryggalov;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.dataimport.ImportKind;
import se.tryggalov.dataimport.ImportOutcome;
import se.tryggalov.dataimport.ImportPreview;
import se.tryggalov.dataimport.ImportService;
import se.tryggalov.partner.ContactDraft;
import se.tryggalov.partner.OrganisationKind;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.security.NewAccount;
import se.tryggalov.security.Role;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.validation.EmailAddresses;
import se.tryggalov.shared.validation.PersonNames;
import se.tryggalov.shared.validation.PhoneNumbers;
import se.tryggalov.shared.validation.Problem;
import se.tryggalov.volunteer.InvitationService;
import se.tryggalov.volunteer.NewInvitation;
import se.tryggalov.volunteer.NewVolunteer;
import se.tryggalov.volunteer.Registration;
import se.tryggalov.volunteer.SignupService;
import se.tryggalov.volunteer.VolunteerEdit;
import se.tryggalov.volunteer.VolunteerService;
import se.tryggalov.volunteer.VolunteerStatus;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One rule per fact (issue 19): the same list of identity numbers, phones, e-mail addresses and names gets the
 * same verdict from the shared rule, every service that writes the value, every form that takes it (its Binder, as
 * the user types) and the import's dry run.
 */
@IntegrationTest
class SameVerdictEverywhereTest extends KaribuViewTest {

    private static final String PASSWORD = "a-long-test-password";

    enum Fact { PHONE, EMAIL, NAME }

    /** {@code {u}} is replaced by a fresh token at every entry, so a good address is never taken already. */
    record Sample(Fact fact, String value, boolean accepted) {
        String at(String token) {
            return value.replace("{u}", token);
        }

        @Override
        public String toString() {
            return fact + " " + value + (accepted ? " accepted" : " refused");
        }
    }

    static Stream<Sample> samples() {
        return Stream.of(
                new Sample(Fact.PHONE, "070-123 45 67", true),
                new Sample(Fact.PHONE, "+46 70 123 45 67", true),
                new Sample(Fact.PHONE, "0701234567", true),
                new Sample(Fact.PHONE, "08-123 456 78", true),
                new Sample(Fact.PHONE, "0046 70 123 45 67", true),
                new Sample(Fact.PHONE, "850709-1234", false),
                new Sample(Fact.PHONE, "19850709-1234", false),
                new Sample(Fact.PHONE, "8507091234", false),
                new Sample(Fact.PHONE, "811218-9876", false),
                new Sample(Fact.PHONE, "+46 070 123 45 67", false),
                new Sample(Fact.PHONE, "070 123", false),
                new Sample(Fact.PHONE, "ring mig", false),
                new Sample(Fact.EMAIL, "anna.berg.{u}@example.org", true),
                new Sample(Fact.EMAIL, "a+b.{u}@sub.example.se", true),
                new Sample(Fact.EMAIL, "anna.{u}@", false),
                new Sample(Fact.EMAIL, "anna.{u}@localhost", false),
                new Sample(Fact.EMAIL, "anna berg.{u}@example.org", false),
                new Sample(Fact.EMAIL, "850709-1234@example.org", false),
                new Sample(Fact.EMAIL, "inte-en-adress", false),
                new Sample(Fact.NAME, "Anna Berg", true),
                new Sample(Fact.NAME, "Anna 850709-1234", false),
                new Sample(Fact.NAME, "Anna 198507091234", false));
    }

    @Autowired
    VolunteerService volunteers;
    @Autowired
    InvitationService invitations;
    @Autowired
    SignupService signups;
    @Autowired
    PartnerService partners;
    @Autowired
    ImportService imports;
    @Autowired
    SecurityContexts contexts;

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyEntryGivesTheSameVerdict(Sample sample) {
        Map<String, Boolean> accepted = new LinkedHashMap<>();
        accepted.put("shared rule", rule(sample.fact()).apply(sample.at(token())).isEmpty());

        long organisation = organisation();
        long person = volunteer(organisation);
        String signupLink = asCoordinator(() -> partners.renewSignupToken(organisation));

        // the services that write the value
        accepted.put("volunteer profile save", service(() -> {
            Values v = values(sample);
            VolunteerEdit e = VolunteerEdit.of(volunteers.get(person));
            volunteers.update(person, new VolunteerEdit(v.name, v.email, v.phone, e.adultConfirmed(),
                    e.youthWalker(), e.guardianConsentOn(), e.birthYear(), e.recordExtractShownOn(), e.gender(),
                    e.languages(), e.maxNightsPerMonth(), e.maxNightsPerWeekend(), e.status(), e.organisationIds(),
                    e.districtIds(), e.qualifications(), e.version(), e.accountVersion()));
        }));
        accepted.put("contact person save", service(() -> {
            Values v = values(sample);
            partners.addContact(organisation, new ContactDraft(v.name, null, v.phone, v.email, null));
        }));
        accepted.put("invitation", service(() -> {
            Values v = values(sample);
            invitations.invite(new NewInvitation(v.name, v.email, v.phone, organisation, false, null,
                    Translations.SWEDISH));
        }));
        accepted.put("sign-up", serviceAnonymous(() -> {
            Values v = values(sample);
            signups.register(signupLink, new Registration(v.name, v.email, v.phone, true, null, PASSWORD, true,
                    Translations.SWEDISH));
        }));
        if (sample.fact() != Fact.PHONE) {
            accepted.put("user account", serviceAsAdmin(() -> {
                Values v = values(sample);
                accountService.createAccount(new NewAccount(unique("u"), v.name, v.email, Set.of(Role.VIEWER),
                        Translations.SWEDISH, null, PASSWORD, false));
            }));
        }

        // the forms, as the user types
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo("organisations/" + organisation);
        _click(_get(Button.class, s -> s.withId("add-contact")));
        accepted.put("contact form", typed(sample, _get(TextField.class, s -> s.withId("contact-name")),
                _get(EmailField.class, s -> s.withId("contact-email")),
                _get(TextField.class, s -> s.withId("contact-phone"))));
        closeDialogs();

        navigateTo("volunteers/" + person);
        accepted.put("volunteer form", typed(sample, byLabel(TextField.class, "volunteers.field.name"),
                byLabel(EmailField.class, "volunteers.field.email"), byLabel(TextField.class, "volunteers.field.phone")));

        navigateTo("volunteers");
        _click(_get(Button.class, s -> s.withId("invite-volunteer")));
        accepted.put("invitation form", typed(sample, _get(TextField.class, s -> s.withId("invite-name")),
                _get(EmailField.class, s -> s.withId("invite-email")),
                byLabel(TextField.class, "volunteers.field.phone")));
        closeDialogs();

        navigateTo("join/" + signupLink);
        accepted.put("sign-up form", typed(sample, _get(TextField.class, s -> s.withId("join-name")),
                _get(EmailField.class, s -> s.withId("join-email")),
                _get(TextField.class, s -> s.withId("join-phone"))));

        if (sample.fact() != Fact.PHONE) {
            signInAs("admin", Role.ADMIN);
            navigateTo("users");
            _click(_get(Button.class, s -> s.withId("create-user")));
            accepted.put("user form", typed(sample, byLabel(TextField.class, "users.name"),
                    byLabel(EmailField.class, "users.email"), null));
            closeDialogs();
        }

        // the import's dry run
        String orgName = asCoordinator(() -> partners.organisation(organisation).orElseThrow().name());
        Values v = values(sample);
        accepted.put("volunteer import", imported(ImportKind.VOLUNTEERS,
                "Namn;E-post;Mobil;Organisation;18+ bekräftad",
                csvRow(v.name, v.email, v.phone, orgName, "ja")));
        accepted.put("contact import", imported(ImportKind.CONTACTS, "Organisation;Namn;Roll;Telefon;E-post",
                csvRow(orgName, v.name, "", v.phone, sample.fact() == Fact.EMAIL ? v.email : "")));

        assertThat(accepted).as(sample.toString()).allSatisfy((entry, verdict) ->
                assertThat(verdict).as(entry).isEqualTo(sample.accepted()));
    }

    // ---- the value under test in its field, ordinary values in the others -------------------------------------

    private record Values(String name, String email, String phone) {
    }

    private static Values values(Sample sample) {
        String token = token();
        return new Values(sample.fact() == Fact.NAME ? sample.at(token) : "Anna Berg",
                sample.fact() == Fact.EMAIL ? sample.at(token) : "same." + token + "@example.org",
                sample.fact() == Fact.PHONE ? sample.at(token) : "070-123 45 67");
    }

    private static Function<String, Optional<Problem>> rule(Fact fact) {
        return switch (fact) {
            case PHONE -> PhoneNumbers::check;
            case EMAIL -> EmailAddresses::check;
            case NAME -> PersonNames::check;
        };
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    // ---- entries ----------------------------------------------------------------------------------------------

    /** Accepted, or refused by a shared rule; any other refusal is not what this test is about and fails it. */
    private static boolean attempt(Runnable work) {
        try {
            work.run();
            return true;
        } catch (UserMessageException e) {
            assertThat(e.messageKey()).as("refused by a shared rule").startsWith("validation.");
            return false;
        }
    }

    private boolean service(Runnable work) {
        return asCoordinator(() -> attempt(work));
    }

    private boolean serviceAsAdmin(Runnable work) {
        return systemAuthentication.callAs(() -> attempt(work), Role.ADMIN);
    }

    private static boolean serviceAnonymous(Runnable work) {
        return attempt(work);
    }

    private <T> T asCoordinator(Supplier<T> work) {
        return SignedIn.as(contexts, "coordinator", work, Role.COORDINATOR);
    }

    /** Types the sample into its field (the others keep ordinary values); accepted when the field is not invalid. */
    private static boolean typed(Sample sample, TextField name, EmailField email, TextField phone) {
        Values v = values(sample);
        HasValue<?, String> field = switch (sample.fact()) {
            case NAME -> name;
            case EMAIL -> email;
            case PHONE -> phone;
        };
        setValueAsUser(field, sample.fact() == Fact.NAME ? v.name : sample.fact() == Fact.EMAIL ? v.email : v.phone);
        return !((HasValidation) field).isInvalid();
    }

    private static void closeDialogs() {
        _find(Dialog.class).forEach(Dialog::close);
    }

    private <T extends com.vaadin.flow.component.Component & HasValue<?, String>> T byLabel(Class<T> type,
                                                                                         String labelKey) {
        String label = t(labelKey);
        return _get(type, s -> s.withLabel(label));
    }

    private boolean imported(ImportKind kind, String header, String row) {
        byte[] csv = ("\uFEFF" + header + "\r\n" + row + "\r\n").getBytes(StandardCharsets.UTF_8);
        ImportPreview preview = asCoordinator(() -> imports.check(kind, csv));
        assertThat(preview.rows()).hasSize(1);
        return preview.rows().getFirst().outcome() != ImportOutcome.ERROR;
    }

    private static String csvRow(String... cells) {
        return String.join(";", Stream.of(cells).map(c -> c == null ? "" : c).toList());
    }

    // ---- fixtures ---------------------------------------------------------------------------------------------

    private long organisation() {
        return systemAuthentication.callAs(() -> partners.createOrganisation(unique("Samma"), OrganisationKind.OTHER,
                List.of()), Role.COORDINATOR);
    }

    private long volunteer(long organisation) {
        String token = token();
        return systemAuthentication.callAs(() -> volunteers.createAtStartup(List.of(new NewVolunteer(null,
                "Vera " + token.replaceAll("\\d", "x"), "vera." + token + "@example.org", null, true, false, null,
                null, null, null, List.of(), null, null, VolunteerStatus.ACTIVE, List.of(organisation), List.of(),
                List.of())), false), Role.ADMIN).getFirst();
    }
}
