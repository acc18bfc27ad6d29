package ir.vafa.redemptions;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/** The member pays part of the recorded purchase {@code purchaseExternalId} with {@code points}. */
@Schema(example = """
		{"points": 300, "purchaseExternalId": "till-1-0042"}""")
public record NewPointsPayment(@NotNull @Positive @Max(100_000_000) Long points,
		@NotNull @Pattern(regexp = "[A-Za-z0-9._:-]{1,100}", message = "must be 1-100 letters, digits or . _ : -")
		String purchaseExternalId) {
}
