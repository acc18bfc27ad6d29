package ir.vafa.members;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record MemberView(UUID id, String phone, String email, String cardNumber, String displayName,
		LocalDate birthday, boolean consentSms, boolean consentEmail, Instant enrolledAt) {
}
