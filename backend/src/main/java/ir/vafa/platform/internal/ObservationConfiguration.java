package ir.vafa.platform.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Which requests are observed. HTTP requests keep their metrics ({@code http.server.requests}); Spring Security's
 * per-filter observations are off: they wrapped each of the chain's ~15 filters in an observation with its own
 * meters, about a tenth of a purchase's CPU under load, and say nothing the request metrics do not.
 */
@Configuration(proxyBeanMethods = false)
class ObservationConfiguration {

	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}
}
