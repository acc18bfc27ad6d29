/**
 * Jobs that run by themselves on one node of the cluster at a time (db-scheduler on PostgreSQL): each module
 * declares its {@link ir.vafa.jobs.Job}s (expiring points, requalifying tiers, activating scheduled program
 * versions, redelivering unfinished events); this module schedules them and lets support staff run any of them at
 * once, audited.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "tenancy" })
package ir.vafa.jobs;
