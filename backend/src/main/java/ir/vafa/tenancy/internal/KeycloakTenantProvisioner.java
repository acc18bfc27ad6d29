package ir.vafa.tenancy.internal;

import static ir.vafa.tenancy.internal.KeycloakTenantLookup.CLIENT_TENANT_ID;
import static ir.vafa.tenancy.internal.KeycloakTenantLookup.TENANT_ID;
import static ir.vafa.tenancy.internal.KeycloakTenantLookup.mutable;
import static ir.vafa.tenancy.internal.KeycloakTenantLookup.requireSlug;
import static ir.vafa.tenancy.internal.KeycloakTenantLookup.single;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Creates tenants' identities in the Vafa Keycloak realm, and takes them back.
 * <p>
 * A tenant is a Keycloak organization whose alias is the tenant slug and whose attribute {@code tenant_id} holds
 * the tenant UUID. Every user of the tenant, and the service-account user of each POS client, carries the same
 * UUID in the user attribute {@code tenant_id}; the realm's {@code vafa-api} client scope copies it into the
 * {@code tenant_id} claim. The user profile lets only administrators see or edit that attribute. POS clients are
 * named {@code pos-<slug>} and tagged with the client attribute {@code vafa.tenant_id}.
 */
final class KeycloakTenantProvisioner {

	/** The realm roles a tenant's users and POS clients may hold. */
	static final Set<String> TENANT_ROLES = Set.of("tenant-admin", "tenant-marketer", "tenant-analyst", "cashier");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final KeycloakRealm keycloak;
	private final KeycloakTenantLookup lookup;

	KeycloakTenantProvisioner(KeycloakRealm keycloak, KeycloakTenantLookup lookup) {
		this.keycloak = keycloak;
		this.lookup = lookup;
	}

	/**
	 * Creates the tenant's organization, its first {@code tenant-admin} user (username = e-mail) and its POS client
	 * {@code pos-<slug>} with role {@code cashier}. Fails with a {@linkplain TenantProvisioningException#isConflict()
	 * conflict} when an organization with this alias or name, or with this tenant id, exists already. When a later
	 * step fails, what was created before is deleted again.
	 *
	 * @param adminPassword the admin's password, or {@code null} to generate one (returned once in the result)
	 */
	ProvisionedTenant provision(UUID tenantId, String slug, String displayName, String adminEmail,
			String adminPassword) {
		Objects.requireNonNull(tenantId, "tenantId");
		requireSlug(slug);
		requireText(displayName, "displayName");
		requireText(adminEmail, "adminEmail");
		if (!lookup.organizationsOf(tenantId).isEmpty()) {
			throw TenantProvisioningException.conflict("Tenant " + tenantId + " has an organization already");
		}
		String password = adminPassword != null ? adminPassword : generatePassword();

		List<Runnable> undo = new ArrayList<>();
		try {
			String organizationId = createOrganization(tenantId, slug, displayName);
			undo.add(() -> deleteOrganization(slug, organizationId));

			String adminUserId = createUser(tenantId, organizationId, adminEmail, adminEmail, password,
					Set.of("tenant-admin"));
			undo.add(() -> deleteUser(adminEmail, adminUserId));

			String posClientId = "pos-" + slug;
			String posId = createPosClient(tenantId, posClientId, displayName);
			undo.add(() -> deleteClient(posClientId, posId));
			String secret = keycloak.call("read the secret of " + posClientId,
					() -> keycloak.resource().clients().get(posId).getSecret().getValue());

			return new ProvisionedTenant(tenantId, organizationId, adminUserId, adminEmail,
					adminPassword == null ? password : null, posClientId, secret);
		}
		catch (RuntimeException e) {
			rollBack(undo, e);
			throw e;
		}
	}

	/**
	 * Deletes the tenant's identities, found by their tags rather than remembered ids, so staff added since go too:
	 * its POS clients (their service accounts with them), its users, its organization. For a tenant Vafa never
	 * recorded; repeating it is harmless.
	 */
	void deprovision(UUID tenantId, String slug) {
		requireSlug(slug);
		String id = tenantId.toString();
		for (ClientRepresentation client : lookup.posClientsOf(slug, id)) {
			deleteClient(client.getClientId(), client.getId());
		}
		for (UserRepresentation user : lookup.usersOf(id)) {
			deleteUser(user.getUsername(), user.getId());
		}
		for (OrganizationRepresentation organization : lookup.organizationsOf(tenantId)) {
			if (slug.equals(organization.getAlias())) {
				deleteOrganization(slug, organization.getId());
			}
		}
	}

