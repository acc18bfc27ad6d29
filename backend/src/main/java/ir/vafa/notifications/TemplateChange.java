package ir.vafa.notifications;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** A tenant's templates of one event and channel, in English and in Persian (both replaced together). */
@Schema(example = """
		{
		  "en": { "subject": "Welcome to {tier}, {name}!", "body": "Since {date} you are {tier}. Balance: {balance} points." },
		  "fa": { "subject": "{name} عزیز، به سطح {tier} خوش آمدید", "body": "از {date} در سطح {tier} هستید. موجودی: {balance} امتیاز." }
		}""")
public record TemplateChange(@NotNull @Valid TemplateText en, @NotNull @Valid TemplateText fa) {
}
