package se.tryggalov.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.partner.OrganisationKind;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.place.Municipality;
import se.tryggalov.place.PlaceService;
import se.tryggalov.place.VenueKind;
import se.tryggalov.security.AccountService;
import se.tryggalov.security.NewAccount;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.Translations;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Demo mode: a municipality shaped like Botkyrka (public place and organisation names, invented people) and one
 * account per role with the password "demo". Loaded once into an empty database; with demo mode off, demo
 * accounts are removed at start-up so they never exist outside it. Later features add their demo data here.
 */
@Component
class DemoData {

    static final String PASSWORD = "demo";
    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Adam Administratör", Role.ADMIN, null),
            new DemoUser("coordinator", "Sara Lind", Role.COORDINATOR, "Botkyrka kommun – trygghetssamordning"),
            new DemoUser("partner", "Ali Hassan", Role.PARTNER_CONTACT, "Nattvandrarna Botkyrka"),
            new DemoUser("volunteer", "Maria Johansson", Role.VOLUNTEER, "Nattvandrarna Botkyrka"),
            new DemoUser("viewer", "Jonas Berg", Role.VIEWER, "Southside fritidsgård"));

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final boolean enabled;
    private final PlaceService places;
    private final PartnerService partners;
    private final AccountService accounts;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final SystemAuthentication system;
    private final CalendarService calendar;
    private final DemoPlaces demoPlaces;
    private final DemoPartners demoPartners;
    private final DemoVolunteers demoVolunteers;
    private final DemoAvailability demoAvailability;
    private final DemoPlan demoPlan;
    private final DemoSignups demoSignups;
    private final DemoFollowup demoFollowup;
    private final DemoCoverage demoCoverage;
    private final Translations translations;

    DemoData(@Value("${trygga.demo.enabled:false}") boolean enabled, PlaceService places, PartnerService partners,
             AccountService accounts, AuditLog audit, TransactionTemplate transaction, SystemAuthentication system,
             CalendarService calendar, DemoPlaces demoPlaces, DemoPartners demoPartners,
             DemoVolunteers demoVolunteers, DemoAvailability demoAvailability, DemoPlan demoPlan,
             DemoSignups demoSignups, DemoFollowup demoFollowup, Translations translations,
             DemoCoverage demoCoverage) {
        this.demoCoverage = demoCoverage;
        this.demoSignups = demoSignups;
        this.demoFollowup = demoFollowup;
        this.translations = translations;
        this.demoPlan = demoPlan;
        this.demoPlaces = demoPlaces;
        this.demoPartners = demoPartners;
        this.demoVolunteers = demoVolunteers;
        this.demoAvailability = demoAvailability;
        this.system = system;
        this.calendar = calendar;
        this.enabled = enabled;
        this.places = places;
        this.partners = partners;
        this.accounts = accounts;
        this.audit = audit;
        this.transaction = transaction;
    }

    record DemoUser(String username, String displayName, Role role, String organisation) {
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void onStart(ApplicationReadyEvent event) {
        if (!enabled) {
            removeDemoAccounts();
            return;
        }
        boolean empty = system.callAs(() -> places.municipality().isEmpty(), Role.ADMIN);
        if (empty) {
            transaction.executeWithoutResult(tx -> system.runAs(this::load, Role.ADMIN, Role.COORDINATOR));
            log.info("Demo data loaded");
        }
    }

    /**
     * The last thing `./mvnw` prints (the demo profile keeps the rest of the start-up quiet): where the app is,
     * how to sign in and how to stop. After every other start-up listener, so nothing scrolls it away.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void printSignInBanner(ApplicationReadyEvent event) {
        if (enabled) {
            log.info(signInBanner(event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080")));
        }
    }

    /** Demo accounts have the well-known password "demo": they must not outlive demo mode. */
    int removeDemoAccounts() {
        int removed = accounts.deleteDemoAccounts();
        if (removed > 0) {
            log.warn("Demo mode is off: removed {} demo accounts", removed);
        }
        return removed;
    }

    /** Loads everything in one transaction: a failure leaves the database empty, never half-filled. */
    void load() {
        places.saveMunicipality(new Municipality("Botkyrka kommun", "STOCKHOLM"));

        Map<String, Long> districts = new LinkedHashMap<>();
        int order = 0;
        for (String name : List.of("Alby", "Fittja", "Hallunda-Norsborg", "Tullinge", "Tumba", "Vårsta-Grödinge")) {
            districts.put(name, places.createDistrict(name, order++));
        }
        venue(districts, "Alby", "Albys fritidsgård (Albys Hjärta)", VenueKind.YOUTH_CENTRE, "59.2390", "17.8450");
        venue(districts, "Fittja", "Fittja fritidsgård", VenueKind.YOUTH_CENTRE, "59.2470", "17.8600");
        venue(districts, "Hallunda-Norsborg", "Hallunda fritidsgård", VenueKind.YOUTH_CENTRE, "59.2435", "17.8250");
        venue(districts, "Tullinge", "Tullinge fritidsgård", VenueKind.YOUTH_CENTRE, "59.2050", "17.9030");
        venue(districts, "Tumba", "Southside", VenueKind.YOUTH_CENTRE, "59.1995", "17.8330");
        venue(districts, "Vårsta-Grödinge", "Sanda fritidsgård", VenueKind.YOUTH_CENTRE, "59.1630", "17.7970");

        venue(districts, "Alby", "Alby centrum", VenueKind.HOT_SPOT, "59.2393", "17.8455");
        venue(districts, "Alby", "Alby tunnelbanestation", VenueKind.HOT_SPOT, "59.2396", "17.8453");
        venue(districts, "Fittja", "Fittja centrum", VenueKind.HOT_SPOT, "59.2474", "17.8610");
        venue(districts, "Fittja", "Fittja tunnelbanestation", VenueKind.HOT_SPOT, "59.2476", "17.8611");
        venue(districts, "Fittja", "Fittja äng", VenueKind.HOT_SPOT, "59.2510", "17.8560");
        venue(districts, "Fittja", "Slagsta strandbad", VenueKind.HOT_SPOT, "59.2560", "17.8800");
        venue(districts, "Hallunda-Norsborg", "Hallunda centrum", VenueKind.HOT_SPOT, "59.2433", "17.8253");
        venue(districts, "Hallunda-Norsborg", "Norsborg tunnelbanestation", VenueKind.HOT_SPOT, "59.2437", "17.8145");
        venue(districts, "Hallunda-Norsborg", "Stendalsbadet", VenueKind.HOT_SPOT, "59.2480", "17.8020");
        venue(districts, "Tullinge", "Tullinge centrum", VenueKind.HOT_SPOT, "59.2052", "17.9035");
        venue(districts, "Tullinge", "Tullinge pendeltågsstation", VenueKind.HOT_SPOT, "59.2055", "17.9030");
        venue(districts, "Tullinge", "Lida friluftsgård", VenueKind.HOT_SPOT, "59.1800", "17.8900");
        venue(districts, "Tumba", "Tumba centrum", VenueKind.HOT_SPOT, "59.1997", "17.8335");
        venue(districts, "Tumba", "Tumba pendeltågsstation", VenueKind.HOT_SPOT, "59.1994", "17.8321");
        venue(districts, "Vårsta-Grödinge", "Brotorpsbadet", VenueKind.HOT_SPOT, "59.1770", "17.8100");
        venue(districts, "Vårsta-Grödinge", "Sandviksbadet", VenueKind.HOT_SPOT, "59.1300", "17.7700");

        venue(districts, "Alby", "Samlingsplats Albys Hjärta", VenueKind.GATHERING_POINT, "59.2391", "17.8448");
        venue(districts, "Fittja", "Samlingsplats Fittja centrum", VenueKind.GATHERING_POINT, "59.2473", "17.8605");
        venue(districts, "Hallunda-Norsborg", "Samlingsplats Hallunda", VenueKind.GATHERING_POINT, "59.2432", "17.8251");
        venue(districts, "Tullinge", "Samlingsplats Tullinge station", VenueKind.GATHERING_POINT, "59.2054", "17.9028");
        venue(districts, "Tumba", "Samlingsplats Tumba torg", VenueKind.GATHERING_POINT, "59.1998", "17.8338");
        venue(districts, "Vårsta-Grödinge", "Samlingsplats Vårsta centrum", VenueKind.GATHERING_POINT, "59.1640", "17.7980");
        demoPlaces.addOpeningHours();

        List<Long> all = List.copyOf(districts.values());
        Map<String, Long> organisations = new LinkedHashMap<>();
        organisations.put("Botkyrka kommun – trygghetssamordning",
                partners.createOrganisation("Botkyrka kommun – trygghetssamordning", OrganisationKind.MUNICIPAL_DEPARTMENT, List.of()));
        partners.createOrganisation("Socialförvaltningen – fältassistenter", OrganisationKind.MUNICIPAL_DEPARTMENT, all);
        partners.createOrganisation("Kultur- och fritidsförvaltningen", OrganisationKind.MUNICIPAL_DEPARTMENT, List.of());
        partners.createOrganisation("Utbildningsförvaltningen", OrganisationKind.MUNICIPAL_DEPARTMENT, List.of());
        partners.createOrganisation("Polisen – lokalpolisområde Botkyrka", OrganisationKind.POLICE, all);
        partners.createOrganisation("Botkyrkabyggen", OrganisationKind.HOUSING_COMPANY,
                List.of(districts.get("Alby"), districts.get("Fittja"), districts.get("Hallunda-Norsborg")));
        partners.createOrganisation("Södertörns brandförsvarsförbund", OrganisationKind.RESCUE_SERVICE, all);
        organisations.put("Nattvandrarna Botkyrka", partners.createOrganisation("Nattvandrarna Botkyrka",
                OrganisationKind.NIGHT_WALKERS, List.of(districts.get("Alby"), districts.get("Fittja"),
                        districts.get("Hallunda-Norsborg"), districts.get("Tumba"))));
        partners.createOrganisation("Föräldravandring Tullinge", OrganisationKind.NIGHT_WALKERS,
                List.of(districts.get("Tullinge")));
        partners.createOrganisation("Svenska kyrkan i Botkyrka", OrganisationKind.CHURCH, all);
        partners.createOrganisation("Tumba idrottsförening (demo)", OrganisationKind.SPORTS_CLUB,
                List.of(districts.get("Tumba")));
        organisations.put("Southside fritidsgård", partners.createOrganisation("Southside fritidsgård",
                OrganisationKind.YOUTH_CENTRE, List.of(districts.get("Tumba"))));

        for (DemoUser user : USERS) {
            accounts.createAccountAtStartup(new NewAccount(user.username(), user.displayName(),
                    user.username() + "@demo.trygga-lov.invalid", Set.of(user.role()), Translations.SWEDISH,
                    user.organisation() == null ? null : organisations.get(user.organisation()), PASSWORD, true));
        }
        demoPartners.load();
        demoVolunteers.load();
        // Last year and this year planned and confirmed; next year is left for the coordinator to propose.
        SchoolYear current = calendar.currentYear();
        for (SchoolYear year : List.of(current.previous(), current)) {
            calendar.generate(year);
            calendar.confirmAll(year);
        }
        demoAvailability.load();
        demoPlan.load();
        demoSignups.load();
        demoFollowup.load();
        demoCoverage.load();
        audit.record(AuditAction.DEMO_DATA_LOADED, "demo", null, null);
    }

    private void venue(Map<String, Long> districts, String district, String name, VenueKind kind, String lat,
                       String lon) {
        places.createVenue(districts.get(district), name, kind, new BigDecimal(lat), new BigDecimal(lon));
    }

    String signInBanner(String port) {
        String rule = "-".repeat(64);
        StringBuilder text = new StringBuilder("\n\n  ").append(rule).append('\n')
                .append("  Trygga lov is running with demo data at http://localhost:").append(port).append("/\n\n")
                .append("  Sign in as one of these, all with the password \"").append(PASSWORD).append("\":\n");
        for (DemoUser user : USERS) {
            text.append(String.format("    %-13s %s%n", user.username(),
                    translations.getTranslation("role." + user.role().name(), Translations.ENGLISH)));
        }
        return text.append("\n  Stop it with Ctrl+C.\n  ").append(rule).append('\n').toString();
    }
}
