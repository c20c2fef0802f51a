package se.tryggalov.demo;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.IntegrationTest;
import se.tryggalov.availability.AvailabilityService;
import se.tryggalov.availability.AvailabilityState;
import se.tryggalov.availability.AvailabilityTestData;
import se.tryggalov.availability.CandidateEvening;
import se.tryggalov.availability.PersonAnswer;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.SecurityContexts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo availability for 300 demo volunteers made here. The test runs in a transaction that is rolled back, so these
 * demo people never become visible to other tests sharing the database.
 */
@IntegrationTest
@Transactional
class DemoAvailabilityTest {

    @Autowired
    DemoAvailability demo;
    @Autowired
    AvailabilityService availability;
    @Autowired
    CalendarService calendar;
    @Autowired
    SystemAuthentication system;
    @Autowired
    DSLContext dsl;
    @Autowired
    SecurityContexts contexts;

    @Test
    void everyActiveDemoVolunteerAnswersAboutAThirdOfTheEveningsTheSameWayEveryTime() {
        AvailabilityTestData data = new AvailabilityTestData(dsl, contexts);
        List<Long> mine = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            mine.add(data.volunteer("demo-walker", "ACTIVE", true, List.of(), List.of(), true).id());
        }
        long paused = data.volunteer("demo-paused", "PAUSED", true, List.of(), List.of(), true).id();
        List<CandidateEvening> evenings = system.callAs(() -> availability.candidates(calendar.currentYear()), Role.ADMIN);
        List<Long> everyone = system.callAs(availability::activeDemoVolunteerIds, Role.ADMIN);
        assertThat(everyone).containsAll(mine).doesNotContain(paused);

        long started = System.nanoTime();
        system.callAs(demo::load, Role.ADMIN);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Demo availability for %d people and %d evenings: %d ms%n", everyone.size(),
                evenings.size(), millis);

        Set<Long> mineSet = new HashSet<>(mine);
        List<PersonAnswer> expected = DemoAvailability.answers(everyone, evenings).stream()
                .filter(a -> mineSet.contains(a.userId())).toList();
        assertThat(DemoAvailability.answers(everyone, evenings)).as("same seed, same answers")
                .isEqualTo(DemoAvailability.answers(everyone, evenings));
        int stored = mine.stream().mapToInt(data::answerCount).sum();
        assertThat(stored).isEqualTo(expected.size());
        assertThat(data.answerCount(paused)).isZero();
        if (!evenings.isEmpty()) {
            double share = (double) stored / (mine.size() * evenings.size());
            assertThat(share).isBetween(0.3, 0.5);
            assertThat(expected).extracting(PersonAnswer::state)
                    .contains(AvailabilityState.AVAILABLE, AvailabilityState.MAYBE, AvailabilityState.UNAVAILABLE);
        }
    }
}
