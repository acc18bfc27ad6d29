package ir.vafa.tenancy.internal;

import java.io.IOException;
import java.util.Map;

import ir.vafa.tenancy.KeycloakRoles;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a stateless chain takes Keycloak access tokens (the API's, and the operations endpoints'): from the
 * {@code Authorization} header only, roles from {@link KeycloakRoles}, refusals as problem+json.
 */
final class KeycloakBearerTokens {

	private static final JsonMapper JSON = new JsonMapper();

	private KeycloakBearerTokens() {
	}

	static HttpSecurity require(HttpSecurity http) throws Exception {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(jwt -> KeycloakRoles.authorities(jwt.getClaims()));
		// Audit lines and ledger actors read as people and POS clients, not as opaque ids.
		converter.setPrincipalClaimName("preferred_username");
		BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

		return http
			.oauth2ResourceServer(oauth -> oauth
				.bearerTokenResolver(new HeaderBearerTokenResolver())
				.jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
				.authenticationEntryPoint((request, response, e) -> {
					bearer.commence(request, response, e);
					problem(response, 401, "Unauthorized", "A valid bearer token from Keycloak is needed");
				})
				.accessDeniedHandler((request, response, e) ->
					problem(response, 403, "Forbidden", "The caller's roles do not allow this")))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable());
	}

	private static void problem(HttpServletResponse response, int status, String title, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter().write(JSON.writeValueAsString(
				Map.of("type", "about:blank", "title", title, "status", status, "detail", detail)));
	}
}
