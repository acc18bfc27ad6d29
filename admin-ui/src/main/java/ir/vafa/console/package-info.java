/**
 * The Vaadin console for support staff and tenant staff: log-in through Keycloak, tenants (support), the program and
 * member look-up (tenant staff). It calls only the backend modules' APIs; views are grouped by feature, forms fire
 * events and views orchestrate. Every text goes through {@link ir.vafa.console.i18n.ConsoleI18n} (English and
 * Persian, right to left).
 */
package ir.vafa.console;
