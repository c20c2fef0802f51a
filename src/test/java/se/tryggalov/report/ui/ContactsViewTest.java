package se.tryggalov.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.partner.CommitmentDraft;
import se.tryggalov.partner.CommitmentKind;
import se.tryggalov.partner.ContactDraft;
import se.tryggalov.partner.DistrictRef;
import se.tryggalov.partner.OrganisationKind;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ContactsViewTest extends KaribuViewTest {

    @Autowired
    PartnerService partners;
    @Autowired
    AuditLog audit;

    String name;
    long organisationId;

    @BeforeEach
    void organisationWithAContact() {
        name = unique("Fältgruppen");
        long tumba = systemAuthentication.callAs(() -> partners.districts(), Role.VIEWER).stream()
                .filter(d -> d.name().equals("Tumba")).findFirst().orElseThrow().id();
        organisationId = systemAuthentication.callAs(() -> {
            long id = partners.createOrganisation(name, OrganisationKind.MUNICIPAL_DEPARTMENT, List.of(tumba));
            partners.addContact(id, new ContactDraft("Eva Lund", "Fältassistent", "070-174 06 40",
                    "eva.lund@example.org", null));
            partners.addCommitment(id, new CommitmentDraft(CommitmentKind.STAFF, 2, null, 3,
                    Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), null, null, null, null, "Två fältassistenter ute"));
            return id;
        }, Role.COORDINATOR);
    }

    private List<String> cardTitles() {
        return _find(Article.class).stream()
                .map(card -> card.getChildren().filter(H2.class::isInstance).map(h -> ((H2) h).getText())
                        .findFirst().orElse(""))
                .toList();
    }

    private ContactsView view() {
        return _get(ContactsView.class);
    }

    @Test
    void aViewerSeesTheContactListAsCardsWithCallableNumbersAndTheShowingIsAudited() {
        signInAs("viewer", Role.VIEWER);
        navigateTo(ContactsView.class);
        setValueAsUser(view().scope, null); // the whole school year

        assertThat(_get(H1.class).getText()).isEqualTo("Kontaktlista");
        assertThat(cardTitles()).contains(name);
        Article card = _find(Article.class).stream()
                .filter(a -> String.valueOf(organisationId).equals(a.getElement().getAttribute("data-organisation-id")))
                .findFirst().orElseThrow();
        assertThat(_find(card, Anchor.class)).extracting(Anchor::getHref)
                .containsExactly("tel:0701740640", "mailto:eva.lund@example.org");
        assertThat(card.getElement().getTextRecursively()).contains("Eva Lund", "Fältassistent",
                "2 × Personal ute · Tumba · risknivå 3 eller högre · fre, lör", "Två fältassistenter ute");
        assertThat(systemAuthentication.callAs(() -> audit.search(AuditAction.CONTACT_LIST_VIEWED, "viewer", 1),
                Role.ADMIN)).singleElement().satisfies(e -> assertThat(e.details()).contains("scope=year"));
    }

    @Test
    void choosingADistrictNarrowsTheList() {
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo(ContactsView.class);
        setValueAsUser(view().scope, null);
        DistrictRef alby = view().district.getListDataView().getItems().filter(d -> d.name().equals("Alby"))
                .findFirst().orElseThrow();

        setValueAsUser(view().district, alby);

        assertThat(cardTitles()).doesNotContain(name).contains("Polisen – lokalpolisområde Botkyrka");
        assertThat(view().count.getText()).contains("Alby");
    }

    @Test
    void choosingABreakShowsItsDatesAndOffersBothDownloads() {
        signInAs("partner", Role.PARTNER_CONTACT);
        navigateTo(ContactsView.class);
        CalendarItem autumn = view().scope.getListDataView().getItems().filter(b -> "AUTUMN".equals(b.code()))
                .findFirst().orElseThrow();

        setValueAsUser(view().scope, autumn);

        assertThat(view().count.getText()).startsWith("Höstlov");
        assertThat(cardTitles()).as("it has a contact, so it is on every break's list").contains(name);
        assertThat(view().pdf.getHref()).isNotBlank();
        assertThat(view().csv.getHref()).isNotBlank();
        assertThat(view().pdf.getText()).isEqualTo(t("partners.contacts.downloadPdf"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void showsNoRawTranslationKey(String language) {
        signInAs("admin", Role.ADMIN);
        navigateTo(ContactsView.class);
        useLocale(Locale.forLanguageTag(language));

        assertNoRawTranslationKeys();
    }
}
