package ir.vafa.tenancy.internal;

import java.util.Optional;
import java.util.Optional;
import java.util.UUID;

import ir.vafa.platform.ApiProblem;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/** Tenant identities in Keycloak: one organization, a first admin and a POS client per tenant. */
@Component
class KeycloakIdentities implements TenantIdentities, DisposableBean {

	private final KeycloakRealm keycloak;
	private final KeycloakTenantProvisioner provisioner;
	private final KeycloakTenantSuspension suspension;
	private final KeycloakTenantLookup lookup;

	KeycloakIdentities(KeycloakProperties properties) {
		this.keycloak = KeycloakRealm.connect(properties.url(), properties.realm(), properties.provisionerClientId(),
				properties.provisionerClientSecret());
		this.lookup = new KeycloakTenantLookup(keycloak);
		this.provisioner = new KeycloakTenantProvisioner(keycloak, lookup);
		this.suspension = new KeycloakTenantSuspension(keycloak, lookup);
	}

	@Override
	public Provisioned provision(UUID tenantId, String slug, String name, String adminEmail, String adminPassword) {
		ProvisionedTenant created;
		try {
			// Keycloak wants organization names unique; merchants' display names need not be.
			created = provisioner.provision(tenantId, slug, name + " (" + slug + ")", adminEmail, adminPassword);
		}
		catch (TenantProvisioningException e) {
			if (e.isConflict()) {
				throw ApiProblem.conflict("slug", "Keycloak has an organization for this tenant already");
			}
			throw e;
		}
		return new Provisioned(created.adminUsername(), created.adminPassword(), created.posClientId(),
				created.posClientSecret());
	}

	@Override
	public void deprovision(UUID tenantId, String slug) {
		provisioner.deprovision(tenantId, slug);
	}

	@Override
	public void suspend(String slug) {
		suspension.suspend(slug);
	}

	@Override
	public void reactivate(String slug) {
		suspension.reactivate(slug);
	}

	@Override
	public String addStaff(UUID tenantId, String slug, String username, String email, String password,
			java.util.Set<String> roles) {
		try {
			return provisioner.addUser(tenantId, slug, username, email, password, roles);
		}
		catch (TenantProvisioningException e) {
			if (e.isConflict()) {
				throw ApiProblem.conflict("username", "Keycloak has a user with this username or e-mail already");
			}
			throw e;
		}
	}

	@Override
	public ir.vafa.tenancy.StaffMember changeStaff(UUID tenantId, ir.vafa.tenancy.StaffMember user,
			java.util.Set<String> roles, Boolean enabled) {
		provisioner.changeUser(user, roles, enabled);
		return staff(tenantId).stream().filter(m -> m.id().equals(user.id())).findFirst().orElseThrow();
	}

	@Override
	public java.util.List<ir.vafa.tenancy.StaffMember> staff(UUID tenantId) {
		return lookup.staffOf(tenantId.toString());
	}

	@Override
	public Optional<String> posClientSecret(UUID tenantId, String posClientId) {
		return lookup.posClientSecret(tenantId, posClientId);
	}

	@Override
	public void destroy() {
		keycloak.close();
	}
}
