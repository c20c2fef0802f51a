package se.tryggalov.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.coverage.ui.OverviewView;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.Translations;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MainLayoutTest extends KaribuViewTest {

    /*
     * The menu each role should see, written out from the views' annotations:
     *   OverviewView       @PermitAll                                         @Menu(order = 0,  title = "nav.overview")
     *   DashboardView      @RolesAllowed(COORDINATOR, ADMIN)                  @Menu(order = 1,  title = "nav.dashboard")
     *   CoverView          @RolesAllowed(VIEWER, PARTNER_CONTACT, COORDINATOR, ADMIN) @Menu(order = 2, "nav.coverage")
     *   CalendarView       @PermitAll                                         @Menu(order = 10, title = "nav.calendar")
     *   DistrictsView      @RolesAllowed(ADMIN, COORDINATOR, PARTNER_CONTACT, VIEWER) @Menu(order = 20, "nav.districts")
     *   OrganisationsView  @RolesAllowed(ADMIN, COORDINATOR, PARTNER_CONTACT, VIEWER) @Menu(order = 30, "nav.organisations")
     *   VolunteersView     @RolesAllowed(ADMIN, COORDINATOR, PARTNER_CONTACT)         @Menu(order = 40, "nav.volunteers")
     *   UsersView          @RolesAllowed(ADMIN)                               @Menu(order = 80, title = "nav.users")
     *   AuditLogView       @RolesAllowed(ADMIN)                               @Menu(order = 81, title = "nav.auditLog")
     *   ContactsView       @RolesAllowed(ADMIN, COORDINATOR, PARTNER_CONTACT, VIEWER) @Menu(order = 35, "nav.contacts")
     *   AvailabilityView   @RolesAllowed(VOLUNTEER, PARTNER_CONTACT, COORDINATOR, ADMIN) @Menu(order = 45, "nav.availability")
     *   AvailabilityOverviewView @RolesAllowed(COORDINATOR, ADMIN, PARTNER_CONTACT) @Menu(order = 46, "nav.availabilityOverview")
     *   OpenShiftsView     @RolesAllowed(VOLUNTEER)                           @Menu(order = 47, title = "nav.openShifts")
     *   MyShiftsView       @RolesAllowed(VOLUNTEER)                           @Menu(order = 48, title = "nav.myShifts")
     *   PlanView           @RolesAllowed(COORDINATOR, ADMIN, PARTNER_CONTACT, VIEWER) @Menu(order = 50, "nav.plan")
     *   BoardView          @RolesAllowed(COORDINATOR, ADMIN, PARTNER_CONTACT, VIEWER) @Menu(order = 51, "nav.planBoard")
     *   RulesView          @RolesAllowed(COORDINATOR, ADMIN)                  @Menu(order = 52, "nav.planRules")
     *   RosterView         @RolesAllowed(COORDINATOR, ADMIN, PARTNER_CONTACT) @Menu(order = 55, title = "nav.roster")
     *   SignupSettingsView @RolesAllowed(COORDINATOR, ADMIN)                  @Menu(order = 56, "nav.signupSettings")
     *   MessagesView       @RolesAllowed(COORDINATOR, ADMIN, PARTNER_CONTACT) @Menu(order = 57, "nav.messages")
     *   ObservationsView   @RolesAllowed(COORDINATOR, ADMIN, PARTNER_CONTACT, VOLUNTEER) @Menu(order = 60, "nav.observations")
     *   SituationView      @RolesAllowed(COORDINATOR, ADMIN, PARTNER_CONTACT, VIEWER) @Menu(order = 61, "nav.situation")
     *   EvaluationView     @RolesAllowed(COORDINATOR, ADMIN)                  @Menu(order = 62, "nav.evaluation")
     *   ActionPlanView     @RolesAllowed(COORDINATOR, ADMIN, PARTNER_CONTACT, VIEWER) @Menu(order = 63, "nav.actionPlan")
     *   ImportView         @RolesAllowed(ADMIN, COORDINATOR, PARTNER_CONTACT)         @Menu(order = 75, "nav.import")
     *   PrivacyView        @RolesAllowed(ADMIN)                               @Menu(order = 82, title = "nav.privacy")
     *   ProfileView        @RolesAllowed(VOLUNTEER)                           @Menu(order = 85, title = "nav.profile")
     *   MyDataView         @PermitAll                                         @Menu(order = 89, title = "nav.myData")
     *   NotificationSettingsView @RolesAllowed(every role)                    @Menu(order = 89.5, "nav.notifications")
     *   AccountView        @PermitAll                                         @Menu(order = 90, title = "nav.account")
     */
    static Stream<Arguments> menuPerRole() {
        return Stream.of(
                Arguments.of("admin", Role.ADMIN, List.of("nav.overview", "nav.dashboard", "nav.coverage",
                        "nav.calendar", "nav.districts", "nav.organisations", "nav.contacts", "nav.volunteers",
                        "nav.availability", "nav.availabilityOverview", "nav.plan", "nav.planBoard", "nav.planRules",
                        "nav.roster", "nav.signupSettings", "nav.messages", "nav.observations", "nav.situation",
                        "nav.evaluation", "nav.actionPlan", "nav.import", "nav.users", "nav.auditLog", "nav.privacy",
                        "nav.myData", "nav.notifications", "nav.account")),
                Arguments.of("coordinator", Role.COORDINATOR, List.of("nav.overview", "nav.dashboard", "nav.coverage",
                        "nav.calendar", "nav.districts", "nav.organisations", "nav.contacts", "nav.volunteers",
                        "nav.availability", "nav.availabilityOverview", "nav.plan", "nav.planBoard", "nav.planRules",
                        "nav.roster", "nav.signupSettings", "nav.messages", "nav.observations", "nav.situation",
                        "nav.evaluation", "nav.actionPlan", "nav.import", "nav.myData", "nav.notifications",
                        "nav.account")),
                Arguments.of("partner", Role.PARTNER_CONTACT, List.of("nav.overview", "nav.coverage", "nav.calendar",
                        "nav.districts", "nav.organisations", "nav.contacts", "nav.volunteers", "nav.availability",
                        "nav.availabilityOverview", "nav.plan", "nav.planBoard", "nav.roster", "nav.messages",
                        "nav.observations", "nav.situation", "nav.actionPlan", "nav.import", "nav.myData",
                        "nav.notifications", "nav.account")),
                Arguments.of("viewer", Role.VIEWER, List.of("nav.overview", "nav.coverage", "nav.calendar",
                        "nav.districts", "nav.organisations", "nav.contacts", "nav.plan", "nav.planBoard",
                        "nav.situation", "nav.actionPlan", "nav.myData", "nav.notifications", "nav.account")),
                Arguments.of("volunteer", Role.VOLUNTEER, List.of("nav.overview", "nav.calendar", "nav.availability",
                        "nav.openShifts", "nav.myShifts", "nav.observations", "nav.profile", "nav.myData",
                        "nav.notifications", "nav.account")));
    }

    private static List<String> menuLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @ParameterizedTest(name = "{0} sees {2}")
    @MethodSource("menuPerRole")
    void theMenuListsExactlyWhatTheRoleMayOpen(String username, Role role, List<String> expectedKeys) {
        signInAs(username, role);
        navigateTo(OverviewView.class);

        assertThat(menuLabels()).containsExactlyElementsOf(
                expectedKeys.stream().map(key -> translations.getTranslation(key, Translations.SWEDISH)).toList());
    }

    @Test
    void theAdministratorsMenuInSwedishLinksToEveryPage() {
        signInAs("admin", Role.ADMIN);
        navigateTo(OverviewView.class);

        assertThat(menuLabels()).containsExactly("Översikt", "Täckning", "Vem är ute", "Kalender", "Kommundelar",
                "Organisationer", "Kontaktlista", "Volontärer", "Tillgänglighet", "Tillgänglighet per område",
                "Planering", "Lovtavla", "Bemanningsregler", "Schemaläggning", "Självanmälan", "Utskick",
                "Observationer", "Lägesbild", "Utvärdering", "Åtgärdsplan", "Import", "Användare",
                "Logg över åtkomst", "Personuppgifter", "Mina uppgifter", "Aviseringar", "Mitt konto");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getPath).toList())
                .containsExactly("", "dashboard", "coverage", "calendar", "districts", "organisations", "contacts",
                        "volunteers", "availability", "availability/overview", "plan", "plan/board", "plan/rules",
                        "roster", "signup-settings", "messages", "observations", "situation", "evaluation",
                        "action-plan", "import", "users", "audit-log", "privacy", "my-data", "notification-settings",
                        "account");
    }

    @Test
    void theMenuIsInEnglishWithTheEnglishLocale() {
        signInAs("volunteer", Role.VOLUNTEER);
        navigateTo(OverviewView.class);
        useLocale(Locale.ENGLISH);

        assertThat(menuLabels()).containsExactly("Overview", "Calendar", "Availability", "Open shifts", "My shifts",
                "Observations", "My profile", "My data", "Notifications", "My account");
    }

    @Test
    void showsWhoIsSignedIn() {
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo(OverviewView.class);

        assertThat(_get(Span.class, s -> s.withClasses("signed-in-user")).getText()).isEqualTo("coordinator");
        assertThat(_get(Button.class, s -> s.withId("logout")).getText()).isEqualTo("Logga ut");
    }

    @Test
    void switchingTheLanguageRemembersItInTheAccountAndShowsTheMenuInEnglish() {
        String username = createUser("layout-lang", "a long enough passphrase", Role.VOLUNTEER);
        signInAs(username, Role.VOLUNTEER);
        navigateTo(OverviewView.class);
        try {
            _click(_get(Button.class, s -> s.withId("switch-language").withText("English")));

            assertThat(accountService.myLocale()).contains(Translations.ENGLISH);
            assertThat(uiLocale()).isEqualTo(Translations.ENGLISH);
            assertThat(menuLabels()).containsExactly("Overview", "Calendar", "Availability", "Open shifts",
                    "My shifts", "Observations", "My profile", "My data", "Notifications", "My account");
            assertThat(_get(Button.class, s -> s.withId("switch-language")).getText()).isEqualTo("Svenska");
        } finally {
            accountService.changeMyLocale(Translations.SWEDISH);
        }
        assertThat(accountService.myLocale()).isEqualTo(Optional.of(Translations.SWEDISH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void showsNoRawTranslationKey(String language) {
        signInAs("admin", Role.ADMIN);
        navigateTo(OverviewView.class);
        useLocale(Locale.forLanguageTag(language));

        assertNoRawTranslationKeys();
    }
}
