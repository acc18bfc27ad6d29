/**
 * Rewards of the catalog redeemed at the till: reserve (the points held, one of the stock taken, for a while), then
 * confirm with the purchase (the points spent from the lots that expire soonest) or cancel; a reservation left alone
 * is released when its time is up.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "tenancy", "members", "catalog",
		"ledger", "tiers", "purchases", "jobs", "rewards", "programs" })
package ir.vafa.redemptions;
