package ir.vafa.console;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import ir.vafa.tenancy.TenantContextFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The console's security chain: everything the API ({@code /api/**}, order 1) and health (order 0) chains leave.
 * People log in at Keycloak (OIDC authorization code with PKCE, client {@code vafa-console}), and log out there too
 * (RP-initiated logout, back to the console). Vaadin's configurer permits its own resources and enforces the views'
 * {@code @RolesAllowed}. After authorization the request is bound to the user's tenant, like an API call.
 * <p>
 * {@code vafa-console.properties} holds the console's defaults (the Keycloak client registration, and
 * {@code vafa.console.enabled=true}, which stops the backend from refusing everything outside the API). As a
 * {@code @PropertySource} it ranks below the backend's {@code application.yml} and the environment.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource(value = "classpath:vafa-console.properties", encoding = "UTF-8")
class ConsoleSecurityConfiguration {

	static final String LOGIN_PATH = "/oauth2/authorization/keycloak";

	@Bean
	@Order(10)
	SecurityFilterChain consoleSecurity(HttpSecurity http, TenantContextFilter tenantContextFilter) throws Exception {
		http.oauth2Login(login -> login.userInfoEndpoint(userInfo -> userInfo.oidcUserService(new KeycloakOidcUsers())))
			.addFilterAfter(tenantContextFilter, AuthorizationFilter.class)
			.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage(LOGIN_PATH, "{baseUrl}/"));
		return http.build();
	}
}
