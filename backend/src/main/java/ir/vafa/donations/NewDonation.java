package ir.vafa.donations;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A member giving {@code points} to the charity of the DONATION reward {@code reward}. */
@Schema(example = """
		{"reward": "mahak-children", "points": 1000}""")
public record NewDonation(@NotBlank @Size(max = 64) String reward,
		@NotNull @Positive @Max(100_000_000) Long points) {
}
