package ir.vafa.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * A message queued for a member: rendered when its event happened, then delivered. {@code attempts} counts the
 * failed and successful sends; {@code nextAttemptAt} is when a PENDING one is tried next.
 */
public record NotificationMessage(UUID id, UUID memberId, EventType event, Channel channel, String recipient,
		String language, String subject, String body, MessageStatus status, int attempts, Instant nextAttemptAt,
		String lastError, Instant createdAt, Instant sentAt) {
}
