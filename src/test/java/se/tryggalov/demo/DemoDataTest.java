package se.tryggalov.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.tryggalov.IntegrationTest;
import se.tryggalov.partner.Organisation;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.place.District;
import se.tryggalov.place.PlaceService;
import se.tryggalov.place.VenueKind;
import se.tryggalov.security.Account;
import se.tryggalov.security.AccountService;
import se.tryggalov.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoDataTest {

    @Autowired
    PlaceService places;
    @Autowired
    PartnerService partners;
    @Autowired
    AccountService accounts;
    @Autowired
    DemoData demoData;

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void theDemoMunicipalityIsShapedLikeBotkyrka() {
        assertThat(places.municipality()).hasValueSatisfying(m -> {
            assertThat(m.name()).isEqualTo("Botkyrka kommun");
            assertThat(m.county()).isEqualTo("STOCKHOLM");
        });
        assertThat(places.districts()).extracting(District::name)
                .startsWith("Alby", "Fittja", "Hallunda-Norsborg", "Tullinge", "Tumba", "Vårsta-Grödinge");
        // other tests in the shared database add districts of their own: check the demo's six
        assertThat(places.districts().subList(0, 6)).allSatisfy(d -> {
            assertThat(d.count(VenueKind.YOUTH_CENTRE)).as(d.name() + " youth centres").isGreaterThanOrEqualTo(1);
            assertThat(d.count(VenueKind.GATHERING_POINT)).as(d.name() + " gathering points").isGreaterThanOrEqualTo(1);
        });
        assertThat(partners.organisations()).extracting(Organisation::name)
                .contains("Polisen – lokalpolisområde Botkyrka", "Nattvandrarna Botkyrka", "Botkyrkabyggen",
                        "Södertörns brandförsvarsförbund");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void thereIsOneDemoAccountPerRoleMarkedAsDemo() {
        assertThat(accounts.listAccounts()).filteredOn(Account::demo)
                .extracting(Account::username, a -> a.roles().iterator().next())
                .contains(org.assertj.core.groups.Tuple.tuple("admin", Role.ADMIN),
                        org.assertj.core.groups.Tuple.tuple("coordinator", Role.COORDINATOR),
                        org.assertj.core.groups.Tuple.tuple("partner", Role.PARTNER_CONTACT),
                        org.assertj.core.groups.Tuple.tuple("volunteer", Role.VOLUNTEER),
                        org.assertj.core.groups.Tuple.tuple("viewer", Role.VIEWER));
    }

    @Test
    void theSignInBannerSaysWhereHowToSignInAndHowToStop() {
        String banner = demoData.signInBanner("8181");

        assertThat(banner).contains("http://localhost:8181/", "password \"demo\"", "Ctrl+C")
                .containsPattern("admin +Administrator\\R")
                .containsPattern("coordinator +Coordinator \\(steering group\\)\\R")
                .containsPattern("partner +Partner contact\\R")
                .containsPattern("volunteer +Volunteer\\R")
                .containsPattern("viewer +Read access \\(youth centre/partner\\)\\R");
        assertThat(banner.lines().count()).as("short enough to read at a glance").isLessThanOrEqualTo(16);
    }
}
