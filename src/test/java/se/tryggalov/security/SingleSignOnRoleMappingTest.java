package se.tryggalov.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SingleSignOnRoleMappingTest {

    private static SingleSignOn singleSignOn(MockEnvironment environment) {
        return new SingleSignOn(new StaticListableBeanFactory().getBeanProvider(ClientRegistrationRepository.class),
                environment);
    }

    @Test
    void withoutAProviderThereIsNoButton() {
        assertThat(singleSignOn(new MockEnvironment()).provider()).isEmpty();
    }

    @Test
    void groupValuesMapToRolesAsWrittenInBracketsAndPlainKeys() {
        SingleSignOn sso = singleSignOn(new MockEnvironment()
                .withProperty("trygga.sso.role-claim", "groups")
                .withProperty("trygga.sso.role-mapping[Trygga.Coordinators]", "COORDINATOR")
                .withProperty("trygga.sso.role-mapping[0b5c1a9e-1111-2222-3333-444455556666]", "VIEWER")
                .withProperty("trygga.sso.role-mapping.trygga-admins", "ADMIN"));

        assertThat(sso.rolesOf(Map.of("groups", List.of("Trygga.Coordinators", "someone-else"))))
                .containsExactly(Role.COORDINATOR);
        assertThat(sso.rolesOf(Map.of("groups", List.of("0b5c1a9e-1111-2222-3333-444455556666", "trygga-admins"))))
                .containsExactlyInAnyOrder(Role.VIEWER, Role.ADMIN);
        assertThat(sso.rolesOf(Map.of("groups", "trygga-admins Trygga.Coordinators")))
                .containsExactlyInAnyOrder(Role.ADMIN, Role.COORDINATOR);
        assertThat(sso.rolesOf(Map.of("roles", List.of("trygga-admins")))).isEmpty();
    }

    @Test
    void volunteersAndPartnerContactsCannotComeFromTheProvider() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("trygga.sso.role-mapping.everyone", "VOLUNTEER");
        assertThatThrownBy(() -> singleSignOn(environment)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only ADMIN, COORDINATOR and VIEWER");
    }
}
