package ir.vafa.rewards;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The reward a member takes of the choices their full card offered. */
@Schema(example = """
		{"reward": "free-pastry"}""")
public record RewardSelection(
		@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "must be a reward's code") String reward) {
}
