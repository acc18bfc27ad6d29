package ir.vafa.tenancy.internal;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.Refusal;
import ir.vafa.tenancy.NewTenant;
import ir.vafa.tenancy.TenantCreated;
import ir.vafa.tenancy.TenantDirectory;
import ir.vafa.tenancy.TenantView;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Support staff's tenant administration. */
@RestController
@RequestMapping("/api/support/tenants")
@Tag(name = "tenancy", description = "Support staff's tenant administration (role platform-support): opening, "
		+ "suspending and reactivating tenants, each with its Keycloak organization, people and POS client")
class TenantController {

	private final TenantDirectory directory;

	TenantController(TenantDirectory directory) {
		this.directory = directory;
	}

	@GetMapping
	@Operation(operationId = "listTenants", summary = "List the tenants", description = "Oldest first.")
	@ApiResponse(responseCode = "200", description = "Every tenant", useReturnTypeSchema = true)
	List<TenantView> list() {
		return directory.list();
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getTenant", summary = "Read a tenant")
	@ApiResponse(responseCode = "200", description = "The tenant", useReturnTypeSchema = true)
	@Refusal.NotFound("No tenant has this id")
	TenantView get(@PathVariable UUID id) {
		return directory.find(id).orElseThrow(() -> ApiProblem.notFound("No tenant " + id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "openTenant", summary = "Open a tenant", description = """
			Creates the tenant and, in Keycloak, its organization, its first tenant-admin (username: `adminEmail`) and \
			its POS client `pos-<slug>` with role cashier. The answer shows the POS client's secret, and the admin's \
			password when none was given (one is generated), this once: Vafa keeps neither. The tenant publishes its \
			program before its POS can record purchases.""")
	@ApiResponse(responseCode = "201", useReturnTypeSchema = true,
			description = "The tenant, its first admin's username (and password, when generated) and the POS "
					+ "client's credentials")
	@Refusal.Conflict("A tenant with this slug exists, or Keycloak has an organization for it already (`errors` "
			+ "names `slug`)")
	@Refusal.Failed("Keycloak refused a step or could not be reached: no tenant is opened, and what Keycloak had "
			+ "created for it is deleted again")
	TenantCreated create(@Valid @RequestBody NewTenant request, Principal caller) {
		return directory.create(request, caller.getName());
	}

	@PostMapping("/{id}/suspension")
	@Operation(operationId = "suspendTenant", summary = "Suspend a tenant", description = """
			The tenant's calls are refused (403) from now on, on other nodes within seconds \
			(`vafa.tenancy.status-cache-ttl`), and its Keycloak users (their sessions ended) and POS clients are \
			disabled.""")
	@ApiResponse(responseCode = "200", description = "The tenant, now suspended", useReturnTypeSchema = true)
	@Refusal.NotFound("No tenant has this id")
	@Refusal.Conflict("The tenant is suspended already")
	@Refusal.Failed("Keycloak refused a step or could not be reached: the tenant stays active (Keycloak may be left "
			+ "part-way)")
	TenantView suspend(@PathVariable UUID id, Principal caller) {
		return directory.suspend(id, caller.getName());
	}

	@PostMapping("/{id}/reactivation")
	@Operation(operationId = "reactivateTenant", summary = "Reactivate a suspended tenant",
			description = "Enables again exactly the Keycloak users and POS clients the suspension disabled.")
	@ApiResponse(responseCode = "200", description = "The tenant, active again", useReturnTypeSchema = true)
	@Refusal.NotFound("No tenant has this id")
	@Refusal.Conflict("The tenant is active already")
	@Refusal.Failed("Keycloak refused a step or could not be reached: the tenant stays suspended (Keycloak may be "
			+ "left part-way)")
	TenantView reactivate(@PathVariable UUID id, Principal caller) {
		return directory.reactivate(id, caller.getName());
	}

}
