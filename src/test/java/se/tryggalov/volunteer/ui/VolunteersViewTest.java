package se.tryggalov.volunteer.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.ui.NotAllowedView;
import se.tryggalov.shared.ui.NotFoundView;
import se.tryggalov.volunteer.Registration;
import se.tryggalov.volunteer.SignupService;
import se.tryggalov.volunteer.Volunteer;
import se.tryggalov.volunteer.VolunteerFixtures;
import se.tryggalov.volunteer.VolunteerService;
import se.tryggalov.volunteer.VolunteerStatus;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.ORGANISATION;

@IntegrationTest
class VolunteersViewTest extends KaribuViewTest {

    @Autowired
    VolunteerFixtures fixtures;
    @Autowired
    VolunteerService volunteers;
    @Autowired
    SignupService signups;
    @Autowired
    DSLContext dsl;

    @SuppressWarnings("unchecked")
    private static Grid<Volunteer> grid() {
        return _get(Grid.class, s -> s.withId("volunteers"));
    }

    private static List<String> names() {
        return _findAll(grid()).stream().map(Volunteer::name).toList();
    }

    /** An organisation with one contact, one volunteer and one pending registration. */
    private record Organisation(long id, String contact, long volunteer, long pending) {
    }

    private Organisation organisationWithPeople() {
        long org = fixtures.organisation("view-org");
        String contact = fixtures.account("view-contact", Role.PARTNER_CONTACT, org);
        long volunteer = fixtures.volunteer("view-person", org);
        String link = UUID.randomUUID().toString();
        dsl.update(ORGANISATION).set(ORGANISATION.SIGNUP_TOKEN_HASH, se.tryggalov.shared.secrets.Secrets.hash(link)).where(ORGANISATION.ID.eq(org)).execute();
        String email = VolunteerFixtures.unique("pending").toLowerCase() + "@example.org";
        signups.register(link, new Registration("Petra Pending", email, "072-000 11 22", true, null,
                VolunteerFixtures.PASSWORD, true, Translations.SWEDISH));
        long pending = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.EMAIL.eq(email)).fetchSingle(APP_USER.ID);
        return new Organisation(org, contact, volunteer, pending);
    }

    @Test
    void aCoordinatorSeesEveryoneIncludingTheDemoVolunteersAndCanSearch() {
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo(VolunteersView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Volontärer");
        assertThat(names()).contains("Maria Johansson").hasSizeGreaterThanOrEqualTo(300);

        setValueAsUser(_get(TextField.class, s -> s.withId("volunteer-search")), "maria johansson");

        assertThat(names()).isNotEmpty().allSatisfy(n -> assertThat(n).isEqualToIgnoringCase("Maria Johansson"));
        assertThat(_get(Paragraph.class, s -> s.withId("volunteer-count")).getText()).startsWith("Visar " + names().size() + " av ");
    }

    @Test
    void aPartnerContactSeesOnlyTheirOrganisationsPeopleWithPendingOnTop() {
        Organisation mine = organisationWithPeople();
        long elsewhere = fixtures.volunteer("elsewhere", fixtures.organisation("elsewhere-org"));
        signInAs(mine.contact(), Role.PARTNER_CONTACT);
        navigateTo(VolunteersView.class);

        assertThat(_findAll(grid())).extracting(Volunteer::userId)
                .containsExactlyInAnyOrder(mine.volunteer(), mine.pending()).doesNotContain(elsewhere);
        Section pending = _get(Section.class, s -> s.withId("pending-registrations"));
        assertThat(pending.isVisible()).isTrue();
        assertThat(pending.getElement().getTextRecursively()).contains("Petra Pending", "Väntar på godkännande (1)");
        assertThat(fixtures.audit(AuditAction.PERSON_LIST_VIEWED, mine.contact())).isNotEmpty();
    }

    @Test
    void approvingAPendingRegistrationActivatesThePerson() {
        Organisation mine = organisationWithPeople();
        signInAs(mine.contact(), Role.PARTNER_CONTACT);
        navigateTo(VolunteersView.class);

        _click(_get(Button.class, s -> s.withId("approve-" + mine.pending())));

        assertThat(notificationTexts()).containsExactly("Petra Pending är godkänd och kan nu logga in.");
        _assertNone(Section.class, s -> s.withId("pending-registrations"));
        assertThat(_findAll(grid())).filteredOn(v -> v.userId() == mine.pending())
                .extracting(Volunteer::status).containsExactly(VolunteerStatus.ACTIVE);
    }

    @Test
    void rejectingAPendingRegistrationAsksFirstAndThenRemovesIt() {
        Organisation mine = organisationWithPeople();
        signInAs(mine.contact(), Role.PARTNER_CONTACT);
        navigateTo(VolunteersView.class);

        _click(_get(Button.class, s -> s.withId("reject-" + mine.pending())));
        ConfirmDialog confirm = _get(ConfirmDialog.class, s -> s.withId("confirm-reject"));
        assertThat(confirm.isOpened()).isTrue();
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(notificationTexts()).containsExactly("Anmälan från Petra Pending är avvisad och borttagen.");
        assertThat(_findAll(grid())).extracting(Volunteer::userId).doesNotContain(mine.pending());
        assertThat(dsl.fetchCount(APP_USER, APP_USER.ID.eq(mine.pending()))).isZero();
    }

    @Test
    void aPartnerContactInvitesSomeoneAndSeesTheLinkOnce() {
        Organisation mine = organisationWithPeople();
        signInAs(mine.contact(), Role.PARTNER_CONTACT);
        navigateTo(VolunteersView.class);
        String email = VolunteerFixtures.unique("invitee").toLowerCase() + "@example.org";

        _click(_get(Button.class, s -> s.withId("invite-volunteer")));
        setValueAsUser(_get(TextField.class, s -> s.withId("invite-name")), "Ivar Inbjuden");
        setValueAsUser(_get(EmailField.class, s -> s.withId("invite-email")), email);
        _click(_get(Button.class, s -> s.withId("send-invitation")));

        assertThat(_get(TextField.class, s -> s.withId("invitation-link")).getValue()).contains("/invitation/");
        assertThat(_get(Paragraph.class, s -> s.withId("invite-done")).getText()).contains("Ivar Inbjuden", email);
        assertThat(_findAll(grid())).filteredOn(v -> v.name().equals("Ivar Inbjuden"))
                .extracting(Volunteer::status).containsExactly(VolunteerStatus.INVITED);
    }

    @Test
    void anInvitationWithoutAnEmailShowsTheMessageInTheDialog() {
        Organisation mine = organisationWithPeople();
        signInAs(mine.contact(), Role.PARTNER_CONTACT);
        navigateTo(VolunteersView.class);

        _click(_get(Button.class, s -> s.withId("invite-volunteer")));
        setValueAsUser(_get(TextField.class, s -> s.withId("invite-name")), "Ivar Inbjuden");
        _click(_get(Button.class, s -> s.withId("send-invitation")));

        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("invite-error")).getText())
                .isEqualTo(t("validation.email"));
        _assertNone(TextField.class, s -> s.withId("invitation-link"));
    }

    @Test
    void aViewerCannotOpenTheVolunteers() {
        signInAs("viewer", Role.VIEWER);
        navigateTo("volunteers");

        _assertNone(VolunteersView.class);
        _get(NotAllowedView.class);
    }

    @Test
    void aCoordinatorOpensAndEditsAProfile() {
        long org = fixtures.organisation("edit-org");
        long person = fixtures.volunteer("edit-person", org);
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo("volunteers/" + person);

        VolunteerView view = _get(VolunteerView.class);
        setValueAsUser(view.form.phone, "070-999 00 11");
        _click(_get(Button.class, s -> s.withId("save-volunteer")));

        assertThat(notificationTexts()).containsExactly("Profilen för Test edit-person är sparad.");
        assertThat(fixtures.as("admin", () -> volunteers.get(person), Role.ADMIN).phone()).isEqualTo("070-999 00 11");
        assertThat(fixtures.audit(AuditAction.PERSON_VIEWED, "coordinator"))
                .anySatisfy(a -> assertThat(a.subjectId()).isEqualTo(String.valueOf(person)));
    }

    @Test
    void aPersonalIdentityNumberInTheFormIsRefusedOnThePage() {
        long person = fixtures.volunteer("pnr-person", fixtures.organisation("pnr-org"));
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo("volunteers/" + person);

        VolunteerView view = _get(VolunteerView.class);
        setValueAsUser(view.form.name, "Test 19850709-1234");
        _click(_get(Button.class, s -> s.withId("save-volunteer")));

        assertThat(view.form.error.getText()).startsWith("Det ser ut som ett personnummer.");
        assertThat(fixtures.as("admin", () -> volunteers.get(person), Role.ADMIN).name()).isEqualTo("Test pnr-person");
    }

    @Test
    void aContactOfAnotherOrganisationGetsNotFoundForAProfileById() {
        long person = fixtures.volunteer("hidden-person", fixtures.organisation("hidden-org"));
        String otherContact = fixtures.account("other-contact", Role.PARTNER_CONTACT, fixtures.organisation("other-org"));
        signInAs(otherContact, Role.PARTNER_CONTACT);
        navigateTo("volunteers/" + person);

        // the same page as for an id that does not exist: nothing tells the profile is there
        _get(NotFoundView.class);
        _assertNone(VolunteerView.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void showsNoRawTranslationKey(String language) {
        Organisation mine = organisationWithPeople();
        signInAs(mine.contact(), Role.PARTNER_CONTACT);
        navigateTo(VolunteersView.class);
        useLocale(Locale.forLanguageTag(language));
        assertNoRawTranslationKeys();

        navigateTo("volunteers/" + mine.volunteer());
        useLocale(Locale.forLanguageTag(language));
        assertNoRawTranslationKeys();
    }
}
