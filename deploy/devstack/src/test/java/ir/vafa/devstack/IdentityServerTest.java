package ir.vafa.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs against the Keycloak distribution (surefire sets VAFA_DEVSTACK=embedded for this module) with the realm
 * files of deploy/keycloak and src/test/resources/keycloak imported.
 */
class IdentityServerTest {

    private static final String TEST_REALM = "devstack-test";

    private final IdentityServer keycloak = DevInfrastructure.identityServer();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void listensOnTheLoopbackInterfaceOnly() {
        assertThat(keycloak.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(keycloak.realm()).isEqualTo(System.getProperty("vafa.realm", "vafa"));
        assertThat(DevInfrastructure.identityServer()).isSameAs(keycloak);
    }

    @Test
    void servesTheRealmsOpenIdConfigurationWithItsIssuer() throws Exception {
        String issuer = keycloak.issuerUri(TEST_REALM);

        HttpResponse<String> response = get(issuer + "/.well-known/openid-configuration");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(field(response.body(), "issuer")).isEqualTo(keycloak.baseUrl() + "/realms/" + TEST_REALM);
        assertThat(field(response.body(), "token_endpoint")).isEqualTo(issuer + "/protocol/openid-connect/token");
    }

    @Test
    void issuesAClientCredentialsTokenToAConfidentialClient() throws Exception {
        HttpResponse<String> response = postForm(keycloak.issuerUri(TEST_REALM) + "/protocol/openid-connect/token", Map.of(
                "grant_type", "client_credentials",
                "client_id", "devstack-test-pos",
                "client_secret", "devstack-test-secret"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String claims = new String(Base64.getUrlDecoder().decode(field(response.body(), "access_token").split("\\.")[1]),
                StandardCharsets.UTF_8);
        assertThat(field(claims, "iss")).isEqualTo(keycloak.issuerUri(TEST_REALM));
        assertThat(field(claims, "azp")).isEqualTo("devstack-test-pos");
    }

    @Test
    void refusesAWrongClientSecret() throws Exception {
        HttpResponse<String> response = postForm(keycloak.issuerUri(TEST_REALM) + "/protocol/openid-connect/token", Map.of(
                "grant_type", "client_credentials",
                "client_id", "devstack-test-pos",
                "client_secret", "wrong"));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void theMasterRealmAdministratorCanUseTheAdminApi() throws Exception {
        HttpResponse<String> login = postForm(keycloak.issuerUri("master") + "/protocol/openid-connect/token", Map.of(
                "grant_type", "password",
                "client_id", "admin-cli",
                "username", keycloak.adminUser(),
                "password", keycloak.adminPassword()));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

        HttpResponse<String> realm = http.send(HttpRequest.newBuilder(
                        URI.create(keycloak.baseUrl() + "/admin/realms/" + TEST_REALM))
                .header("Authorization", "Bearer " + field(login.body(), "access_token")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(realm.statusCode()).isEqualTo(200);
        assertThat(field(realm.body(), "realm")).isEqualTo(TEST_REALM);
    }

    @Test
    void importsEveryRealmOfTheRealmFolders() throws Exception {
        for (String realm : RealmFiles.in(Settings.realmDirs()).realmNames()) {
            HttpResponse<String> response = get(keycloak.issuerUri(realm) + "/.well-known/openid-configuration");
            assertThat(response.statusCode()).as(realm).isEqualTo(200);
            assertThat(field(response.body(), "issuer")).isEqualTo(keycloak.issuerUri(realm));
        }
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String url, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A string field of a flat JSON object (enough for these answers). */
    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        assertThat(matcher.find()).as("field %s in %s", name, json).isTrue();
        return matcher.group(1);
    }
}
