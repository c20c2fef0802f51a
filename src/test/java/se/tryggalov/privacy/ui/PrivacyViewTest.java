package se.tryggalov.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.privacy.OpenRemovalRequest;
import se.tryggalov.privacy.PrivacyFixtures;
import se.tryggalov.privacy.PrivacyFixtures.Person;
import se.tryggalov.privacy.PrivacyService;
import se.tryggalov.privacy.RetentionSettings;
import se.tryggalov.security.Role;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.ui.NotAllowedView;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getColumnByHeader;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.AUDIT_LOG;
import static se.tryggalov.jooq.Tables.REMOVAL_REQUEST;
import static se.tryggalov.privacy.ui.PrivacyViewTests.cancel;
import static se.tryggalov.privacy.ui.PrivacyViewTests.confirm;
import static se.tryggalov.privacy.ui.PrivacyViewTests.openConfirmation;

@IntegrationTest
class PrivacyViewTest extends KaribuViewTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    SecurityContexts contexts;
    @Autowired
    AuditLog audit;
    @Autowired
    PrivacyService privacy;

    PrivacyFixtures fx;

    @BeforeEach
    void setUpFixtures() {
        fx = new PrivacyFixtures(dsl, accountService, systemAuthentication, contexts, audit);
    }

    @SuppressWarnings("unchecked")
    private static Grid<OpenRemovalRequest> grid() {
        return _get(Grid.class, s -> s.withId("removal-requests"));
    }

    private static Optional<OpenRemovalRequest> row(Person person) {
        return _findAll(grid()).stream().filter(r -> r.userId() == person.id()).findFirst();
    }

    /** The actions a row renders, as the browser would get them. */
    @SuppressWarnings("unchecked")
    private static Component actions(OpenRemovalRequest request) {
        Grid.Column<OpenRemovalRequest> column = _getColumnByHeader(grid(), "Åtgärder");
        return ((ComponentRenderer<? extends Component, OpenRemovalRequest>) column.getRenderer()).createComponent(request);
    }

    private Person requester(String prefix) {
        Person p = fx.person(prefix, true, null, Role.VOLUNTEER);
        fx.as(p.username(), privacy::requestRemoval, Role.VOLUNTEER);
        return p;
    }

    private void openAsAdmin() {
        signInAs("admin", Role.ADMIN);
        navigateTo(PrivacyView.class);
    }

    @Test
    void anAdministratorSeesTheRequestByNameAndCarriesItOut() {
        Person p = requester("carryout");
        openAsAdmin();

        OpenRemovalRequest request = row(p).orElseThrow();
        assertThat(_getFormattedRow(grid(), request).subList(0, 2)).containsExactly(p.name(), p.username());
        assertThat(_getFormattedRow(grid(), request).get(3)).isEqualTo("Aktiv");
        assertThat(dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("PERSON_LIST_VIEWED")
                .and(AUDIT_LOG.SUBJECT_TYPE.eq("removal_request")).and(AUDIT_LOG.ACTOR_USERNAME.eq("admin"))))
                .isPositive();
        Component actions = actions(request);
        assertThat(_get(actions, Anchor.class).getElement().hasAttribute("download")).isTrue();

        _click(_get(actions, Button.class, s -> s.withId("carry-out-" + request.id())));
        assertThat(openConfirmation().getElement().getProperty("header")).isEqualTo("Göra " + p.name() + " anonym?");
        confirm();

        assertThat(notificationTexts()).containsExactly("Personen är nu anonym.");
        assertThat(row(p)).isEmpty();
        assertThat(dsl.select(APP_USER.DISPLAY_NAME, APP_USER.EMAIL).from(APP_USER).where(APP_USER.ID.eq(p.id()))
                .fetchSingle().intoArray()).containsExactly("Anonymiserad " + p.id(), null);
        assertThat(dsl.select(REMOVAL_REQUEST.OUTCOME).from(REMOVAL_REQUEST).where(REMOVAL_REQUEST.ID.eq(request.id()))
                .fetchSingle(REMOVAL_REQUEST.OUTCOME)).isEqualTo("ANONYMISED");
    }

    @Test
    void anAdministratorRejectsARequestAndThePersonStays() {
        Person p = requester("rejectui");
        openAsAdmin();
        OpenRemovalRequest request = row(p).orElseThrow();

        _click(_get(actions(request), Button.class, s -> s.withId("reject-" + request.id())));
        confirm();

        assertThat(notificationTexts()).containsExactly("Begäran är avslagen.");
        assertThat(row(p)).isEmpty();
        assertThat(dsl.select(APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.ID.eq(p.id()))
                .fetchSingle(APP_USER.DISPLAY_NAME)).isEqualTo(p.name());
    }

    @Test
    void aRequestAnotherAdministratorHandledMeanwhileIsRefusedWithAMessage() {
        Person p = requester("raceui");
        openAsAdmin();
        OpenRemovalRequest request = row(p).orElseThrow();
        fx.as("admin", () -> privacy.reject(request.id()), Role.ADMIN); // the other administrator was first

        _click(_get(actions(request), Button.class, s -> s.withId("carry-out-" + request.id())));
        confirm();

        assertThat(notificationTexts()).containsExactly("Begäran har redan hanterats av någon annan.");
        assertThat(row(p)).isEmpty();
        assertThat(dsl.select(APP_USER.USERNAME).from(APP_USER).where(APP_USER.ID.eq(p.id()))
                .fetchSingle(APP_USER.USERNAME)).isEqualTo(p.username());
    }

    @Test
    void retentionRulesAreSavedAndBadValuesAreRefusedWithAMessage() {
        RetentionSettings before = fx.as("admin", privacy::retention, Role.ADMIN);
        openAsAdmin();
        try {
            IntegerField availability = _get(IntegerField.class, s -> s.withId("availability-months"));
            assertThat(availability.getValue()).isEqualTo(before.availabilityMonths());
            setValueAsUser(availability, 0);
            _click(_get(Button.class, s -> s.withId("save-retention")));

            assertThat(notificationTexts()).containsExactly("Ange ett antal månader från 1 till 120.");
            assertThat(fx.as("admin", privacy::retention, Role.ADMIN)).isEqualTo(before);
            clearNotifications();

            setValueAsUser(availability, 18);
            setValueAsUser(_get(Checkbox.class, s -> s.withId("keep-history")), !before.keepHistory());
            _click(_get(Button.class, s -> s.withId("save-retention")));

            assertThat(notificationTexts()).containsExactly("Reglerna är sparade.");
            RetentionSettings saved = fx.as("admin", privacy::retention, Role.ADMIN);
            assertThat(saved.availabilityMonths()).isEqualTo(18);
            assertThat(saved.keepHistory()).isEqualTo(!before.keepHistory());
            clearNotifications();

            // another administrator saves in between: this form's version is stale
            fx.as("admin", () -> privacy.saveRetention(12, 24, 14, true, saved.version()), Role.ADMIN);
            setValueAsUser(availability, 6);
            _click(_get(Button.class, s -> s.withId("save-retention")));

            assertThat(notificationTexts())
                    .containsExactly("Någon annan har ändrat reglerna under tiden. Ladda om sidan och försök igen.");
            assertThat(fx.as("admin", privacy::retention, Role.ADMIN).availabilityMonths()).isEqualTo(12);
        } finally {
            int version = fx.as("admin", privacy::retention, Role.ADMIN).version();
            fx.as("admin", () -> privacy.saveRetention(before.availabilityMonths(), before.inactiveProfileMonths(),
                    before.invitationDays(), before.keepHistory(), version), Role.ADMIN);
        }
    }

    @Test
    void theLastRunIsShownAndRunningNowAsksFirst() {
        // a run as of 2001 touches nothing but records from before then: none in the shared database
        fx.as("admin", () -> privacy.runRetention(Instant.parse("2001-03-15T02:15:00Z")), Role.ADMIN);
        openAsAdmin();

        assertThat(_get(Paragraph.class, s -> s.withId("last-retention-run")).getText())
                .startsWith("Senaste rensningen tors 15 mars 2001 03:15: ").contains("profiler gjordes anonyma");

        _click(_get(Button.class, s -> s.withId("run-retention")));
        assertThat(openConfirmation().getElement().getProperty("header")).isEqualTo("Tillämpa reglerna nu?");
        cancel();

        assertThat(_get(Paragraph.class, s -> s.withId("last-retention-run")).getText())
                .startsWith("Senaste rensningen tors 15 mars 2001 03:15");
    }

    @Test
    void aCoordinatorOrVolunteerCannotOpenThePrivacyPage() {
        Person volunteer = fx.person("notadmin", true, null, Role.VOLUNTEER);
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo("privacy");

        _assertNone(PrivacyView.class);
        _get(NotAllowedView.class);

        signInAs(volunteer.username(), Role.VOLUNTEER);
        navigateTo("privacy");

        _assertNone(PrivacyView.class);
        _get(NotAllowedView.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void showsNoRawTranslationKey(String language) {
        requester("keysui");
        openAsAdmin();
        useLocale(Locale.forLanguageTag(language));

        assertThat(_findAll(grid())).isNotEmpty();
        assertNoRawTranslationKeys();
    }
}
