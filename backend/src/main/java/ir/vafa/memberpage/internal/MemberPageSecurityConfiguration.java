package ir.vafa.memberpage.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The member page's data is for the holder of a link's token, which the controller verifies itself: members have no
 * Keycloak accounts. So this one path is open to the security chains (before the API's, order 1, which would ask
 * for a bearer token), stateless and without CSRF (no cookie is read).
 */
@Configuration(proxyBeanMethods = false)
class MemberPageSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain memberPageSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/member-page", "/api/member-page/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable());
		return http.build();
	}
}
