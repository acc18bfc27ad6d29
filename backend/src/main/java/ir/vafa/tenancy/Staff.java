package ir.vafa.tenancy;

import java.util.List;

/** The current tenant's staff: the people who log in to its console and tills. */
public interface Staff {

	/** By username; the POS clients' service accounts are not staff. */
	List<StaffMember> list();

	/** Creates the user in the tenant's Keycloak organization, able to log in at once; a taken username is a 409. */
	StaffMember add(NewStaffMember member, String actor);
}
