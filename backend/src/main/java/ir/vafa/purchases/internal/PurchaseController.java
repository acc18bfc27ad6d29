package ir.vafa.purchases.internal;

import ir.vafa.platform.ApiProblem;
import ir.vafa.purchases.PurchaseReceipt;
import ir.vafa.purchases.PurchaseRequest;
import ir.vafa.purchases.Purchases;
import ir.vafa.purchases.ReturnReceipt;
import ir.vafa.purchases.ReturnRequest;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The POS interface. Answers 200 with the receipt both for a new purchase and for a retry of one already
 * recorded, so a POS that lost an answer can simply send again.
 */
@RestController
@RequestMapping("/api/purchases")
class PurchaseController {

	private final Purchases purchases;

	PurchaseController(Purchases purchases) {
		this.purchases = purchases;
	}

	@PostMapping
	PurchaseReceipt record(@Valid @RequestBody PurchaseRequest purchase) {
		return purchases.record(purchase);
	}

	@GetMapping("/{externalId}")
	PurchaseReceipt get(@PathVariable String externalId) {
		return purchases.receipt(externalId).orElseThrow(() -> ApiProblem.notFound("No purchase " + externalId));
	}

	@PostMapping("/{externalId}/returns")
	ReturnReceipt giveBack(@PathVariable String externalId, @Valid @RequestBody ReturnRequest request) {
		return purchases.giveBack(externalId, request);
	}
}
