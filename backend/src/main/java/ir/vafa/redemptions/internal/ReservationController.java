package ir.vafa.redemptions.internal;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.vafa.platform.Refusal;
import ir.vafa.redemptions.Confirmation;
import ir.vafa.redemptions.NewReservation;
import ir.vafa.redemptions.Redemptions;
import ir.vafa.redemptions.Reservation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Rewards of the catalog reserved at the till, then confirmed with the purchase or cancelled. */
@RestController
@Tag(name = "reservations", description = "A catalog reward reserved for a member at the till: points held and "
		+ "stock taken for a while, then confirmed (points spent) or cancelled")
class ReservationController {

	private final Redemptions redemptions;

	ReservationController(Redemptions redemptions) {
		this.redemptions = redemptions;
	}

	@PostMapping("/api/members/{memberId}/reservations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "reserveReward", summary = "Reserve a reward for a member", description = """
			Holds the reward's cost in the member's available points (pending ones cannot be used) and takes one of \
			its stock, for 15 minutes (`expiresAt`): confirm it with the purchase, or cancel it. Left alone, the \
			points are spendable again at `expiresAt` and the stock comes back within a minute. With an \
			`Idempotency-Key`, a retry answers the first reservation.""")
	@ApiResponse(responseCode = "201", description = "The reservation, `HELD`", useReturnTypeSchema = true)
	@Refusal.NotFound("No member of the tenant has this id")
	@Refusal.Unprocessable("The tenant has no such reward, or it is archived, not valid now, a donation, an event "
			+ "that has begun, or not for the member's tier (`errors` names `reward`)")
	@Refusal.Conflict("Fewer points available than it costs (`points`), the reward out of stock or the member's "
			+ "limit per period reached (`reward`), or the key used for another reservation (`Idempotency-Key`)")
	Reservation reserve(@PathVariable UUID memberId, @Valid @RequestBody NewReservation request,
			@Parameter(description = "Makes a retry safe: the same key answers the first reservation")
			@RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String idempotencyKey,
			Principal caller) {
		return redemptions.reserve(memberId, request, idempotencyKey, caller.getName());
	}

	@GetMapping("/api/members/{memberId}/reservations")
	@Operation(operationId = "getReservations", summary = "Read a member's reservations", description = "Newest first.")
	@ApiResponse(responseCode = "200", description = "The reservations", useReturnTypeSchema = true)
	@Refusal.NotFound("No member of the tenant has this id")
	List<Reservation> forMember(@PathVariable UUID memberId,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
		return redemptions.forMember(memberId, limit);
	}

	@GetMapping("/api/reservations/{id}")
	@Operation(operationId = "getReservation", summary = "Read a reservation")
	@ApiResponse(responseCode = "200", description = "The reservation", useReturnTypeSchema = true)
	@Refusal.NotFound("The tenant has no reservation with this id (another tenant's are unknown here)")
	Reservation get(@PathVariable UUID id) {
		return redemptions.get(id);
	}

	@PostMapping("/api/reservations/{id}/confirmation")
	@Operation(operationId = "confirmReservation", summary = "Confirm a reservation", description = """
			Spends the held points from the lots that expire soonest (one REDEEM line, `ledgerLineId`, with its \
			`lots`) and issues the reward, with the purchase it was used in when given. Confirming a confirmed \
			reservation answers it again.""")
	@ApiResponse(responseCode = "200", description = "The reservation, `CONFIRMED`", useReturnTypeSchema = true)
	@Refusal.NotFound("The tenant has no reservation with this id")
	@Refusal.Unprocessable("The tenant has no such purchase, or it is another member's (`purchaseExternalId`)")
	@Refusal.Conflict("The reservation was cancelled (`status`), its time is up (`expiresAt`), or the member's lots "
			+ "no longer hold its points (`points`)")
	Reservation confirm(@PathVariable UUID id, @Valid @RequestBody(required = false) Confirmation confirmation,
			Principal caller) {
		return redemptions.confirm(id, confirmation, caller.getName());
	}

	@PostMapping("/api/reservations/{id}/cancellation")
	@Operation(operationId = "cancelReservation", summary = "Cancel a reservation", description = """
			Gives the points and the stock back. Cancelling a cancelled or expired reservation answers it again.""")
	@ApiResponse(responseCode = "200", description = "The reservation, `CANCELLED` (or as it ended)",
			useReturnTypeSchema = true)
	@Refusal.NotFound("The tenant has no reservation with this id")
	@Refusal.Conflict("The reservation was confirmed: its points are spent (`status`)")
	Reservation cancel(@PathVariable UUID id, Principal caller) {
		return redemptions.cancel(id, caller.getName());
	}
}
