package ir.vafa.tenancy.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ir.vafa.platform.ApiProblem;
import ir.vafa.tenancy.NewTenant;
import ir.vafa.tenancy.TenantCreated;
import ir.vafa.tenancy.TenantDirectory;
import ir.vafa.tenancy.TenantView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class TenantDirectoryService implements TenantDirectory {

	private final Tenants tenants;
	private final TenantIdentities identities;
	private final SupportAudit audit;
	private final TenantStatusCache statusCache;
	private final Clock clock;

	TenantDirectoryService(Tenants tenants, TenantIdentities identities, SupportAudit audit,
			TenantStatusCache statusCache, Clock clock) {
		this.tenants = tenants;
		this.identities = identities;
		this.audit = audit;
		this.statusCache = statusCache;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<TenantView> list() {
		return tenants.findAllByOrderByCreatedAtAsc().stream().map(TenantEntity::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<TenantView> find(UUID id) {
		return tenants.findById(id).map(TenantEntity::view);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<TenantView> findBySlug(String slug) {
		return tenants.findBySlug(slug).map(TenantEntity::view);
	}

	/**
	 * The row is written and flushed first so a taken slug fails before Keycloak is touched; Keycloak is
	 * provisioned inside the transaction so a failure there leaves no tenant row behind.
	 */
	@Override
	@Transactional
	public TenantCreated create(NewTenant request, String actor) {
		if (tenants.findBySlug(request.slug()).isPresent()) {
			throw ApiProblem.conflict("slug", "A tenant with slug " + request.slug() + " exists already");
		}
		// save() merges an entity with an assigned id: keep working on the managed copy it returns
		TenantEntity tenant = tenants.saveAndFlush(new TenantEntity(UUID.randomUUID(), request.slug(), request.name(),
				request.adminEmail(), clock.instant()));
		TenantIdentities.Provisioned identity = identities.provision(tenant.id(), request.slug(), request.name(),
				request.adminEmail(), request.adminPassword());
		tenant.provisioned(identity.posClientId());
		audit.record(actor, "tenant.create", tenant.id(), request.slug());
		return new TenantCreated(tenant.view(), identity.adminUsername(), identity.adminPassword(),
				identity.posClientId(), identity.posClientSecret());
	}

	@Override
	@Transactional
	public TenantView suspend(UUID id, String actor) {
		TenantEntity tenant = tenants.findById(id).orElseThrow(() -> ApiProblem.notFound("No tenant " + id));
		tenant.suspend(clock.instant());
		identities.suspend(tenant.slug());
		audit.record(actor, "tenant.suspend", id, tenant.slug());
		statusCache.forget(id);
		return tenant.view();
	}

	@Override
	@Transactional
	public TenantView reactivate(UUID id, String actor) {
		TenantEntity tenant = tenants.findById(id).orElseThrow(() -> ApiProblem.notFound("No tenant " + id));
		tenant.reactivate(clock.instant());
		identities.reactivate(tenant.slug());
		audit.record(actor, "tenant.reactivate", id, tenant.slug());
		statusCache.forget(id);
		return tenant.view();
	}

	/** No transaction: no connection is held while Keycloak answers. */
	@Override
	public Optional<String> posClientSecret(UUID id) {
		return tenants.findById(id)
			.map(TenantEntity::view)
			.filter(tenant -> tenant.posClientId() != null)
			.flatMap(tenant -> identities.posClientSecret(id, tenant.posClientId()));
	}
}
