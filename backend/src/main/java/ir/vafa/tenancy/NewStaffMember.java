package ir.vafa.tenancy;

import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person of the tenant's staff who logs in to the console or a till: a username, an optional e-mail, a password
 * (generated and answered once when left out) and roles among {@code tenant-admin}, {@code tenant-marketer},
 * {@code tenant-analyst} and {@code cashier}.
 */
@Schema(example = """
		{
		  "username": "cashier.vanak@pardis.example",
		  "email": "cashier.vanak@pardis.example",
		  "roles": ["cashier"]
		}""")
public record NewStaffMember(
		@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9._@+-]{2,99}",
				message = "must be 3-100 lower-case letters, digits or . _ @ + -") String username,
		@Email @Size(max = 320) String email,
		@Size(min = 10, max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String password,
		@NotEmpty @Size(max = 4) Set<@NotNull @Pattern(regexp = "tenant-admin|tenant-marketer|tenant-analyst|cashier",
				message = "must be tenant-admin, tenant-marketer, tenant-analyst or cashier") String> roles) {
}
