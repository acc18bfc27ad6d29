package ir.vafa.redemptions;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** Confirms a reservation, with the purchase it was used in (the POS's external id), when there is one. */
@Schema(example = """
		{ "purchaseExternalId": "POS-7-000123" }""")
public record Confirmation(@Size(min = 1, max = 100) String purchaseExternalId) {
}
