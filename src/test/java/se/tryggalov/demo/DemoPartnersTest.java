package se.tryggalov.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.partner.Commitment;
import se.tryggalov.partner.CommitmentKind;
import se.tryggalov.partner.Contact;
import se.tryggalov.partner.OrganisationDetail;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoPartnersTest {

    @Autowired
    DemoPartners demo;
    @Autowired
    PartnerService partners;
    @Autowired
    SystemAuthentication system;

    private List<OrganisationDetail> load() {
        return system.callAs(() -> {
            demo.load();
            return partners.organisationDetails();
        }, Role.ADMIN, Role.COORDINATOR);
    }

    @Test
    void theDemoPartnersGetFictionalContactsAndBotkyrkaLikeCommitmentsOnce() {
        List<OrganisationDetail> first = load();
        List<OrganisationDetail> second = load();

        assertThat(second).as("loading again changes nothing").isEqualTo(first);
        List<String> demoNames = List.of("Botkyrka kommun – trygghetssamordning", "Polisen – lokalpolisområde Botkyrka",
                "Södertörns brandförsvarsförbund", "Southside fritidsgård", "Nattvandrarna Botkyrka",
                DemoPartners.SECURITY_COMPANY);
        List<Contact> contacts = first.stream().filter(o -> demoNames.contains(o.name()))
                .flatMap(o -> o.contacts().stream()).toList();
        assertThat(contacts).hasSizeGreaterThanOrEqualTo(demoNames.size());
        assertThat(contacts).filteredOn(c -> c.phone() != null && c.phone().startsWith("070"))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.phone().replaceAll("\\D", "")).matches("07017406(0[5-9]|[1-9][0-9])"));
        assertThat(contacts).filteredOn(c -> c.email() != null)
                .allSatisfy(c -> assertThat(c.email()).endsWith("@example.org"));
        OrganisationDetail coordination = first.stream()
                .filter(o -> o.name().equals("Botkyrka kommun – trygghetssamordning")).findFirst().orElseThrow();
        assertThat(coordination.contacts()).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("Sara Lind");
            assertThat(c.userId()).as("linked to the demo coordinator's account").isNotNull();
        });

        LocalDate valborg = LocalDate.of(2027, 4, 30);
        List<Commitment> onValborg = system.callAs(() -> partners.commitmentsOn(valborg, 5), Role.VIEWER);
        assertThat(onValborg).anySatisfy(c -> {
            assertThat(c.organisationName()).startsWith("Polisen");
            assertThat(c.kind()).isEqualTo(CommitmentKind.PATROL);
            assertThat(c.districtName()).isEqualTo("Alby");
        });
        assertThat(onValborg).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(CommitmentKind.STANDBY);
            assertThat(c.districtName()).isEqualTo("Tullinge");
        });
        assertThat(onValborg).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(CommitmentKind.GUARD);
            assertThat(c.districtName()).isEqualTo("Hallunda-Norsborg");
        });
        LocalDate ordinaryFriday = LocalDate.of(2027, 2, 5);
        List<Commitment> onFriday = system.callAs(() -> partners.commitmentsOn(ordinaryFriday, 2), Role.VIEWER);
        assertThat(onFriday).noneMatch(c -> c.organisationName().startsWith("Polisen"))
                .anySatisfy(c -> assertThat(c.organisationName()).isEqualTo("Southside fritidsgård"));
    }
}
