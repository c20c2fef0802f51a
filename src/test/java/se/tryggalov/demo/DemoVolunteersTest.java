package se.tryggalov.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.tryggalov.IntegrationTest;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.shared.time.Zones;
import se.tryggalov.volunteer.NamedRef;
import se.tryggalov.volunteer.NewVolunteer;
import se.tryggalov.volunteer.QualificationKind;
import se.tryggalov.volunteer.Volunteer;
import se.tryggalov.volunteer.VolunteerService;
import se.tryggalov.volunteer.VolunteerStatus;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoVolunteersTest {

    @Autowired
    VolunteerService volunteers;
    @Autowired
    PartnerService partners;

    private List<Volunteer> demoVolunteers() {
        return volunteers.list().stream().filter(v -> v.email() != null && v.email().endsWith(DemoVolunteers.DOMAIN)
                && !v.username().equals("volunteer")).toList();
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void theDemoUserVolunteerHasAProfileInAlbyWithBasicTraining() {
        Volunteer maria = volunteers.list().stream().filter(v -> v.username().equals("volunteer")).findFirst().orElseThrow();

        assertThat(maria.name()).isEqualTo("Maria Johansson");
        assertThat(maria.status()).isIn(VolunteerStatus.ACTIVE, VolunteerStatus.PAUSED);
        assertThat(maria.adultConfirmed()).isTrue();
        assertThat(maria.districts()).extracting(NamedRef::name).contains("Alby");
        assertThat(maria.organisations()).extracting(NamedRef::name).contains("Nattvandrarna Botkyrka");
        assertThat(maria.qualifiedOn(QualificationKind.BASIC_TRAINING, LocalDate.now(Zones.STOCKHOLM))).isTrue();
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void threeHundredInventedVolunteersWithRealisticTraining() {
        List<Volunteer> people = demoVolunteers();
        LocalDate today = LocalDate.now(Zones.STOCKHOLM);

        assertThat(people).hasSizeGreaterThanOrEqualTo(DemoVolunteers.COUNT);
        double basic = share(people, v -> v.qualification(QualificationKind.BASIC_TRAINING).isPresent());
        double lead = share(people, v -> v.qualification(QualificationKind.LEAD).isPresent());
        double firstAid = share(people, v -> v.qualification(QualificationKind.FIRST_AID).isPresent());
        assertThat(basic).isBetween(0.5, 0.7);
        assertThat(lead).isBetween(0.18, 0.32);
        assertThat(firstAid).isBetween(0.22, 0.38);
        assertThat(people).anyMatch(v -> v.qualification(QualificationKind.FIRST_AID).map(q -> q.expiredOn(today)).orElse(false));
        assertThat(people).filteredOn(Volunteer::youthWalker).isNotEmpty()
                .allSatisfy(v -> assertThat(v.guardianConsentOn()).isNotNull());
        assertThat(people).anyMatch(v -> v.status() == VolunteerStatus.PAUSED);
        assertThat(people).anyMatch(v -> !v.languages().isEmpty());
        assertThat(people).anyMatch(v -> v.gender() != null);
        assertThat(people).allSatisfy(v -> {
            assertThat(v.organisations()).isNotEmpty();
            assertThat(v.districts()).isNotEmpty();
            assertThat(v.enabled()).isTrue();
        });
        assertThat(people).extracting(v -> v.organisations().getFirst().name())
                .contains("Nattvandrarna Botkyrka", "Svenska kyrkan i Botkyrka", "Tumba idrottsförening (demo)");
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void theSameDateGivesTheSamePeople() {
        List<NamedRef> districts = volunteers.districtChoices();
        Map<String, Long> ids = new HashMap<>();
        districts.forEach(d -> ids.put(d.name(), d.id()));
        LocalDate day = LocalDate.of(2026, 11, 1);

        List<NewVolunteer> first = DemoVolunteers.people(day, partners.organisations(), districts, ids);
        List<NewVolunteer> second = DemoVolunteers.people(day, partners.organisations(), districts, ids);

        assertThat(first).hasSize(DemoVolunteers.COUNT).isEqualTo(second);
        assertThat(DemoVolunteers.ascii("Björn.Hodžić")).isEqualTo("bjorn.hodzic");
    }

    private static double share(List<Volunteer> people, java.util.function.Predicate<Volunteer> test) {
        return people.stream().filter(test).count() / (double) people.size();
    }
}
