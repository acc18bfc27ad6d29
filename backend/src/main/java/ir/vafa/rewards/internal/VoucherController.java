package ir.vafa.rewards.internal;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.ApiProblem.FieldError;
import ir.vafa.platform.Refusal;
import ir.vafa.rewards.Voucher;
import ir.vafa.rewards.VoucherCode;
import ir.vafa.rewards.VoucherRedemption;
import ir.vafa.rewards.Vouchers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Any till of the tenant checks a voucher and redeems it, once. */
@RestController
@Tag(name = "vouchers", description = "The single-use codes of issued rewards: validated and redeemed at any till")
class VoucherController {

	private final Vouchers vouchers;
	private final VoucherGuesses guesses;

	VoucherController(Vouchers vouchers, VoucherGuesses guesses) {
		this.vouchers = vouchers;
		this.guesses = guesses;
	}

	@GetMapping("/api/vouchers/{code}")
	@Operation(operationId = "validateVoucher", summary = "Look a voucher up (never redeems it)", description = """
			The code as printed (`7KQ2-M9XD-4TRW-B`) or without dashes, in either case. Answers the reward, the \
			member and whether it can be redeemed (`redeemable`: status `ISSUED`). A code that is no voucher of \
			the tenant counts against the caller's misses (10 a minute by default); past them, 429.""")
	@ApiResponse(responseCode = "200", description = "The voucher", useReturnTypeSchema = true)
	@Refusal.NotFound("The tenant issued no voucher with this code (another tenant's codes are unknown here)")
	@Refusal.TooMany("The caller looked up too many unknown codes; `Retry-After` says when it may again")
	Voucher validate(@PathVariable @Size(max = 40) String code, Principal caller) {
		return lookup(code, caller, parsed -> vouchers.validate(parsed));
	}

	@PostMapping("/api/vouchers/{code}/redemption")
	@Operation(operationId = "redeemVoucher", summary = "Redeem a voucher", description = """
			Uses the voucher, once, with the purchase it is applied to when given (a purchase of the tenant, of the \
			voucher's member or anonymous). A second redemption is refused with 409; a retry with the first's \
			`Idempotency-Key` (and purchase) answers the voucher as the first left it. Misses count as for the \
			lookup.""")
	@ApiResponse(responseCode = "200", description = "The voucher, `REDEEMED`", useReturnTypeSchema = true)
	@Refusal.NotFound("The tenant issued no voucher with this code")
	@Refusal.Unprocessable("The tenant has no such purchase, or it is another member's (`purchaseExternalId`)")
	@Refusal.Conflict("The voucher was redeemed already, revoked by a return, or has expired (`code`)")
	@Refusal.TooMany("The caller looked up too many unknown codes; `Retry-After` says when it may again")
	Voucher redeem(@PathVariable @Size(max = 40) String code,
			@Valid @RequestBody(required = false) VoucherRedemption redemption,
			@Parameter(description = "Makes a retry safe: the same key answers the first redemption")
			@RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String idempotencyKey,
			Principal caller) {
		return lookup(code, caller, parsed -> vouchers.redeem(parsed, redemption, idempotencyKey, caller.getName()));
	}

	private Voucher lookup(String typed, Principal caller, java.util.function.Function<VoucherCode, Voucher> action) {
		guesses.allow(caller.getName());
		VoucherCode code = VoucherCode.parse(typed).orElse(null);
		if (code == null) {
			guesses.missed(caller.getName());
			throw ApiProblem.malformed(List.of(new FieldError("code",
					"is not a voucher code: 13 letters and digits whose last checks the others (a typo?)")));
		}
		try {
			return action.apply(code);
		}
		catch (ApiProblem problem) {
			if (problem.status().value() == 404) {
				guesses.missed(caller.getName());
			}
			throw problem;
		}
	}
}
