package ir.vafa.purchases.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.Refusal;
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
@Tag(name = "purchases", description = "The POS interface: purchases, run through the tenant's program, and returns, "
		+ "which take back what the returned units earned")
class PurchaseController {

	private static final String EXTERNAL_ID = "The POS's id of the purchase (its `externalId`)";
	/** The purchase of {@code PurchaseRequest}'s example. */
	private static final String EXAMPLE_ID = "pardis-vanak-1-20261128-0042";

	private final Purchases purchases;

	PurchaseController(Purchases purchases) {
		this.purchases = purchases;
	}

	@PostMapping
	@Operation(operationId = "recordPurchase", summary = "Record a purchase", description = """
			Stores the purchase (anonymous ones too: they earn nothing), evaluates it against the current program \
			version and posts what it earned: points to the ledger, stamps and rewards to the cards. The receipt \
			says it line by line and rule by rule. The same `externalId` with the same content again answers the \
			first receipt (200, nothing posted twice), so a POS that lost an answer simply sends again.""")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true,
			description = "The receipt, of a new purchase and of a retry of one recorded already alike")
	@Refusal.Conflict("The `externalId` was recorded already with different content (`errors` names `externalId`), "
			+ "or the tenant has not published a program yet")
	@Refusal.Unprocessable("The currency is not the program's, `occurredAt` is more than 5 minutes ahead, a line's "
			+ "discount is more than its amount, the lines do not add up to `total`, no member of the tenant has the "
			+ "identifier given (`member.cardNumber`), or not exactly one identifier is given (`member`)")
	PurchaseReceipt record(@Valid @RequestBody PurchaseRequest purchase) {
		return purchases.record(purchase);
	}

	@GetMapping("/{externalId}")
	@Operation(operationId = "getPurchase", summary = "Read a purchase's receipt",
			description = "The receipt its first submission answered; returns since do not change it.")
	@ApiResponse(responseCode = "200", description = "The receipt", useReturnTypeSchema = true)
	@Parameter(name = "externalId", in = ParameterIn.PATH, description = EXTERNAL_ID, example = EXAMPLE_ID)
	@Refusal.NotFound("The tenant has no purchase with this external id")
	PurchaseReceipt get(@PathVariable String externalId) {
		return purchases.receipt(externalId).orElseThrow(() -> ApiProblem.notFound("No purchase " + externalId));
	}

	@PostMapping("/{externalId}/returns")
	@Operation(operationId = "returnPurchaseLines", summary = "Return lines of a purchase", description = """
			Takes back exactly what the returned units earned: points (a reversing ledger line per rule), and a \
			line's stamp once all its units are back. The same `returnId` with the same content again answers the \
			first receipt (200).""")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true,
			description = "What the return took back; on a retry, the first receipt")
	@Refusal.NotFound("The tenant has no purchase with this external id")
	@Refusal.Conflict("The `returnId` was recorded already with different content (`errors` names `returnId`)")
	@Refusal.Unprocessable("A line is not on the purchase, is named twice, or fewer of its units are left to "
			+ "return than asked (`errors` names `lines[i].lineNo` or `lines[i].quantity`)")
	@Parameter(name = "externalId", in = ParameterIn.PATH, description = EXTERNAL_ID, example = EXAMPLE_ID)
	ReturnReceipt giveBack(@PathVariable String externalId, @Valid @RequestBody ReturnRequest request) {
		return purchases.giveBack(externalId, request);
	}
}
