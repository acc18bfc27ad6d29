package ir.vafa.rewards;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;

/** A till redeeming a voucher, with the purchase it is used in when there is one. */
@Schema(example = """
		{"purchaseExternalId": "till-1-0042"}""")
public record VoucherRedemption(
		@Pattern(regexp = "[A-Za-z0-9._:-]{1,100}", message = "must be 1-100 letters, digits or . _ : -")
		String purchaseExternalId) {
}
