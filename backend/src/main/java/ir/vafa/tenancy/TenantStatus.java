package ir.vafa.tenancy;

public enum TenantStatus {
	ACTIVE, SUSPENDED
}
