package se.tryggalov.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.io.Serial;
import java.util.Set;

/**
 * Turns a person the provider vouched for into one of our accounts (see {@link SingleSignOnAccounts}): the
 * signed-in principal's name is our username, so {@link CurrentUser} and the audit log work as for local accounts.
 */
class SingleSignOnUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The error code of a refused sign-in; its description is the translation key the login page shows. */
    static final String REFUSED = "trygga_refused";

    private final OidcUserService provider = new OidcUserService();
    private final SingleSignOn singleSignOn;
    private final SingleSignOnAccounts accounts;

    SingleSignOnUserService(SingleSignOn singleSignOn, SingleSignOnAccounts accounts) {
        this.singleSignOn = singleSignOn;
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = provider.loadUser(request);
        Set<Role> roles = singleSignOn.rolesOf(user.getClaims());
        SingleSignOnAccounts.Outcome outcome = accounts.signIn(user.getIdToken().getIssuer().toString(),
                user.getSubject(), roles, user.getFullName() != null ? user.getFullName() : user.getPreferredUsername(),
                user.getEmail(), request.getClientRegistration().getRegistrationId(), clientAddress());
        if (outcome.refusal() != null) {
            String key = outcome.refusal() == SingleSignOnAccounts.Refusal.NO_ROLE ? "login.sso.noRole" : "login.sso.disabled";
            throw new OAuth2AuthenticationException(new OAuth2Error(REFUSED, key, null));
        }
        return new SignedInUser(outcome.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList(),
                user, outcome.username());
    }

    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest().getRemoteAddr() : null;
    }

    /** The provider's person under our username. */
    static final class SignedInUser extends DefaultOidcUser {

        @Serial
        private static final long serialVersionUID = 1L;

        private final String username;

        SignedInUser(java.util.Collection<SimpleGrantedAuthority> authorities, OidcUser user, String username) {
            super(authorities, user.getIdToken(), user.getUserInfo(), IdTokenClaimNames.SUB);
            this.username = username;
        }

        @Override
        public String getName() {
            return username;
        }

        @Override
        public boolean equals(Object o) {
            return super.equals(o) && o instanceof SignedInUser other && username.equals(other.username);
        }

        @Override
        public int hashCode() {
            return super.hashCode() * 31 + username.hashCode();
        }
    }
}
