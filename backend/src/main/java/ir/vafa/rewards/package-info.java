/**
 * Stamp cards and the rewards members are issued (a free coffee after five stamps). Every stamp given or taken
 * back is an append-only event naming its rule, program version and purchase line.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "tenancy", "members" })
package ir.vafa.rewards;
