package ir.vafa.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The platform's list of tenants: the support staff's cross-tenant path. Every change is audited with the
 * acting user.
 */
public interface TenantDirectory {

	List<TenantView> list();

	Optional<TenantView> find(UUID id);

	Optional<TenantView> findBySlug(String slug);

	TenantCreated create(NewTenant request, String actor);

	TenantView suspend(UUID id, String actor);

	TenantView reactivate(UUID id, String actor);

	/**
	 * The current secret of the tenant's POS client, read from Keycloak; empty when it has none. For the demo
	 * only, to print its logins again on a restart: people are shown a secret once (in {@link TenantCreated}), and
	 * this is offered over no API.
	 */
	Optional<String> posClientSecret(UUID id);
}
