package ir.vafa.tenancy.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Tenants extends JpaRepository<TenantEntity, UUID> {

	Optional<TenantEntity> findBySlug(String slug);

	List<TenantEntity> findAllByOrderByCreatedAtAsc();
}
