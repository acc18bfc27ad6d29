package ir.vafa.tenancy.internal;

import static ir.vafa.tenancy.Roles.PLATFORM_SUPPORT;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Actuator: health and info open, for load balancers; every other endpoint (metrics among them) for support staff
 * only, with a Keycloak bearer token like the support API's. The API's OpenAPI document and Swagger UI, open. And,
 * on API-only nodes (no console), a last chain that refuses everything the others do not cover.
 */
@Configuration(proxyBeanMethods = false)
class OperationsSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain healthSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher(EndpointRequest.to("health", "info"))
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	/**
	 * The document and the UI only describe the API; every call made from the UI still goes through the API chain
	 * with its own bearer token. Before the console's chain (order 10), which would send people to Keycloak.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain apiDocsSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html",
				"/swagger-ui/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain operationsSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher(EndpointRequest.toAnyEndpoint().excluding("health", "info"))
			.authorizeHttpRequests(auth -> auth.anyRequest().hasRole(PLATFORM_SUPPORT));
		KeycloakBearerTokens.require(http);
		return http.build();
	}

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	@ConditionalOnProperty(name = "vafa.console.enabled", havingValue = "false", matchIfMissing = true)
	SecurityFilterChain refuseTheRest(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(auth -> auth.anyRequest().denyAll()).csrf(csrf -> csrf.disable());
		return http.build();
	}
}
