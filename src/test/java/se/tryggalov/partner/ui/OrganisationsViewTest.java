package se.tryggalov.partner.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.partner.CommitmentKind;
import se.tryggalov.partner.Contact;
import se.tryggalov.partner.ContactDraft;
import se.tryggalov.partner.Organisation;
import se.tryggalov.partner.OrganisationDetail;
import se.tryggalov.partner.OrganisationKind;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.security.NewAccount;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.Translations;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OrganisationsViewTest extends KaribuViewTest {

    private static final String POLICE = "Polisen – lokalpolisområde Botkyrka";

    @Autowired
    PartnerService partners;

    @SuppressWarnings("unchecked")
    private static Grid<Organisation> grid() {
        return _get(Grid.class, s -> s.withId("organisations"));
    }

    private static List<String> rowOf(String name) {
        Grid<Organisation> grid = grid();
        Organisation organisation = _findAll(grid).stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + name));
        return _getFormattedRow(grid, organisation);
    }

    private static Button button(String id) {
        return _get(Button.class, s -> s.withId(id));
    }

    private long newOrganisation(String prefix) {
        return systemAuthentication.callAs(() -> partners.createOrganisation(unique(prefix), OrganisationKind.OTHER,
                List.of()), Role.COORDINATOR);
    }

    private OrganisationDetail detail(long id) {
        return systemAuthentication.callAs(() -> partners.organisation(id).orElseThrow(), Role.VIEWER);
    }

    private String partnerContactOf(long organisationId) {
        String username = unique("contact");
        systemAuthentication.runAs(() -> accountService.createAccount(new NewAccount(username, "Test contact", null,
                Set.of(Role.PARTNER_CONTACT), Translations.SWEDISH, organisationId, "a-long-test-password", false)),
                Role.ADMIN);
        return username;
    }

    private void openOrganisation(long id) {
        navigateTo("organisations/" + id);
    }

    // ---- the list --------------------------------------------------------------------------------------------

    @Test
    void listsTheDemoOrganisations() {
        signInAs("partner", Role.PARTNER_CONTACT);
        navigateTo(OrganisationsView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Organisationer");
        assertThat(_findAll(grid())).extracting(Organisation::name).contains(POLICE,
                "Botkyrka kommun – trygghetssamordning", "Nattvandrarna Botkyrka", "Southside fritidsgård",
                "Svenska kyrkan i Botkyrka");
        assertThat(_find(Button.class, s -> s.withId("new-organisation"))).as("only coordinators create").isEmpty();
    }

    @Test
    void showsThePoliceWithItsTranslatedKindAndDistricts() {
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo(OrganisationsView.class);

        List<String> police = rowOf(POLICE);
        assertThat(police.get(0)).isEqualTo(POLICE);
        assertThat(police.get(1)).isEqualTo("Polis");
        assertThat(police.get(2)).contains("Alby", "Vårsta-Grödinge");
        assertThat(rowOf("Utbildningsförvaltningen")).containsExactly("Utbildningsförvaltningen",
                "Kommunal förvaltning", "Hela kommunen");
    }

    @Test
    void showsTheKindInEnglishWithTheEnglishLocale() {
        signInAs("viewer", Role.VIEWER);
        navigateTo(OrganisationsView.class);
        useLocale(Locale.ENGLISH);

        assertThat(rowOf(POLICE).get(1)).isEqualTo("Police");
        assertThat(rowOf("Utbildningsförvaltningen")).containsExactly("Utbildningsförvaltningen",
                "Municipal department", "Whole municipality");
    }

    @Test
    void aCoordinatorCreatesAnOrganisationAndLandsOnItsPage() {
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo(OrganisationsView.class);
        String name = unique("Grannstöd Alby");

        _click(button("new-organisation"));
        setValueAsUser(_get(TextField.class, s -> s.withId("organisation-name")), name);
        _click(button("organisation-save"));
        assertThat(_get(Div.class, s -> s.withId("organisation-error")).getText())
                .isEqualTo(t("partner.error.kindRequired"));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<OrganisationKind> kind =
                _get(com.vaadin.flow.component.select.Select.class, s -> s.withId("organisation-kind"));
        setValueAsUser(kind, OrganisationKind.OTHER);
        _click(button("organisation-save"));

        assertThat(_get(OrganisationView.class).title.getText()).isEqualTo(name);
        assertThat(systemAuthentication.callAs(() -> partners.organisations(), Role.VIEWER))
                .extracting(Organisation::name).contains(name);
    }

    // ---- the organisation page -------------------------------------------------------------------------------

    @Test
    void aPartnerContactEditsTheirOwnOrganisationButOnlyReadsOthers() {
        long own = newOrganisation("Egen");
        long other = newOrganisation("Annan");
        String username = partnerContactOf(own);
        signInAs(username, Role.PARTNER_CONTACT);

        openOrganisation(own);
        assertThat(_find(Button.class, s -> s.withId("add-contact"))).hasSize(1);
        assertThat(_find(Button.class, s -> s.withId("edit-organisation"))).hasSize(1);
        assertThat(_find(Button.class, s -> s.withId("delete-organisation"))).as("only coordinators delete").isEmpty();
        assertThat(_find(Button.class, s -> s.withId("create-signup-link"))).hasSize(1);

        openOrganisation(other);
        assertThat(_get(OrganisationView.class).title.getText()).isEqualTo(detail(other).name());
        assertThat(_find(Button.class, s -> s.withId("add-contact"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("add-commitment"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("edit-organisation"))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Section.class, s -> s.withId("signup-section"))).isEmpty();
    }

    @Test
    void aContactWithABadPhoneIsRefusedInTheDialogAndAGoodOneIsListed() {
        long id = newOrganisation("Kontaktprov");
        signInAs("coordinator", Role.COORDINATOR);
        openOrganisation(id);

        _click(button("add-contact"));
        setValueAsUser(_get(TextField.class, s -> s.withId("contact-name")), "Anna Berg");
        TextField phone = _get(TextField.class, s -> s.withId("contact-phone"));
        setValueAsUser(phone, "070-12");
        _click(button("contact-save"));

        assertThat(_get(Div.class, s -> s.withId("contact-error")).getText())
                .isEqualTo(t("validation.phone"));
        assertThat(phone.isInvalid()).isTrue();
        assertThat(detail(id).contacts()).isEmpty();

        setValueAsUser(phone, "070-174 06 20");
        _click(button("contact-save"));

        assertThat(detail(id).contacts()).extracting(Contact::name, Contact::phone)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Anna Berg", "070-174 06 20"));
        assertThat(_find(H3.class)).extracting(H3::getText).contains("Anna Berg");
    }

    @Test
    void removingAContactAsksFirst() {
        long id = newOrganisation("Borttagning");
        systemAuthentication.runAs(() -> partners.addContact(id, new ContactDraft("Bo Ek", null, null, null, null)),
                Role.COORDINATOR);
        signInAs("coordinator", Role.COORDINATOR);
        openOrganisation(id);

        _click(_get(Button.class, s -> s.withPredicate(b -> b.getAriaLabel().orElse("").equals(t("partners.contact.remove", "Bo Ek")))));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(detail(id).contacts()).isEmpty();
        assertThat(_get(Div.class, s -> s.withId("contacts")).getElement().getTextRecursively())
                .contains(t("partners.contacts.noContacts"));
    }

    @Test
    void aCommitmentIsAddedThroughTheDialogAndShownInNumbersAndWords() {
        long id = newOrganisation("Åtagandeprov");
        signInAs("coordinator", Role.COORDINATOR);
        openOrganisation(id);

        _click(button("add-commitment"));
        CommitmentDialog dialog = _get(CommitmentDialog.class);
        setValueAsUser(dialog.kind, CommitmentKind.STANDBY);
        setValueAsUser(dialog.minRisk, 5);
        _click(button("commitment-save"));
        assertThat(dialog.error.getText()).isEqualTo(t("partners.error.description", 300));

        setValueAsUser(dialog.description, "En släckbil i beredskap på valborg och nyårsafton");
        _click(button("commitment-save"));

        assertThat(detail(id).commitments()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(CommitmentKind.STANDBY);
            assertThat(c.minRisk()).isEqualTo(5);
        });
        assertThat(_find(Paragraph.class, s -> s.withClasses("commitment-summary"))).singleElement()
                .satisfies(p -> assertThat(p.getText()).startsWith("1 × Beredskap · Hela kommunen · risknivå 5"));
    }

    @Test
    void theSignUpLinkIsCreatedShownAsAJoinAddressAndSwitchedOff() {
        long id = newOrganisation("Länkprov");
        signInAs("coordinator", Role.COORDINATOR);
        openOrganisation(id);

        _click(button("create-signup-link"));

        String link = _get(TextField.class, s -> s.withId("signup-link")).getValue();
        assertThat(link).matches(".*/join/[A-Za-z0-9_-]{43}");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(partners.organisationBySignupToken(token)).hasValueSatisfying(o -> assertThat(o.id()).isEqualTo(id));

        // stored as a hash: shown once, and after that only as "active"
        openOrganisation(id);
        assertThat(_find(TextField.class, s -> s.withId("signup-link"))).isEmpty();
        assertThat(_find(Paragraph.class, s -> s.withId("signup-shown-once"))).hasSize(1);

        _click(button("switch-off-signup-link"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(systemAuthentication.callAs(() -> partners.hasSignupLink(id), Role.COORDINATOR)).isFalse();
        assertThat(partners.organisationBySignupToken(token)).isEmpty();
        assertThat(_find(Paragraph.class, s -> s.withId("signup-none"))).hasSize(1);
    }

    @Test
    void aViewerSeesNoButtonsThatChangeAnything() {
        long id = newOrganisation("Visning");
        systemAuthentication.runAs(() -> partners.addContact(id, new ContactDraft("Cilla Dahl", "Ordförande",
                "070-174 06 21", "cilla@example.org", null)), Role.COORDINATOR);
        signInAs("viewer", Role.VIEWER);
        openOrganisation(id);

        assertThat(_find(H3.class)).extracting(H3::getText).contains("Cilla Dahl");
        assertThat(_find(Button.class)).noneMatch(b -> b.getId().isPresent() && List.of("add-contact",
                "add-commitment", "edit-organisation", "delete-organisation", "create-signup-link")
                .contains(b.getId().get()));
        assertThat(_find(Button.class, s -> s.withPredicate(b -> b.getAriaLabel().orElse("").equals(t("partners.contact.remove", "Cilla Dahl"))))).isEmpty();
    }

    @Test
    void anUnknownOrganisationShowsTheNotFoundPage() {
        signInAs("viewer", Role.VIEWER);
        navigateTo("organisations/999999999");

        assertThat(_find(OrganisationView.class)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void showsNoRawTranslationKey(String language) {
        signInAs("admin", Role.ADMIN);
        navigateTo(OrganisationsView.class);
        useLocale(Locale.forLanguageTag(language));

        assertNoRawTranslationKeys();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void theOrganisationPageAndItsDialogsShowNoRawTranslationKey(String language) {
        long id = newOrganisation("Språk");
        systemAuthentication.runAs(() -> {
            partners.addContact(id, new ContactDraft("Dan Ek", "Samordnare", "070-174 06 22", null, null));
            partners.addCommitment(id, new se.tryggalov.partner.CommitmentDraft(CommitmentKind.PATROL, 1, null, 4,
                    Set.of(java.time.DayOfWeek.FRIDAY), java.time.LocalTime.of(21, 0), java.time.LocalTime.of(1, 0),
                    null, null, "En patrull"));
            partners.renewSignupToken(id);
        }, Role.COORDINATOR);
        signInAs("coordinator", Role.COORDINATOR);
        openOrganisation(id);
        useLocale(Locale.forLanguageTag(language));
        assertNoRawTranslationKeys();

        _click(button("add-commitment"));
        assertNoRawTranslationKeys();
        _click(button("commitment-cancel"));
        _click(button("add-contact"));
        assertNoRawTranslationKeys();
        _click(button("contact-cancel"));
        _click(button("edit-organisation"));
        assertNoRawTranslationKeys();
    }
}
