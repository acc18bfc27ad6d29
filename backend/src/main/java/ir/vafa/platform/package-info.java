/**
 * Cross-cutting web plumbing every module uses: problem+json errors that name the offending field,
 * the request size limit, and the clock. Depends on no business module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package ir.vafa.platform;
