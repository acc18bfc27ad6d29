package ir.vafa.catalog.internal;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.vafa.catalog.Catalog;
import ir.vafa.catalog.CatalogChange;
import ir.vafa.catalog.CatalogReward;
import ir.vafa.catalog.Order;
import ir.vafa.catalog.RewardDefinition;
import ir.vafa.catalog.RewardQuote;
import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.Refusal;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's rewards catalog. Every answer with one reward carries its revision as the {@code ETag}. */
@RestController
@RequestMapping("/api/catalog/rewards")
@Tag(name = "catalog", description = "The rewards members can spend points on: discounts, free products, free "
		+ "shipping, experiences, donations and gift cards, with cost, validity, stock and tiers")
class CatalogController {

	private final Catalog catalog;

	CatalogController(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	@Operation(operationId = "listRewards", summary = "List the catalog",
			description = "By code. Archived rewards only with `archived=true`.")
	@ApiResponse(responseCode = "200", description = "The rewards", useReturnTypeSchema = true)
	List<CatalogReward> list(@RequestParam(defaultValue = "false") boolean archived) {
		return catalog.list(archived);
	}

	@PostMapping
	@Operation(operationId = "createReward", summary = "Add a reward to the catalog", description = """
			`code` names the reward for good. Amounts must be in the currency of the tenant's current program and \
			`tiers` must be tiers of its ladder (once a program is published).""")
	@ApiResponse(responseCode = "201", description = "The reward, at revision 1", useReturnTypeSchema = true)
	@Refusal.Conflict("The tenant has a reward with this code (`errors` names `code`)")
	@Refusal.Unprocessable("A field is missing or wrong, belongs to another kind, or `validUntil` or an event's "
			+ "`experience.startsAt` is not in the future (`errors` names each)")
	ResponseEntity<CatalogReward> create(@Valid @RequestBody RewardDefinition definition, Principal caller) {
		return withETag(HttpStatus.CREATED, catalog.create(definition, caller.getName()));
	}

	@GetMapping("/{code}")
	@Operation(operationId = "getReward", summary = "Read a reward", description = "Archived ones too.")
	@ApiResponse(responseCode = "200", description = "The reward; `ETag` is its revision", useReturnTypeSchema = true)
	@Refusal.NotFound("The tenant has no reward with this code (another tenant's are unknown here)")
	ResponseEntity<CatalogReward> get(@PathVariable String code) {
		return withETag(HttpStatus.OK, catalog.get(code).orElseThrow(() -> ApiProblem.notFound("No reward " + code)));
	}

	@PutMapping("/{code}")
	@Operation(operationId = "updateReward", summary = "Change a reward", description = """
			Replaces its definition (`code` may be left out; it cannot change). With `If-Match` set to the `ETag` \
			read, the change is refused if someone changed the reward since. Stock cannot go below what was issued, \
			and the kind cannot change once any was issued. The same definition again changes nothing.""")
	@ApiResponse(responseCode = "200", description = "The reward as changed", useReturnTypeSchema = true)
	@Refusal.NotFound("The tenant has no reward with this code")
	@Refusal.PreconditionFailed("`If-Match` is not the reward's revision now")
	@Refusal.Unprocessable("A field is missing or wrong, or a changed `validUntil` or `experience.startsAt` is not in "
			+ "the future (`errors` names each)")
	ResponseEntity<CatalogReward> update(@PathVariable String code, @Valid @RequestBody RewardDefinition definition,
			@Parameter(description = "The `ETag` of the reward as read, e.g. `\"3\"`")
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Principal caller) {
		return withETag(HttpStatus.OK, catalog.update(code, definition, revision(ifMatch), caller.getName()));
	}

	@PostMapping("/{code}/archive")
	@Operation(operationId = "archiveReward", summary = "Stop offering a reward", description = """
			It stays readable (issued rewards name it) and leaves the list unless `archived=true`. Archiving an \
			archived reward changes nothing.""")
	@ApiResponse(responseCode = "200", description = "The reward, archived", useReturnTypeSchema = true)
	@Refusal.NotFound("The tenant has no reward with this code")
	ResponseEntity<CatalogReward> archive(@PathVariable String code, Principal caller) {
		return withETag(HttpStatus.OK, catalog.archive(code, caller.getName()));
	}

	@PostMapping("/{code}/restore")
	@Operation(operationId = "restoreReward", summary = "Offer an archived reward again")
	@ApiResponse(responseCode = "200", description = "The reward, no longer archived", useReturnTypeSchema = true)
	@Refusal.NotFound("The tenant has no reward with this code")
	ResponseEntity<CatalogReward> restore(@PathVariable String code, Principal caller) {
		return withETag(HttpStatus.OK, catalog.restore(code, caller.getName()));
	}

	@GetMapping("/{code}/changes")
	@Operation(operationId = "getRewardChanges", summary = "Read who changed a reward",
			description = "Newest first: each creation, change, archiving and restoring, with its actor and the "
					+ "definition before and after (both null for archiving and restoring).")
	@ApiResponse(responseCode = "200", description = "The changes", useReturnTypeSchema = true)
	@Refusal.NotFound("The tenant has no reward with this code")
	List<CatalogChange> changes(@PathVariable String code) {
		return catalog.changes(code);
	}

	@PostMapping("/{code}/quote")
	@Operation(operationId = "quoteReward", summary = "Work out what a reward takes off an order", description = """
			For the till, before it records the purchase: what the reward (or a voucher of it) takes off these lines, in \
			all and line by line, for the lines' `discount`, so that the points are earned on what the member pays. \
			A percent discount is its share of the lines it covers, at most its cap; an amount, at most what they cost; \
			a free product one unit of its SKU (the cheapest); a gift card its value, at most the order. Rounded down \
			to whole rials (other currencies: their minor unit). Writes nothing; archived rewards are quoted too.""")
	@ApiResponse(responseCode = "200", description = "The quote; `applies` false when it takes nothing off this order",
			useReturnTypeSchema = true)
	@Refusal.NotFound("The tenant has no reward with this code")
	@Refusal.Unprocessable("The order's `currency` is not the reward's")
	RewardQuote quote(@PathVariable String code, @Valid @RequestBody Order order) {
		return catalog.quote(code, order);
	}

	private static ResponseEntity<CatalogReward> withETag(HttpStatus status, CatalogReward reward) {
		return ResponseEntity.status(status).eTag(Integer.toString(reward.revision()))
			.contentType(MediaType.APPLICATION_JSON).body(reward);
	}

	/** {@code "3"}, {@code W/"3"} or {@code 3}; {@code *} matches any; anything else names no revision and cannot match. */
	static Integer revision(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
			return null;
		}
		String bare = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
		return bare.matches("[0-9]{1,9}") ? Integer.valueOf(bare) : -1;
	}
}
