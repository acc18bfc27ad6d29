/**
 * A member's own page, opened from a link the merchant sends them (by SMS): their points (available, pending,
 * expiring), the history with why each line was written, their tier and what the next one needs, their stamp cards,
 * the catalog rewards they can afford now, and their card number for a digital card. Members have no logins: a link
 * carries an HMAC-signed token naming the tenant, the member, its expiry and the member's link generation, which staff
 * move on to revoke every earlier link of the member.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "tenancy", "members", "ledger",
		"tiers", "rewards", "catalog", "programs", "redemptions" })
package ir.vafa.memberpage;
