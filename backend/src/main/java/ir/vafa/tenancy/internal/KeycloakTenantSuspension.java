package ir.vafa.tenancy.internal;

import static ir.vafa.tenancy.internal.KeycloakTenantLookup.TENANT_ID;
import static ir.vafa.tenancy.internal.KeycloakTenantLookup.mutable;
import static ir.vafa.tenancy.internal.KeycloakTenantLookup.single;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.NotFoundException;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Switches a tenant's identities off and on again. Suspending disables the tenant's users (ending their sessions),
 * its POS clients and its organization, and remembers on the organization what it disabled, so reactivating
 * enables only that: someone disabled on purpose stays disabled. Repeating either is harmless.
 */
final class KeycloakTenantSuspension {

	/** Organization attributes remembering what {@link #suspend} disabled, so {@link #reactivate} undoes only that. */
	static final String SUSPENDED_USERS = "vafa.suspended_users";

	static final String SUSPENDED_CLIENTS = "vafa.suspended_clients";

	private final KeycloakRealm keycloak;
	private final KeycloakTenantLookup lookup;

	KeycloakTenantSuspension(KeycloakRealm keycloak, KeycloakTenantLookup lookup) {
		this.keycloak = keycloak;
		this.lookup = lookup;
	}

	/** Only what was enabled is disabled and remembered, so {@link #reactivate} restores the state before. */
	void suspend(String slug) {
		OrganizationRepresentation organization = lookup.requireOrganization(slug);
		String tenantId = single(organization.getAttributes(), TENANT_ID);
		List<UserRepresentation> users = lookup.usersOf(tenantId).stream()
			.filter(UserRepresentation::isEnabled)
			.toList();
		List<ClientRepresentation> clients = lookup.posClientsOf(slug, tenantId).stream()
			.filter(ClientRepresentation::isEnabled)
			.toList();

		Map<String, List<String>> attributes = mutable(organization.getAttributes());
		remember(attributes, SUSPENDED_USERS, users.stream().map(UserRepresentation::getId).toList());
		remember(attributes, SUSPENDED_CLIENTS, clients.stream().map(ClientRepresentation::getId).toList());
		organization.setAttributes(attributes);
		organization.setEnabled(false);
		updateOrganization(organization);

		for (ClientRepresentation client : clients) {
			setClientEnabled(client.getId(), false);
		}
		for (UserRepresentation user : users) {
			setUserEnabled(user.getId(), false);
			keycloak.run("end the sessions of user " + user.getUsername(),
					() -> keycloak.resource().users().get(user.getId()).logout());
		}
	}

	/** Undoes {@link #suspend}: enables again what it disabled, and the organization. */
	void reactivate(String slug) {
		OrganizationRepresentation organization = lookup.requireOrganization(slug);
		Map<String, List<String>> attributes = mutable(organization.getAttributes());
		for (String clientId : attributes.getOrDefault(SUSPENDED_CLIENTS, List.of())) {
			ignoreMissing(() -> setClientEnabled(clientId, true));
		}
		for (String userId : attributes.getOrDefault(SUSPENDED_USERS, List.of())) {
			ignoreMissing(() -> setUserEnabled(userId, true));
		}
		attributes.remove(SUSPENDED_CLIENTS);
		attributes.remove(SUSPENDED_USERS);
		organization.setAttributes(attributes);
		organization.setEnabled(true);
		updateOrganization(organization);
	}

	private void setUserEnabled(String userId, boolean enabled) {
		keycloak.run((enabled ? "enable" : "disable") + " user " + userId, () -> {
			UserResource resource = keycloak.resource().users().get(userId);
			UserRepresentation user = resource.toRepresentation();
			user.setEnabled(enabled);
			resource.update(user);
		});
	}

	private void setClientEnabled(String id, boolean enabled) {
		keycloak.run((enabled ? "enable" : "disable") + " client " + id, () -> {
			ClientResource resource = keycloak.resource().clients().get(id);
			ClientRepresentation client = resource.toRepresentation();
			client.setEnabled(enabled);
			resource.update(client);
		});
	}

	private void updateOrganization(OrganizationRepresentation organization) {
		keycloak.succeeded("update organization " + organization.getAlias(),
				() -> keycloak.resource().organizations().get(organization.getId()).update(organization));
	}

	private static void ignoreMissing(Runnable action) {
		try {
			action.run();
		}
		catch (TenantProvisioningException e) {
			if (!(e.getCause() instanceof NotFoundException)) {
				throw e;
			}
		}
	}

	private static void remember(Map<String, List<String>> attributes, String key, List<String> ids) {
		Set<String> union = new LinkedHashSet<>(attributes.getOrDefault(key, List.of()));
		union.addAll(ids);
		if (union.isEmpty()) {
			attributes.remove(key);
		}
		else {
			attributes.put(key, List.copyOf(union));
		}
	}
}
