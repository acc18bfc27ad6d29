package ir.vafa.tenancy.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ir.vafa.platform.ApiProblem;
import ir.vafa.tenancy.NewTenant;
import ir.vafa.tenancy.TenantCreated;
import ir.vafa.tenancy.TenantDirectory;
import ir.vafa.tenancy.TenantReactivated;
import ir.vafa.tenancy.TenantSuspended;
import ir.vafa.tenancy.TenantView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class TenantDirectoryService implements TenantDirectory {

	private static final Logger log = LoggerFactory.getLogger(TenantDirectoryService.class);

	private final Tenants tenants;
	private final TenantIdentities identities;
	private final SupportAudit audit;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final Clock clock;

	TenantDirectoryService(Tenants tenants, TenantIdentities identities, SupportAudit audit,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.tenants = tenants;
		this.identities = identities;
		this.audit = audit;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
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
	 * Keycloak first, outside any transaction (its calls take a while, and must not hold a connection), then one
	 * short transaction writes the tenant row and its audit line. A taken slug is refused before Keycloak is
	 * touched, or, when two openings race, by Keycloak's unique organization alias or the row's unique slug. When
	 * Keycloak fails, the provisioner has undone its own steps and nothing was written; when the row's transaction
	 * fails, Keycloak is deprovisioned again, so no identity is left for a tenant that does not exist.
	 */
	@Override
	public TenantCreated create(NewTenant request, String actor) {
		if (tenants.findBySlug(request.slug()).isPresent()) {
			throw taken(request.slug());
		}
		UUID id = UUID.randomUUID();
		TenantIdentities.Provisioned identity = identities.provision(id, request.slug(), request.name(),
				request.adminEmail(), request.adminPassword());
		TenantView tenant;
		try {
			tenant = transaction.execute(status -> {
				TenantEntity row = tenants.saveAndFlush(new TenantEntity(id, request.slug(), request.name(),
						request.adminEmail(), identity.posClientId(), clock.instant()));
				audit.record(actor, "tenant.create", id, request.slug());
				return row.view();
			});
		}
		catch (RuntimeException failure) {
			tenant = afterFailedRecord(id, request.slug(), failure);
		}
		return new TenantCreated(tenant, identity.adminUsername(), identity.adminPassword(), identity.posClientId(),
				identity.posClientSecret());
	}

	/**
	 * A failed commit may still have committed (the connection can fail after the server did): only a tenant that is
	 * surely not there is deprovisioned. When even that cannot be read, Keycloak is left as it is: an identity
	 * whose tenant does not exist is refused by every node ({@link TenantStatusCache}), and the log names it.
	 */
	private TenantView afterFailedRecord(UUID id, String slug, RuntimeException failure) {
		Optional<TenantEntity> holder;
		try {
			holder = tenants.findBySlug(slug);
		}
		catch (RuntimeException unreadable) {
			failure.addSuppressed(unreadable);
			log.error("Tenant {} ({}) could not be recorded and its Keycloak identities were left in place: "
					+ "delete them unless the tenant exists", slug, id, failure);
			throw failure;
		}
		if (holder.isPresent() && holder.get().id().equals(id)) {
			return holder.get().view();
		}
		try {
			identities.deprovision(id, slug);
		}
		catch (RuntimeException undo) {
			failure.addSuppressed(undo);
			log.error("Tenant {} ({}) was not recorded and deleting its Keycloak identities failed: delete them",
					slug, id, failure);
		}
		if (holder.isPresent()) {
			throw taken(slug);
		}
		throw failure;
	}

	@Override
	@Transactional
	public TenantView suspend(UUID id, String actor) {
		TenantEntity tenant = tenants.findById(id).orElseThrow(() -> ApiProblem.notFound("No tenant " + id));
		tenant.suspend(clock.instant());
		identities.suspend(tenant.slug());
		audit.record(actor, "tenant.suspend", id, tenant.slug());
		events.publishEvent(new TenantSuspended(id));
		return tenant.view();
	}

	@Override
	@Transactional
	public TenantView reactivate(UUID id, String actor) {
		TenantEntity tenant = tenants.findById(id).orElseThrow(() -> ApiProblem.notFound("No tenant " + id));
		tenant.reactivate(clock.instant());
		identities.reactivate(tenant.slug());
		audit.record(actor, "tenant.reactivate", id, tenant.slug());
		events.publishEvent(new TenantReactivated(id));
		return tenant.view();
	}

	private static ApiProblem taken(String slug) {
		return ApiProblem.conflict("slug", "A tenant with slug " + slug + " exists already");
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
