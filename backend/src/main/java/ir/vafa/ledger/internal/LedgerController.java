package ir.vafa.ledger.internal;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.vafa.ledger.Ledger;
import ir.vafa.ledger.LedgerEntry;
import ir.vafa.ledger.PointLot;
import ir.vafa.ledger.PointsBalance;
import ir.vafa.members.Members;
import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.Refusal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A member's balance, lots and history, redemptions, and admins' adjustments. */
@RestController
@RequestMapping("/api/members/{memberId}")
@Tag(name = "ledger", description = "A member's points: balance, history with the why of every line, redemptions "
		+ "and admins' adjustments")
class LedgerController {

	private static final String KEY = "The client's id for this request: the same key again answers the first "
			+ "result instead of posting twice; at most 100 characters";

	private final Ledger ledger;
	private final Members members;

	LedgerController(Ledger ledger, Members members) {
		this.ledger = ledger;
		this.members = members;
	}

	@GetMapping("/balance")
	@Operation(operationId = "getBalance", summary = "Read a member's points: available, pending, expiring, owed")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true,
			description = "The balance as the member's lots say it, when pending points free up and the next expiries")
	@Refusal.NotFound("No member of the tenant has this id")
	PointsBalance balance(@PathVariable UUID memberId) {
		known(memberId);
		return ledger.balance(memberId);
	}

	@GetMapping("/lots")
	@Operation(operationId = "listLots", summary = "Read a member's lots: points earned together, what is left of each",
			description = "Newest first; each with when it becomes available, when it expires and its status.")
	@Parameter(name = "live", in = ParameterIn.QUERY, description = "Only lots with points left (default true)")
	@ApiResponse(responseCode = "200", description = "The lots", useReturnTypeSchema = true)
	@Refusal.NotFound("No member of the tenant has this id")
	List<PointLot> lots(@PathVariable UUID memberId, @RequestParam(defaultValue = "true") boolean live) {
		known(memberId);
		return ledger.lots(memberId, live);
	}

	@GetMapping("/history")
	@Operation(operationId = "getHistory", summary = "Read a member's ledger lines, newest first", description = """
			Each line says why (`why`); a purchase's line per rule carries `line.lines: [{lineNo, points}]`, the \
			points each purchase line earned or gave back. Page back with `before`, the last `id` seen.""")
	@ApiResponse(responseCode = "200", description = "Up to `limit` lines", useReturnTypeSchema = true)
	@Parameter(name = "before", in = ParameterIn.QUERY, description = "Only lines with a smaller id")
	@Refusal.NotFound("No member of the tenant has this id")
	List<HistoryLine> history(@PathVariable UUID memberId,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
			@RequestParam(required = false) Long before) {
		known(memberId);
		return ledger.history(memberId, limit, before).stream().map(HistoryLine::of).toList();
	}

	@PostMapping("/redemptions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "redeemPoints", summary = "Spend a member's points",
			description = "Writes a REDEEM line of minus `points`; a retry with the same `Idempotency-Key` answers "
					+ "the first line (201 again).")
	@ApiResponse(responseCode = "201", useReturnTypeSchema = true,
			description = "The REDEEM line; on a retry with its key, the first one")
	@Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, description = KEY,
			example = "pardis-vanak-1-redeem-0042")
	@Refusal.NotFound("No member of the tenant has this id")
	@Refusal.Conflict("The member has fewer points than asked (`errors` names `points`), or the Idempotency-Key was "
			+ "used for a different request (`errors` names `Idempotency-Key`)")
	HistoryLine redeem(@PathVariable UUID memberId, @Valid @RequestBody Redemption request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String key, Principal caller) {
		known(memberId);
		return HistoryLine.of(ledger.redeem(memberId, request.points(), request.reason(), key, caller.getName()));
	}

	@PostMapping("/adjustments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "adjustPoints", summary = "Correct a member's balance, with a reason",
			description = "Writes an ADJUST line of `points` (either sign; the balance may go below zero) naming the "
					+ "admin; a retry with the same `Idempotency-Key` answers the first line (201 again).")
	@ApiResponse(responseCode = "201", useReturnTypeSchema = true,
			description = "The ADJUST line; on a retry with its key, the first one")
	@Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, description = KEY,
			example = "pardis-adjust-2026-12-01-7")
	@Refusal.NotFound("No member of the tenant has this id")
	@Refusal.Conflict("The Idempotency-Key was used for a different request (`errors` names `Idempotency-Key`)")
	@Refusal.Unprocessable("`points` is zero")
	HistoryLine adjust(@PathVariable UUID memberId, @Valid @RequestBody Adjustment request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String key, Principal caller) {
		known(memberId);
		return HistoryLine.of(ledger.adjust(memberId, request.points(), request.reason(), key, caller.getName()));
	}

	private void known(UUID memberId) {
		if (members.get(memberId).isEmpty()) {
			throw ApiProblem.notFound("No member " + memberId);
		}
	}

	@Schema(example = """
			{"points": 50, "reason": "A slice of cheesecake at the Vanak branch"}""")
	record Redemption(@Positive @Max(1_000_000_000) long points, @Size(max = 500) String reason) {
	}

	@Schema(example = """
			{"points": 50, "reason": "The espresso machine was down: the latte came 20 minutes late"}""")
	record Adjustment(@Min(-1_000_000_000) @Max(1_000_000_000) long points, @NotBlank @Size(max = 500) String reason) {
	}

	/**
	 * A ledger line as the member sees it, with the answer to "why did I get this?" and the lots it created or took
	 * from.
	 */
	record HistoryLine(long id, String kind, long points, String why, java.util.List<ir.vafa.ledger.LotMove> lots,
			LedgerEntry line) {
		static HistoryLine of(LedgerEntry e) {
			return new HistoryLine(e.id(), e.kind().name(), e.points(), e.explanation(), e.lots(), e);
		}
	}
}
