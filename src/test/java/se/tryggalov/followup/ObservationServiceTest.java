package se.tryggalov.followup;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.place.PlaceService;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.i18n.UserMessageException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.tryggalov.jooq.Tables.OBSERVATION;

/** Reporting and importing observations on the real database; each test has districts of its own. */
@IntegrationTest
class ObservationServiceTest {

    @Autowired
    ObservationService observations;
    @Autowired
    PlaceService places;
    @Autowired
    SystemAuthentication system;
    @Autowired
    DSLContext dsl;

    String name;
    long district;

    @BeforeEach
    void setUp() {
        name = "Obs x" + UUID.randomUUID().toString().substring(0, 7);
        district = system.callAs(() -> places.createDistrict(name), Role.COORDINATOR);
    }

    private int stored() {
        return dsl.fetchCount(OBSERVATION, OBSERVATION.DISTRICT_ID.eq(district));
    }

    private String refusal(String note) {
        try {
            system.runAs(() -> observations.report(new ObservationDraft(district, null, ObservationCategory.GRAFFITI,
                    LocalDateTime.of(2025, 5, 2, 22, 0), 2, note)), Role.PARTNER_CONTACT);
            return null;
        } catch (UserMessageException e) {
            return e.messageKey();
        }
    }

    @Test
    void aNoteThatLooksLikeAnIdentityOrPhoneNumberIsRefusedAndNothingIsStored() {
        assertThat(refusal("Killen 850709-1234 sprayade")).isEqualTo("validation.identityNumber");
        assertThat(refusal("Ring 070-123 45 67 om glaset")).isEqualTo("validation.phoneInText");
        assertThat(stored()).isZero();

        assertThat(refusal("Klotter på gångtunnelns västra vägg")).isNull();
        assertThat(stored()).isEqualTo(1);
        assertThat(system.callAs(() -> observations.between(java.time.LocalDate.of(2025, 5, 2),
                java.time.LocalDate.of(2025, 5, 2)), Role.VIEWER))
                .filteredOn(o -> o.districtId() == district).singleElement()
                .satisfies(o -> assertThat(o.source()).isEqualTo(ObservationSource.PARTNER));
    }

    @Test
    void aCountOutsideItsBoundsOrATimeAheadIsRefused() {
        assertThatThrownBy(() -> system.runAs(() -> observations.report(new ObservationDraft(district, null,
                ObservationCategory.FIRE, LocalDateTime.of(2025, 5, 2, 22, 0), 0, null)), Role.COORDINATOR))
                .isInstanceOfSatisfying(UserMessageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("followup.error.count"));
        assertThatThrownBy(() -> system.runAs(() -> observations.report(new ObservationDraft(district, null,
                ObservationCategory.FIRE, LocalDateTime.now(se.tryggalov.shared.time.Zones.STOCKHOLM).plusDays(2), 1, null)), Role.COORDINATOR))
                .isInstanceOfSatisfying(UserMessageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("followup.error.future"));
        assertThat(stored()).isZero();
    }

    @Test
    void theImportNamesEveryBadLineSavesNothingUntilTheFileIsRightAndTheSameFileTwiceChangesNothing() {
        String bad = "kommundel;plats;kategori;datum;tid;antal;anteckning\n"
                + name + ";;Klotter;2025-04-04;21:30;4;Tunnelbanans uppgång\n"
                + "Ingenstans x;;Klotter;2025-04-04;21:30;4;\n"
                + name + ";;Glitter;2025-04-04;;1;\n"
                + "\n"
                + name + ";;brand;2025-04-31;;1;\n"
                + name + ";;Krossat glas;2025-04-05;22:00;tre;\n"
                + name + ";;Annat;2025-04-05;22:00;1;Personen 850709-1234\n";
        ObservationImport.Result dry = system.callAs(() -> observations.check(bytes(bad)), Role.COORDINATOR);
        assertThat(dry.problems()).extracting(ObservationImport.RowProblem::line).containsExactly(3, 4, 6, 7, 8);
        assertThat(dry.problems()).extracting(p -> p.problem().key()).containsExactly(
                "followup.import.error.district", "followup.import.error.category", "followup.import.error.dateTime",
                "followup.import.error.count", "validation.identityNumber");
        assertThatThrownBy(() -> system.callAs(() -> observations.importFile(bytes(bad)), Role.COORDINATOR))
                .isInstanceOfSatisfying(UserMessageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("followup.import.error.notSaved"));
        assertThat(stored()).as("all or nothing").isZero();

        String good = "district,category,date,time,count\r\n"
                + name + ",Graffiti,2025-04-04,21:30,4\r\n"
                + name + ",FIRE,2025-04-05,,1\r\n"
                + name + ",krossat glas,2025-04-05,22:00,3\r\n";
        assertThat(system.callAs(() -> observations.importFile(bytes(good)), Role.COORDINATOR)).isEqualTo(3);
        assertThat(stored()).isEqualTo(3);
        ObservationImport.Result again = system.callAs(() -> observations.check(bytes(good)), Role.PARTNER_CONTACT);
        assertThat(again.newRows()).isZero();
        assertThat(again.alreadyImported()).isEqualTo(3);
        assertThat(system.callAs(() -> observations.importFile(bytes(good)), Role.COORDINATOR)).isZero();
        assertThat(stored()).isEqualTo(3);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
