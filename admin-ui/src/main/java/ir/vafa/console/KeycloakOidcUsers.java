package ir.vafa.console;

import ir.vafa.tenancy.KeycloakRoles;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a Keycloak log-in into the console's user: authorities from the realm roles in the ID token (the realm's
 * "realm roles" mapper puts {@code realm_access.roles} there), named by {@code preferred_username}. The
 * {@code tenant_id} claim stays among the user's claims, where the tenant filter finds it.
 */
final class KeycloakOidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

	static final String NAME_CLAIM = "preferred_username";

	private final OidcUserService delegate = new OidcUserService();

	@Override
	public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
		OidcUser user = delegate.loadUser(request);
		return new DefaultOidcUser(KeycloakRoles.authorities(user.getClaims()), user.getIdToken(), user.getUserInfo(),
				NAME_CLAIM);
	}
}