	/**
	 * Adds a staff user to a provisioned tenant.
	 *
	 * @param email    may be {@code null}
	 * @param password the initial password (not temporary: the user can log in at once)
	 * @param roles    a non-empty subset of {@link #TENANT_ROLES}
	 * @return Keycloak's id of the new user
	 */
	String addUser(UUID tenantId, String slug, String username, String email, String password, Set<String> roles) {
		Objects.requireNonNull(tenantId, "tenantId");
		requireText(username, "username");
		requireText(password, "password");
		if (roles == null || roles.isEmpty() || !TENANT_ROLES.containsAll(roles)) {
			throw new IllegalArgumentException("roles must be a non-empty subset of " + TENANT_ROLES + ": " + roles);
		}
		OrganizationRepresentation organization = lookup.requireOrganization(slug);
		if (!tenantId.toString().equals(single(organization.getAttributes(), TENANT_ID))) {
			throw new IllegalArgumentException("Organization " + slug + " does not belong to tenant " + tenantId);
		}
		if (!organization.isEnabled()) {
			throw TenantProvisioningException.failed("Tenant " + slug + " is suspended");
		}
		return createUser(tenantId, organization.getId(), username, email, password, roles);
	}

	private String createOrganization(UUID tenantId, String slug, String displayName) {
		OrganizationRepresentation organization = new OrganizationRepresentation();
		organization.setAlias(slug);
		organization.setName(displayName);
		organization.setEnabled(true);
		organization.setDescription("Vafa tenant " + tenantId);
		organization.setAttributes(Map.of(TENANT_ID, List.of(tenantId.toString())));
		return keycloak.created("create organization " + slug,
				() -> keycloak.resource().organizations().create(organization));
	}

	private String createUser(UUID tenantId, String organizationId, String username, String email, String password,
			Set<String> roles) {
		UserRepresentation user = new UserRepresentation();
		user.setUsername(username);
		user.setEmail(email);
		user.setEmailVerified(email != null);
		user.setEnabled(true);
		user.setRequiredActions(List.of());
		user.setAttributes(Map.of(TENANT_ID, List.of(tenantId.toString())));
		CredentialRepresentation credential = new CredentialRepresentation();
		credential.setType(CredentialRepresentation.PASSWORD);
		credential.setValue(password);
		credential.setTemporary(false);
		user.setCredentials(List.of(credential));

		String userId = keycloak.created("create user " + username, () -> keycloak.resource().users().create(user));
		try {
			addRealmRoles(userId, username, roles);
			keycloak.created("add user " + username + " to organization",
					() -> keycloak.resource().organizations().get(organizationId).members().addMember(userId));
			return userId;
		}
		catch (RuntimeException e) {
			rollBack(List.of(() -> deleteUser(username, userId)), e);
			throw e;
		}
	}

	/** A confidential client for the client-credentials grant only; Keycloak generates its secret. */
	private String createPosClient(UUID tenantId, String clientId, String displayName) {
		ClientRepresentation client = new ClientRepresentation();
		client.setClientId(clientId);
		client.setName("POS of " + displayName);
		client.setDescription("Point-of-sale system of Vafa tenant " + tenantId);
		client.setEnabled(true);
		client.setProtocol("openid-connect");
		client.setPublicClient(false);
		client.setClientAuthenticatorType("client-secret");
		client.setServiceAccountsEnabled(true);
		client.setStandardFlowEnabled(false);
		client.setImplicitFlowEnabled(false);
		client.setDirectAccessGrantsEnabled(false);
		client.setRedirectUris(List.of());
		client.setWebOrigins(List.of());
		client.setAttributes(Map.of(CLIENT_TENANT_ID, tenantId.toString()));
		// Its tokens carry only the roles scope-mapped below (cashier), not the realm's default roles.
		client.setFullScopeAllowed(false);
		String id = keycloak.created("create client " + clientId, () -> keycloak.resource().clients().create(client));
		keycloak.run("limit the token roles of " + clientId + " to cashier",
				() -> keycloak.resource().clients().get(id).getScopeMappings().realmLevel()
					.add(realmRoles(Set.of("cashier"))));

		String serviceAccountId = keycloak.call("read the service account of " + clientId,
				() -> keycloak.resource().clients().get(id).getServiceAccountUser().getId());
		keycloak.run("set tenant_id on the service account of " + clientId, () -> {
			UserResource resource = keycloak.resource().users().get(serviceAccountId);
			UserRepresentation account = resource.toRepresentation();
			Map<String, List<String>> attributes = mutable(account.getAttributes());
			attributes.put(TENANT_ID, List.of(tenantId.toString()));
			account.setAttributes(attributes);
			resource.update(account);
		});
		addRealmRoles(serviceAccountId, "service-account-" + clientId, Set.of("cashier"));
		return id;
	}

