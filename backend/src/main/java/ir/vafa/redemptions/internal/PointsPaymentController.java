package ir.vafa.redemptions.internal;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.vafa.platform.Refusal;
import ir.vafa.redemptions.NewPointsPayment;
import ir.vafa.redemptions.PointsPayment;
import ir.vafa.redemptions.PointsPayments;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Points paying part of a purchase at the till. */
@RestController
@Tag(name = "points payments", description = "Points paying part of a recorded purchase at the program's point "
		+ "value, given back by its returns")
class PointsPaymentController {

	private final PointsPayments payments;

	PointsPaymentController(PointsPayments payments) {
		this.payments = payments;
	}

	@PostMapping("/api/members/{memberId}/points-payments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "payWithPoints", summary = "Pay part of a purchase with points", description = """
			Spends `points` of the member's available points (the lots that expire soonest; pending and held ones \
			cannot pay) on the member's recorded purchase, worth `points` × the program's \
			`redemption.pointValue`, up to what is left to pay of its total. A return of the purchase gives back the \
			points that paid for what came back. With an `Idempotency-Key`, a retry answers the first payment.""")
	@ApiResponse(responseCode = "201", description = "The payment", useReturnTypeSchema = true)
	@Refusal.NotFound("No member of the tenant has this id")
	@Refusal.Unprocessable("The program lets points pay for nothing, or they would pay more than is left of the "
			+ "purchase (`points`); the tenant has no such purchase, or it is not the member's "
			+ "(`purchaseExternalId`)")
	@Refusal.Conflict("Fewer points available than given (`points`), or the key used for another payment "
			+ "(`Idempotency-Key`)")
	PointsPayment pay(@PathVariable UUID memberId, @Valid @RequestBody NewPointsPayment payment,
			@Parameter(description = "Makes a retry safe: the same key answers the first payment")
			@RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String idempotencyKey,
			Principal caller) {
		return payments.pay(memberId, payment, idempotencyKey, caller.getName());
	}

	@GetMapping("/api/purchases/{externalId}/points-payments")
	@Operation(operationId = "getPointsPayments", summary = "Read the points payments of a purchase",
			description = "Oldest first; `refundedPoints` came back with its returns so far.")
	@ApiResponse(responseCode = "200", description = "The payments", useReturnTypeSchema = true)
	@Refusal.NotFound("The tenant has no purchase with this external id")
	List<PointsPayment> forPurchase(@PathVariable @Size(max = 100) String externalId) {
		return payments.forPurchase(externalId);
	}
}
