/**
 * Stamp cards and the rewards members are issued (a free coffee after five stamps). Every stamp given or taken
 * back is an append-only event naming its rule, program version, purchase line and the card's cycle; a stamp that
 * comes back from a filled card revokes the reward that card issued. Applied on the purchase path as a
 * {@link ir.vafa.purchases.PurchaseParticipant}. Every issued reward (also one a reservation at the till paid for)
 * is a single-use voucher with a code any till of the tenant can validate and redeem ({@link ir.vafa.rewards.Vouchers}).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "platform", "tenancy", "members", "purchases", "programs", "rules", "catalog", "jobs", "tiers", "ledger" })
package ir.vafa.rewards;
