package ir.vafa.platform.internal;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * The API's OpenAPI 3.1 document ({@code /v3/api-docs}, {@code .yaml}) and Swagger UI ({@code /swagger-ui.html}),
 * both open (see the tenancy module's operations chain). Controllers describe their operations with
 * {@code @Operation} and {@link ir.vafa.platform.Refusal}, request records carry their examples; this adds what
 * is the same everywhere: the description, the bearer scheme, the problem schema and the shared refusals.
 * <p>
 * {@code vafa-openapi.properties} holds springdoc's settings; as a {@code @PropertySource} it ranks below
 * {@code application.yml} and the environment ({@code SPRINGDOC_API_DOCS_ENABLED=false} turns both off).
 */
@Configuration(proxyBeanMethods = false)
@PropertySource(value = "classpath:vafa-openapi.properties", encoding = "UTF-8")
class OpenApiConfiguration {

	static final String BEARER = "bearer";

	@Bean
	OpenAPI vafaOpenApi(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer) {
		String tokenUrl = issuer + "/protocol/openid-connect/token";
		Components components = new Components().addSecuritySchemes(BEARER, new SecurityScheme()
			.type(SecurityScheme.Type.HTTP)
			.scheme("bearer")
			.bearerFormat("JWT")
			.description("""
					An access token from Keycloak for the audience `vafa-api`, from the realm's token URL %s. \
					POS clients use the client credentials of their tenant's POS client (`pos-<slug>`, its secret \
					shown once when support opens the tenant):

					    curl -d grant_type=client_credentials -d client_id=pos-cafe-pardis -d client_secret=… %s

					People (support, tenant admins, marketers, analysts) sign in at the same realm."""
				.formatted(tokenUrl, tokenUrl)));
		ModelConverters.getInstance(true).readAll(ProblemSchema.class).forEach(components::addSchemas);
		return new OpenAPI().components(components).info(new Info()
			.title("Vafa loyalty API")
			.version(version())
			.description("""
					Points, stamps and rewards for a tenant's members, from the purchases its POS sends. Every \
					operation needs a bearer token from Keycloak (see the `bearer` scheme); the tenant is the \
					token's `tenant_id` claim, never a parameter. Bodies are JSON (1 MB at most unless configured \
					otherwise), amounts decimals in the program's currency (IRR). Every refusal is \
					`application/problem+json` with `errors: [{field, message}]` naming the fields at fault by JSON \
					path (`lines[2].unitPrice`). A purchase's `externalId`, a return's `returnId` and the \
					`Idempotency-Key` of redemptions and adjustments make retries safe: the same request again answers \
					the first result. Which roles may call what: docs/api.md."""));
	}

	@Bean
	StandardRefusals standardRefusals(@Value("${vafa.api.max-body-bytes:1048576}") long maxBodyBytes) {
		return new StandardRefusals(BEARER, maxBodyBytes);
	}

	@Bean
	TypeNames typeNames(java.util.List<ir.vafa.platform.PolymorphicTypes> declared) {
		return new TypeNames(declared.stream().flatMap(d -> d.bases().stream()).toList());
	}

	/** The jar's version; classes run from a build directory have none. */
	private static String version() {
		String version = OpenApiConfiguration.class.getPackage().getImplementationVersion();
		return version != null ? version : "development";
	}
}
