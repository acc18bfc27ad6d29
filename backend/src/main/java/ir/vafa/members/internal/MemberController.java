package ir.vafa.members.internal;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.vafa.members.MemberRef;
import ir.vafa.members.MemberView;
import ir.vafa.members.Members;
import ir.vafa.members.NewMember;
import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.Refusal;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/members")
@Tag(name = "members", description = "The tenant's members: enrolment and look-up by phone, email or card number")
class MemberController {

	private final Members members;

	MemberController(Members members) {
		this.members = members;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "enrollMember", summary = "Enrol a member", description = """
			With at least one of phone, email and card number, each unique in the tenant. Phones are kept in one \
			spelling: Persian and Arabic digits become ASCII, all but the digits go, and a national mobile number \
			(`0912…`) gets `+98`; emails are lower-cased, card numbers upper-cased. Consents left out are no.""")
	@ApiResponse(responseCode = "201", useReturnTypeSchema = true,
			description = "The member, identifiers in the spelling kept")
	@Refusal.Conflict("Another member of the tenant has this phone, email or card number (`errors` names it)")
	MemberView enroll(@Valid @RequestBody NewMember member) {
		return members.enroll(member);
	}

	/** Look-up by exactly one of phone, email, cardNumber. */
	@GetMapping
	@Operation(operationId = "findMember", summary = "Find a member by phone, email or card number",
			description = "Give exactly one; it is compared in the spelling enrolment keeps (`09123456789` finds "
					+ "`+989123456789`).")
	@ApiResponse(responseCode = "200", description = "The member", useReturnTypeSchema = true)
	@Refusal.NotFound("No member of the tenant has it")
	@Refusal.Unprocessable("Not exactly one of phone, email and cardNumber is given (`errors` names `phone`)")
	MemberView lookup(@RequestParam(required = false) String phone, @RequestParam(required = false) String email,
			@RequestParam(required = false) String cardNumber) {
		MemberRef ref = new MemberRef(null, phone, email, cardNumber);
		if (ref.given() != 1) {
			throw ApiProblem.invalid("phone", "give exactly one of phone, email and cardNumber");
		}
		return members.find(ref).orElseThrow(() -> ApiProblem.notFound("No member with this " + ref.field()));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getMember", summary = "Read a member")
	@ApiResponse(responseCode = "200", description = "The member", useReturnTypeSchema = true)
	@Refusal.NotFound("No member of the tenant has this id (another tenant's members are unknown here)")
	MemberView get(@PathVariable UUID id) {
		return members.get(id).orElseThrow(() -> ApiProblem.notFound("No member " + id));
	}
}
