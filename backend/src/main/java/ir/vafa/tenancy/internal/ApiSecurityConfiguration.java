package ir.vafa.tenancy.internal;

import static ir.vafa.tenancy.Roles.CASHIER;
import static ir.vafa.tenancy.Roles.PLATFORM_SUPPORT;
import static ir.vafa.tenancy.Roles.TENANT_ADMIN;
import static ir.vafa.tenancy.Roles.TENANT_ANALYST;
import static ir.vafa.tenancy.Roles.TENANT_MARKETER;

import io.micrometer.core.instrument.binder.MeterBinder;
import ir.vafa.tenancy.TenantContextFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API's security chain: Keycloak access tokens only ({@link KeycloakBearerTokens}), the tenant bound from
 * the token right after authentication. Which role may call what is decided here, in one place.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	/** Wraps whichever JWT decoder Spring Boot configured (issuer, keys, audience) with the cache. */
	@Bean
	static BeanPostProcessor cachingJwtDecoder() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof JwtDecoder decoder && !(bean instanceof CachingJwtDecoder)
						? new CachingJwtDecoder(decoder) : bean;
			}
		};
	}

	/** The verified tokens' cache meters ({@code cache=vafa.tokens}), once the decoder is made. */
	@Bean
	MeterBinder verifiedTokenMetrics(ObjectProvider<JwtDecoder> decoder) {
		return registry -> {
			if (decoder.getIfAvailable() instanceof CachingJwtDecoder cache) {
				cache.metrics().bindTo(registry);
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
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/api/support/**").hasRole(PLATFORM_SUPPORT)
				.requestMatchers(HttpMethod.POST, "/api/purchases", "/api/purchases/*/returns").hasAnyRole(CASHIER, TENANT_ADMIN)
				.requestMatchers(HttpMethod.GET, "/api/purchases/**").hasAnyRole(CASHIER, TENANT_ADMIN, TENANT_ANALYST)
				.requestMatchers(HttpMethod.GET, "/api/program", "/api/program/**").hasAnyRole(TENANT_ADMIN, TENANT_MARKETER, TENANT_ANALYST)
				// trying a purchase against a draft or a version writes nothing: analysts may too
				.requestMatchers(HttpMethod.POST, "/api/program/dry-run", "/api/program/validation").hasAnyRole(TENANT_ADMIN, TENANT_MARKETER, TENANT_ANALYST)
				.requestMatchers("/api/program", "/api/program/**").hasAnyRole(TENANT_ADMIN, TENANT_MARKETER)
				.requestMatchers(HttpMethod.GET, "/api/catalog/**").hasAnyRole(CASHIER, TENANT_ADMIN, TENANT_MARKETER, TENANT_ANALYST)
				.requestMatchers(HttpMethod.POST, "/api/catalog/rewards/*/quote").hasAnyRole(CASHIER, TENANT_ADMIN, TENANT_MARKETER, TENANT_ANALYST)
				.requestMatchers("/api/catalog/**").hasAnyRole(TENANT_ADMIN, TENANT_MARKETER)
				.requestMatchers("/api/staff", "/api/staff/**").hasRole(TENANT_ADMIN)
				.requestMatchers("/api/members/*/tier/assignment").hasRole(TENANT_ADMIN)
				.requestMatchers(HttpMethod.POST, "/api/members/*/adjustments").hasRole(TENANT_ADMIN)
				.requestMatchers(HttpMethod.POST, "/api/members/*/redemptions").hasAnyRole(CASHIER, TENANT_ADMIN)
				.requestMatchers(HttpMethod.POST, "/api/members/*/reservations", "/api/reservations/*/confirmation",
						"/api/reservations/*/cancellation").hasAnyRole(CASHIER, TENANT_ADMIN)
				.requestMatchers(HttpMethod.GET, "/api/reservations/**").hasAnyRole(CASHIER, TENANT_ADMIN, TENANT_MARKETER, TENANT_ANALYST)
				.requestMatchers(HttpMethod.GET, "/api/vouchers/*").hasAnyRole(CASHIER, TENANT_ADMIN, TENANT_MARKETER)
				.requestMatchers(HttpMethod.POST, "/api/vouchers/*/redemption").hasAnyRole(CASHIER, TENANT_ADMIN)
				.requestMatchers(HttpMethod.POST, "/api/members/*/rewards/*/choice").hasAnyRole(CASHIER, TENANT_ADMIN)
				.requestMatchers(HttpMethod.POST, "/api/members/*/donations", "/api/members/*/points-payments")
					.hasAnyRole(CASHIER, TENANT_ADMIN)
				.requestMatchers(HttpMethod.GET, "/api/donations/**").hasAnyRole(TENANT_ADMIN, TENANT_MARKETER, TENANT_ANALYST)
				// notifications: analysts read (and preview, which writes nothing); admins and marketers change
				.requestMatchers(HttpMethod.GET, "/api/notifications/**", "/api/members/*/notifications").hasAnyRole(TENANT_ADMIN, TENANT_MARKETER, TENANT_ANALYST)
				.requestMatchers(HttpMethod.POST, "/api/notifications/preview").hasAnyRole(TENANT_ADMIN, TENANT_MARKETER, TENANT_ANALYST)
				.requestMatchers("/api/notifications/**").hasAnyRole(TENANT_ADMIN, TENANT_MARKETER)
				// links to a member's own page (memberpage module); the page's data has a chain of its own
				.requestMatchers(HttpMethod.POST, "/api/members/*/page-links", "/api/members/*/page-links/revocation")
					.hasAnyRole(CASHIER, TENANT_ADMIN, TENANT_MARKETER)
				.requestMatchers(HttpMethod.POST, "/api/members").hasAnyRole(CASHIER, TENANT_ADMIN, TENANT_MARKETER)
				.requestMatchers(HttpMethod.GET, "/api/members/**").hasAnyRole(CASHIER, TENANT_ADMIN, TENANT_MARKETER, TENANT_ANALYST)
				.anyRequest().denyAll());
		KeycloakBearerTokens.require(http).addFilterAfter(tenantContextFilter, BearerTokenAuthenticationFilter.class);
		return http.build();
	}
}
