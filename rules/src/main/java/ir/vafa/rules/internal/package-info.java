/**
 * How programs are validated, turned into parameter facts and evaluated against the one shared rule base
 * ({@code standard-kinds.drl}). Not API: the backend uses {@code ir.vafa.rules} only.
 *
 * <p>The seam for tenants' own DRL (later) is {@link ir.vafa.rules.internal.ExecutableProgram}: a program names
 * the {@link org.kie.api.KieBase} it runs on and the facts it brings; a custom program will bring its own base.
 */
package ir.vafa.rules.internal;
