package ir.vafa.tenancy.internal;

import static ir.vafa.tenancy.internal.KeycloakRealm.PAGE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Finds a tenant's parts in Keycloak by the tags provisioning puts on them: the organization by its alias (the
 * slug) or its {@code tenant_id} attribute, people and POS service accounts by their {@code tenant_id} user
 * attribute, POS clients by name and their {@code vafa.tenant_id} client attribute.
 */
final class KeycloakTenantLookup {

	/** User attribute (and organization attribute) holding the tenant UUID; the token claim has the same name. */
	static final String TENANT_ID = "tenant_id";

	/** Client attribute marking a POS client with its tenant. */
	static final String CLIENT_TENANT_ID = "vafa.tenant_id";

	private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?");

	private final KeycloakRealm keycloak;

	KeycloakTenantLookup(KeycloakRealm keycloak) {
		this.keycloak = keycloak;
	}

	/** The tenant's organization, found by its alias (the slug), with its attributes. */
	Optional<OrganizationRepresentation> organization(String slug) {
		requireSlug(slug);
		// Keycloak 26.7's "q" search matches the alias exactly; list the lot only if a version does not.
		List<OrganizationRepresentation> found = keycloak.call("look up organization " + slug,
				() -> keycloak.resource().organizations().searchByAttribute("alias:" + slug));
		Optional<OrganizationRepresentation> hit = found.stream().filter(o -> slug.equals(o.getAlias())).findFirst();
		if (hit.isEmpty()) {
			hit = keycloak.pages(first -> keycloak.resource().organizations().list(first, PAGE)).stream()
				.filter(o -> slug.equals(o.getAlias()))
				.findFirst();
		}
		// list and search return brief representations (no attributes): read the full one.
		return hit.map(o -> keycloak.call("read organization " + slug,
				() -> keycloak.resource().organizations().get(o.getId()).toRepresentation()));
	}

	OrganizationRepresentation requireOrganization(String slug) {
		return organization(slug)
			.orElseThrow(() -> TenantProvisioningException.failed("No organization with alias " + slug));
	}

	/** Organizations tagged with the tenant id (brief representations). */
	List<OrganizationRepresentation> organizationsOf(UUID tenantId) {
		return keycloak.call("look up tenant " + tenantId,
				() -> keycloak.resource().organizations().searchByAttribute(TENANT_ID + ":" + tenantId));
	}

	/** The tenant's people and its POS clients' service accounts. */
	List<UserRepresentation> usersOf(String tenantId) {
		return keycloak.pages(first -> keycloak.resource().users()
			.searchByAttributes(first, PAGE, null, true, true, TENANT_ID + ":" + tenantId))
			.stream()
			.filter(u -> u.getAttributes() == null || tenantId.equals(single(u.getAttributes(), TENANT_ID)))
			.toList();
	}

	/** The tenant's users but its POS clients' service accounts, with their tenant roles, by username. */
	List<ir.vafa.tenancy.StaffMember> staffOf(String tenantId) {
		return usersOf(tenantId).stream()
			.filter(u -> !u.getUsername().startsWith("service-account-"))
			.map(u -> new ir.vafa.tenancy.StaffMember(u.getId(), u.getUsername(), u.getEmail(),
					new java.util.TreeSet<>(keycloak.call("read the roles of " + u.getUsername(),
							() -> keycloak.resource().users().get(u.getId()).roles().realmLevel().listAll())
						.stream().map(org.keycloak.representations.idm.RoleRepresentation::getName)
						.filter(KeycloakTenantProvisioner.TENANT_ROLES::contains).toList()),
					Boolean.TRUE.equals(u.isEnabled()), null))
			.sorted(java.util.Comparator.comparing(ir.vafa.tenancy.StaffMember::username))
			.toList();
	}

	/** Clients named {@code pos-<slug>...} that are tagged with the tenant (the name alone could be another slug's). */
	List<ClientRepresentation> posClientsOf(String slug, String tenantId) {
		return keycloak.pages(first -> keycloak.resource().clients().findAll("pos-" + slug, false, true, first, PAGE))
			.stream()
			.filter(c -> c.getAttributes() != null && tenantId.equals(c.getAttributes().get(CLIENT_TENANT_ID)))
			.toList();
	}

	/**
	 * The current secret of the tenant's POS client {@code clientId}, read from Keycloak; empty when there is no such
	 * client tagged with this tenant (so no other client's secret can be read this way). For the demo's logins when
	 * {@code ./vafa run} starts on kept data: people are shown a secret once, when the tenant is opened.
	 */
	Optional<String> posClientSecret(UUID tenantId, String clientId) {
		java.util.Objects.requireNonNull(tenantId, "tenantId");
		return keycloak.call("look up client " + clientId, () -> keycloak.resource().clients().findByClientId(clientId))
			.stream()
			.filter(c -> c.getAttributes() != null && tenantId.toString().equals(c.getAttributes().get(CLIENT_TENANT_ID)))
			.findFirst()
			.map(c -> keycloak.call("read the secret of " + clientId,
					() -> keycloak.resource().clients().get(c.getId()).getSecret().getValue()));
	}

	static String single(Map<String, List<String>> attributes, String key) {
		if (attributes == null || attributes.get(key) == null || attributes.get(key).isEmpty()) {
			return null;
		}
		return attributes.get(key).getFirst();
	}

	static Map<String, List<String>> mutable(Map<String, List<String>> attributes) {
		return attributes == null ? new HashMap<>() : new HashMap<>(attributes);
	}

	static void requireSlug(String slug) {
		if (slug == null || !SLUG.matcher(slug).matches()) {
			throw new IllegalArgumentException(
					"slug must be 1-50 lower-case letters, digits and inner hyphens: " + slug);
		}
	}
}
