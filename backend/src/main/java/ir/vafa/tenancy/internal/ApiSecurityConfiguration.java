package ir.vafa.tenancy.internal;

import static ir.vafa.tenancy.Roles.CASHIER;
import static ir.vafa.tenancy.Roles.PLATFORM_SUPPORT;
import static ir.vafa.tenancy.Roles.TENANT_ADMIN;
import static ir.vafa.tenancy.Roles.TENANT_ANALYST;
import static ir.vafa.tenancy.Roles.TENANT_MARKETER;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

import ir.vafa.tenancy.KeycloakRoles;
import ir.vafa.tenancy.TenantContextFilter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's security chain: stateless, Keycloak JWTs only, roles from {@link KeycloakRoles}, the tenant bound
 * from the token right after authentication. Which role may call what is decided here, in one place.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	private static final JsonMapper JSON = new JsonMapper();

	/** Wraps whichever JWT decoder Spring Boot configured (issuer, keys, audience) with the cache. */
	@Bean
	static BeanPostProcessor cachingJwtDecoder() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof JwtDecoder decoder && !(bean instanceof CachingJwtDecoder)
						? new CachingJwtDecoder(decoder, Clock.systemUTC()) : bean;
			}
		};
	}

	@Bean
	TenantContextFilter tenantContextFilter(TenantStatusCache gate) {
		return new TenantContextFilter(gate);
	}

	/** The filter runs inside the security chains only, never as a servlet filter of its own. */
	@Bean
	FilterRegistrationBean<TenantContextFilter> tenantContextFilterRegistration(TenantContextFilter filter) {
		FilterRegistrationBean<TenantContextFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, TenantContextFilter tenantContextFilter) throws Exception {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(jwt -> KeycloakRoles.authorities(jwt.getClaims()));
		// Audit lines and ledger actors read as people and POS clients, not as opaque ids.
		converter.setPrincipalClaimName("preferred_username");
		BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/api/support/**").hasRole(PLATFORM_SUPPORT)
				.requestMatchers(HttpMethod.POST, "/api/purchases", "/api/purchases/*/returns").hasAnyRole(CASHIER, TENANT_ADMIN)
				.requestMatchers(HttpMethod.GET, "/api/purchases/**").hasAnyRole(CASHIER, TENANT_ADMIN, TENANT_ANALYST)
				.requestMatchers(HttpMethod.GET, "/api/program", "/api/program/**").hasAnyRole(TENANT_ADMIN, TENANT_MARKETER, TENANT_ANALYST)
				// trying a purchase against a draft or a version writes nothing: analysts may too
				.requestMatchers(HttpMethod.POST, "/api/program/dry-run", "/api/program/validation").hasAnyRole(TENANT_ADMIN, TENANT_MARKETER, TENANT_ANALYST)
				.requestMatchers("/api/program", "/api/program/**").hasAnyRole(TENANT_ADMIN, TENANT_MARKETER)
				.requestMatchers("/api/members/*/tier/assignment").hasRole(TENANT_ADMIN)
				.requestMatchers(HttpMethod.POST, "/api/members/*/adjustments").hasRole(TENANT_ADMIN)
				.requestMatchers(HttpMethod.POST, "/api/members/*/redemptions").hasAnyRole(CASHIER, TENANT_ADMIN)
				.requestMatchers(HttpMethod.POST, "/api/members").hasAnyRole(CASHIER, TENANT_ADMIN, TENANT_MARKETER)
				.requestMatchers(HttpMethod.GET, "/api/members/**").hasAnyRole(CASHIER, TENANT_ADMIN, TENANT_MARKETER, TENANT_ANALYST)
				.anyRequest().denyAll())
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
			.csrf(csrf -> csrf.disable())
			.addFilterAfter(tenantContextFilter, BearerTokenAuthenticationFilter.class);
		return http.build();
	}

	private static void problem(HttpServletResponse response, int status, String title, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter().write(JSON.writeValueAsString(
				Map.of("type", "about:blank", "title", title, "status", status, "detail", detail)));
	}
}
