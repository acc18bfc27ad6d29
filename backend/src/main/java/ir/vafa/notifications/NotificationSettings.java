package ir.vafa.notifications;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A tenant's notification settings. Members have no language of their own: every member of the tenant is written to
 * in {@code language} ({@code fa} unless the tenant chooses {@code en}). Points about to expire are announced
 * {@code expiryWarningDays} (1-60, 7) days ahead. A channel switched off queues nothing.
 */
@Schema(example = """
		{ "language": "fa", "expiryWarningDays": 7, "emailEnabled": true, "smsEnabled": true }""")
public record NotificationSettings(
		@NotNull @Pattern(regexp = "fa|en", message = "must be fa or en") String language,
		@NotNull @Min(1) @Max(60) Integer expiryWarningDays,
		@NotNull Boolean emailEnabled,
		@NotNull Boolean smsEnabled) {

	public static final NotificationSettings DEFAULTS = new NotificationSettings("fa", 7, true, true);

	public boolean enabled(Channel channel) {
		return switch (channel) {
			case EMAIL -> emailEnabled;
			case SMS -> smsEnabled;
		};
	}
}
