package ir.vafa.tenancy.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Creates and switches off tenants' identities in the Vafa Keycloak realm through the admin REST API, acting as
 * the {@code vafa-provisioner} service account (client-credentials grant).
 * <p>
 * A tenant is a Keycloak organization whose alias is the tenant slug and whose attribute {@code tenant_id} holds
 * the tenant UUID. Every user of the tenant, and the service-account user of each POS client, carries the same
 * UUID in the user attribute {@code tenant_id}; the realm's {@code vafa-api} client scope copies it into the
 * {@code tenant_id} claim. The user profile lets only administrators see or edit that attribute. POS clients are
 * named {@code pos-<slug>} and tagged with the client attribute {@code vafa.tenant_id}.
 * <p>
 * Not a Spring bean by itself; one instance is thread-safe and should be {@link #close() closed} on shutdown.
 */
public class KeycloakTenantProvisioner implements AutoCloseable {

	/** User attribute (and organization attribute) holding the tenant UUID; the token claim has the same name. */
	public static final String TENANT_ID = "tenant_id";

	/** Client attribute marking a POS client with its tenant. */
	static final String CLIENT_TENANT_ID = "vafa.tenant_id";

	/** Organization attributes remembering what {@link #suspend} disabled, so {@link #reactivate} undoes only that. */
	static final String SUSPENDED_USERS = "vafa.suspended_users";

	static final String SUSPENDED_CLIENTS = "vafa.suspended_clients";

	/** The realm roles a tenant's users and POS clients may hold. */
	public static final Set<String> TENANT_ROLES = Set.of("tenant-admin", "tenant-marketer", "tenant-analyst",
			"cashier");

	private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?");

	private static final int PAGE = 100;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Keycloak keycloak;

	private final String realm;

	/**
	 * @param serverUrl    Keycloak's base URL, e.g. {@code http://127.0.0.1:18180}
	 * @param realm        the Vafa realm, {@code vafa}
	 * @param clientId     the provisioner's client, {@code vafa-provisioner}
	 * @param clientSecret its secret
	 */
	public KeycloakTenantProvisioner(String serverUrl, String realm, String clientId, String clientSecret) {
		this(KeycloakBuilder.builder()
			.serverUrl(serverUrl)
			.realm(realm)
			.grantType(OAuth2Constants.CLIENT_CREDENTIALS)
			.clientId(clientId)
			.clientSecret(clientSecret)
			.build(), realm);
	}

	KeycloakTenantProvisioner(Keycloak keycloak, String realm) {
		this.keycloak = Objects.requireNonNull(keycloak, "keycloak");
		this.realm = Objects.requireNonNull(realm, "realm");
	}

	/**
	 * Creates the tenant's organization, its first {@code tenant-admin} user (username = e-mail) and its POS client
	 * {@code pos-<slug>} with role {@code cashier}. Fails with a {@linkplain TenantProvisioningException#isConflict()
	 * conflict} when an organization with this alias or name, or with this tenant id, exists already. When a later
	 * step fails, what was created before is deleted again.
	 *
	 * @param adminPassword the admin's password, or {@code null} to generate one (returned once in the result)
	 */
	public ProvisionedTenant provision(UUID tenantId, String slug, String displayName, String adminEmail,
			String adminPassword) {
		Objects.requireNonNull(tenantId, "tenantId");
		requireSlug(slug);
		requireText(displayName, "displayName");
		requireText(adminEmail, "adminEmail");
		if (!call("look up tenant " + tenantId, () -> realm().organizations().searchByAttribute(TENANT_ID + ":" + tenantId)).isEmpty()) {
			throw TenantProvisioningException.conflict("Tenant " + tenantId + " has an organization already");
		}
		String password = adminPassword != null ? adminPassword : generatePassword();

		List<Runnable> undo = new ArrayList<>();
		try {
			String organizationId = createOrganization(tenantId, slug, displayName);
			undo.add(() -> realm().organizations().get(organizationId).delete().close());

			String adminUserId = createUser(tenantId, organizationId, adminEmail, adminEmail, password,
					Set.of("tenant-admin"));
			undo.add(() -> realm().users().delete(adminUserId).close());

			String posClientId = "pos-" + slug;
			String posId = createPosClient(tenantId, posClientId, displayName);
			undo.add(() -> realm().clients().delete(posId).close());
			String secret = call("read the secret of " + posClientId,
					() -> realm().clients().get(posId).getSecret().getValue());

			return new ProvisionedTenant(tenantId, organizationId, adminUserId, adminEmail,
					adminPassword == null ? password : null, posClientId, secret);
		}
		catch (RuntimeException e) {
			rollBack(undo, e);
			throw e;
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
	public String addUser(UUID tenantId, String slug, String username, String email, String password,
			Set<String> roles) {
		Objects.requireNonNull(tenantId, "tenantId");
		requireText(username, "username");
		requireText(password, "password");
		if (roles == null || roles.isEmpty() || !TENANT_ROLES.containsAll(roles)) {
			throw new IllegalArgumentException("roles must be a non-empty subset of " + TENANT_ROLES + ": " + roles);
		}
		OrganizationRepresentation organization = requireOrganization(slug);
		if (!tenantId.toString().equals(single(organization.getAttributes(), TENANT_ID))) {
			throw new IllegalArgumentException("Organization " + slug + " does not belong to tenant " + tenantId);
		}
		if (!organization.isEnabled()) {
			throw TenantProvisioningException.failed("Tenant " + slug + " is suspended");
		}
		return createUser(tenantId, organization.getId(), username, email, password, roles);
	}

	/**
	 * Disables the tenant's users (ending their sessions) and POS clients, and the organization. Only what was
	 * enabled is disabled and remembered, so {@link #reactivate} restores the state before. Repeating it is harmless.
	 */
	public void suspend(String slug) {
		OrganizationRepresentation organization = requireOrganization(slug);
		String tenantId = single(organization.getAttributes(), TENANT_ID);
		List<UserRepresentation> users = usersOf(tenantId).stream().filter(UserRepresentation::isEnabled).toList();
		List<ClientRepresentation> clients = posClientsOf(slug, tenantId).stream()
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
			call("end the sessions of user " + user.getUsername(), () -> {
				realm().users().get(user.getId()).logout();
				return null;
			});
		}
	}

	/** Undoes {@link #suspend}: enables again what it disabled, and the organization. */
	public void reactivate(String slug) {
		OrganizationRepresentation organization = requireOrganization(slug);
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

	/**
	 * The current secret of the tenant's POS client {@code clientId}, read from Keycloak; empty when there is no such
	 * client tagged with this tenant (so no other client's secret can be read this way). For the demo's logins when
	 * {@code ./vafa run} starts on kept data: people are shown a secret once, when the tenant is opened.
	 */
	public Optional<String> posClientSecret(UUID tenantId, String clientId) {
		Objects.requireNonNull(tenantId, "tenantId");
		requireText(clientId, "clientId");
		return call("look up client " + clientId, () -> realm().clients().findByClientId(clientId)).stream()
			.filter(c -> c.getAttributes() != null
					&& tenantId.toString().equals(c.getAttributes().get(CLIENT_TENANT_ID)))
			.findFirst()
			.map(c -> call("read the secret of " + clientId,
					() -> realm().clients().get(c.getId()).getSecret().getValue()));
	}

	/** The tenant's organization, found by its alias (the slug). */
	public Optional<OrganizationRepresentation> findOrganization(String slug) {
		requireSlug(slug);
		// Keycloak 26.7's "q" search matches the alias exactly; list the lot only if a version does not.
		List<OrganizationRepresentation> found = call("look up organization " + slug,
				() -> realm().organizations().searchByAttribute("alias:" + slug));
		Optional<OrganizationRepresentation> hit = found.stream().filter(o -> slug.equals(o.getAlias())).findFirst();
		if (hit.isEmpty()) {
			hit = pages(first -> realm().organizations().list(first, PAGE)).stream()
				.filter(o -> slug.equals(o.getAlias()))
				.findFirst();
		}
		// list and search return brief representations (no attributes): read the full one.
		return hit.map(o -> call("read organization " + slug, () -> realm().organizations().get(o.getId()).toRepresentation()));
	}

	@Override
	public void close() {
		keycloak.close();
	}

	private String createOrganization(UUID tenantId, String slug, String displayName) {
		OrganizationRepresentation organization = new OrganizationRepresentation();
		organization.setAlias(slug);
		organization.setName(displayName);
		organization.setEnabled(true);
		organization.setDescription("Vafa tenant " + tenantId);
		organization.setAttributes(Map.of(TENANT_ID, List.of(tenantId.toString())));
		return created("create organization " + slug, () -> realm().organizations().create(organization));
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

		String userId = created("create user " + username, () -> realm().users().create(user));
		try {
			addRealmRoles(userId, username, roles);
			created("add user " + username + " to organization",
					() -> realm().organizations().get(organizationId).members().addMember(userId));
			return userId;
		}
		catch (RuntimeException e) {
			rollBack(List.of(() -> realm().users().delete(userId).close()), e);
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
		String id = created("create client " + clientId, () -> realm().clients().create(client));
		call("limit the token roles of " + clientId + " to cashier", () -> {
			realm().clients().get(id).getScopeMappings().realmLevel().add(realmRoles(Set.of("cashier")));
			return null;
		});

		String serviceAccountId = call("read the service account of " + clientId,
				() -> realm().clients().get(id).getServiceAccountUser().getId());
		call("set tenant_id on the service account of " + clientId, () -> {
			UserResource resource = realm().users().get(serviceAccountId);
			UserRepresentation account = resource.toRepresentation();
			Map<String, List<String>> attributes = mutable(account.getAttributes());
			attributes.put(TENANT_ID, List.of(tenantId.toString()));
			account.setAttributes(attributes);
			resource.update(account);
			return null;
		});
		addRealmRoles(serviceAccountId, "service-account-" + clientId, Set.of("cashier"));
		return id;
	}

	private void addRealmRoles(String userId, String username, Set<String> roles) {
		call("give user " + username + " the roles " + roles, () -> {
			realm().users().get(userId).roles().realmLevel().add(realmRoles(roles));
			return null;
		});
	}

	private List<RoleRepresentation> realmRoles(Set<String> roles) {
		return roles.stream().sorted().map(role -> realm().roles().get(role).toRepresentation()).toList();
	}

	private List<UserRepresentation> usersOf(String tenantId) {
		return pages(first -> realm().users().searchByAttributes(first, PAGE, null, true, true, TENANT_ID + ":" + tenantId)).stream()
			.filter(u -> u.getAttributes() == null || tenantId.equals(single(u.getAttributes(), TENANT_ID)))
			.toList();
	}

	/** Clients named {@code pos-<slug>...} that are tagged with the tenant (the name alone could be another slug's). */
	private List<ClientRepresentation> posClientsOf(String slug, String tenantId) {
		return pages(first -> realm().clients().findAll("pos-" + slug, false, true, first, PAGE)).stream()
			.filter(c -> c.getAttributes() != null && tenantId.equals(c.getAttributes().get(CLIENT_TENANT_ID)))
			.toList();
	}

	private void setUserEnabled(String userId, boolean enabled) {
		call((enabled ? "enable" : "disable") + " user " + userId, () -> {
			UserResource resource = realm().users().get(userId);
			UserRepresentation user = resource.toRepresentation();
			user.setEnabled(enabled);
			resource.update(user);
			return null;
		});
	}

	private void setClientEnabled(String id, boolean enabled) {
		call((enabled ? "enable" : "disable") + " client " + id, () -> {
			ClientResource resource = realm().clients().get(id);
			ClientRepresentation client = resource.toRepresentation();
			client.setEnabled(enabled);
			resource.update(client);
			return null;
		});
	}

	private void updateOrganization(OrganizationRepresentation organization) {
		String step = "update organization " + organization.getAlias();
		OrganizationResource resource = realm().organizations().get(organization.getId());
		try (Response response = call(step, () -> resource.update(organization))) {
			if (response.getStatus() >= 300) {
				String body = response.hasEntity() ? response.readEntity(String.class) : "";
				throw TenantProvisioningException
					.failed("Keycloak refused to " + step + ": HTTP " + response.getStatus() + " " + body);
			}
		}
	}

	private OrganizationRepresentation requireOrganization(String slug) {
		return findOrganization(slug)
			.orElseThrow(() -> TenantProvisioningException.failed("No organization with alias " + slug));
	}

	private RealmResource realm() {
		return keycloak.realm(realm);
	}

	/** Runs a create call and returns the new id from its Location; 409 becomes a conflict. */
	private static String created(String step, Supplier<Response> create) {
		try (Response response = call(step, create)) {
			int status = response.getStatus();
			if (status == 201) {
				return CreatedResponseUtil.getCreatedId(response);
			}
			if (status == 204) {
				return null;
			}
			String body = response.hasEntity() ? response.readEntity(String.class) : "";
			String message = "Keycloak refused to " + step + ": HTTP " + status + " " + body;
			throw status == 409 ? TenantProvisioningException.conflict(message)
					: TenantProvisioningException.failed(message);
		}
	}

	private static <T> T call(String step, Supplier<T> action) {
		try {
			return action.get();
		}
		catch (WebApplicationException e) {
			Response response = e.getResponse();
			String body = "";
			try {
				body = response != null && response.hasEntity() ? response.readEntity(String.class) : "";
			}
			catch (RuntimeException ignored) {
				// body already consumed or not readable: the status says enough
			}
			int status = response != null ? response.getStatus() : 0;
			String message = "Keycloak refused to " + step + ": HTTP " + status + " " + body;
			throw status == 409 ? TenantProvisioningException.conflict(message)
					: TenantProvisioningException.failed(message, e);
		}
		catch (ProcessingException e) {
			throw TenantProvisioningException.failed("Could not reach Keycloak to " + step + ": " + e.getMessage(), e);
		}
	}

	private static <T> List<T> pages(Function<Integer, List<T>> page) {
		List<T> all = new ArrayList<>();
		for (int first = 0;; first += PAGE) {
			int from = first;
			List<T> batch = call("list page " + first, () -> page.apply(from));
			all.addAll(batch);
			if (batch.size() < PAGE) {
				return all;
			}
		}
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

	private static Map<String, List<String>> mutable(Map<String, List<String>> attributes) {
		return attributes == null ? new HashMap<>() : new HashMap<>(attributes);
	}

	private static String single(Map<String, List<String>> attributes, String key) {
		if (attributes == null || attributes.get(key) == null || attributes.get(key).isEmpty()) {
			return null;
		}
		return attributes.get(key).getFirst();
	}

	private static void requireSlug(String slug) {
		if (slug == null || !SLUG.matcher(slug).matches()) {
			throw new IllegalArgumentException(
					"slug must be 1-50 lower-case letters, digits and inner hyphens: " + slug);
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