	/**
	 * Sets the user's tenant roles to {@code roles} (other realm roles stay) and enables or disables them; a user
	 * disabled is logged out of every session, so no refresh token of theirs works again.
	 */
	void changeUser(ir.vafa.tenancy.StaffMember user, Set<String> roles, Boolean enabled) {
		if (roles != null) {
			Set<String> add = new java.util.TreeSet<>(roles);
			add.removeAll(user.roles());
			Set<String> remove = new java.util.TreeSet<>(user.roles());
			remove.removeAll(roles);
			if (!add.isEmpty()) {
				addRealmRoles(user.id(), user.username(), add);
			}
			if (!remove.isEmpty()) {
				keycloak.run("take the roles " + remove + " from user " + user.username(),
						() -> keycloak.resource().users().get(user.id()).roles().realmLevel().remove(realmRoles(remove)));
			}
		}
		if (enabled != null && enabled != user.enabled()) {
			keycloak.run((enabled ? "enable" : "disable") + " user " + user.username(), () -> {
				UserRepresentation representation = keycloak.resource().users().get(user.id()).toRepresentation();
				representation.setEnabled(enabled);
				keycloak.resource().users().get(user.id()).update(representation);
			});
			if (!enabled) {
				keycloak.run("log user " + user.username() + " out", () -> keycloak.resource().users().get(user.id()).logout());
			}
		}
	}

	private void addRealmRoles(String userId, String username, Set<String> roles) {
		keycloak.run("give user " + username + " the roles " + roles,
				() -> keycloak.resource().users().get(userId).roles().realmLevel().add(realmRoles(roles)));
	}

	private List<RoleRepresentation> realmRoles(Set<String> roles) {
		return roles.stream().sorted().map(role -> keycloak.resource().roles().get(role).toRepresentation()).toList();
	}

	private void deleteOrganization(String slug, String id) {
		keycloak.deleted("delete organization " + slug, () -> keycloak.resource().organizations().get(id).delete());
	}

	private void deleteUser(String username, String id) {
		keycloak.deleted("delete user " + username, () -> keycloak.resource().users().delete(id));
	}

	private void deleteClient(String clientId, String id) {
		keycloak.deleted("delete client " + clientId, () -> keycloak.resource().clients().delete(id));
	}

	private static void rollBack(List<Runnable> undo, RuntimeException failure) {
		for (int i = undo.size() - 1; i >= 0; i--) {
			try {
				undo.get(i).run();
			}
			catch (RuntimeException e) {
				failure.addSuppressed(e);
			}
		}
	}

	private static void requireText(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
	}

	/** 20 characters with upper and lower case letters, digits and a symbol, to pass common password policies. */
	static String generatePassword() {
		String upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
		String lower = "abcdefghijkmnopqrstuvwxyz";
		String digits = "23456789";
		String symbols = "-_.!";
		String all = upper + lower + digits;
		List<Character> chars = new ArrayList<>();
		chars.add(upper.charAt(RANDOM.nextInt(upper.length())));
		chars.add(lower.charAt(RANDOM.nextInt(lower.length())));
		chars.add(digits.charAt(RANDOM.nextInt(digits.length())));
		chars.add(symbols.charAt(RANDOM.nextInt(symbols.length())));
		while (chars.size() < 20) {
			chars.add(all.charAt(RANDOM.nextInt(all.length())));
		}
		Collections.shuffle(chars, RANDOM);
		StringBuilder password = new StringBuilder();
		chars.forEach(password::append);
		return password.toString();
	}
}
