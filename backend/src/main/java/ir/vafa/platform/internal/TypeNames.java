package ir.vafa.platform.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * Writes the type name property of the API's polymorphic types into the schemas, as the application's Jackson
 * reads them (a rule's {@code kind}): swagger-core, reading the types with a Jackson 2 mapper of its own, leaves a
 * sealed interface's {@code @JsonTypeInfo} out, and a client generated without it would send rules the API cannot
 * read. The base gets the property and a discriminator with its mapping, each subtype the one value that names it,
 * and each {@code oneOf} of exactly those subtypes the discriminator too.
 */
final class TypeNames implements GlobalOpenApiCustomizer {

	private static final String SCHEMAS = "#/components/schemas/";

	private final List<Class<?>> bases;

	/** @param bases types carrying {@code @JsonTypeInfo(use = NAME)} and {@code @JsonSubTypes} */
	TypeNames(List<Class<?>> bases) {
		this.bases = List.copyOf(bases);
	}

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
			return;
		}
		Map<String, Schema> schemas = openApi.getComponents().getSchemas();
		for (Class<?> type : bases) {
			JsonTypeInfo info = type.getAnnotation(JsonTypeInfo.class);
			JsonSubTypes subtypes = type.getAnnotation(JsonSubTypes.class);
			Schema<?> base = schemas.get(schemaName(type));
			if (info != null && subtypes != null && info.use() == JsonTypeInfo.Id.NAME && base != null) {
				describe(schemas, base, property(info), subtypes);
			}
		}
	}

	/** A type's schema name: its {@code @Schema(name)}, else its simple name, as swagger-core names it. */
	static String schemaName(Class<?> type) {
		io.swagger.v3.oas.annotations.media.Schema named = type
			.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
		return named != null && !named.name().isEmpty() ? named.name() : type.getSimpleName();
	}

	private static void describe(Map<String, Schema> schemas, Schema<?> base, String property, JsonSubTypes subtypes) {
		Map<String, String> mapping = new LinkedHashMap<>();
		for (JsonSubTypes.Type subtype : subtypes.value()) {
			String name = schemaName(subtype.value());
			mapping.put(subtype.name(), SCHEMAS + name);
			Schema<?> schema = schemas.get(name);
			if (schema != null) {
				ownPart(schema).addProperty(property, new JsonSchema().types(Set.of("string"))._const(subtype.name()));
				ownPart(schema).addRequiredItem(property);
			}
		}
		Schema<?> kind = new JsonSchema().types(Set.of("string"))
			.description("Names the kind: " + String.join(", ", mapping.keySet()));
		base.types(Set.of("object")).addProperty(property, kind);
		base.addRequiredItem(property);
		base.discriminator(new Discriminator().propertyName(property).mapping(mapping));
		schemas.values().forEach(schema -> markOneOf(schema, property, mapping));
	}

	/** A subtype's schema is {@code allOf: [base, own properties]}; the value goes to its own part. */
	private static Schema<?> ownPart(Schema<?> schema) {
		List<Schema> allOf = schema.getAllOf();
		if (allOf == null) {
			return schema;
		}
		return allOf.stream().filter(part -> part.get$ref() == null).findFirst().orElse(schema);
	}

	private static void markOneOf(Schema<?> schema, String property, Map<String, String> mapping) {
		if (schema == null) {
			return;
		}
		List<Schema> oneOf = schema.getOneOf();
		Set<String> subtypes = Set.copyOf(mapping.values());
		if (oneOf != null && oneOf.stream().map(Schema::get$ref).collect(Collectors.toSet()).equals(subtypes)) {
			schema.discriminator(new Discriminator().propertyName(property).mapping(mapping));
		}
		markOneOf(schema.getItems(), property, mapping);
		children(schema.getProperties()).forEach(child -> markOneOf(child, property, mapping));
		children(schema.getAllOf()).forEach(child -> markOneOf(child, property, mapping));
	}

	private static Collection<Schema> children(Map<String, Schema> properties) {
		return properties == null ? List.of() : properties.values();
	}

	private static Collection<Schema> children(List<Schema> parts) {
		return parts == null ? List.of() : parts;
	}

	private static String property(JsonTypeInfo info) {
		return info.property().isEmpty() ? info.use().getDefaultPropertyName() : info.property();
	}
}
