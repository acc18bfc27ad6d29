package ir.vafa.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

class ValidationConfigurationTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(ValidationConfiguration.class);

	record Body(@NotBlank String sku) {
	}

	@Test
	void theApplicationsValidatorTraversesBodiesWithoutAskingJpaAndStillValidates() {
		context.run(app -> {
			ValidatorFactory factory = app.getBean(ValidatorFactory.class);

			assertThat(factory.getTraversableResolver().getClass().getEnclosingClass())
				.isEqualTo(ValidationConfiguration.class);
			assertThat(factory.getValidator().validate(new Body(" "))).extracting(v -> v.getPropertyPath().toString())
				.containsExactly("sku");
		});
	}
}
