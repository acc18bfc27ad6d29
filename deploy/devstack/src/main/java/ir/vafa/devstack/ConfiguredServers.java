package ir.vafa.devstack;

/** Servers given by URL (VAFA_DB_URL, VAFA_ISSUER_URI): used as they are, never stopped. */
final class ConfiguredServers {

    private ConfiguredServers() {
    }

    record ConfiguredDatabase(String jdbcUrl, String superUser, String superPassword) implements Database {

        @Override
        public String description() {
            return "configured PostgreSQL at " + jdbcUrl;
        }

        @Override
        public void close() {
        }
    }

    record ConfiguredIdentityServer(String baseUrl, String realm, String adminUser, String adminPassword)
            implements IdentityServer {

        /** Splits {@code http://host:port/realms/name} into the server's URL and the realm. */
        static ConfiguredIdentityServer fromIssuer(String issuerUri, String adminUser, String adminPassword) {
            String issuer = issuerUri.endsWith("/") ? issuerUri.substring(0, issuerUri.length() - 1) : issuerUri;
            int realms = issuer.lastIndexOf("/realms/");
            if (realms < 0) {
                throw new IllegalStateException(Settings.ISSUER_URI
                        + " must look like http://host:port/realms/<realm>, not " + issuerUri);
            }
            return new ConfiguredIdentityServer(issuer.substring(0, realms),
                    issuer.substring(realms + "/realms/".length()), adminUser, adminPassword);
        }

        @Override
        public String description() {
            return "configured Keycloak at " + baseUrl;
        }

        @Override
        public void close() {
        }
    }
}
