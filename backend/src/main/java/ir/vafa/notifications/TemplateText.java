package ir.vafa.notifications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A message's text in one language, with placeholders in braces: {@code {name}}, {@code {points}}, {@code {tier}},
 * {@code {reward}}, {@code {date}}, {@code {balance}}, {@code {voucher}}, {@code {choices}}. {@code subject} is the email's (required there); SMS has none.
 */
public record TemplateText(@Size(max = 200) String subject, @NotBlank @Size(max = 2000) String body) {
}
