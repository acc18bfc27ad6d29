/**
 * Points given to charities: a member gives points to a DONATION reward of the catalog, which names the charity and
 * what a point is worth to it. Each donation is a DONATE line of the ledger and an append-only donation; per charity
 * and period the merchant reads totals (points, amount, donors) and exports the donations to settle with it.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "platform", "tenancy", "members", "catalog", "ledger", "tiers", "programs" })
package ir.vafa.donations;
