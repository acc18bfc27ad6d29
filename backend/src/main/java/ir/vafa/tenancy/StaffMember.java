package ir.vafa.tenancy;

import java.util.Set;

/** One of the tenant's staff as Keycloak knows them; {@code password} only in the answer that created them. */
public record StaffMember(String id, String username, String email, Set<String> roles, boolean enabled,
		String password) {

	public StaffMember withoutPassword() {
		return new StaffMember(id, username, email, roles, enabled, null);
	}
}
