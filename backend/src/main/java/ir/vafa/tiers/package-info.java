/**
 * Tiers: which level of the program's ladder each member is in, why and since when. Members move up at once, in the
 * purchase that crosses a threshold (a participant of the purchase path), and down by the requalification job
 * after the ladder's grace period; a return that takes a member back under the threshold its purchase crossed
 * reverses the move. Admins may place a member in a tier by hand until a date, visible as such. Qualifying values
 * (spend, points earned, visits) are summed over the ladder's window from a row per member and local day.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "platform", "tenancy", "members", "programs", "purchases", "ledger", "jobs", "rules" })
package ir.vafa.tiers;
