package ir.vafa.programs.internal;

import java.util.List;

import ir.vafa.platform.PolymorphicTypes;
import ir.vafa.programs.RuleDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The program document's polymorphic types, for the OpenAPI document: a rule names its {@code kind}. */
@Configuration(proxyBeanMethods = false)
class ProgramDocumentTypes {

	@Bean
	PolymorphicTypes ruleKinds() {
		return new PolymorphicTypes(List.of(RuleDefinition.class));
	}
}
