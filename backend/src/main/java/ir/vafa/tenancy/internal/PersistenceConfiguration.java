package ir.vafa.tenancy.internal;

import java.time.Clock;
import java.util.UUID;

import javax.sql.DataSource;

import ir.vafa.tenancy.CurrentTenant;
import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tenancy in the persistence layer, twice over: Hibernate's {@code @TenantId} fills and filters tenant_id on
 * entities, and every connection is bound to the tenant for PostgreSQL's row-level security, which also covers
 * plain SQL.
 */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

	/** Stands for "no tenant" to Hibernate; no row ever carries it. */
	static final UUID NO_TENANT = new UUID(0, 0);

	@Bean
	static BeanPostProcessor tenantBoundDataSources() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof DataSource ds && !(bean instanceof TenantBoundDataSource)
						? new TenantBoundDataSource(ds) : bean;
			}
		};
	}

	@Bean
	HibernatePropertiesCustomizer tenantIdentifierResolver() {
		CurrentTenantIdentifierResolver<UUID> resolver = new CurrentTenantIdentifierResolver<>() {
			@Override
			public UUID resolveCurrentTenantIdentifier() {
				return CurrentTenant.find().orElse(NO_TENANT);
			}

			@Override
			public boolean validateExistingCurrentSessions() {
				return false;
			}
		};
		return properties -> properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, resolver);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}
}
