package se.tryggalov.volunteer;

import org.springframework.stereotype.Component;
import se.tryggalov.security.Account;
import se.tryggalov.security.CurrentUser;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;

/**
 * The one rule for who may see and change whose personal data, applied inside queries (not by hiding buttons):
 * <ul>
 *   <li>administrators and coordinators: everyone;</li>
 *   <li>a partner contact: the volunteers of their own organisation;</li>
 *   <li>a volunteer: themself;</li>
 *   <li>a viewer: nobody (they see the contact list, never volunteer profiles).</li>
 * </ul>
 * A person with several roles gets the union. Records outside the scope behave as if they did not exist.
 * Repositories put the rule into their queries with {@link PeopleAccessQueries#visible}.
 */
@Component
public class PeopleAccess {

    /** What the caller may reach. {@code organisationId} only for partner contacts, {@code selfId} for volunteers. */
    public record Scope(long callerId, boolean everyone, Long organisationId, Long selfId) {

        public static final Scope NOBODY = new Scope(-1, false, null, null);

        public boolean isNobody() {
            return !everyone && organisationId == null && selfId == null;
        }
    }

    private final CurrentUser currentUser;
    private final PeopleAccessQueries queries;

    PeopleAccess(CurrentUser currentUser, PeopleAccessQueries queries) {
        this.currentUser = currentUser;
        this.queries = queries;
    }

    public Scope scope() {
        return currentUser.account().map(PeopleAccess::scopeOf).orElse(Scope.NOBODY);
    }

    static Scope scopeOf(Account account) {
        boolean everyone = account.roles().contains(Role.ADMIN) || account.roles().contains(Role.COORDINATOR);
        Long organisation = account.roles().contains(Role.PARTNER_CONTACT) ? account.organisationId() : null;
        Long self = account.roles().contains(Role.VOLUNTEER) ? account.id() : null;
        return new Scope(account.id(), everyone, organisation, self);
    }

    /** Whether the caller may see (and so edit) this volunteer. */
    public boolean canReach(long userId) {
        Scope scope = scope();
        return !scope.isNobody() && queries.exists(userId, scope);
    }

    /** Refuses, as "not found", a person outside the caller's scope: ids never reveal who exists. */
    public void requireReach(long userId) {
        if (!canReach(userId)) {
            throw new UserMessageException("error.notFound");
        }
    }

    /** Whether the caller may add people to, and manage the people of, this organisation. */
    public boolean canManageOrganisation(long organisationId) {
        Scope scope = scope();
        return scope.everyone() || (scope.organisationId() != null && scope.organisationId() == organisationId);
    }
}
