package ir.vafa.programs;

import java.time.Instant;
import java.util.List;

import ir.vafa.platform.ApiProblem.FieldError;
import ir.vafa.rules.PointRounding;

/**
 * A published, immutable version of the tenant's program. {@code warnings} are what validation noticed when it was
 * published (rules that can pay twice): answered by the publish itself, empty when read back.
 */
public record PublishedProgram(int version, int schemaVersion, String name, String currency, String timezone,
		PointRounding rounding, Lifecycle lifecycle, TierLadder tiers, List<RuleDefinition> rules,
		TillSettings redemption, Instant publishedAt, String publishedBy, List<FieldError> warnings) {

	public PublishedProgram {
		warnings = warnings == null ? List.of() : List.copyOf(warnings);
	}

	public static PublishedProgram of(int version, ProgramDefinition d, Instant publishedAt, String publishedBy) {
		return new PublishedProgram(version, d.schemaVersion(), d.name(), d.currency(), d.timezone(), d.rounding(),
				d.lifecycleOrDefault(), d.tiers(), d.rules(), d.redemption(), publishedAt, publishedBy, List.of());
	}

	public ProgramDefinition definition() {
		return new ProgramDefinition(schemaVersion, name, currency, timezone, rounding, lifecycle, tiers, rules,
				redemption);
	}

	public PublishedProgram withWarnings(List<FieldError> warnings) {
		return new PublishedProgram(version, schemaVersion, name, currency, timezone, rounding, lifecycle, tiers, rules,
				redemption,
				publishedAt, publishedBy, warnings);
	}
}
