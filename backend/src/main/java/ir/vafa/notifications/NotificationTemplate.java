package ir.vafa.notifications;

import java.time.Instant;

/**
 * The templates one event and channel is rendered with, in English and Persian: the tenant's own when
 * {@code custom} (with who changed them last and when), else the built-in ones.
 */
public record NotificationTemplate(EventType event, Channel channel, TemplateText en, TemplateText fa, boolean custom,
		Instant updatedAt, String updatedBy) {
}
