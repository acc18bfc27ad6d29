package ir.vafa.purchases.internal;

import ir.vafa.platform.Refusal;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import ir.vafa.purchases.DryRun;
import ir.vafa.purchases.Purchases;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tries a purchase against the program's draft or one of its versions. It sits beside the program's endpoints, but
 * evaluating a purchase is this module's business: it reads the member as a purchase would.
 */
@RestController
class DryRunController {

	private final Purchases purchases;

	DryRunController(Purchases purchases) {
		this.purchases = purchases;
	}

	@PostMapping("/api/program/dry-run")
	@io.swagger.v3.oas.annotations.tags.Tag(name = "programs")
	@Operation(operationId = "dryRunPurchase", summary = "Try a purchase against the draft or a version; writes nothing",
			description = """
					Evaluates the purchase as the version (or the draft, when `version` is left out) would, for a \
					member in the given state or a real member as they are now (`member.id`), and answers each \
					effect with its rule and why. Nothing is stored.""")
	@ApiResponse(responseCode = "200", description = "The effects", useReturnTypeSchema = true)
	@Refusal.NotFound("`version` is left out and there is no draft")
	@Refusal.Unprocessable("The draft is invalid, `version` does not exist, the purchase's currency is not the "
			+ "program's or its lines do not add up to `total`, `member.id` is no member, or `member.tier` is no tier")
	DryRun.Result dryRun(@RequestBody DryRun request) {
		return purchases.dryRun(request);
	}
}
