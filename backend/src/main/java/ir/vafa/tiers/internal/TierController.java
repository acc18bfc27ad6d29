package ir.vafa.tiers.internal;

import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.Parameter;
import ir.vafa.platform.Refusal;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import ir.vafa.members.Members;
import ir.vafa.platform.ApiProblem;
import ir.vafa.tiers.MemberTier;
import ir.vafa.tiers.TierHistoryEntry;
import ir.vafa.tiers.Tiers;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A member's tier: standing and progress, history, and an admin's placement by hand. */
@RestController
@RequestMapping("/api/members/{memberId}/tier")
@Tag(name = "tiers", description = "A member on the program's tier ladder: standing, progress, history, placement by hand")
class TierController {

	private final Tiers tiers;
	private final Members members;

	TierController(Tiers tiers, Members members) {
		this.tiers = tiers;
		this.members = members;
	}

	@GetMapping
	@Operation(operationId = "getMemberTier", summary = "Read a member's tier, progress and what keeps it")
	@ApiResponse(responseCode = "200", description = "The member's standing", useReturnTypeSchema = true)
	@Refusal.NotFound("No member of the tenant has this id, or the program has no tier ladder")
	MemberTier tier(@PathVariable UUID memberId) {
		known(memberId);
		return tiers.of(memberId).orElseThrow(() -> ApiProblem.notFound("The program has no tier ladder"));
	}

	@GetMapping("/history")
	@Operation(operationId = "getMemberTierHistory", summary = "Read a member's tier changes, newest first")
	@Parameter(name = "limit", in = ParameterIn.QUERY, description = "1-500, default 50")
	@ApiResponse(responseCode = "200", description = "The changes", useReturnTypeSchema = true)
	@Refusal.NotFound("No member of the tenant has this id")
	List<TierHistoryEntry> history(@PathVariable UUID memberId,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
		known(memberId);
		return tiers.history(memberId, limit);
	}

	@PostMapping("/assignment")
	@Operation(operationId = "placeMemberInTier", summary = "Place a member in a tier by hand, until a date")
	@ApiResponse(responseCode = "200", description = "The member's standing after it", useReturnTypeSchema = true)
	@Refusal.NotFound("No member of the tenant has this id")
	@Refusal.Conflict("The program has no tier ladder")
	@Refusal.Unprocessable("`tierId` is no tier of the ladder, `until` is not in the future, or `reason` is missing")
	MemberTier assign(@PathVariable UUID memberId, @RequestBody Assignment request, Principal caller) {
		known(memberId);
		return tiers.assign(memberId, request.tierId(), request.until(), request.reason(), caller.getName());
	}

	@DeleteMapping("/assignment")
	@Operation(operationId = "endMemberTierPlacement", summary = "End a placement by hand now")
	@ApiResponse(responseCode = "200", description = "The member's standing after it", useReturnTypeSchema = true)
	@Refusal.NotFound("No member of the tenant has this id, or they have no placement by hand")
	@Refusal.Conflict("The program has no tier ladder")
	MemberTier endAssignment(@PathVariable UUID memberId, Principal caller) {
		known(memberId);
		return tiers.endAssignment(memberId, caller.getName());
	}

	/** Places the member in {@code tierId} until {@code until} (an instant), for {@code reason}. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "TierPlacementRequest", example = """
			{"tierId": "gold", "until": "2027-03-20T20:30:00Z", "reason": "Press partner for the Nowruz campaign"}""")
	record Assignment(String tierId, Instant until, String reason) {
	}

	private void known(UUID memberId) {
		if (members.get(memberId).isEmpty()) {
			throw ApiProblem.notFound("No member " + memberId);
		}
	}
}
