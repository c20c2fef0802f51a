package se.tryggalov.followup;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.partner.Organisation;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.place.PlaceService;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.i18n.UserMessageException;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The action plan register on the real database. */
@IntegrationTest
class ActionPlanServiceTest {

    @Autowired
    ActionPlanService plan;
    @Autowired
    PartnerService partners;
    @Autowired
    PlaceService places;
    @Autowired
    SystemAuthentication system;

    private MeasureDraft draft(String title, String description, LocalDate first, LocalDate last,
                               MeasureStatus status) {
        long owner = system.callAs(() -> partners.organisations(), Role.COORDINATOR).stream()
                .map(Organisation::id).findFirst().orElseThrow();
        long district = system.callAs(() -> places.districts(), Role.COORDINATOR).getFirst().id();
        return new MeasureDraft(title, description, owner, Set.of(), Set.of(district),
                Set.of(ObservationCategory.GRAFFITI), Set.of(), first, last, LocalDate.of(2025, 6, 1), status);
    }

    private static String key(Throwable e) {
        return ((UserMessageException) e).messageKey();
    }

    @Test
    void aMeasureIsKeptChangedOnceAndItsDueFollowUpShows() {
        String title = "Klottersanering x" + UUID.randomUUID().toString().substring(0, 7);
        long id = system.callAs(() -> plan.create(draft(title, "Sanering inom ett dygn", LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 8, 31), MeasureStatus.ONGOING)), Role.COORDINATOR);
        Measure saved = system.callAs(() -> plan.measures(), Role.VIEWER).stream().filter(m -> m.id() == id)
                .findFirst().orElseThrow();
        assertThat(saved.draft().categories()).containsExactly(ObservationCategory.GRAFFITI);
        assertThat(saved.followUpDue(LocalDate.of(2025, 6, 1))).isTrue();
        assertThat(saved.overlaps(LocalDate.of(2025, 2, 24), LocalDate.of(2025, 3, 2))).isTrue();

        MeasureDraft done = draft(title, null, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 8, 31),
                MeasureStatus.DONE);
        system.runAs(() -> plan.update(id, done, saved.version()), Role.COORDINATOR);
        assertThatThrownBy(() -> system.runAs(() -> plan.update(id, done, saved.version()), Role.COORDINATOR))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.changedByOthers"));
        Measure after = system.callAs(() -> plan.measures(), Role.COORDINATOR).stream().filter(m -> m.id() == id)
                .findFirst().orElseThrow();
        assertThat(after.draft().status()).isEqualTo(MeasureStatus.DONE);
        assertThat(after.followUpDue(LocalDate.of(2025, 6, 1))).as("a done measure is followed up").isFalse();
    }

    @Test
    void aMeasureAboutAPersonOrWithABackwardPeriodIsRefused() {
        int before = system.callAs(() -> plan.measures(), Role.COORDINATOR).size();
        assertThatThrownBy(() -> system.callAs(() -> plan.create(draft("Samtal", "Ring 070-123 45 67",
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), MeasureStatus.PLANNED)), Role.COORDINATOR))
                .satisfies(e -> assertThat(key(e)).isEqualTo("validation.phoneInText"));
        assertThatThrownBy(() -> system.callAs(() -> plan.create(draft("Baklänges", null,
                LocalDate.of(2025, 4, 1), LocalDate.of(2025, 3, 1), MeasureStatus.PLANNED)), Role.COORDINATOR))
                .satisfies(e -> assertThat(key(e)).isEqualTo("followup.measure.error.endBeforeStart"));
        assertThat(system.callAs(() -> plan.measures(), Role.COORDINATOR)).hasSize(before);
    }
}
