package ir.vafa.tenancy.internal;

/** Keycloak refused or failed a tenant provisioning step; the message says which step and why. */
public class TenantProvisioningException extends RuntimeException {

	private final boolean conflict;

	TenantProvisioningException(String message, boolean conflict, Throwable cause) {
		super(message, cause);
		this.conflict = conflict;
	}

	static TenantProvisioningException failed(String message, Throwable cause) {
		return new TenantProvisioningException(message, false, cause);
	}

	static TenantProvisioningException failed(String message) {
		return new TenantProvisioningException(message, false, null);
	}

	/** Something with the same identity exists already (organization alias or name, tenant id, username). */
	static TenantProvisioningException conflict(String message) {
		return new TenantProvisioningException(message, true, null);
	}

	/** {@code true} when the step failed because the tenant, or a user of that name, already exists. */
	public boolean isConflict() {
		return conflict;
	}
}
