package ir.vafa.ledger.internal;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import ir.vafa.ledger.Ledger;
import ir.vafa.ledger.LedgerEntry;
import ir.vafa.ledger.PointLot;
import ir.vafa.ledger.PointsBalance;
import ir.vafa.members.Members;
import ir.vafa.platform.ApiProblem;
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
class LedgerController {

	private final Ledger ledger;
	private final Members members;

	LedgerController(Ledger ledger, Members members) {
		this.ledger = ledger;
		this.members = members;
	}

	@GetMapping("/balance")
	PointsBalance balance(@PathVariable UUID memberId) {
		known(memberId);
		return ledger.balance(memberId);
	}

	@GetMapping("/lots")
	List<PointLot> lots(@PathVariable UUID memberId, @RequestParam(defaultValue = "true") boolean live) {
		known(memberId);
		return ledger.lots(memberId, live);
	}

	@GetMapping("/history")
	List<HistoryLine> history(@PathVariable UUID memberId,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
			@RequestParam(required = false) Long before) {
		known(memberId);
		return ledger.history(memberId, limit, before).stream().map(HistoryLine::of).toList();
	}

	@PostMapping("/redemptions")
	@ResponseStatus(HttpStatus.CREATED)
	HistoryLine redeem(@PathVariable UUID memberId, @Valid @RequestBody Redemption request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String key, Principal caller) {
		known(memberId);
		return HistoryLine.of(ledger.redeem(memberId, request.points(), request.reason(), key, caller.getName()));
	}

	@PostMapping("/adjustments")
	@ResponseStatus(HttpStatus.CREATED)
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

	record Redemption(@Positive @Max(1_000_000_000) long points, @Size(max = 500) String reason) {
	}

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
