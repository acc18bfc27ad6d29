package ir.vafa.tenancy;

import java.time.Instant;
import java.util.UUID;

public record TenantView(UUID id, String slug, String name, TenantStatus status, String adminEmail, String posClientId,
		Instant createdAt, Instant statusChangedAt) {
}
