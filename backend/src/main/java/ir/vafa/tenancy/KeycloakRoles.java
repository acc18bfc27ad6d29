package ir.vafa.tenancy;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Maps Keycloak's realm roles ({@code realm_access.roles}) to Spring authorities {@code ROLE_<name>}. Only the
 * roles Vafa knows are kept, so a stray Keycloak default role grants nothing. Shared by the API's JWT
 * converter and the console's OIDC login.
 */
public final class KeycloakRoles {

	private static final List<String> KNOWN = List.of(Roles.PLATFORM_SUPPORT, Roles.TENANT_ADMIN,
			Roles.TENANT_MARKETER, Roles.TENANT_ANALYST, Roles.CASHIER, Roles.PARTNER_MANAGER);

	private KeycloakRoles() {
	}

	public static Collection<GrantedAuthority> authorities(Map<String, Object> claims) {
		if (!(claims.get("realm_access") instanceof Map<?, ?> realmAccess)
				|| !(realmAccess.get("roles") instanceof Collection<?> roles)) {
			return List.of();
		}
		return roles.stream()
			.map(Object::toString)
			.filter(KNOWN::contains)
			.<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
			.toList();
	}
}
