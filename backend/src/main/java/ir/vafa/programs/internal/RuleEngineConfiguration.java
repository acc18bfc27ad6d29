package ir.vafa.programs.internal;

import ir.vafa.rules.EngineLimits;
import ir.vafa.rules.RuleEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One rule engine per node: its shared rule base is compiled once, at start-up. */
@Configuration(proxyBeanMethods = false)
class RuleEngineConfiguration {

	@Bean
	RuleEngine ruleEngine() {
		return new RuleEngine(EngineLimits.defaults());
	}
}
