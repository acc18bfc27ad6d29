package ir.vafa.platform.internal;

import java.lang.annotation.ElementType;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request bodies are validated whole. With Hibernate ORM on the class path, Bean Validation otherwise asks JPA,
 * for every property of every request, whether it is loaded yet (reflection through {@code PersistenceUtil}):
 * about 2 % of a purchase's CPU, for bodies that are never entities. Hibernate's own validation of entities on
 * persist keeps its own resolver.
 */
@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

	@Bean
	ValidationConfigurationCustomizer traverseRequestBodiesWhole() {
		return configuration -> configuration.traversableResolver(new TraversableResolver() {
			@Override
			public boolean isReachable(Object bean, Path.Node property, Class<?> rootType, Path pathToProperty,
					ElementType elementType) {
				return true;
			}

			@Override
			public boolean isCascadable(Object bean, Path.Node property, Class<?> rootType, Path pathToProperty,
					ElementType elementType) {
				return true;
			}
		});
	}
}
