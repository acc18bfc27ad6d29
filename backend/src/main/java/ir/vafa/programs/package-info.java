/**
 * Each tenant's loyalty program: its currency, timezone, point rounding and earning rules, published as
 * numbered, immutable versions. Publishing compiles the program for the rule engine ({@code vafa-rules});
 * {@link ir.vafa.programs.Programs#active()} hands the compiled current version to whoever evaluates a purchase.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "tenancy", "rules", "jobs" })
package ir.vafa.programs;
