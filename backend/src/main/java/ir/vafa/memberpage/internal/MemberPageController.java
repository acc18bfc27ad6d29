package ir.vafa.memberpage.internal;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.vafa.memberpage.MemberPageAccess;
import ir.vafa.memberpage.MemberPageView;
import ir.vafa.memberpage.MemberPages;
import ir.vafa.memberpage.NewPageLink;
import ir.vafa.memberpage.PageLink;
import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Links to members' own pages (staff), and the page's data for whoever holds a link's token. The token travels in
 * a header here, never in the API's path or query, so the API's access logs do not hold it.
 */
@RestController
@Tag(name = "member-page", description = "A member's own page, opened from a signed, expiring link staff send them")
@SecurityScheme(name = MemberPageController.TOKEN_SCHEME, type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
		paramName = MemberPageController.TOKEN_HEADER, description = """
				The token of a member page link (the last part of `…/card/<token>`), made by `POST \
				/api/members/{memberId}/page-links`. It names its tenant and member and is signed by the server: \
				no Keycloak token is needed, and none is looked at.""")
class MemberPageController {

	static final String TOKEN_SCHEME = "memberPageToken";
	static final String TOKEN_HEADER = "Member-Page-Token";

	private final MemberPages pages;

	MemberPageController(MemberPages pages) {
		this.pages = pages;
	}

	@PostMapping("/api/members/{memberId}/page-links")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createMemberPageLink", summary = "Make a link to a member's own page", description = """
			A link (`url`, the console's `/card/<token>`) to send the member, e.g. by SMS: it opens their points, \
			history, tier, stamp cards, the rewards they can afford and their digital card, with no login, until \
			`expiresAt` (`validDays` from now: 30 unless given, at most 90 unless configured) or until their \
			links are revoked. Nothing is stored: making another link leaves earlier ones working.""")
	@ApiResponse(responseCode = "201", description = "The link", useReturnTypeSchema = true)
	@Refusal.NotFound("No member of the tenant has this id (another tenant's members are unknown here)")
	PageLink create(@PathVariable UUID memberId, @Valid @RequestBody(required = false) NewPageLink request,
			Principal caller) {
		return pages.createLink(memberId, request == null ? null : request.validDays(), caller.getName());
	}

	@PostMapping("/api/members/{memberId}/page-links/revocation")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "revokeMemberPageLinks", summary = "Revoke every link to a member's page", description = """
			Every link made for the member so far stops working at once (it shows that it has expired); links \
			made afterwards work. Revoking again is harmless.""")
	@ApiResponse(responseCode = "204", description = "Revoked")
	@Refusal.NotFound("No member of the tenant has this id")
	void revoke(@PathVariable UUID memberId, Principal caller) {
		pages.revokeLinks(memberId, caller.getName());
	}

	@GetMapping("/api/member-page")
	@SecurityRequirement(name = TOKEN_SCHEME)
	@Operation(operationId = "getMemberPage", summary = "What a member page link shows", description = """
			For the holder of a link's token (header `Member-Page-Token`), no Keycloak token: the member's card \
			number, points (available, held, pending with when they free up, expiring within 30 days and the \
			next expiries with their last days, Jalali too), the last 20 ledger lines with the rule or reason \
			behind each, tier and what the next one needs, stamp cards, and the catalog rewards their available \
			points afford now. The tenant is the token's.""")
	@ApiResponse(responseCode = "200", description = "The member's page", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "401", description = "No token, or one the server did not sign as it is (malformed, "
			+ "any byte changed, cut)", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = Refusal.PROBLEM)))
	@ApiResponse(responseCode = "410", description = "The link has expired: past `expiresAt`, revoked, or its member "
			+ "or tenant gone or suspended", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = Refusal.PROBLEM)))
	MemberPageView view(@Parameter(hidden = true) @RequestHeader(name = TOKEN_HEADER, required = false) String token,
			HttpServletResponse response) {
		// The page is the member's own: no shared cache keeps it, no page it links to learns the token.
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		return page(pages.open(token));
	}

	@PostMapping("/api/member-page/choice")
	@SecurityRequirement(name = TOKEN_SCHEME)
	@Operation(operationId = "chooseOnMemberPage", summary = "The member chooses the reward a full card offers",
			description = """
					For the holder of a link's token (header `Member-Page-Token`): takes `reward`, one of the \
					`choices` of the member's reward `rewardId` (in `myRewards`, `CHOOSING`), as staff do with \
					`POST /api/members/{memberId}/rewards/{rewardId}/choice`; answers the page as it is then, the \
					reward `ISSUED` with its `voucherCode`. The reward's `chosenBy` is `member`.""")
	@ApiResponse(responseCode = "200", description = "The member's page after the choice", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "401", description = "No token, or one the server did not sign as it is",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = Refusal.PROBLEM)))
	@ApiResponse(responseCode = "410", description = "The link has expired (nothing is chosen)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = Refusal.PROBLEM)))
	@Refusal.NotFound("The member has no reward `rewardId` (another member's is as unknown)")
	@Refusal.Conflict("The reward was chosen already (another one), offers no choice, was revoked, or its time to "
			+ "choose ended (`errors` names `reward`)")
	@Refusal.Unprocessable("`rewardId` or `reward` is missing, or `reward` is not one of the reward's `choices`")
	MemberPageView choose(@Parameter(hidden = true) @RequestHeader(name = TOKEN_HEADER, required = false) String token,
			@RequestBody(required = false) PageChoice choice, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		return page(choice == null ? pages.choose(token, null, null)
				: pages.choose(token, choice.rewardId(), choice.reward()));
	}

	/**
	 * The member's reward {@code rewardId} and the one of its choices they take: checked after the token (a request
	 * without a valid one learns nothing, not even that its body is wrong).
	 */
	@Schema(name = "MemberPageChoice", example = """
			{"rewardId": "0193a5c2-7d4e-7b8a-9f10-2b3c4d5e6f70", "reward": "free-pastry"}""")
	record PageChoice(@NotNull UUID rewardId, @NotNull String reward) {
	}

	private static MemberPageView page(MemberPageAccess access) {
		return switch (access) {
			case MemberPageAccess.Granted granted -> granted.page();
			case MemberPageAccess.Expired expired -> throw new ApiProblem(HttpStatus.GONE, "Link expired",
					"This link has expired; ask the shop for a new one", List.of());
			case MemberPageAccess.Invalid invalid -> throw new ApiProblem(HttpStatus.UNAUTHORIZED, "Invalid link",
					"This is not a valid member page link", List.of());
		};
	}
}
