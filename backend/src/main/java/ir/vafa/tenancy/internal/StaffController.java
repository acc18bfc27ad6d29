package ir.vafa.tenancy.internal;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.vafa.platform.Refusal;
import ir.vafa.tenancy.NewStaffMember;
import ir.vafa.tenancy.Staff;
import ir.vafa.tenancy.StaffChange;
import ir.vafa.tenancy.StaffMember;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's staff: who logs in to its console and tills, with which roles. */
@RestController
@RequestMapping("/api/staff")
@Tag(name = "staff", description = "The tenant's staff users (admins, marketers, analysts, cashiers), in Keycloak")
class StaffController {

	private final Staff staff;

	StaffController(Staff staff) {
		this.staff = staff;
	}

	@GetMapping
	@Operation(operationId = "listStaff", summary = "List the tenant's staff", description = "By username, with "
			+ "their tenant roles; the POS clients are not staff.")
	@ApiResponse(responseCode = "200", description = "The staff", useReturnTypeSchema = true)
	List<StaffMember> list() {
		return staff.list();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "addStaff", summary = "Add a staff user", description = """
			A Keycloak user of the tenant's organization with the given roles, who can log in at once (the \
			console, or a till's app with the `vafa-cli` password grant). Without `password` one is generated and \
			answered here, once.""")
	@ApiResponse(responseCode = "201", description = "The user; `password` only when it was generated",
			useReturnTypeSchema = true)
	@Refusal.Conflict("Keycloak has a user of this username already (`errors` names `username`)")
	@Refusal.Failed("Keycloak refused or could not be reached; no user was made")
	StaffMember add(@Valid @RequestBody NewStaffMember member, Principal caller) {
		return staff.add(member, caller.getName());
	}

	@PatchMapping("/{userId}")
	@Operation(operationId = "changeStaff", summary = "Change a staff user's roles, or disable or enable them",
			description = """
					`roles` replaces all of the user's tenant roles; `enabled: false` stops them logging in and ends \
					their sessions (an access token already issued works until it expires, at most the realm's \
					access-token lifespan, 5 minutes); `enabled: true` lets them in again. A field left out stays.""")
	@ApiResponse(responseCode = "200", description = "The user as they are now", useReturnTypeSchema = true)
	@Refusal.NotFound("The tenant has no such staff user (another tenant's users are not found either)")
	@Refusal.Conflict("You would disable yourself or give up your own `tenant-admin` (`errors` names the field)")
	@Refusal.Failed("Keycloak refused or could not be reached")
	StaffMember change(@PathVariable String userId, @Valid @RequestBody StaffChange change, Principal caller) {
		return staff.change(userId, change, caller.getName());
	}
}
