package ir.vafa.redemptions;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** What the till reserves: a reward of the catalog, by its code. */
@Schema(example = """
		{ "reward": "ten-percent-off" }""")
public record NewReservation(
		@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "must be a reward's code") String reward) {
}
