/**
 * Members of a tenant's program: enrolled by phone, email or card number (each unique within the tenant),
 * found by any of them, with their consents and birthday.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "tenancy" })
package ir.vafa.members;
