package ir.vafa.members.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Hibernate adds the tenant to every query here ({@code @TenantId}); row-level security backs it up. */
interface MemberRepository extends JpaRepository<MemberEntity, UUID> {

	Optional<MemberEntity> findByPhone(String phone);

	Optional<MemberEntity> findByEmail(String email);

	Optional<MemberEntity> findByCardNumber(String cardNumber);
}
