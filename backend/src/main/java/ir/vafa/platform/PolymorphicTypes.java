package ir.vafa.platform;

import java.util.List;

/**
 * A module's API types that carry a Jackson type name ({@code @JsonTypeInfo(use = NAME)} with
 * {@code @JsonSubTypes}), declared as a bean so that the OpenAPI document describes their type name property and
 * discriminator as the application reads them.
 */
public record PolymorphicTypes(List<Class<?>> bases) {

	public PolymorphicTypes {
		bases = List.copyOf(bases);
	}
}
