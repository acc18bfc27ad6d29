package ir.vafa.notifications;

import java.util.List;
import java.util.UUID;

/** The current tenant's notification templates and settings, and the messages its members were sent. */
public interface Notifications {

	/** Every event and channel, with the templates it is rendered with now. */
	List<NotificationTemplate> templates();

	NotificationTemplate template(EventType event, Channel channel);

	/**
	 * Replaces the tenant's templates of the event and channel (both languages). An email without a subject is 400
	 * naming it; an unknown placeholder 422 naming the text it is in ({@code fa.body}).
	 */
	NotificationTemplate replaceTemplate(EventType event, Channel channel, TemplateChange change, String actor);

	/** Back to the built-in templates. */
	NotificationTemplate resetTemplate(EventType event, Channel channel, String actor);

	/** Renders a template with a member's values or sample ones; writes nothing. */
	Preview preview(PreviewRequest request);

	NotificationSettings settings();

	NotificationSettings replaceSettings(NotificationSettings settings, String actor);

	/** Newest first; 404 for a member the tenant does not have. */
	List<NotificationMessage> messages(UUID member, int limit);
}
