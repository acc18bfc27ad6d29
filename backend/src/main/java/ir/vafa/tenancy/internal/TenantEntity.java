package ir.vafa.tenancy.internal;

import java.time.Instant;
import java.util.UUID;

import ir.vafa.platform.ApiProblem;
import ir.vafa.tenancy.TenantStatus;
import ir.vafa.tenancy.TenantView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A merchant on the platform. Guards its own status transitions. */
@Entity
@Table(name = "tenant")
class TenantEntity {

	@Id
	private UUID id;
	private String slug;
	private String name;
	@Enumerated(EnumType.STRING)
	private TenantStatus status;
	@Column(name = "admin_email")
	private String adminEmail;
	@Column(name = "pos_client_id")
	private String posClientId;
	@Column(name = "created_at")
	private Instant createdAt;
	@Column(name = "status_changed_at")
	private Instant statusChangedAt;

	protected TenantEntity() {
	}

	/** A tenant whose identities Keycloak holds already: it is active from its first commit. */
	TenantEntity(UUID id, String slug, String name, String adminEmail, String posClientId, Instant now) {
		this.id = id;
		this.slug = slug;
		this.name = name;
		this.adminEmail = adminEmail;
		this.posClientId = posClientId;
		this.status = TenantStatus.ACTIVE;
		this.createdAt = now;
		this.statusChangedAt = now;
	}

	void suspend(Instant now) {
		if (status == TenantStatus.SUSPENDED) {
			throw ApiProblem.conflict("Tenant " + slug + " is suspended already");
		}
		status = TenantStatus.SUSPENDED;
		statusChangedAt = now;
	}

	void reactivate(Instant now) {
		if (status == TenantStatus.ACTIVE) {
			throw ApiProblem.conflict("Tenant " + slug + " is active already");
		}
		status = TenantStatus.ACTIVE;
		statusChangedAt = now;
	}

	UUID id() {
		return id;
	}

	String slug() {
		return slug;
	}

	TenantStatus status() {
		return status;
	}

	TenantView view() {
		return new TenantView(id, slug, name, status, adminEmail, posClientId, createdAt, statusChangedAt);
	}
}
