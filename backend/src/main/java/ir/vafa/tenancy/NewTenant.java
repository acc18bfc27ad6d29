package ir.vafa.tenancy;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What support staff give to open a tenant. {@code adminPassword} may be left out: one is generated and shown
 * once in the answer.
 */
@Schema(example = """
		{"slug": "cafe-pardis", "name": "Café Pardis", "adminEmail": "owner@cafe-pardis.ir"}""")
public record NewTenant(
		@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,40}", message = "must be 2-41 lowercase letters, digits or dashes") String slug,
		@NotBlank @Size(max = 200) String name,
		@NotBlank @Email @Size(max = 320) String adminEmail,
		@Size(min = 8, max = 100) String adminPassword) {
}
