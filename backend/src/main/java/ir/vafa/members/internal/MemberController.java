package ir.vafa.members.internal;

import java.util.UUID;

import ir.vafa.members.MemberRef;
import ir.vafa.members.MemberView;
import ir.vafa.members.Members;
import ir.vafa.members.NewMember;
import ir.vafa.platform.ApiProblem;
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
class MemberController {

	private final Members members;

	MemberController(Members members) {
		this.members = members;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	MemberView enroll(@Valid @RequestBody NewMember member) {
		return members.enroll(member);
	}

	/** Look-up by exactly one of phone, email, cardNumber. */
	@GetMapping
	MemberView lookup(@RequestParam(required = false) String phone, @RequestParam(required = false) String email,
			@RequestParam(required = false) String cardNumber) {
		MemberRef ref = new MemberRef(null, phone, email, cardNumber);
		if (ref.given() != 1) {
			throw ApiProblem.invalid("phone", "give exactly one of phone, email and cardNumber");
		}
		return members.find(ref).orElseThrow(() -> ApiProblem.notFound("No member with this " + ref.field()));
	}

	@GetMapping("/{id}")
	MemberView get(@PathVariable UUID id) {
		return members.get(id).orElseThrow(() -> ApiProblem.notFound("No member " + id));
	}
}
