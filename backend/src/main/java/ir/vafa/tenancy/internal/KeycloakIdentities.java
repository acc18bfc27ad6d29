package ir.vafa.tenancy.internal;

import java.util.Optional;
import java.util.UUID;

import ir.vafa.platform.ApiProblem;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/** Tenant identities in Keycloak: one organization, a first admin and a POS client per tenant. */
@Component
class KeycloakIdentities implements TenantIdentities, DisposableBean {

	private final KeycloakTenantProvisioner provisioner;

	KeycloakIdentities(KeycloakProperties keycloak) {
		this.provisioner = new KeycloakTenantProvisioner(keycloak.url(), keycloak.realm(),
				keycloak.provisionerClientId(), keycloak.provisionerClientSecret());
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
	public void suspend(String slug) {
		provisioner.suspend(slug);
	}

	@Override
	public void reactivate(String slug) {
		provisioner.reactivate(slug);
	}

	@Override
	public Optional<String> posClientSecret(UUID tenantId, String posClientId) {
		return provisioner.posClientSecret(tenantId, posClientId);
	}

	KeycloakTenantProvisioner provisioner() {
		return provisioner;
	}

	@Override
	public void destroy() {
		provisioner.close();
	}
}
