package ir.vafa.tenancy.internal;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import ir.vafa.platform.ApiProblem;
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
class TenantController {

	private final TenantDirectory directory;

	TenantController(TenantDirectory directory) {
		this.directory = directory;
	}

	@GetMapping
	List<TenantView> list() {
		return directory.list();
	}

	@GetMapping("/{id}")
	TenantView get(@PathVariable UUID id) {
		return directory.find(id).orElseThrow(() -> ApiProblem.notFound("No tenant " + id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	TenantCreated create(@Valid @RequestBody NewTenant request, Principal caller) {
		return directory.create(request, caller.getName());
	}

	@PostMapping("/{id}/suspension")
	TenantView suspend(@PathVariable UUID id, Principal caller) {
		return directory.suspend(id, caller.getName());
	}

	@PostMapping("/{id}/reactivation")
	TenantView reactivate(@PathVariable UUID id, Principal caller) {
		return directory.reactivate(id, caller.getName());
	}

}
