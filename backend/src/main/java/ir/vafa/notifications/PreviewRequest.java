package ir.vafa.notifications;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A template to try: {@code text} as edited (the current template of the event, channel and language when left
 * out), rendered with a member's values ({@code memberId}) or sample ones.
 */
@Schema(example = """
		{ "event": "TIER_UP", "channel": "EMAIL", "language": "fa",
		  "text": { "subject": "{name} عزیز، به سطح {tier} رسیدید", "body": "از {date} در سطح {tier} هستید." } }""")
public record PreviewRequest(@NotNull EventType event, @NotNull Channel channel,
		@NotNull @Pattern(regexp = "fa|en", message = "must be fa or en") String language, @Valid TemplateText text,
		UUID memberId) {
}
