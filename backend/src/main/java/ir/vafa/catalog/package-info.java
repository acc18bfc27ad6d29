/**
 * The rewards catalog: what a tenant's members can spend points on (a discount, a free product, free shipping, an
 * experience with limited seats, a donation to a charity, a gift card), each with its cost in points, validity,
 * stock and the tiers it is open to. Named by a code the tenant chooses, which stamp cards and tiers use.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "tenancy", "programs", "purchases" })
package ir.vafa.catalog;
