package ir.vafa.tenancy.internal;

import java.util.List;
import java.util.TreeSet;

import ir.vafa.platform.ApiProblem;
import ir.vafa.platform.WellFormed;
import ir.vafa.tenancy.CurrentTenant;
import ir.vafa.tenancy.NewStaffMember;
import ir.vafa.tenancy.Roles;
import ir.vafa.tenancy.Staff;
import ir.vafa.tenancy.StaffChange;
import ir.vafa.tenancy.StaffMember;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The current tenant's staff, kept in Keycloak only: the tenant's organization is the list. */
@Service
class StaffService implements Staff {

	private static final Logger log = LoggerFactory.getLogger(StaffService.class);

	private final Tenants tenants;
	private final TenantIdentities identities;
	private final Validator validator;

	StaffService(Tenants tenants, TenantIdentities identities, Validator validator) {
		this.tenants = tenants;
		this.identities = identities;
		this.validator = validator;
	}

	@Override
	public List<StaffMember> list() {
		return identities.staff(CurrentTenant.id());
	}

	@Override
	public StaffMember add(NewStaffMember member, String actor) {
		WellFormed.check(validator, member);
		TenantEntity tenant = tenants.findById(CurrentTenant.id())
			.orElseThrow(() -> ApiProblem.notFound("No tenant " + CurrentTenant.id()));
		String password = member.password() != null ? member.password() : KeycloakTenantProvisioner.generatePassword();
		String id = identities.addStaff(CurrentTenant.id(), tenant.slug(), member.username(), member.email(), password,
				member.roles());
		log.info("Staff user {} added to tenant {} with roles {} by {}", member.username(), tenant.slug(),
				member.roles(), actor);
		return new StaffMember(id, member.username(), member.email(), new TreeSet<>(member.roles()), true,
				member.password() == null ? password : null);
	}

	@Override
	public StaffMember change(String userId, StaffChange change, String actor) {
		WellFormed.check(validator, change);
		StaffMember current = list().stream().filter(m -> m.id().equals(userId)).findFirst()
			.orElseThrow(() -> ApiProblem.notFound("The tenant has no staff user " + userId));
		if (current.username().equals(actor)) {
			// the admin changing staff keeps a way back in: there is always at least one admin who can log in
			if (Boolean.FALSE.equals(change.enabled())) {
				throw ApiProblem.conflict("enabled", "You cannot disable your own login");
			}
			if (change.roles() != null && !change.roles().contains(Roles.TENANT_ADMIN)) {
				throw ApiProblem.conflict("roles", "You cannot give up your own tenant-admin role");
			}
		}
		StaffMember changed = identities.changeStaff(CurrentTenant.id(), current, change.roles(), change.enabled());
		log.info("Staff user {} of tenant {} changed by {}: roles {} -> {}, enabled {} -> {}", current.username(),
				CurrentTenant.id(), actor, current.roles(), changed.roles(), current.enabled(), changed.enabled());
		return changed;
	}
}
