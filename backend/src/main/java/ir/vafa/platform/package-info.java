/**
 * Cross-cutting plumbing every module uses: problem+json errors that name the offending field, the request size
 * limit, the clock, time-ordered ids and write batches. Depends on no business module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package ir.vafa.platform;
