package ir.vafa.tenancy;

import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A change to one of the tenant's staff: their new {@code roles} (all of them, among {@code tenant-admin},
 * {@code tenant-marketer}, {@code tenant-analyst} and {@code cashier}) and whether they may log in
 * ({@code enabled}); a field left out stays as it is.
 */
@Schema(example = """
		{ "enabled": false }""")
public record StaffChange(
		@Size(min = 1, max = 4) Set<@NotNull @Pattern(regexp = "tenant-admin|tenant-marketer|tenant-analyst|cashier",
				message = "must be tenant-admin, tenant-marketer, tenant-analyst or cashier") String> roles,
		Boolean enabled) {
}
