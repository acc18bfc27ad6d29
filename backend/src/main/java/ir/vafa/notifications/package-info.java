/**
 * Member notifications: listeners on what happens to a member (a tier up or down, a stamp card's reward available,
 * a reserved reward confirmed or expired) and a daily job for points about to expire write one rendered message per
 * event and channel to an outbox table; the delivery job sends them (email over SMTP, SMS through an
 * {@link ir.vafa.notifications.SmsGateway}), retrying with backoff. Templates per event, channel and language
 * (built-in English and Persian, overridable per tenant), the tenant's settings, and each member's messages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "tenancy", "members", "programs",
		"tiers", "rewards", "redemptions", "catalog", "ledger", "jobs" })
package ir.vafa.notifications;
