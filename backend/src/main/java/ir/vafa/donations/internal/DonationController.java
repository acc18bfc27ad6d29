package ir.vafa.donations.internal;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.vafa.donations.CharityTotal;
import ir.vafa.donations.PointsDonation;
import ir.vafa.donations.Donations;
import ir.vafa.donations.NewDonation;
import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Members give points to charities; merchants read the totals and export what they owe each charity. */
@RestController
@Tag(name = "donations", description = "Points given to charities: a ledger line of their own, totals per charity "
		+ "and period, an export to settle with each charity")
class DonationController {

	private final Donations donations;

	DonationController(Donations donations) {
		this.donations = donations;
	}

	@PostMapping("/api/members/{memberId}/donations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "donatePoints", summary = "Give a member's points to a charity", description = """
			Takes `points` from the member's available points (the lots that expire soonest; pending and held \
			points cannot be given) as a DONATE ledger line, worth `points` × the DONATION reward's `perPoint` to \
			its charity, rounded down to the currency's smallest unit. With an `Idempotency-Key`, a retry answers \
			the first donation.""")
	@ApiResponse(responseCode = "201", description = "The donation", useReturnTypeSchema = true)
	@Refusal.NotFound("No member of the tenant has this id")
	@Refusal.Unprocessable("The tenant has no such reward, or it is not a DONATION, archived, not offered now or not "
			+ "for the member's tier (`reward`)")
	@Refusal.Conflict("Fewer points available than given (`points`), or the key used for another donation "
			+ "(`Idempotency-Key`)")
	PointsDonation donate(@PathVariable UUID memberId, @Valid @RequestBody NewDonation donation,
			@Parameter(description = "Makes a retry safe: the same key answers the first donation")
			@RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String idempotencyKey,
			Principal caller) {
		return donations.donate(memberId, donation, idempotencyKey, caller.getName());
	}

	@GetMapping("/api/members/{memberId}/donations")
	@Operation(operationId = "getMemberDonations", summary = "Read a member's donations", description = "Newest first.")
	@ApiResponse(responseCode = "200", description = "The donations", useReturnTypeSchema = true)
	@Refusal.NotFound("No member of the tenant has this id")
	List<PointsDonation> forMember(@PathVariable UUID memberId,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
		return donations.forMember(memberId, limit);
	}

	@GetMapping("/api/donations/totals")
	@Operation(operationId = "getCharityTotals", summary = "Read the donations' totals per charity and period",
			description = """
					Per charity (its DONATION reward's code) and period, over the days `from` to `to` (inclusive, \
					in the program's time zone; either left out: open): points, their worth, donors (members counted \
					once a period) and donations. Periods follow `calendar`: JALALI (the default; weeks from \
					Saturday) or GREGORIAN (weeks from Monday); ALL is one total per charity.""")
	@ApiResponse(responseCode = "200", description = "The totals, by charity then period", useReturnTypeSchema = true)
	@Refusal.Unprocessable("`to` is before `from`")
	List<CharityTotal> totals(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "MONTH") Donations.Period period,
			@RequestParam(defaultValue = "JALALI") Donations.Calendar calendar) {
		inOrder(from, to);
		return donations.totals(from, to, period, calendar);
	}

	@GetMapping(value = "/api/donations/export", produces = "text/csv")
	@Operation(operationId = "exportDonations", summary = "Export donations as CSV", description = """
			The donations of the days `from` to `to` (inclusive, program time zone), to one charity when `reward` \
			is given, oldest first, as UTF-8 CSV (RFC 4180, with a byte-order mark for spreadsheets): `donationId, \
			donatedAt, localDate, jalaliDate, rewardCode, charityEn, charityFa, memberId, points, amount, currency, \
			ledgerLineId`. Members appear by id only.""")
	@ApiResponse(responseCode = "200", description = "The CSV",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	@Refusal.Unprocessable("`to` is before `from`")
	void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}") String reward,
			HttpServletResponse response) throws java.io.IOException {
		inOrder(from, to);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"donations"
				+ (reward == null ? "" : "-" + reward) + (from == null ? "" : "-" + from) + (to == null ? "" : "-" + to)
				+ ".csv\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		donations.export(from, to, reward, out);
	}

	private static void inOrder(LocalDate from, LocalDate to) {
		if (from != null && to != null && to.isBefore(from)) {
			throw ApiProblem.invalid("to", "is before from");
		}
	}
}
