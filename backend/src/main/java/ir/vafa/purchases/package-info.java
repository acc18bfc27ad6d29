/**
 * Purchases and returns from the tenant's POS. A purchase is stored (anonymous ones too), run through the
 * tenant's program, and its effects posted: points to the ledger, stamps and rewards to the cards, all in one
 * transaction. The POS's external id makes a submission idempotent. A return takes back exactly what its lines
 * earned.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "platform", "tenancy", "members", "programs", "rules" })
package ir.vafa.purchases;
