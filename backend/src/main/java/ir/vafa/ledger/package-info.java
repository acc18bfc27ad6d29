/**
 * The points ledger: append-only lines (earn, redeem, reverse, adjust), each naming the purchase, rule and
 * program version that caused it, and each member's account (balance and purchase totals), kept in the same
 * transaction as the lines. Posting locks the account row, so balances stay right under concurrency.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "tenancy", "members", "programs", "purchases", "jobs", "rules" })
package ir.vafa.ledger;
