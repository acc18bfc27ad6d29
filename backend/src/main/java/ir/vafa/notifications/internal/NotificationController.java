package ir.vafa.notifications.internal;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.vafa.notifications.Channel;
import ir.vafa.notifications.EventType;
import ir.vafa.notifications.NotificationMessage;
import ir.vafa.notifications.NotificationSettings;
import ir.vafa.notifications.NotificationTemplate;
import ir.vafa.notifications.Notifications;
import ir.vafa.notifications.Preview;
import ir.vafa.notifications.PreviewRequest;
import ir.vafa.notifications.TemplateChange;
import ir.vafa.platform.Refusal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What members are told: the templates, a preview, the settings, and the messages each member was sent. */
@RestController
@Tag(name = "notifications", description = "Messages to members (email, SMS) when their tier moves, a reward is "
		+ "theirs or issued, a reservation lapses, or points are about to expire: templates, settings, messages")
class NotificationController {

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/api/notifications/templates")
	@Operation(operationId = "listNotificationTemplates", summary = "List the templates", description = """
			Every event and channel with the English and Persian texts it is rendered with: the tenant's own \
			(`custom`) or the built-in ones.""")
	@ApiResponse(responseCode = "200", description = "The templates", useReturnTypeSchema = true)
	List<NotificationTemplate> templates() {
		return notifications.templates();
	}

	@GetMapping("/api/notifications/templates/{event}/{channel}")
	@Operation(operationId = "getNotificationTemplate", summary = "Read the templates of an event and channel")
	@ApiResponse(responseCode = "200", description = "The templates", useReturnTypeSchema = true)
	NotificationTemplate template(@PathVariable EventType event, @PathVariable Channel channel) {
		return notifications.template(event, channel);
	}

	@PutMapping("/api/notifications/templates/{event}/{channel}")
	@Operation(operationId = "replaceNotificationTemplate", summary = "Replace the templates of an event and channel",
			description = """
					Both languages at once. Placeholders: `{name}`, `{points}`, `{tier}`, `{reward}`, `{date}` (Jalali in \
					Persian, Gregorian in English), `{balance}`, `{voucher}` (REWARD_AVAILABLE), `{choices}` (REWARD_TO_CHOOSE). An email needs a `subject` (400 naming it); SMS \
					ignores it. Messages already queued keep the text they were rendered with.""")
	@ApiResponse(responseCode = "200", description = "The templates, `custom`", useReturnTypeSchema = true)
	@Refusal.Unprocessable("A placeholder the templates do not know (`errors` names the text: `fa.body`)")
	NotificationTemplate replaceTemplate(@PathVariable EventType event, @PathVariable Channel channel,
			@Valid @RequestBody TemplateChange change, Principal caller) {
		return notifications.replaceTemplate(event, channel, change, caller.getName());
	}

	@DeleteMapping("/api/notifications/templates/{event}/{channel}")
	@Operation(operationId = "resetNotificationTemplate", summary = "Go back to the built-in templates",
			description = "Of this event and channel, in both languages. Doing it twice changes nothing.")
	@ApiResponse(responseCode = "200", description = "The built-in templates", useReturnTypeSchema = true)
	NotificationTemplate resetTemplate(@PathVariable EventType event, @PathVariable Channel channel,
			Principal caller) {
		return notifications.resetTemplate(event, channel, caller.getName());
	}

	@PostMapping("/api/notifications/preview")
	@Operation(operationId = "previewNotification", summary = "Render a template", description = """
			Renders `text` (or, without it, the current template of the event, channel and language) with the \
			values of the member `memberId`, or sample ones. Writes nothing.""")
	@ApiResponse(responseCode = "200", description = "The subject (email only) and body", useReturnTypeSchema = true)
	@Refusal.Unprocessable("An unknown placeholder (`text.body`, `text.subject`), or no member of the tenant with "
			+ "this id (`memberId`)")
	Preview preview(@Valid @RequestBody PreviewRequest request) {
		return notifications.preview(request);
	}

	@GetMapping("/api/notifications/settings")
	@Operation(operationId = "getNotificationSettings", summary = "Read the notification settings",
			description = "The defaults (`fa`, 7 days, both channels on) until the tenant changes them.")
	@ApiResponse(responseCode = "200", description = "The settings", useReturnTypeSchema = true)
	NotificationSettings settings() {
		return notifications.settings();
	}

	@PutMapping("/api/notifications/settings")
	@Operation(operationId = "replaceNotificationSettings", summary = "Replace the notification settings",
			description = """
					`language` (`fa` or `en`) is the one every member is written to in; `expiryWarningDays` (1-60) how \
					long ahead expiring points are announced; a channel switched off queues nothing.""")
	@ApiResponse(responseCode = "200", description = "The settings", useReturnTypeSchema = true)
	NotificationSettings replaceSettings(@Valid @RequestBody NotificationSettings settings, Principal caller) {
		return notifications.replaceSettings(settings, caller.getName());
	}

	@GetMapping("/api/members/{memberId}/notifications")
	@Operation(operationId = "getMemberNotifications", summary = "Read the messages queued for a member",
			description = "Newest first, with their status (PENDING, SENT, FAILED), attempts, channel and event.")
	@ApiResponse(responseCode = "200", description = "The messages", useReturnTypeSchema = true)
	@Refusal.NotFound("No member of the tenant has this id")
	List<NotificationMessage> messages(@PathVariable UUID memberId,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
		return notifications.messages(memberId, limit);
	}
}
