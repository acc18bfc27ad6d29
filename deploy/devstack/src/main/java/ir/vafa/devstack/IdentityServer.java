package ir.vafa.devstack;

/**
 * A Keycloak server with the Vafa realm, and the login of an administrator of its master realm (who may provision
 * organizations, users and clients through the admin API).
 */
public interface IdentityServer extends AutoCloseable {

    /** Where Keycloak answers, without a trailing slash, e.g. {@code http://127.0.0.1:8180}. */
    String baseUrl();

    /** The application's realm, {@code vafa} unless VAFA_REALM says otherwise. */
    String realm();

    /** The issuer of the application's realm: {@code baseUrl()/realms/realm()}. */
    default String issuerUri() {
        return issuerUri(realm());
    }

    /** The issuer of another realm on this server. */
    default String issuerUri(String realmName) {
        return baseUrl() + "/realms/" + realmName;
    }

    /** Administrator of the master realm (log in with the {@code admin-cli} client). */
    String adminUser();

    String adminPassword();

    /** Where the server comes from, for people. */
    String description();

    /** Stops the server if this JVM started it; a configured server is left alone. */
    @Override
    void close();
}
