package ir.vafa.purchases.internal;

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
	DryRun.Result dryRun(@RequestBody DryRun request) {
		return purchases.dryRun(request);
	}
}
