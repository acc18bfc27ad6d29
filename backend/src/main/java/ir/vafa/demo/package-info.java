/**
 * Demo tenants for `./vafa run`: a café with a stamp card and a retail chain, opened through the same paths
 * support staff and merchants use.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "tenancy", "programs", "members", "purchases", "rules", "catalog" })
package ir.vafa.demo;
