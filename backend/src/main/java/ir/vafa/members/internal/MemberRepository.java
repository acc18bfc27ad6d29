package ir.vafa.members.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Enrolment and reads by id. Hibernate adds the tenant to every query here ({@code @TenantId}); row-level security
 * backs it up. Look-ups by identifier are in {@link MemberLookup}.
 */
interface MemberRepository extends JpaRepository<MemberEntity, UUID> {
}
