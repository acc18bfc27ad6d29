package ir.vafa.members.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import ir.vafa.members.MemberView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

@Entity
@Table(name = "member")
class MemberEntity {

	/** Ids are random UUIDs, so the id alone identifies the row to JPA; the table's key leads with tenant_id. */
	@Id
	private UUID id;
	@TenantId
	@Column(name = "tenant_id")
	private UUID tenantId;
	private String phone;
	private String email;
	@Column(name = "card_number")
	private String cardNumber;
	@Column(name = "display_name")
	private String displayName;
	private LocalDate birthday;
	@Column(name = "consent_sms")
	private boolean consentSms;
	@Column(name = "consent_email")
	private boolean consentEmail;
	@Column(name = "enrolled_at")
	private Instant enrolledAt;

	protected MemberEntity() {
	}

	MemberEntity(UUID id, String phone, String email, String cardNumber, String displayName, LocalDate birthday,
			boolean consentSms, boolean consentEmail, Instant enrolledAt) {
		this.id = id;
		this.phone = phone;
		this.email = email;
		this.cardNumber = cardNumber;
		this.displayName = displayName;
		this.birthday = birthday;
		this.consentSms = consentSms;
		this.consentEmail = consentEmail;
		this.enrolledAt = enrolledAt;
	}

	MemberView view() {
		return new MemberView(id, phone, email, cardNumber, displayName, birthday, consentSms, consentEmail, enrolledAt);
	}
}
