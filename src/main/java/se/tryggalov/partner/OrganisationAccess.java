package se.tryggalov.partner;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.tryggalov.security.Account;
import se.tryggalov.security.CurrentUser;
import se.tryggalov.security.Role;

import java.util.Objects;

/**
 * Who may change an organisation, its contacts, commitments and sign-up link: coordinators and administrators
 * every organisation, a partner contact only their own (app_user.organisation_id). The same rule as
 * {@code PeopleAccess.canManageOrganisation}, kept here so that the partner feature does not depend on the
 * volunteer feature (which reads organisations). Roles come from the authentication, as for method security.
 */
@Component
class OrganisationAccess {

    private final CurrentUser currentUser;

    OrganisationAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    boolean managesAll() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.COORDINATOR);
    }

    boolean canManage(long organisationId) {
        if (managesAll()) {
            return true;
        }
        return currentUser.hasRole(Role.PARTNER_CONTACT) && currentUser.account().map(Account::organisationId)
                .filter(own -> Objects.equals(own, organisationId)).isPresent();
    }

    void requireManage(long organisationId) {
        if (!canManage(organisationId)) {
            throw new AccessDeniedException("Not a manager of organisation " + organisationId);
        }
    }
}
