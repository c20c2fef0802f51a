package se.tryggalov.partner;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.tryggalov.IntegrationTest;
import se.tryggalov.shared.i18n.UserMessageException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class PartnerServiceTest {

    @Autowired
    PartnerService partners;

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void anOrganisationInAnUnknownDistrictIsRefusedAndNothingIsSaved() {
        int before = partners.organisations().size();
        assertThatThrownBy(() -> partners.createOrganisation("Grannstöd Fittja", OrganisationKind.OTHER, List.of(999_999L)))
                .isInstanceOf(UserMessageException.class);
        assertThat(partners.organisations()).hasSize(before)
                .extracting(Organisation::name).doesNotContain("Grannstöd Fittja");
    }

    @Test
    @WithMockUser(username = "volunteer", roles = "VOLUNTEER")
    void aVolunteerDoesNotReadThePartnerList() {
        assertThatThrownBy(() -> partners.organisations()).isInstanceOf(AccessDeniedException.class);
    }
}
