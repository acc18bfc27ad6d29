package ir.vafa.notifications.internal;

import ir.vafa.notifications.SmsGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Without an SMS provider of the installation's, text messages are written to the log (the demo's gateway). */
@Configuration(proxyBeanMethods = false)
class SmsGatewayConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SmsGatewayConfiguration.class);

	@Bean
	@ConditionalOnMissingBean(SmsGateway.class)
	SmsGateway loggingSmsGateway() {
		return (phone, text) -> log.info("SMS (logged, not sent) to {}: {}", phone, text);
	}
}
