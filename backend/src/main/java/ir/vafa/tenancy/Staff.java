package ir.vafa.tenancy;

import java.util.List;

/** The current tenant's staff: the people who log in to its console and tills. */
public interface Staff {

	/** By username; the POS clients' service accounts are not staff. */
	List<StaffMember> list();

	/** Creates the user in the tenant's Keycloak organization, able to log in at once; a taken username is a 409. */
	StaffMember add(NewStaffMember member, String actor);

	/**
	 * Changes a staff user's roles or whether they may log in (disabling ends their sessions); 404 for a user who is
	 * not the tenant's, 409 when {@code actor} would disable themselves or give up their own {@code tenant-admin}.
	 */
	StaffMember change(String userId, StaffChange change, String actor);
}
