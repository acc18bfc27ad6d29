package ir.vafa.tenancy.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where Keycloak is and how Vafa's provisioner client signs in to it. */
@ConfigurationProperties("vafa.keycloak")
record KeycloakProperties(String url, String realm, String provisionerClientId, String provisionerClientSecret) {
}
