package ir.vafa.tenancy;

/** The realm roles Vafa knows, as Keycloak names them. Spring authorities are {@code ROLE_} + the name. */
public final class Roles {

	public static final String PLATFORM_SUPPORT = "platform-support";
	public static final String TENANT_ADMIN = "tenant-admin";
	public static final String TENANT_MARKETER = "tenant-marketer";
	public static final String TENANT_ANALYST = "tenant-analyst";
	public static final String CASHIER = "cashier";
	public static final String PARTNER_MANAGER = "partner-manager";

	private Roles() {
	}
}
